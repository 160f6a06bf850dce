"""Every error leaves the API as ``{"error": {"code", "message"}}`` with a Chinese message.

Bad JSON, wrong types and empty bodies are 4xx; bodies over the configured size are 413;
anything unexpected is a 500 with a generic message, never a traceback.
"""

from __future__ import annotations

import json
import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError, ResponseValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.errors import FulianError

log = logging.getLogger(__name__)

_STATUS_MESSAGES = {
    400: "请求体无法解析：请以 UTF-8 编码提交有效的 JSON。",
    401: "需要身份验证：请提供 API 密钥。",
    403: "无权访问。",
    404: "接口不存在：请查看 /docs 中的接口列表。",
    405: "不支持此请求方法：请查看 /docs 中的接口说明。",
    413: "请求体过大。",
    415: "不支持的内容类型：请以 application/json 提交。",
}


def error_body(code: str, message: str, **extra) -> dict:
    return {"error": {"code": code, "message": message, **extra}}


# Chinese names of the request fields, so that a message names the field in both languages
FIELD_NAMES = {
    "text": "文本", "notes": "素材", "query": "检索词", "k": "返回条数", "mode": "检索方式",
    "draft": "稿件", "exemplar_id": "范文编号", "style": "脱敏方式", "decision": "审核决定",
    "title": "主标题", "subtitle": "副标题", "body": "正文", "file": "文件", "limit": "条数",
    "offset": "起始位置", "reference_date": "参考日期", "operations": "润色操作", "channel": "发布渠道",
    "genre": "文体",
}


def _field(loc: tuple | list) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "请求体"


def _named(loc: tuple | list) -> str:
    """'字段 text（文本）' for a field; '请求体' for the body itself."""
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    if not parts:
        return "请求体"
    label = next((FIELD_NAMES[p] for p in reversed(parts) if p in FIELD_NAMES), None)
    name = ".".join(parts)
    return f"字段 {name}（{label}）" if label else f"字段 {name}"


def validation_message(errors: list[dict]) -> tuple[str, str]:
    """(code, Chinese message) for the first validation error."""
    if not errors:
        return "bad_request", "请求无效。"
    err = errors[0]
    kind, field, ctx = err.get("type", ""), _named(err.get("loc", ())), err.get("ctx") or {}
    if kind == "json_invalid":
        pos = ctx.get("error", "")
        return "invalid_json", f"请求体不是有效的 JSON（{pos}）；请检查引号、逗号和括号。"
    if kind == "missing" and tuple(err.get("loc", ())) == ("body",):
        return "empty_body", '请求体为空：请提交 JSON 对象，例如 {"text": "……"}。'
    if kind == "missing":
        return "missing_field", f"缺少{field}。"
    if kind in {"model_attributes_type", "dict_type"} and field == "请求体":
        return "wrong_type", "请求体应为 JSON 对象（形如 {\"text\": \"……\"}）。"
    if kind in {"model_attributes_type", "dict_type"}:
        return "wrong_type", f"{field}应为 JSON 对象。"
    if kind == "string_type":
        return "wrong_type", f"{field}应为字符串。"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return "wrong_type", f"{field}应为整数。"
    if kind in {"list_type"}:
        return "wrong_type", f"{field}应为数组。"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return "wrong_type", f"{field}应为日期，格式 YYYY-MM-DD。"
    if kind == "string_too_short":
        return "empty_text", f"{field}不能为空。"
    if kind == "string_too_long":
        return "too_long", f"{field}过长（上限 {ctx.get('max_length')} 字）。"
    if kind == "literal_error":
        return "bad_value", f"{field}的取值无效；可选：{ctx.get('expected', '')}。"
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        bound = next(iter(ctx.values()), "")
        sign = {"greater_than_equal": "≥", "less_than_equal": "≤", "greater_than": ">", "less_than": "<"}[kind]
        return "bad_value", f"{field}应 {sign} {bound}。"
    if kind == "extra_forbidden":
        return "unknown_field", f"不认识的{field}；请查看 /docs 中的接口说明。"
    return "bad_value", f"{field}的值无效。"


async def _fulian_error(_request: Request, exc: FulianError) -> JSONResponse:
    return JSONResponse(error_body(exc.code, exc.message), status_code=exc.http_status,
                        headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = list(exc.errors())
    content_type = request.headers.get("content-type", "")
    if (errors and errors[0].get("type") == "model_attributes_type" and content_type
            and "json" not in content_type and "multipart" not in content_type):
        return JSONResponse(error_body("unsupported_media_type", "请以 JSON 提交（请求头 Content-Type: application/json）。"),
                            status_code=415)
    code, message = validation_message(errors)
    details = [{"field": _field(e.get("loc", ())), "type": e.get("type")} for e in errors[:10]]
    return JSONResponse(error_body(code, message, details=details), status_code=422)


async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else None
    message = message or _STATUS_MESSAGES.get(exc.status_code, "请求无效。")
    # FastAPI raises a bare 400 only when it cannot parse the body (e.g. invalid UTF-8)
    code = "invalid_json" if exc.status_code == 400 else f"http_{exc.status_code}"
    return JSONResponse(error_body(code, message), status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


async def _response_error(request: Request, exc: ResponseValidationError) -> JSONResponse:
    log.error("response of %s does not match its schema: %s", request.url.path, exc.errors()[:3])
    return JSONResponse(error_body("internal", "服务内部错误：结果格式不符合接口约定，请联系管理员。"), status_code=500)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(FulianError, _fulian_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ResponseValidationError, _response_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


class InternalErrorMiddleware:
    """Turns any unhandled exception into a plain 500 JSON body.

    Unlike an ``Exception`` handler, it does not re-raise, so the server never logs the exception's
    message, which may quote the text being processed; the log gets the type and the stack frames.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked_send)
        except Exception as exc:
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.error("unhandled %s on %s %s\n%s", type(exc).__name__, scope.get("method"), scope.get("path"), frames)
            if not started:
                body = json.dumps(error_body("internal", "服务内部错误，请稍后重试；如反复出现请联系管理员。"),
                                  ensure_ascii=False).encode("utf-8")
                await send({"type": "http.response.start", "status": 500,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})

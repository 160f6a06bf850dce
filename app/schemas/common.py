"""Schema pieces shared by several routes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class InputModel(BaseModel):
    """A request body: unknown fields are an error, so typos do not pass silently."""

    model_config = ConfigDict(extra="forbid")


class OutputModel(BaseModel):
    """A response body: capabilities may add fields beyond the contract; they pass through."""

    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES = {
    400: {"model": ErrorOut, "description": "请求无法解析（非 UTF-8 的请求体、无效的 Content-Length 或 Host）"},
    401: {"model": ErrorOut, "description": "缺少或无效的 API 密钥"},
    403: {"model": ErrorOut, "description": "角色无权执行此操作"},
    404: {"model": ErrorOut, "description": "接口或所指的对象不存在"},
    413: {"model": ErrorOut, "description": "文本或请求体过大"},
    422: {"model": ErrorOut, "description": "请求无效（JSON 格式、字段类型、空文本）"},
    503: {"model": ErrorOut, "description": "该功能未安装或加载失败，或处理超时"},
}

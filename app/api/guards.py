"""ASGI guards in front of the routes: body size, time budget, Host check, response headers.

- ``RequestGuard`` reads the body itself and counts the bytes it receives (a declared
  ``Content-Length`` only lets it refuse early: it is never trusted to be the real size), then
  runs the route under a time budget and cancels it when the client disconnects.
- ``TrustedHostGuard`` answers 400 to a ``Host`` that is not this service's (DNS rebinding).
- ``SecurityHeaders`` marks API answers ``no-store`` and adds the basic browser protections.
"""

from __future__ import annotations

import asyncio
import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.budget import Budget, current_budget

log = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "127.0.0.1", "::1")


def _error(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False).encode("utf-8")


async def send_error(send: Send, status: int, code: str, message: str, headers: list | None = None) -> None:
    body = _error(code, message)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


_orphans: set[asyncio.Task] = set()


def _forget(task: asyncio.Task) -> None:
    _orphans.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("cancelled request ended with %s", type(task.exception()).__name__)


class RequestGuard:
    """413 above ``max_bytes`` received; 503 past ``timeout_s``; cancellation on disconnect."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout_s: float, prefixes: tuple[str, ...] = ("/v1",)):
        self.app, self.max_bytes, self.timeout_s, self.prefixes = app, max_bytes, timeout_s, prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefixes):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                if int(declared) > self.max_bytes:
                    return await self._too_large(send)
            except ValueError:
                return await send_error(send, 400, "bad_request", "Content-Length 请求头无效。")
        # whatever was declared, count what arrives
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                return await self._too_large(send)
            messages.append(message)
            if not message.get("more_body", False):
                break
        await self._run(scope, messages, receive, send)

    async def _run(self, scope: Scope, messages: list[Message], receive: Receive, send: Send) -> None:
        disconnected = asyncio.Event()
        state = {"started": False, "closed": False}

        async def replay() -> Message:
            if messages:
                return messages.pop(0)
            await disconnected.wait()
            return {"type": "http.disconnect"}

        async def guarded_send(message: Message) -> None:
            if state["closed"]:
                return
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            disconnected.set()

        budget = Budget()
        token = current_budget.set(budget)
        try:  # the task copies the current context, budget included
            app_task = asyncio.ensure_future(self.app(scope, replay, guarded_send))
        finally:
            current_budget.reset(token)
        watcher = asyncio.ensure_future(watch())
        done, _ = await asyncio.wait({app_task, watcher}, timeout=self.timeout_s,
                                     return_when=asyncio.FIRST_COMPLETED)
        if app_task in done:
            watcher.cancel()
            return app_task.result()  # re-raises for the error middleware outside
        gone = watcher in done
        budget.cancel("客户端已断开" if gone else f"超过处理时限 {self.timeout_s:g} 秒")
        if not gone and state["started"]:  # the answer is already on its way: let it finish
            watcher.cancel()
            return await app_task
        state["closed"] = True
        watcher.cancel()
        app_task.cancel()  # a sync route's thread finishes its current call; nothing after it starts
        _orphans.add(app_task)
        app_task.add_done_callback(_forget)
        log.warning("%s %s cancelled: %s", scope.get("method"), scope.get("path"),
                    "client disconnected" if gone else "time budget exceeded")
        if not gone:
            await send_error(send, 503, "timeout",
                             f"处理超时（上限 {self.timeout_s:g} 秒）：请缩短文本或分段提交后重试。",
                             headers=[(b"retry-after", b"5")])

    async def _too_large(self, send: Send) -> None:
        mb = self.max_bytes / 1_000_000
        await send_error(send, 413, "too_large", f"请求体超过上限 {mb:g} MB；请分段提交。")


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1:value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        return value.partition(":")[0]
    return value


class TrustedHostGuard:
    """400 unless the ``Host`` header names one of ``allowed`` (``*.example`` matches subdomains; ``*`` any)."""

    def __init__(self, app: ASGIApp, allowed: list[str]):
        self.app = app
        self.any = "*" in allowed
        self.names = {h.lower() for h in allowed if not h.startswith("*")}
        self.suffixes = tuple(h[1:].lower() for h in allowed if h.startswith("*.") and h != "*")

    def allows(self, host: str) -> bool:
        name = _host_name(host)
        return self.any or name in self.names or (bool(self.suffixes) and name.endswith(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in {"http", "websocket"} and not self.any:
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if not self.allows(host):
                if scope["type"] == "websocket":
                    return await send({"type": "websocket.close", "code": 1008})
                return await send_error(send, 400, "bad_host",
                                        "请求头 Host 不是本服务的地址；如经域名访问，请管理员在 FULIAN_TRUSTED_HOSTS 中加入该域名。")
        await self.app(scope, receive, send)


SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
]


class SecurityHeaders:
    """``no-store`` and browser protections on every answer under ``prefixes``."""

    def __init__(self, app: ASGIApp, prefixes: tuple[str, ...] = ("/v1", "/healthz")):
        self.app, self.prefixes = app, prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefixes):
            return await self.app(scope, receive, send)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(h for h in SECURITY_HEADERS if h[0] not in names)]}
            await send(message)

        await self.app(scope, receive, with_headers)

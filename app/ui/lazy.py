"""The UI at /ui, built after the server has started: a Chinese "loading" page until then.

Importing Gradio and building the Blocks takes seconds; ``fulian serve`` answers /healthz and
the API first, and ``LazyUI`` forwards to the Gradio app once ``build`` (in a thread) and
``activate`` (on the event loop: Gradio's queue and startup events) have run.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Callable

from starlette.responses import HTMLResponse, JSONResponse

log = logging.getLogger(__name__)

LOADING_ID = "fulian-ui-loading"
LOADING_PAGE = f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>妇联信息助手</title></head>
<body id="{LOADING_ID}" style="font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; margin: 3em;">
<h2>妇联信息助手</h2><p>界面正在加载，请稍候……本页每两秒自动刷新。</p></body></html>"""
FAILED_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>妇联信息助手</title></head>
<body style="font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; margin: 3em;">
<h2>妇联信息助手</h2><p>界面加载失败；API 仍可使用。请管理员查看服务日志。</p></body></html>"""


class LazyUI:
    """ASGI app mounted at /ui; ``status``: loading, ready or failed."""

    def __init__(self, make: Callable[[], object]):
        self._make = make  # builds a FastAPI "holder" app with the Gradio app mounted on it
        self._holder = None
        self._target = None
        self._stack: contextlib.AsyncExitStack | None = None
        self.status, self.load_s = "loading", 0.0

    def build(self) -> None:
        """Import Gradio and build the UI (slow, CPU-bound: run it off the event loop)."""
        started = time.perf_counter()
        try:
            self._holder = self._make()
        except Exception:
            self.status = "failed"
            log.exception("the UI failed to build")
        self.load_s = time.perf_counter() - started

    async def activate(self) -> None:
        """Start the built Gradio app's queue and startup events, then serve it."""
        if self._holder is None:
            return
        stack = contextlib.AsyncExitStack()
        try:
            await stack.enter_async_context(self._holder.router.lifespan_context(self._holder))
        except Exception:
            self.status = "failed"
            log.exception("the UI failed to start")
            return
        self._stack = stack
        self._target = self._holder.routes[-1].app  # the Mount's Gradio app
        self.status = "ready"

    async def close(self) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            await stack.aclose()

    async def __call__(self, scope, receive, send):
        if self._target is not None:
            return await self._target(scope, receive, send)
        if scope["type"] != "http":
            return  # a websocket before the UI exists: closed
        failed = self.status == "failed"
        if scope.get("method") in {"GET", "HEAD"}:
            response = HTMLResponse(FAILED_PAGE if failed else LOADING_PAGE, status_code=503,
                                    headers={"Retry-After": "2", "Cache-Control": "no-store"})
        else:
            message = "界面加载失败；请管理员查看服务日志。" if failed else "界面正在加载，请稍候几秒再试。"
            response = JSONResponse({"error": {"code": "ui_failed" if failed else "loading", "message": message}},
                                    status_code=503, headers={"Retry-After": "2"})
        await response(scope, receive, send)

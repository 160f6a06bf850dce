"""The Gradio UI: mounted at /ui by ``fulian serve`` or run on its own against a remote API."""

from __future__ import annotations

import os
from urllib.parse import unquote

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from app.auth import KeyRing, Unauthenticated, check_bind, is_loopback
from app.settings import Settings

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry calls

UI_PATH = "/ui"
UPLOAD_PATHS = (f"{UI_PATH}/gradio_api/upload", f"{UI_PATH}/upload")


def api_url_for(settings: Settings) -> str:
    """Where the mounted UI reaches the API: the configured URL, else this service on loopback."""
    if settings.api_url:
        return settings.api_url
    host = settings.host if settings.host not in {"0.0.0.0", "::", ""} else "127.0.0.1"
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{host}:{settings.port}"


def _cookie_key(cookie_header: str) -> str | None:
    for part in cookie_header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == "fulian_key" and value:
            return unquote(value)
    return None


class UploadKeyMiddleware:
    """In keyed mode Gradio's upload route stores nothing without a valid key (header or the UI's cookie)."""

    def __init__(self, app, keyring: KeyRing):
        self.app, self.keyring = app, keyring

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and not self.keyring.single_user and scope["path"].rstrip("/") in UPLOAD_PATHS:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            key = headers.get("x-api-key") or _cookie_key(headers.get("cookie", ""))
            try:
                self.keyring.resolve(key)
            except Unauthenticated as exc:
                response = JSONResponse({"error": {"code": "unauthenticated", "message": str(exc)}}, status_code=401,
                                        headers={"WWW-Authenticate": "ApiKey"})
                return await response(scope, receive, send)
        return await self.app(scope, receive, send)


def _gradio_mount(app: FastAPI, api_url: str, max_file_size: int | None) -> FastAPI:
    """Build the Blocks and mount them on ``app`` at /ui (imports Gradio: seconds)."""
    import gradio as gr

    from app.ui.blocks import CSS, JS, build_ui, theme

    return gr.mount_gradio_app(app, build_ui(api_url), path=UI_PATH, theme=theme(), css=CSS, js=JS,
                               footer_links=[], show_error=True, max_file_size=max_file_size)


def cleanup_files() -> None:
    """No uploads or downloads left on disk (nothing to do when the UI was never built).

    ``fulian serve``'s lifespan calls this at shutdown (an app with its own lifespan runs no
    shutdown event handlers, and uvicorn ends a SIGTERM'd process by re-raising the signal, so
    the ``atexit`` fallback does not run either); the standalone UI app runs it as its shutdown event.
    """
    import sys

    blocks = sys.modules.get("app.ui.blocks")
    if blocks is not None:
        blocks.cleanup()


def _frame(app: FastAPI, keyring: KeyRing) -> None:
    from fastapi.responses import RedirectResponse

    app.get("/", include_in_schema=False)(lambda: RedirectResponse(UI_PATH))
    app.add_middleware(UploadKeyMiddleware, keyring=keyring)
    app.router.add_event_handler("shutdown", cleanup_files)  # the standalone UI app (default lifespan)


def mount_ui(app: FastAPI, settings: Settings) -> FastAPI:
    """Mount a ``LazyUI`` at /ui (``app.state.ui``); the lifespan builds the Gradio app after start-up."""
    from app.ui.lazy import LazyUI

    api_url, size = api_url_for(settings), settings.max_body_bytes
    lazy = LazyUI(lambda: _gradio_mount(FastAPI(), api_url, size))
    _frame(app, KeyRing.from_setting(settings.api_keys))
    app.mount(UI_PATH, lazy)
    app.state.ui = lazy
    return app


def check_ui_bind(host: str, api_single_user: bool | None, keyring: KeyRing) -> None:
    """The API's bind rule for ``fulian ui``: a non-loopback address needs keys, here and at the API."""
    check_bind(host, keyring)
    if api_single_user and not is_loopback(host):
        from models.errors import ConfigError

        raise ConfigError(f"拒绝启动：界面绑定到非本机地址 {host}，但 API 处于单用户模式（未配置密钥）。"
                          "请为 API 配置 FULIAN_API_KEYS，或把界面绑定到 127.0.0.1。")


def standalone_app(api_url: str, settings: Settings | None = None) -> FastAPI:
    """A UI-only app (for a UI host separate from the API host)."""
    settings = settings or Settings()
    app = FastAPI(title="妇联信息助手 UI")
    _frame(app, KeyRing.from_setting(settings.api_keys))
    return _gradio_mount(app, api_url, settings.max_body_bytes)

"""The Gradio UI: mounted at /ui by ``fulian serve`` or run on its own against a remote API."""

from __future__ import annotations

import os

from fastapi import FastAPI

from app.settings import Settings

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no telemetry calls

UI_PATH = "/ui"


def api_url_for(settings: Settings) -> str:
    """Where the mounted UI reaches the API: the configured URL, else this service on loopback."""
    if settings.api_url:
        return settings.api_url
    host = settings.host if settings.host not in {"0.0.0.0", "::", ""} else "127.0.0.1"
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{host}:{settings.port}"


def mount_ui(app: FastAPI, settings: Settings) -> FastAPI:
    import gradio as gr

    from app.ui.blocks import build_ui, theme

    from fastapi.responses import RedirectResponse

    app.get("/", include_in_schema=False)(lambda: RedirectResponse(UI_PATH))
    return gr.mount_gradio_app(app, build_ui(api_url_for(settings)), path=UI_PATH, theme=theme(),
                               footer_links=[], show_error=True, max_file_size=settings.max_body_bytes)


def standalone_app(api_url: str) -> FastAPI:
    """A UI-only app (for a UI host separate from the API host)."""
    import gradio as gr
    from fastapi.responses import RedirectResponse

    from app.ui.blocks import build_ui, theme

    app = FastAPI(title="妇联信息助手 UI")
    app.get("/", include_in_schema=False)(lambda: RedirectResponse(UI_PATH))
    return gr.mount_gradio_app(app, build_ui(api_url), path=UI_PATH, theme=theme(), footer_links=[])

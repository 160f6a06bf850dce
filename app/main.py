"""The FastAPI application: ``create_app(settings)`` builds it; the lifespan loads models once.

The server answers /healthz within a second of starting; ``_start_up`` then loads the capabilities,
the UI and the warm-up steps in that order (``background_load=False``: before the first answer).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import asynccontextmanager
from typing import Callable

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

from app.api.capabilities import Capabilities, build_capabilities, warm_capabilities
from app.api.errors import InternalErrorMiddleware, install_error_handlers
from app.api.guards import RequestGuard, SecurityHeaders, TrustedHostGuard
from app.api.main import api_router, health_router
from app.audit.lifecycle import open_audit_store
from app.auth import KeyRing, check_bind
from app.server_secret import load_or_create_secret
from app import startup_gc
from app.services import Services, build_services
from app.settings import Settings, load_settings

log = logging.getLogger(__name__)


def _start_up(app: FastAPI, settings: Settings, loop: asyncio.AbstractEventLoop) -> None:
    """The start-up sequence, in a thread: what the first requests need first, the rest after.

    1. the capabilities, each one serving as soon as it has loaded (the scanner first);
    2. the UI (Gradio import and build), which answers a loading page until then;
    3. warm-up: the scorer's lazy parts, then the scan pool's worker processes.

    A served process (``create_served_app``) runs 1 and 2 with the garbage collector paused.
    """
    services: Services = app.state.services
    caps = services.capabilities
    factory = app.state.build_capabilities
    try:
        if factory is build_capabilities:
            build_services(settings, into=services)
        else:
            caps.items.update(factory(settings).items)
    except Exception as exc:  # a configuration error: shown per capability, the server keeps answering
        log.error("capabilities failed to load: %s", type(exc).__name__)
        message = getattr(exc, "message", None) or f"加载出错：{type(exc).__name__}"
        for cap in caps.items.values():
            if cap.status == "loading":
                cap.status, cap.detail = "failed", message
    ui = getattr(app.state, "ui", None)
    try:
        if ui is not None:
            ui.build()
            try:
                asyncio.run_coroutine_threadsafe(ui.activate(), loop).result()
            except RuntimeError:  # the server stopped meanwhile
                return
    finally:
        startup_gc.resume()  # a no-op unless `fulian serve` paused the collector
    warm_capabilities(caps)


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings: Settings = app.state.settings
    services = Services(settings, Capabilities.loading(), open_audit_store(settings.database_url, app.state.secret))
    app.state.services = services
    loop = asyncio.get_running_loop()
    if settings.background_load:
        threading.Thread(target=_start_up, args=(app, settings, loop), name="start-up", daemon=True).start()
    else:
        await run_in_threadpool(_start_up, app, settings, loop)
    try:
        yield
    finally:
        ui = getattr(app.state, "ui", None)
        if ui is not None:
            from app.ui import cleanup_files

            await ui.close()
            cleanup_files()  # the private upload/download folder goes with the server
        services.close()


def create_app(
    settings: Settings | None = None,
    *,
    ui: bool | None = None,
    capabilities: Callable[[Settings], Capabilities] = build_capabilities,
) -> FastAPI:
    settings = settings or load_settings()
    secret = load_or_create_secret(settings.resolved_secret_path())
    keyring = KeyRing.from_setting(settings.api_keys, secret=secret, min_chars=settings.min_key_chars)
    check_bind(settings.host, keyring)
    # FastAPIOffline: the /docs page's scripts come from the package, not a CDN (the service runs offline)
    app = FastAPIOffline(title="妇联信息助手 API", version="1", lifespan=lifespan,
                         description="起草、润色、质量评分、范文检索与隐私审查。")
    app.state.settings, app.state.keyring, app.state.build_capabilities = settings, keyring, capabilities
    app.state.secret = secret
    install_error_handlers(app)
    # the last one added runs first: Host check, headers, body and time limits, then the routes
    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(RequestGuard, max_bytes=settings.max_body_bytes, timeout_s=settings.request_timeout_s)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedHostGuard, allowed=settings.trusted_host_list())
    app.include_router(health_router)
    app.include_router(api_router)
    if settings.ui if ui is None else ui:
        from app.ui import mount_ui

        app = mount_ui(app, settings)
    return app


def create_served_app() -> FastAPI:
    """``create_app`` for ``fulian serve`` (its worker processes too): the collector paused during start-up."""
    startup_gc.pause()
    return create_app()

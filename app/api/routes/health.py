"""Liveness and which capabilities loaded."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter, Request

from app.schemas.health import HealthOut

router = APIRouter(tags=["服务状态"])

try:
    VERSION = version("fulian-assist")
except PackageNotFoundError:  # running from a source tree
    VERSION = "0+unknown"


@router.get("/healthz", response_model=HealthOut, summary="服务状态与已加载的功能")
def healthz(request: Request) -> dict:
    state = request.app.state
    services = state.services
    caps = services.capabilities.health()
    audit = services.audit_store
    ui = getattr(state, "ui", None)
    ready = all(c["status"] in {"ready", "disabled"} for c in caps.values()) and audit is not None
    loading = any(c["status"] == "loading" for c in caps.values())
    return {
        # ok: everything loaded; starting: some capabilities still loading (the others serve); degraded
        "status": "ok" if ready else "starting" if loading else "degraded",
        "version": VERSION,
        "single_user": state.keyring.single_user,
        "capabilities": caps,
        "audit": {"backend": audit.backend if audit else None, "status": "ready" if audit else "unavailable"},
        # the UI mounted at /ui: loading (a waiting page meanwhile), ready, failed; disabled when not mounted
        "ui": {"status": ui.status, "load_s": round(ui.load_s, 3)} if ui is not None else {"status": "disabled"},
    }

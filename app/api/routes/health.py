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
    caps = state.capabilities.health()
    audit = getattr(state, "audit", None)
    ready = all(c["status"] in {"ready", "disabled"} for c in caps.values()) and audit is not None
    loading = any(c["status"] == "loading" for c in caps.values())
    return {
        # ok: everything loaded; starting: some capabilities still loading (the others serve); degraded
        "status": "ok" if ready else "starting" if loading else "degraded",
        "version": VERSION,
        "single_user": state.keyring.single_user,
        "capabilities": caps,
        "audit": {"backend": audit.backend if audit else None, "status": "ready" if audit else "unavailable"},
    }

"""Assembles the routers of the API."""

from fastapi import APIRouter

from app.api.routes import assist, audit, docx, health, privacy, retrieval

api_router = APIRouter(prefix="/v1")
api_router.include_router(privacy.router)
api_router.include_router(assist.router)
api_router.include_router(retrieval.router)
api_router.include_router(audit.router)
api_router.include_router(docx.router)

health_router = health.router

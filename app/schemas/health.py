"""Service health."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class HealthOut(BaseModel):
    status: str
    version: str
    single_user: bool
    capabilities: dict[str, dict[str, Any]]
    audit: dict[str, Any]
    ui: dict[str, Any] = {}

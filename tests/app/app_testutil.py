"""Helpers shared by the tests of app/ (a uniquely named module, not conftest, so imports are unambiguous)."""

from __future__ import annotations

import socket

import pytest
from fastapi.testclient import TestClient

KEY = {role: f"k-{role[:3]}-0123456789abcdef" for role in ("officer", "reviewer", "trainer", "admin")}
KEYS = f"{KEY['officer']}:officer:王信息,{KEY['reviewer']}:reviewer:李审核,{KEY['trainer']}:trainer,{KEY['admin']}:admin:管理员"
HEADERS = {role: {"X-API-Key": key} for role, key in KEY.items()}


def need(client: TestClient, *names: str) -> None:
    """Fail unless the real app loaded these capabilities (a capability that fails to load is a bug)."""
    caps = client.get("/healthz").json()["capabilities"]
    missing = [n for n in names if caps[n]["status"] != "ready"]
    if missing:
        pytest.fail(f"capability not loaded: {', '.join(missing)} ({[caps[n] for n in missing]})")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

"""Shared fixtures: one rules-only scanner, built once per session, and an entity filter."""

from __future__ import annotations

import pytest
from privacy_fakes import TODAY

from privacy.scanner import build_scanner


@pytest.fixture(scope="session")
def scanner():
    return build_scanner("rules", today=TODAY)


def _found(result: dict, entity_type: str) -> list[str]:
    return [e["text"] for e in result["entities"] if e["type"] == entity_type]


@pytest.fixture
def found():
    return _found

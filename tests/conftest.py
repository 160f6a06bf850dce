"""Marks the tests whose verdict depends on dates (ages, ID birth dates, timeliness, audit times).

``make test`` runs them a second time under Debian's ``faketime -f '+400d'``: every date they
use must come from a fixed reference date, never from the clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CALENDAR_PATHS = (
    "privacy/",
    "eval/",
    "assist/rubric/",
    "assist/test_figures.py",
    "assist/test_fidelity.py",
    "assist/test_draft_composer.py",
    "assist/test_draft_drafter.py",
    "app/test_routes_real.py",
    "app/test_audit_store.py",
    "retrieval/test_compare.py",
)
_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        relative = Path(item.fspath).resolve().relative_to(_TESTS).as_posix()
        if relative.startswith(CALENDAR_PATHS):
            item.add_marker(pytest.mark.calendar)

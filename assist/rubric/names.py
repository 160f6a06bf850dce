"""Criterion key → Chinese name, from the bundled rubric file (``criteria.KEY.name``).

One table for everything that shows a criterion to a user (API, CLI, UI, 范文对比)::

    from assist.rubric.names import CRITERION_NAMES, criterion_name
    criterion_name("privacy")  # "隐私保护"
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from assist.rubric.loader import CRITERIA, DEFAULT_RUBRIC


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = yaml.safe_load(DEFAULT_RUBRIC.read_text(encoding="utf-8"))
    return {key: data["criteria"][key]["name"] for key in CRITERIA}


CRITERION_NAMES: dict[str, str] = _table()


def criterion_name(key: str, rubric: dict | None = None) -> str:
    """The Chinese name of ``key``: from ``rubric`` when given (an edited file), else the
    bundled table; an unknown key is returned as it is."""
    if rubric is not None:
        name = rubric.get("criteria", {}).get(key, {}).get("name")
        if name:
            return name
    return CRITERION_NAMES.get(key, key)

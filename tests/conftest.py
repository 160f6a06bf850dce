"""Shared by the whole tree.

- Marks the tests whose verdict depends on dates (ages, ID birth dates, timeliness, audit times):
  ``make test`` runs them a second time under Debian's ``faketime -f '+400d'``, so every date
  they use must come from a fixed reference date, never from the clock.
- ``data_dir``: a tiny NER corpus in the layout of ../shared/data/ner, for the NER CLI and the
  training tests (tests/models/ner, tests/training/ner).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ner.data import tags_from_spans

CALENDAR_PATHS = (
    "privacy/",
    "eval/",
    "assist/rubric/",
    "assist/drafting/",
    "assist/checks/",
    "assist/test_figures.py",
    "assist/test_fidelity.py",
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


_SENTS = [
    ("王秀英在北京工作。", [(0, 3, "PER"), (4, 6, "LOC")]),
    ("李明华参加了全国妇联的会议。", [(0, 3, "PER"), (6, 10, "ORG")]),
    ("今天天气很好。", []),
]


def _write(path, n):
    lines = []
    for i in range(n):
        text, spans = _SENTS[i % len(_SENTS)]
        lines += [f"{c}\t{t}" for c, t in zip(text, tags_from_spans(len(text), spans))] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture()
def data_dir(tmp_path):
    for name in ("msra.train.part1.bio", "msra.train.part2.bio", "msra.train.part3.bio",
                 "cluener.train.bio", "weibo.train.bio", "resume.train.bio"):
        _write(tmp_path / name, 6)
    _write(tmp_path / "msra.train.part4.bio", 3)  # all of it becomes the held-out slice
    return tmp_path

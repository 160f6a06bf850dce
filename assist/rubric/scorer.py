"""The scorer: parse once, run every criterion, combine by the rubric's weights.

``preprocess`` (parse the report) → ``forward`` (criteria; only fidelity's person names
and the privacy criterion touch a model, both given from outside) → ``postprocess``
(weighted total, the contract's JSON shape).

Each finding has ``start``/``end`` offsets into the scored text: the phrase, sentence or
paragraph concerned. A finding about something missing points at the lead paragraph where
it belongs (5W1H, figures) or, for the whole document (structure, no dates), is ``0, 0``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assist.rubric.criteria import CRITERIA, Context
from assist.rubric.document import parse_document
from assist.rubric.loader import load_rubric
from models.errors import InputError


class Scorer:
    """Scores reports against a loaded rubric; build once, call ``score`` many times."""

    def __init__(self, rubric: dict, scanner=None, tagger=None):
        self.rubric = rubric
        self.scanner = scanner
        self.tagger = tagger

    def warm_up(self) -> None:
        """Load what fidelity loads lazily (the person tagger), e.g. in a service's lifespan."""
        from assist.fidelity import find_unsupported

        find_unsupported("王秀英参加培训。", "", tagger=self.tagger)

    def score(self, text: str, notes: str | None = None,
              reference_date: dt.date | str | None = None) -> dict:
        if not text or not text.strip():
            raise InputError("稿件为空：请提供要评分的信息稿件文本。", code="empty_input")
        ctx = Context(reference_date=_as_date(reference_date), notes=notes,
                      scanner=self.scanner, tagger=self.tagger)
        doc = parse_document(text)
        keys = [k for k in CRITERIA if k != "fidelity" or notes is not None]
        criteria = {}
        for key in keys:
            cfg = self.rubric["criteria"][key]
            res = CRITERIA[key](doc, cfg, ctx)
            criteria[key] = {"name": cfg["name"], "weight": cfg["weight"], **res}
        unsupported = criteria.get("fidelity", {}).pop("unsupported", [])
        weights = sum(self.rubric["criteria"][k]["weight"] for k in keys)
        total = sum(self.rubric["criteria"][k]["weight"] * criteria[k]["score"] for k in keys) / weights
        return {"total": round(total, 1), "criteria": criteria, "unsupported": unsupported}


def load_scorer(rubric_path: str | Path | None = None, scanner=None, tagger=None) -> Scorer:
    """A scorer for the rubric file (the bundled one by default).

    ``scanner`` is a ``privacy.scanner.PrivacyScanner``; without it the privacy criterion
    only checks ID and phone numbers and says so. ``tagger`` finds person names for
    fidelity (jieba when ``None``).
    """
    return Scorer(load_rubric(rubric_path), scanner=scanner, tagger=tagger)


def _today() -> dt.date:
    """The clock, in one place: the default reference date of a score (tests replace it)."""
    return dt.date.today()


def _as_date(value: dt.date | str | None) -> dt.date:
    if value is None:
        return _today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"参考日期“{value}”格式不对，请写成 YYYY-MM-DD，如 2024-03-08。",
                         code="bad_date") from None

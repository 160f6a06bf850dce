"""The scorer: parse once, run every criterion, combine by the rubric's weights.

``preprocess`` (parse the report) → ``forward`` (criteria; only fidelity's person names
and the privacy criterion touch a model, both given from outside) → ``postprocess``
(weighted total, the contract's JSON shape).

The genre (文体) is detected from the text or given; it sets which sections structure asks
for, whether a subtitle or a case is expected, and may scale weights (``genres`` in the
rubric). Hard faults (硬伤: a broken lead, a copied chat header…) cap the total (``caps``);
the result lists them under ``flaws`` and keeps the weighted mean as ``uncapped_total``.

Each finding has ``start``/``end`` offsets into the scored text: the phrase, sentence or
paragraph concerned. A finding about something missing points at the lead paragraph where
it belongs (5W1H, figures) or, for the whole document (structure, no dates), is ``0, 0``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assist.rubric.criteria import CRITERIA, Context
from assist.rubric.document import parse_document
from assist.rubric.genre import dateline_match, resolve_genre
from assist.rubric.loader import load_rubric
from models.errors import InputError


QUOTE_CHARS = 60


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
              reference_date: dt.date | str | None = None, genre: str | None = None) -> dict:
        """``genre`` overrides detection: a key (xiaoxi, jingyan, diaoyan, xinmeiti) or its
        Chinese name (消息, 经验材料, 调研报告, 新媒体稿)."""
        if not text or not text.strip():
            raise InputError("稿件为空：请提供要评分的信息稿件文本。", code="empty_input")
        doc = parse_document(text)
        assumed = resolve_genre(self.rubric, doc, genre)
        profile = {**(self.rubric.get("genres") or {}).get(assumed["key"], {}), "key": assumed["key"]}
        dateline = dateline_match(self.rubric, doc)
        ctx = Context(reference_date=_as_date(reference_date), notes=notes, scanner=self.scanner,
                      tagger=self.tagger, genre=profile, lead_offset=dateline.end() if dateline else 0)
        keys = [k for k in CRITERIA if k != "fidelity" or notes is not None]
        factors = profile.get("weight_factors", {})
        weight_of = {k: round(self.rubric["criteria"][k]["weight"] * factors.get(k, 1), 3) for k in keys}
        criteria, flaws = {}, []
        for key in keys:
            cfg = self.rubric["criteria"][key]
            res = CRITERIA[key](doc, cfg, ctx)
            flaws += res.pop("flaws", [])
            criteria[key] = {"name": cfg["name"], "weight": weight_of[key], **res}
        unsupported = criteria.get("fidelity", {}).pop("unsupported", [])
        for row in criteria.values():  # each finding quotes the span it points at
            for f in row["findings"]:
                span = text[f["start"]:f["end"]]
                f.setdefault("quote", span if len(span) <= QUOTE_CHARS else span[:QUOTE_CHARS] + "……")
        weights = sum(weight_of.values())
        total = sum(weight_of[k] * criteria[k]["score"] for k in keys) / weights
        caps = self.rubric.get("caps") or {}
        hard = [{"key": f, "label": caps[f]["label"], "cap": caps[f]["cap"]} for f in dict.fromkeys(flaws) if f in caps]
        uncapped = round(total, 1)
        if hard:
            total = min(total, min(h["cap"] for h in hard))
        return {"total": round(total, 1), "criteria": criteria, "unsupported": unsupported,
                "genre": assumed, "flaws": hard, "uncapped_total": uncapped}


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

"""Fidelity: every claim in a draft that the officer's notes do not support.

``find_unsupported(draft, notes, tagger=None) -> list[{"text", "start", "end", "kind", "reason"}]``
with offsets into ``draft``. Deterministic, no language model. What counts as a claim:

- numbers, amounts, percentages, ranges, dates and multipliers (``assist.figures``);
  equivalent forms match (1.2万 = 12000, 百分之三十 = 30%, 两千 = 2000, 1-6月 = 1至6月);
- approximations: a fuzzy figure (近百人, 数百人, 百余人) is supported only by the same
  fuzzy figure in the notes; fuzzing an exact figure (97人 → 近百人) is unsupported,
  because the seed asks for the exact number;
- comparative claims (翻倍, 增长一倍, 提升30%): the multiplier or percentage must be in the
  notes (增长100% supports 翻倍);
- derived figures: a sum, difference, share, change or ratio of two exact notes figures
  of the same unit is supported (46人 and 38人 support 共84人; 218 of 320 supports 68%);
- a small count that the sentence itself enumerates (东、西两个片区) is not a claim;
- names of people (a span tagger, jieba by default, filtered by surname; a surname with a
  form of address, 周奶奶 or 刘女士, counts as a person too) and of
  organisations (…妇联, …合作社, …公司 and similar suffixes; a government body with only
  a level before it, 县民政局, is a claim unless the notes name that body).

``kind`` is the quantity kind (count, money, percent, date, range, multiplier), ``approx``
for a fuzzy figure, ``person`` or ``organization``.
"""

from __future__ import annotations

import functools
import re

from assist.fidelity.figures import notes_quantities, why_unsupported
from assist.fidelity.names import addressed_spans, addressed_supported, org_spans, org_supported, person_spans
from assist.figures import find_quantities

__all__ = ["find_unsupported", "why_unsupported"]


@functools.lru_cache(maxsize=1)
def _default_tagger():
    from models.taggers import load_span_tagger

    return load_span_tagger("jieba")


def find_unsupported(draft: str, notes: str, tagger=None) -> list[dict]:
    """Claims in ``draft`` (offsets into it) that ``notes`` do not support, in text order.

    ``tagger`` is a ``models.taggers.SpanTagger`` for person names; jieba when ``None``.
    """
    out: list[dict] = []
    note_qs = notes_quantities(notes)
    for q in find_quantities(draft):
        if q.chinese and q.value <= 1 and q.kind in ("count", "money") and not q.approx:
            continue  # 一个, 一次: an article, not a claim
        if _self_enumerated(q, draft):
            continue
        reason = why_unsupported(q, note_qs)
        if reason:
            out.append(_item(q.start, q.end, draft, "approx" if q.approx else q.kind, reason))
    taken = [(d["start"], d["end"]) for d in out]
    tagger = tagger if tagger is not None else _default_tagger()
    orgs = org_spans(draft)
    org_taken = [(s, e) for s, e, _ in orgs]
    aliases = set(re.findall(r"([\u4e00-\u9fa5]{2,3})（化名）", draft))  # a changed name the draft declares
    for start, end in person_spans(draft, tagger):
        name = draft[start:end]
        if name in aliases:
            continue
        if name not in notes and not _overlaps(start, end, taken) and not _overlaps(start, end, org_taken):
            out.append(_item(start, end, draft, "person", f"笔记中没有“{name}”这个人名"))
            taken.append((start, end))
    for start, end in addressed_spans(draft):
        name = draft[start:end]
        if not addressed_supported(name, notes) and not _overlaps(start, end, taken):
            out.append(_item(start, end, draft, "person", f"笔记中没有“{name}”这个人"))
            taken.append((start, end))
    for start, end, name in orgs:
        if org_supported(name, notes) or _overlaps(start, end, taken):
            continue
        out.append(_item(start, end, draft, "organization", f"笔记中没有“{name}”这个单位名称"))
    out.sort(key=lambda d: d["start"])
    return out


_ENUM_CUT = re.compile(r"[，。；：,;:！？!?（）()\n]")
_ENUM_SPLIT = re.compile(r"、|和|与|及")
_ENUM_ITEM_MAX = 6


def _self_enumerated(q, draft: str) -> bool:
    """东、西两个片区: a Chinese small count equal to the short items listed just before it."""
    if not (q.chinese and q.kind == "count" and not q.approx and 2 <= q.value <= 9):
        return False
    head = _ENUM_CUT.split(draft[:q.start])[-1]
    if "、" not in head:
        return False
    items = _ENUM_SPLIT.split(head)
    return len(items) == int(q.value) and all(0 < len(i.strip()) <= _ENUM_ITEM_MAX for i in items)


def _item(start: int, end: int, draft: str, kind: str, reason: str) -> dict:
    return {"text": draft[start:end], "start": start, "end": end, "kind": kind, "reason": reason}


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)

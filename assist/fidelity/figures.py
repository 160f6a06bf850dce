"""Fidelity of figures: does a number, date or comparison in the draft appear in the notes?"""

from __future__ import annotations

import re

from assist.figures import Quantity, find_quantities, normalise_digits


def notes_quantities(notes: str) -> list[Quantity]:
    """The notes' quantities, with the shorthand dates that only notes use (9.26)."""
    return find_quantities(notes) + _shorthand_dates(notes)


_SHORT_DATE = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])(?![\d.])")


def _shorthand_dates(notes: str) -> list[Quantity]:
    """Notes often write 9.26 or 9/26 for 9月26日; drafts never do, so only notes get these."""
    out = []
    for m in _SHORT_DATE.finditer(normalise_digits(notes)):
        month, day = int(m[1]), int(m[2])
        out.append(Quantity(start=m.start(), end=m.end(), text=notes[m.start():m.end()],
                            value=float(month * 100 + day), unit="日", kind="date", month=month, day=day))
    return out


def why_unsupported(q: Quantity, notes: list[Quantity]) -> str | None:
    """``None`` when a notes quantity supports ``q``, else the reason in Chinese."""
    if q.kind == "date":
        if any(n.kind == "date" and _same_date(q, n) for n in notes):
            return None
        return f"笔记中没有日期“{q.text}”"
    if q.kind == "multiplier":
        if any(_supports_multiplier(q, n) for n in notes):
            return None
        return f"笔记中没有“{q.text}”这一对比说法，请用笔记中的具体数字"
    if q.approx:
        if any(n.approx and _same_amount(q, n) for n in notes):
            return None
        exact = [n for n in notes if not n.approx and n.kind == q.kind and _compatible(q.unit, n.unit)]
        if exact:
            return f"“{q.text}”是模糊表述，笔记中为确切数字（如“{exact[0].text}”），请直接使用确切数字"
        return f"笔记中没有“{q.text}”这一数字"
    if any(not n.approx and _same_amount(q, n) for n in notes):
        return None
    return f"笔记中没有“{q.text}”这一数字"


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _compatible(a: str, b: str) -> bool:
    """Same unit, or one side has none or the generic classifier 个 (21个村 = 21村)."""
    return a == b or not a or not b or a == "个" or b == "个"


def _same_amount(q: Quantity, n: Quantity) -> bool:
    if q.kind == "percent" or n.kind == "percent":
        return q.kind == n.kind and q.unit == n.unit and _close(q.value, n.value) and _close(q.high, n.high)
    if n.kind in ("date", "multiplier"):
        return False
    return _close(q.value, n.value) and _close(q.high, n.high) and _compatible(q.unit, n.unit)


def _same_date(q: Quantity, n: Quantity) -> bool:
    for part in ("month", "day"):
        if getattr(q, part) is not None and getattr(q, part) != getattr(n, part):
            return False
    if q.year is not None and n.year is not None and q.year != n.year:
        return False
    if q.year is not None and n.year is None and q.month is None:
        return False  # a bare year must be in the notes
    return _close(q.high, n.high)


def _supports_multiplier(q: Quantity, n: Quantity) -> bool:
    if n.kind == "multiplier":
        return _close(q.value, n.value)
    if n.kind == "percent" and n.unit == "%":  # 增长100% = 翻倍
        return _close((q.value - 1) * 100, n.value)
    return False

"""Fidelity of figures: does a number, date or comparison in the draft appear in the notes?

An exact figure is also supported when it is derived from two exact notes figures of the
same unit, as officers routinely write them: a sum or difference (46人 + 38人 = 84人), a
share (218人 of 320人 = 68%; 36 women and 12 men: women 75%), a relative change (1600人 → 2100人 = 增长31%), a
percentage-point change (76% → 91% = 15个百分点) or a ratio (7500 → 15000 小时 = 翻一番).
A derived percentage must agree to the precision written (68% for 68.1%, not 70%); fuzzy
figures are never derived (户均超过16万元 stays a claim to check).
"""

from __future__ import annotations

import itertools
import re

from assist.figures import Quantity, find_quantities, normalise_digits, spoken_numbers


def notes_quantities(notes: str) -> list[Quantity]:
    """The notes' quantities, with the shorthand dates that only notes use (9.26)."""
    spoken = spoken_numbers(notes)  # 七十把 said in a voice transcript supports the draft's 70把
    extra = find_quantities(spoken) if spoken != notes else []
    return find_quantities(notes) + extra + _shorthand_dates(notes) + _bare_days(notes)


_SHORT_DATE = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])(?![\d.])")
_BARE_DAY = re.compile(r"(?<![\d.月/-])(3[01]|[12]\d|0?[1-9])[日号](?![\d])")


def _bare_days(notes: str) -> list[Quantity]:
    """Notes write 18日 for a day of the month in hand; it supports 10月18日 in the draft."""
    out = []
    for m in _BARE_DAY.finditer(normalise_digits(notes)):
        day = int(m[1])
        out.append(Quantity(start=m.start(), end=m.end(), text=notes[m.start():m.end()],
                            value=float(day), unit="日", kind="date", day=day))
    return out


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
        if any(_supports_multiplier(q, n) for n in notes) or _derived(q, notes):
            return None
        return f"笔记中没有“{q.text}”这一对比说法，请用笔记中的具体数字"
    if q.approx:
        if any(n.approx and _same_amount(q, n) for n in notes):
            return None
        exact = [n for n in notes if not n.approx and n.kind == q.kind and _compatible(q.unit, n.unit)]
        if exact:
            return f"“{q.text}”是模糊表述，笔记中为确切数字（如“{exact[0].text}”），请直接使用确切数字"
        return f"笔记中没有“{q.text}”这一数字"
    if any(not n.approx and _same_amount(q, n) for n in notes) or _derived(q, notes):
        return None
    return f"笔记中没有“{q.text}”这一数字"


_MAX_DERIVED_OPERANDS = 40  # notes with more figures than this: no derivation (chance matches)


def _derived(q: Quantity, notes: list[Quantity]) -> bool:
    """``q`` is a sum, difference, share, change or ratio of two exact notes figures."""
    if q.approx or q.high is not None:
        return False
    operands = [n for n in notes if not n.approx and n.high is None and n.unit
                and n.kind in ("count", "money", "percent")][:_MAX_DERIVED_OPERANDS]
    for a, b in itertools.permutations(operands, 2):
        if a.unit != b.unit or a.kind != b.kind:
            continue
        x, y = a.value, b.value
        if q.kind in ("count", "money") and a.kind == q.kind and q.unit == a.unit:
            if _close(q.value, x + y) or (x > y and _close(q.value, x - y)):
                return True
        elif q.kind == "percent" and q.unit == "百分点" and a.kind == "percent" and a.unit == "%":
            if x > y and _rounds_to(q, x - y):
                return True
        elif q.kind == "percent" and q.unit == "%" and a.kind != "percent" and y > 0:
            if ((x < y and _rounds_to(q, 100 * x / y)) or (x != y and _rounds_to(q, 100 * abs(x - y) / y))
                    or _rounds_to(q, 100 * x / (x + y))):  # share of a part, of a change, of the two parts
                return True
        elif q.kind == "multiplier" and a.kind != "percent" and y > 0 and x > y:
            if abs(x / y - q.value) <= 0.02 * q.value:
                return True
    return False


def _rounds_to(q: Quantity, exact: float) -> bool:
    """``exact`` written to the precision of ``q`` (68% for 68.125, 12.5% for 12.54)."""
    digits = re.search(r"\d+(?:\.(\d+))?", normalise_digits(q.text))
    decimals = len(digits[1] or "") if digits and not q.chinese else 0
    return abs(exact - q.value) <= 0.5 * 10 ** -decimals + 1e-9


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
    if n.month is None and n.year is None and n.day is not None:  # notes: 18日 alone
        return q.day == n.day and q.high is None and n.high is None
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

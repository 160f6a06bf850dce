"""Criteria that need something beyond the text: timeliness (a reference date), privacy
(the privacy scanner) and fidelity (the officer's notes)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assist.rubric.criteria.base import Context, finding, result, word_hits
from assist.rubric.document import Document
from privacy.entity_types import entity_type

# Used only when no privacy scanner is given: the two most damaging types.
_FALLBACK = (
    ("CN_ID_CARD", re.compile(r"(?<![\d])\d{17}[\dXx](?![\dA-Za-z])")),
    ("PHONE_NUMBER", re.compile(r"(?<![\d])1[3-9]\d{9}(?![\d])")),
)


def _valid(etype: str, value: str) -> bool:
    """ID numbers must pass GB 11643: a real birth date and the MOD 11-2 check digit,
    ``"10X98765432"[sum(d_i * w_i) % 11]`` with weights ``w_i = 2**(17 - i) % 11``."""
    if etype != "CN_ID_CARD":
        return True
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(value[:17]))
    return "10X98765432"[total % 11] == value[17].upper()


def score_timeliness(doc: Document, cfg: dict, ctx: Context) -> dict:
    """Age of the latest event date (a month at least) against the reference date."""
    ref = ctx.reference_date
    events = []  # (date, start, end)
    for q in doc.quantities:
        if q.kind == "date" and q.month is not None:
            day = _event_date(q, ref, _relative_year(doc.text, q, ref))
            if day is not None:
                events.append((day, q.start, q.end))
    if not events:
        return _without_event_dates(doc, cfg, ref)
    score, out = 100.0, []
    for day, s, e in events:
        if day > ref:
            score -= cfg["future_deduction"]
            out.append(finding(f"日期 {day.isoformat()} 晚于参考日期 {ref.isoformat()}，请核对。", s, e,
                               "核对日期；尚未发生的活动应写成预告，而不是已完成的报道"))
    past = [ev for ev in events if ev[0] <= ref]
    if past:
        day, s, e = max(past)
        age = (ref - day).days
        step_score = _step(cfg, age)
        score = min(score, step_score)
        if step_score < 100:
            out.append(finding(f"最近的事件日期距参考日期已 {age} 天，时效性下降。", s, e,
                               "信息要快速反应、及时报送；过时信息可改写为阶段总结或经验做法"))
    return result(score, out, reference_date=ref.isoformat())


def _step(cfg: dict, age_days: int) -> float:
    return next((sc for days, sc in cfg["steps"] if age_days <= days), cfg["stale_score"])


def _without_event_dates(doc: Document, cfg: dict, ref: dt.date) -> dict:
    """Only a year (2024年以来), only 近日, or no time at all."""
    years = [q for q in doc.quantities if q.kind == "date" and q.month is None and q.year]
    if years:
        latest = max(years, key=lambda q: q.high or q.year)
        year = int(latest.high or latest.year)
        if year > ref.year:
            return result(cfg["year_only_score"] - cfg["future_deduction"], [finding(
                f"年份 {year} 晚于参考日期 {ref.isoformat()}，请核对。", latest.start, latest.end,
                "核对年份，并写明事件发生的具体日期")])
        age = (ref - dt.date(year, 12, 31)).days if year < ref.year else 0
        return result(min(cfg["year_only_score"], _step(cfg, age)), [finding(
            f"只写了年份（“{latest.text}”），没有具体日期，看不出信息是否及时。", latest.start, latest.end,
            "写明事件发生的具体日期，如“X月X日”")])
    vague = word_hits(doc.text, cfg["vague_words"])
    if vague:
        s, e, w = vague[0]
        return result(cfg["vague_date_score"], [finding(f"只写了“{w}”，看不出信息是否及时。", s, e,
                                                       "写明事件发生的具体日期，如“X月X日”，并尽快报送")])
    return result(cfg["no_date_score"], [finding("全文没有注明事件日期，无法判断时效。", 0, 0,
                                                  "注明事件发生的具体日期，如“X月X日”")])


_RELATIVE_YEARS = {"前年": -2, "去年": -1, "今年": 0, "本年": 0, "明年": 1}


def _relative_year(text: str, q, ref: dt.date) -> int | None:
    """The year that 去年/今年/前年 written right before a month date means."""
    if q.year is not None:
        return None
    offset = _RELATIVE_YEARS.get(text[max(0, q.start - 2):q.start])
    return None if offset is None else ref.year + offset


def _event_date(q, ref: dt.date, year: int | None = None) -> dt.date | None:
    """The (last) day a date or date range refers to; a missing year is the latest one
    that does not put the month after the reference date (or ``year``, from 去年/今年 before
    the date); a bare month means its last day
    (or the reference day, in the reference month)."""
    month = int(q.high) if q.high and q.day is None else q.month
    if not 1 <= month <= 12:
        return None
    year = q.year or year
    day = (int(q.high) if q.high else q.day) if q.day is not None else None
    if year is None:
        year = ref.year
        probe = dt.date(year, month, 1)
        if probe > ref:
            year -= 1
    last = calendar.monthrange(year, month)[1]
    if day is None:
        day = min(last, ref.day) if (year, month) == (ref.year, ref.month) else last
    try:
        return dt.date(year, month, min(day, last))
    except ValueError:
        return None


def score_privacy(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    out = []
    lost = 0.0
    if ctx.scanner is None:
        for etype, rx in _FALLBACK:
            for m in rx.finditer(doc.text):
                if not _valid(etype, m.group()):
                    continue
                lost += d.get(etype, d["default"])
                out.append(finding(f"未脱敏的{entity_type(etype).phrase}。", m.start(), m.end(), cfg["suggestion"]))
        return result(100 - lost, out, checked=False,
                      note="未接入隐私扫描器，只检查了身份证号和手机号；完整检查请用 fulian scan")
    scan = ctx.scanner.scan(doc.text)
    entities = scan.get("entities", [])
    for ent in entities:
        etype = ent["type"]
        minor = etype == "PERSON" and ent.get("minor")
        cost = d["minor"] if minor else d.get(etype, d["default"])
        lost += cost
        if minor:
            out.append(finding("未成年人姓名：原则上不公开未成年人真实身份。", ent["start"], ent["end"],
                               "隐去姓名和可识别细节（如“某某同学”）；公开报道需征得监护人同意"))
        elif etype == "PERSON":  # listed; costs nothing unless the rubric says so
            out.append(finding("含真实人名：对外发布前须征得本人同意。", ent["start"], ent["end"],
                               "确认已征得本人同意；涉及隐私或特殊经历的，改用化名或“某女士”"))
        else:
            out.append(finding(f"未脱敏的{entity_type(etype).phrase}。", ent["start"], ent["end"],
                               cfg["suggestion"]))
    for passage in scan.get("sensitive", []):
        people = [e for e in entities if e["type"] == "PERSON"
                  and passage["start"] <= e["start"] < passage["end"]]
        if people:
            lost += d["sensitive"]
            out.append(finding("涉及家暴、性侵害、健康等特殊经历的段落出现了当事人姓名。",
                               passage["start"], passage["end"],
                               "隐去当事人身份：用化名或“某女士”，删去可识别的细节"))
    return result(100 - lost, out, checked=True)


def score_fidelity(doc: Document, cfg: dict, ctx: Context) -> dict:
    from assist.fidelity import find_unsupported

    claims = find_unsupported(doc.text, ctx.notes or "", tagger=ctx.tagger)
    out = [finding(f"笔记不支持：{c['reason']}。", c["start"], c["end"], cfg["suggestion"]) for c in claims]
    return result(100 - cfg["per_claim"] * len(claims), out, unsupported=claims)

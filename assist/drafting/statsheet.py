"""A statistics table pasted as notes, written as a report of the period's figures.

Such notes give a title line (丹枫县妇联 11月各乡镇“妇女之家”活动统计), a header row, data rows
(towns, categories or indicators), an optional 合计 row, then 备注/说明 lines and an 经办人
line. ``read_sheet(notes)`` reads them into ``Sheet``; the planner writes the lead from the
title (period, unit, topic) and the 合计 row, the rows as one paragraph of the breakdown (never
一是…五是), the 备注's comparison after the totals and its problem or plan apart. The 经办人's
name and phone go to the contact line only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assist.drafting.table import _PERIOD_CELL, _UNIT_IN_LABEL, change_phrase, is_header, row_sentences, table_blocks

_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|总数|全[县区市镇乡]|共计)$")
_ORG = r"[\u4e00-\u9fa5]{1,12}?(?:妇联|妇女联合会|委员会|局|办|中心|协会|社区|村委会)"
_PERIOD = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:份)?(?:[—\-至]\d{1,2}月)?|第[一二三四]季度|[上下]半年|1[—\-至]\d{1,2}月)|\d{4}年(?:度)?"
)
_SHEET_WORDS = re.compile(r"(?:工作)?(?:统计表|统计|汇总表|汇总|情况表|报表|月报|季报|年报|数据|一览表|明细)$|(?<=[\u4e00-\u9fa5])情况$")
_HEAD_FIELDS = ("单位", "填报单位", "统计单位", "报送单位", "统计时间", "统计期间", "时间", "计量单位")
_NOTE_LABELS = ("备注", "说明", "注", "附注")
_CONTACT_LABELS = ("经办人", "联系人", "填表人", "统计人", "制表人", "报送人", "填报人", "联系电话")
_COMPARISON = re.compile(r"^(?:比|较|与[^，。]{1,8}(?:比|相比)|同比|环比)")
_PLAN = re.compile(r"^(?:下一步|下步|下?\d{1,2}月(?:份)?(?:的)?(?:工作)?重点|计划|拟|将|准备|争取|今后|接下来)")
_PROBLEM = re.compile(r"问题|不足|偏少|偏低|较少|较低|滞后|不平衡|不均衡|短板|困难|薄弱|未达|没有开展|尚未")


@dataclass
class Sheet:
    unit: str = ""
    period: str = ""
    topic: str = ""  # 各乡镇“妇女之家”活动, 维权与关爱工作
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # data rows, the 合计 row left out
    total: list[str] = field(default_factory=list)
    comparisons: list[str] = field(default_factory=list)  # 比10月增加8场，增长25%
    notes: list[str] = field(default_factory=list)  # other 备注 sentences and labelled lines (资金来源为…)
    problems: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)
    contact: str = ""
    used_lines: set[int] = field(default_factory=set)  # 1-based lines of the notes the sheet has read


def read_title(line: str) -> tuple[str, str, str]:
    """(unit, period, topic) of a sheet's title line: 柘岭镇妇联 2026年11月 维权与关爱工作统计 →
    (柘岭镇妇联, 2026年11月, 维权与关爱工作)."""
    text = re.sub(r"\s+", "", line.strip())
    unit = ""
    bracket = re.search(rf"[（(]({_ORG})[）)]", text)
    if bracket:
        unit, text = bracket[1], text[:bracket.start()] + text[bracket.end():]
    else:
        lead = re.match(r"[\u4e00-\u9fa5]{1,12}?妇联", text) or re.match(_ORG, text)  # 云杉社区妇联, not 云杉社区
        if lead:
            unit, text = lead[0], text[lead.end():]
    period = ""
    when = _PERIOD.search(text)
    if when and when.start() <= 2:
        period, text = when[0], text[:when.start()] + text[when.end():]
    topic = _SHEET_WORDS.sub("", text).strip("：:，,。 ")
    topic = re.sub(r"的$|(?<=[\u4e00-\u9fa5”])(?:开展|落实|完成|推进)$", "", topic)  # “姐妹讲堂”开展统计
    return unit, period, topic


def _label(line: str) -> tuple[str, str] | None:
    m = re.match(r"^\s*([\u4e00-\u9fa5]{1,6})\s*[：:]\s*(.*)$", line)
    return (m[1], m[2].strip()) if m else None


def read_sheet(notes: str) -> Sheet | None:
    """The sheet of notes that are one statistics table with a title line, or None."""
    lines = notes.replace("\r", "\n").split("\n")
    blocks = table_blocks(lines)
    if len(blocks) != 1:
        return None
    start, end, rows = blocks[0]
    if len(rows) < 3 or not is_header(rows[0]):
        return None
    before = [(i, ln) for i, ln in enumerate(lines[:start]) if ln.strip()]
    titles = [(i, ln) for i, ln in before if not _label(ln)]
    fields = [(i, _label(ln)) for i, ln in before if _label(ln)]
    if len(titles) != 1 or any(lab not in _HEAD_FIELDS for _, (lab, _v) in fields):
        return None  # one title line above the table (and 单位/统计时间 fields), no more
    sheet = Sheet()
    sheet.unit, sheet.period, sheet.topic = read_title(titles[0][1])
    for _, (label, value) in fields:
        if label in ("填报单位", "统计单位", "报送单位") and not sheet.unit:
            sheet.unit = re.sub(r"\s+", "", value)
        elif label in ("统计时间", "统计期间", "时间") and not sheet.period:
            sheet.period = re.sub(r"\s+", "", value)
    sheet.used_lines = {i + 1 for i, _ in before} | set(range(start + 1, end + 1))
    sheet.header = rows[0]
    for row in rows[1:]:
        if _TOTAL.match(row[0].replace(" ", "")) and not sheet.total:
            sheet.total = row  # 合计 55  60500: the lead's totals, never a row of the breakdown
        else:
            sheet.rows.append(row)
    for i, line in enumerate(lines[end:], end + 1):
        labelled = _label(line)
        if not labelled:
            continue
        label, value = labelled
        if label in _CONTACT_LABELS:
            sheet.contact = re.sub(r"\s+", "　", value)
            sheet.used_lines.add(i)
        elif label in _NOTE_LABELS:
            for part in (p.strip("，, ") for p in re.split(r"[；;。]", value)):
                if not part:
                    continue
                kind = sheet.comparisons if _COMPARISON.match(part) else sheet.plans if _PLAN.match(part) else (
                    sheet.problems if _PROBLEM.search(part) else sheet.notes)
                kind.append(re.sub(r"\s+", "", part))
            sheet.used_lines.add(i)
    return sheet if sheet.unit or sheet.topic else None


def _units(header: list[str]) -> list[tuple[str, str]]:
    """(column name, unit) of each column past the first: 受助女童(名) → (受助女童, 名)."""
    out = []
    for name in header[1:]:
        m = _UNIT_IN_LABEL.match(name)
        out.append((m[1].strip(), m[2].strip()) if m else (name, ""))
    return out


def by_period(sheet: Sheet) -> bool:
    """Indicators down, periods across (指标 | 11月 | 10月 | 增减)."""
    names = [c.replace(" ", "") for c in sheet.header[1:]]
    return bool(names) and bool(_PERIOD_CELL.fullmatch(names[0]))


def total_clauses(sheet: Sheet) -> list[str]:
    """The 合计 row in words: [受助女童共55名, 合计60500元]."""
    if not sheet.total:
        return []
    out = []
    for (name, unit), cell in zip(_units(sheet.header), sheet.total[1:]):
        value = cell.replace(" ", "")
        if not value:
            continue
        if unit and not re.search(r"[\u4e00-\u9fa5%‰]$", value):
            value += unit
        if re.search(r"^占|占比|比例|比重", name):
            out.append(f"占比合计{value}")  # 占比 100%: kept, every figure of the notes is
            continue
        counted = re.fullmatch(r"(.{0,4}?)(件|户|场|次|个|份|家|起|人)数", name)
        bare = re.sub(r"[\u4e00-\u9fa5]+$", "", value)
        if counted and re.fullmatch(r"\d+", bare):
            out.append(f"共{counted[1]}{bare}{counted[2]}")  # 件数 200 → 共200件; 慰问户数 23 → 共慰问23户
            continue
        out.append(f"{name}{value}" if name.startswith(("合计", "共", "累计", "总")) else f"{name}共{value}")
    return out


def row_clause(sheet: Sheet, row: list[str]) -> str:
    """One indicator across periods: 信访接待17件（10月22件），比10月下降22.7%."""
    if not by_period(sheet):
        return row_sentences([sheet.header, row])[0]
    label = row[0]
    m = _UNIT_IN_LABEL.match(label)
    name, unit = (m[1].strip(), m[2].strip()) if m else (label, "")
    cols = [c.replace(" ", "") for c in sheet.header[1:]]
    cells = [c.replace(" ", "") for c in row[1:]]
    value = lambda c: c if not unit or re.search(r"[\u4e00-\u9fa5%‰]$", c) else c + unit  # noqa: E731
    out = f"{name}{value(cells[0])}" if cells and cells[0] else name
    earlier = [(col, cell) for col, cell in zip(cols[1:], cells[1:]) if _PERIOD_CELL.fullmatch(col) and cell and col != "累计"]
    if earlier:
        out += "（" + "，".join(f"{col}{value(cell)}" for col, cell in earlier) + "）"
    for k, (col, cell) in enumerate(zip(cols[1:], cells[1:]), 1):
        if not cell or (col, cell) in earlier:
            continue
        changed = change_phrase(col, cell, earlier[0][0] if len(earlier) == 1 else "")
        out += "，" + (changed or f"{col}{value(cell)}")
    return out

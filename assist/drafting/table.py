"""Statistics tables in notes, read as rows of cells and written as report sentences.

Officers paste monthly figures as tables whose columns are separated by ``|``, tabs or runs of
spaces. Read as plain text the cells run together (``96`` and ``48.0%`` in adjacent columns
become an invented ``9648.0%``). ``table_blocks(lines)`` finds such blocks (two or more rows
with the same number of cells), ``row_sentences(header, rows)`` writes each data row as one
sentence (``来访接待本月19人次，上月12人次，累计168人次``; ``城关镇参加96人，占48.0%``), so every
cell's figure reaches the draft whole and no two cells share a number.
"""

from __future__ import annotations

import re
import unicodedata

_UNIT_IN_LABEL = re.compile(r"^(.+?)\s*[（(]\s*([^）)]{1,6})\s*[）)]\s*$")  # 来访接待（人次）
_PERIOD = r"^(?:本月|上月|本季度|上季度|本年|今年|去年|全年|本周|上周|当月|\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?=[\d-])"
_NUMBER = re.compile(r"^[-+]?\d[\d,，.]*\s*(%|‰)?$")
_QUANTITY = re.compile(r"^[-+]?\d[\d,.]*\s*[\u4e00-\u9fa5%‰]{0,3}$")  # 96, 48.0%, 12人, 3.5万元


def split_row(line: str) -> list[str]:
    """Cells of one table row, or [] for a line that is not one.

    ``| 项目 | 本月 |`` (pipes), ``项目\\t本月`` (tabs), ``城关镇   96   48.0%`` (two or more spaces)."""
    text = line.strip()
    if not text:
        return []
    if "|" in text or "｜" in text:
        cells = [c.strip() for c in re.split(r"[|｜]", text.strip("|｜ "))]
    elif "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
    else:
        cells = [c.strip() for c in re.split(r"\s{2,}|\u3000+", text)]
    cells = [c for c in cells if c]
    return cells if len(cells) >= 2 else []


_PERIOD_CELL = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:份)?|第?[一二三四1-4]季度|[上下]半年)|\d{4}年|本月|上月|当月|本季度?|上季度?|本年|上年|今年|去年|累计|全年"
)
_CHANGE = re.compile(r"^(?:增减|增幅|变化|增长率?|增减率|增减幅度|比上月|较上月|环比|同比)(?:[（(]%[）)])?$")


def is_header(cells: list[str]) -> bool:
    """A table's header row: no figure past its first cell, or only period names there (11月 | 10月 | 增减)."""
    rest = [c.replace(" ", "") for c in cells[1:] if c]
    return bool(rest) and all(not _numeric(c) or _PERIOD_CELL.fullmatch(c) or _CHANGE.match(c) for c in rest)


def change_phrase(col: str, value: str, previous: str = "") -> str:
    """A change column's cell in words: 增减 -22.7% → 下降22.7%; 环比 +23.8% → 环比增长23.8%;
    ``previous`` (10月) names the period compared with: 比10月下降22.7%. Other cells: ''."""
    m = re.fullmatch(r"([-+−＋])\s*(\d[\d.]*\s*(?:%|‰|[\u4e00-\u9fa5]{1,3})?)", value.replace(" ", ""))
    if not m or not _CHANGE.match(col):
        return ""
    word = "下降" if m[1] in "-−" else "增长"
    if not m[2].endswith(("%", "‰")):
        word = "减少" if m[1] in "-−" else "增加"
    base = "环比" if col.startswith("环比") else "同比" if col.startswith("同比") else f"比{previous}" if previous else ""
    return f"{base}{word}{m[2]}"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_starts(line: str) -> list[tuple[int, str]]:
    """(display column, cell) for each cell of a space-separated row; a CJK character is two columns."""
    out = []
    for m in re.finditer(r"\S+(?:\s(?!\s)\S+)*", line.rstrip()):
        out.append((_width(line[:m.start()]), m[0]))
    return out


def align_row(line: str, model: list[str]) -> list[str]:
    """A space-separated row with an empty cell (``合计   55         60500``), its cells put under the
    columns of ``model`` (full rows of the same table) by display position, "" where a cell is
    empty; [] where no model row has as many cells as its first."""
    cells = _cell_starts(line)
    starts = [[c for c, _ in _cell_starts(m)] for m in model]
    starts = [s for s in starts if s]
    if not cells or not starts:
        return []
    n = max(len(s) for s in starts)
    full = [s for s in starts if len(s) == n]
    if len(cells) >= n or len(cells) < 2:
        return []
    # a column's span: from its earliest start to the latest end seen in the full rows
    cols = [min(s[k] for s in full) for k in range(n)]
    row = [""] * n
    for start, cell in cells:
        k = min(range(n), key=lambda i: abs(cols[i] - start))  # the column whose start is nearest
        if row[k]:
            return []
        row[k] = cell
    return row if row[0] else []


def _separator(cells: list[str]) -> bool:
    return bool(cells) and all(re.fullmatch(r":?-{2,}:?|[=—\-]+", c) for c in cells)


def _numeric(cell: str) -> bool:
    return bool(_QUANTITY.match(cell.replace(" ", "")))


def table_blocks(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """(first index, last index + 1, rows of cells) for each block of two or more table rows with
    the same cell count, where at least one row holds a number in a cell other than the first."""
    blocks, i = [], 0
    while i < len(lines):
        cells = split_row(lines[i])
        if len(cells) < 2 or not ("|" in lines[i] or "｜" in lines[i] or "\t" in lines[i] or re.search(r"\S\s{2,}\S", lines[i].strip())):
            i += 1
            continue
        rows, j = [cells], i + 1
        while j < len(lines):
            nxt = split_row(lines[j])
            if _separator(nxt):
                j += 1
                continue
            if len(nxt) != len(cells):
                spaced = not ("|" in lines[i] or "｜" in lines[i] or "\t" in lines[i])
                aligned = align_row(lines[j], lines[i:j]) if spaced and 2 <= len(nxt) < len(cells) else []
                if not aligned:
                    break
                nxt = aligned
            rows.append(nxt)
            j += 1
        ruled = "|" in lines[i] or "｜" in lines[i] or "\t" in lines[i]
        if not ruled:
            # space-separated columns: the block ends at the first row past the header whose cells
            # are not all figures (办结  193件  办结率96.5% below the table is a line of its own)
            k = 1 if is_header(rows[0]) else 0
            while k < len(rows) and all(_numeric(c) or not c for c in rows[k][1:]):
                k += 1
            if k < len(rows):
                rows, j = rows[:k], i + k
        data = [r for r in rows if any(_numeric(c) for c in r[1:])]
        # a block of space-separated columns only where its data rows are figures past the label
        spaced_ok = ruled or (len(cells) >= 2 and data and all(all(_numeric(c) or not c for c in r[1:]) for r in data))
        if len(rows) >= 2 and data and spaced_ok:
            blocks.append((i, j, rows))
            i = j
        else:
            i += 1
    return blocks


def _with_unit(value: str, unit: str) -> str:
    value = value.replace(" ", "")
    if not unit or re.search(r"[\u4e00-\u9fa5%‰]$", value):
        return value
    return value + unit


def row_sentences(rows: list[list[str]]) -> list[str]:
    """Each data row as one report sentence; the header row (no figures past the first cell) names
    the columns. A cell's unit comes from its row label (来访接待（人次）) or its column (人数（人）)."""
    header: list[str] = []
    if is_header(rows[0]):
        header, rows = rows[0], rows[1:]
    col_units = []
    col_names = []
    for k, name in enumerate(header[1:] if header else []):
        m = _UNIT_IN_LABEL.match(name)
        col_names.append(m[1].strip() if m else name)
        col_units.append(m[2].strip() if m else "")
    out = []
    for row in rows:
        label, cells = row[0], row[1:]
        m = _UNIT_IN_LABEL.match(label)
        name, row_unit = (m[1].strip(), m[2].strip()) if m else (label, "")
        parts = []
        for k, cell in enumerate(cells):
            if not cell:
                continue  # an empty cell of a spaced row (合计 row without 每人)
            col = col_names[k] if k < len(col_names) else ""
            unit = row_unit or (col_units[k] if k < len(col_units) else "")
            value = _with_unit(cell, unit)
            counted = re.fullmatch(r"(.{0,4}?)人数", col)
            held = re.fullmatch(r"(.{0,4}?)(?:场次|次数)", col)
            if held and unit and re.fullmatch(r"\d+", cell.replace(" ", "")) and not re.search(r"人", unit):
                parts.append(f"开展{held[1] or '活动'}{value}")  # 活动场次（场） 9 → 开展活动9场
                continue
            per_unit = re.fullmatch(r"(.{0,4}?)(件|户|场|次|个|份|家|起)数", col)
            previous = col_names[k - 1] if 0 < k <= len(col_names) and _PERIOD_CELL.fullmatch(col_names[k - 1]) else ""
            changed = change_phrase(col, cell, previous if k >= 2 else "")
            if changed:
                parts.append(changed)  # 增减 -22.7% → 比10月下降22.7%
            elif not col:
                parts.append(value)
            elif re.search(r"^占|占比|比例|比重", col):
                parts.append(f"占{value}")  # 占比 48.0% → 占48.0%
            elif counted and re.fullmatch(r"\d+", value):
                parts.append(f"{counted[1] or '参加'}{value}人")  # 参加人数 96 → 参加96人
            elif per_unit and re.fullmatch(r"\d+", cell.replace(" ", "")) and unit in ("", per_unit[2]):
                parts.append(f"{per_unit[1]}{cell.replace(' ', '')}{per_unit[2]}")  # 件数 96 → 96件; 慰问户数 14 → 慰问14户
            else:
                parts.append(f"{col}{value}")
        if not parts:
            out.append(name)
            continue
        first = re.match(_PERIOD, parts[0])
        # 本月 | 上月 | 累计 columns: 本月来访接待19人次，上月12人次，累计168人次
        head = f"{first[0]}{name}{parts[0][first.end():]}" if first else f"{name}{parts[0]}"
        out.append(head + "".join(f"，{p}" for p in parts[1:]))
    return out


def rewrite_tables(lines: list[str]) -> list[str]:
    """The notes' lines with every table block replaced by its row sentences (one a line, so each
    keeps a line of its own); the line count stays the same where possible for source tracing."""
    blocks = table_blocks(lines)
    if not blocks:
        return lines
    out = list(lines)
    for start, end, rows in reversed(blocks):
        sentences = row_sentences(rows)
        span = end - start
        # keep one line per original table line: the header line becomes empty
        filled = ([""] * (span - len(sentences)) + sentences) if len(sentences) <= span else sentences
        out[start:end] = filled
    return out

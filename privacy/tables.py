"""People in tables and forms: a header row names the columns, and the cells under a name column are names.

A roster of pupils, aid recipients or guardians (序号｜姓名｜年级｜监护人｜联系电话, also separated by tabs,
by two spaces or more, or by |) puts one person's name in each cell under a name column, whatever the
surname -- rare ones included (卯, 檀, 巫). The row says more than any sentence could:

- a row whose grade or class column holds a school grade (六年级, 初二, 八年级（1）班) or whose age column
  holds an age under 18 is a pupil's: the name under the main name column (姓名, 学生姓名, 受助人) is a
  minor;
- the name under a guardian column (监护人, 家长, 父亲, 母亲, 联系人) is an adult, always -- a relation
  written after it (巫德明（父亲）) only confirms it.

Labelled fields outside a table (姓名：卯小雨；监护人：卯春花) are read the same way, without a row.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from privacy.names import common_words, is_surname, kinship_words

# header labels of a column of names: the person the row is about, and the adults beside them
MAIN_NAME_LABELS = ("姓名", "学生姓名", "儿童姓名", "幼儿姓名", "受助人", "受助学生", "受助儿童", "学生", "儿童", "名字")
ADULT_NAME_LABELS = ("监护人", "监护人姓名", "家长", "家长姓名", "父亲", "母亲", "联系人", "紧急联系人", "父亲姓名", "母亲姓名")
_GRADE_LABELS = ("年级", "班级", "年级班级", "就读年级", "就读学校", "学校")
_AGE_LABELS = ("年龄", "岁数")

_SEPARATOR = re.compile(r"\s*[｜|\t]\s*| {2,}|\u3000+")
# a grade or a class of a primary or secondary school (六年级, 初二, 高一, 八年级（1）班, 3班)
_SCHOOL_GRADE = re.compile(r"[一二三四五六七八九1-9]年级|初[一二三]|高[一二三]|[0-9一二三四五六七八九十]+[)）]?班|小学|初中|中学|幼儿园")
_AGE_CELL = re.compile(r"(\d{1,2})\s*(?:周)?岁?")
# a name cell: the name, then a relation or a note in brackets (巫德明（父亲）)
_NAME_CELL = re.compile(r"([\u4e00-\u9fff]{2,4})(?:\s*[（(][^）)]{1,8}[）)])?")
_FIELD = re.compile(r"(" + "|".join(sorted(MAIN_NAME_LABELS + ADULT_NAME_LABELS, key=len, reverse=True)) + r")\s*[：:]\s*([\u4e00-\u9fff]{2,4})(?=$|[^\u4e00-\u9fff])", re.MULTILINE)
_HEADER_WORD = re.compile("|".join(sorted(MAIN_NAME_LABELS + ADULT_NAME_LABELS, key=len, reverse=True)))
TABLE_SCORE = 0.85  # a cell under a name column is a name: as sure as a 某 form


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of a line, split at the table separators."""
    out, pos = [], 0
    for m in _SEPARATOR.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        out.append((pos, len(line)))
    return [(a, b) for a, b in out if line[a:b].strip()]


def _label_kind(label: str) -> str | None:
    label = label.strip()
    if label in MAIN_NAME_LABELS:
        return "main"
    if label in ADULT_NAME_LABELS:
        return "adult"
    if label in _GRADE_LABELS:
        return "grade"
    if label in _AGE_LABELS:
        return "age"
    return None


def _name_in_cell(line: str, a: int, b: int) -> tuple[int, int] | None:
    """The name a cell under a name column holds: two to four Han characters starting with a surname
    (the rare ones too), no kinship word or ordinary word, the cell's whole content but a bracketed note."""
    cell = line[a:b].strip()
    a += line[a:b].index(cell)
    m = _NAME_CELL.fullmatch(cell)
    if not m:
        return None
    name = m.group(1)
    if not (is_surname(name[:2]) or is_surname(name[0], rare=True)) or name in kinship_words() or name in common_words():
        return None
    return a, a + len(name)


def _minor_row(line: str, cells: list[tuple[int, int]], kinds: list[str | None]) -> bool:
    for (a, b), kind in zip(cells, kinds):
        value = line[a:b]
        if kind == "grade" and _SCHOOL_GRADE.search(value):
            return True
        if kind == "age":
            m = _AGE_CELL.fullmatch(value.strip())
            if m and int(m.group(1)) < 18:
                return True
    return False


@lru_cache(maxsize=8)
@lru_cache(maxsize=8)  # the person recognizer and the minor pass both read the same document
def table_people(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, role) of each name in a table or a labelled field; role is "minor" (the main name of
    a pupil's row), "adult" (a guardian column's name) or "" (the row says nothing of the age)."""
    out: list[tuple[int, int, str]] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    kinds: list[str | None] | None = None
    width = 0
    for base, line in lines:
        if kinds is None and not (_SEPARATOR.search(line) and _HEADER_WORD.search(line)):
            continue  # no table open and no name column named: no row, no header (most lines)
        cells = _cells(line)
        if len(cells) < 2:
            kinds = None
            continue
        row_kinds = [_label_kind(line[a:b]) for a, b in cells]
        if any(k in ("main", "adult") for k in row_kinds):
            kinds, width = row_kinds, len(cells)  # a header row
            continue
        if kinds is None or len(cells) != width:
            kinds = None if len(cells) < 2 else kinds
            continue
        pupil = _minor_row(line, cells, kinds)
        for (a, b), kind in zip(cells, kinds):
            if kind not in ("main", "adult"):
                continue
            span = _name_in_cell(line, a, b)
            if span:
                role = "adult" if kind == "adult" else ("minor" if pupil else "")
                out.append((base + span[0], base + span[1], role))
    taken = {(s, e) for s, e, _ in out}
    for m in _FIELD.finditer(text):
        s, e = m.span(2)
        name = m.group(2)
        if (s, e) in taken or not (is_surname(name[:2]) or is_surname(name[0], rare=True)):
            continue
        if name in kinship_words() or name in common_words():
            continue
        out.append((s, e, "adult" if m.group(1) in ADULT_NAME_LABELS else ""))
    return tuple(sorted(out))

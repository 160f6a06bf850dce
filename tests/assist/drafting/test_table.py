"""Statistics tables in notes: cells never run together, each row becomes one sentence."""

import re

import pytest

from assist.drafting.frame import read_frame
from assist.drafting.planner import compose_notes
from assist.drafting.table import row_sentences, split_row, table_blocks


@pytest.mark.parametrize("line, cells", [
    ("| 项目 | 本月 | 上月 |", ["项目", "本月", "上月"]),
    ("城关镇\t96\t48.0%", ["城关镇", "96", "48.0%"]),
    ("城关镇    96    48.0%", ["城关镇", "96", "48.0%"]),
    ("｜来访接待（人次）｜19｜12｜", ["来访接待（人次）", "19", "12"]),
    ("11月10日上午 梨花坪乡妇联 和乡卫生院", ["11月10日上午 梨花坪乡妇联 和乡卫生院"][:0]),  # single spaces: no row
])
def test_split_row(line, cells):
    assert split_row(line) == cells


@pytest.mark.parametrize("lines, n_blocks", [
    (["| 项目 | 本月 |", "| 来访（人次） | 19 |", "| 调解（起） | 5 |"], 1),
    (["| 乡镇 | 人数 | 占比 |", "|---|---|---|", "| 城关镇 | 96 | 48.0% |"], 1),
    (["乡镇\t参加人数\t占比", "城关镇\t96\t48.0%", "西河镇\t104\t52.0%"], 1),
    (["乡镇  参加人数  占比", "城关镇  96  48.0%", "西河镇  104  52.0%"], 1),
    # prose with double spaces is no table: its cells past the first are not figures
    (["今天  来了很多人  大家很开心", "明天  再去一次  继续讲"], 0),
    (["| 项目 | 本月 |", "备注：调解成功率本月100%"], 0),
])
def test_table_blocks(lines, n_blocks):
    assert len(table_blocks(lines)) == n_blocks


@pytest.mark.parametrize("rows, sentences", [
    ([["乡镇", "参加人数", "占比"], ["城关镇", "96", "48.0%"]], ["城关镇参加96人，占48.0%"]),
    ([["项目", "本月", "上月", "累计"], ["来访接待（人次）", "19", "12", "168"]], ["本月来访接待19人次，上月12人次，累计168人次"]),
    ([["项目", "数量（场）"], ["宣讲", "12"]], ["宣讲数量12场"]),
    ([["城关镇", "96", "48.0%"], ["西河镇", "104", "52.0%"]], ["城关镇96，48.0%", "西河镇104，52.0%"]),
])
def test_row_sentences(rows, sentences):
    assert row_sentences(rows) == sentences


TABLES = [
    "县妇联 2026年11月巾帼宣讲数据\n乡镇\t参加人数\t占比\n城关镇\t96\t48.0%\n西河镇\t104\t52.0%",
    "桃源街道妇联 2026年10月工作数据\n| 项目 | 本月 | 累计 |\n| 调解纠纷（起） | 7 | 61 |\n| 入户走访（户） | 130 | 1288 |",
    "某社区妇联工作统计\n项目    本月    上月\n来访接待    23    18\n微家活动    4    6",
]


@pytest.mark.parametrize("notes", TABLES)
def test_table_figures_whole_in_draft(notes):
    draft = compose_notes(notes)
    text = draft["lead"] + draft["text"]
    cells = re.findall(r"\d+(?:\.\d+)?%?", notes.split("\n", 1)[1])
    for cell in cells:  # every cell's figure reaches the draft, none glued to its neighbour
        assert re.search(rf"(?<![\d.]){re.escape(cell)}(?![\d.])", text), cell
    for glued in (a + b for a, b in zip(cells, cells[1:])):
        assert glued not in re.sub(r"\D", " ", text).split() or glued in cells


@pytest.mark.parametrize("notes", TABLES)
def test_table_rows_are_facts_not_pipes(notes):
    frame = read_frame(notes)
    assert frame.facts and all("|" not in f.text and "\t" not in f.text for f in frame.facts)

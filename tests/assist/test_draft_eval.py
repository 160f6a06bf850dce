"""The drafting evaluation's measures (eval/draft.py)."""

import pytest

from eval.draft import figure_recall, load_notes_set, sections_filled
from models.errors import ConfigError


@pytest.mark.parametrize(
    "notes, output, expected",
    [
        ("培训120名妇女，增收2000元", "培训120名妇女，增收2000元", (2, 2)),
        ("培训120名妇女，增收2000元", "培训120名妇女", (1, 2)),
        ("贴息百分之三十，发放两千元", "贴息30%，发放2000元", (2, 2)),  # equivalent forms count
        ("1. 3月8日开会\n2. 来了80人", "3月8日，来了80人", (1, 1)),  # list numbers and dates excluded
        ("没有数字", "没有数字", (0, 0)),
        ("| 来访接待（人次） | 19 | 12 |", "来访接待本月19人次，上月12人次", (2, 2)),  # a bare cell given its row's unit
        ("| 来访接待（人次） | 19 | 12 |", "来访接待1912人次", (0, 2)),  # cells run together keep neither
        ("培训120人", "培训120场", (0, 1)),  # a figure with a unit must keep it
    ],
)
def test_figure_recall(notes, output, expected):
    assert figure_recall(notes, output) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("导语。\n一、工作背景\n甲。\n二、主要做法\n乙。\n三、典型案例\n丙。\n四、工作成效\n丁。\n五、经验启示\n戊。", 6),
        ("导语。\n一、主要做法\n乙。", 2),
        ("一、主要做法\n乙。", 1),  # no lead
        ("只有一段导语，没有小标题。", 1),
        ("", 0),
    ],
)
def test_sections_filled(text, expected):
    assert sections_filled({"text": text}) == expected


def test_bundled_notes_set_is_big_and_varied():
    items = load_notes_set()
    assert len(items) >= 30
    assert len({i["id"] for i in items}) == len(items)
    assert {"bullets", "run-on", "dictated", "mixed-figures", "label"} <= {i["style"] for i in items}


@pytest.mark.parametrize("content", ["- id: a\n", "[{\"id\": \"a\"}]"])
def test_bad_notes_set_rejected(tmp_path, content):
    path = tmp_path / "set.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_notes_set(path)


def test_missing_notes_set_rejected(tmp_path):
    with pytest.raises(ConfigError, match="不存在"):
        load_notes_set(tmp_path / "none.yaml")

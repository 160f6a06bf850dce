"""The frame reader and the planner on the evaluation sets and on small tables."""

import functools
from pathlib import Path

import pytest
import yaml

from assist.checks import contact_in_body, invented_numbers, minor_named, missing_facts
from assist.drafting.frame import normalise_dates, read_frame
from assist.drafting.planner import compose_notes

DATA = Path(__file__).parents[3] / "eval" / "data" / "draft"


@functools.lru_cache(maxsize=None)
def _cases():
    out = []
    for name in ("editor.yaml", "frozen.yaml", "fresh.yaml"):
        out += yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return out


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_no_invented_number_and_every_figure_reaches_the_draft(case):
    draft = compose_notes(case["notes"])
    text = "\n".join([draft["title"], draft["subtitle"], draft["text"]])
    assert invented_numbers(text, case["notes"]) == []
    assert [d.text for d in missing_facts(text, case["notes"]) if d.text] == []


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_privacy_by_construction(case):
    draft = compose_notes(case["notes"])
    text = "\n".join([draft["title"], draft["subtitle"], draft["text"]])
    assert contact_in_body(text) == [] and minor_named(text, case["notes"]) == []


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2024.3.8 东湖", "2024年3月8日 东湖"),
        ("12.3 走访", "12月3日 走访"),
        ("2024/09/10 教师节", "2024年9月10日 教师节"),
        ("Oct 15 市妇联", "10月15日 市妇联"),
        ("10号上午", "10日上午"),
        ("3号到5号 培训", "3日至5日 培训"),
        ("11月份", "11月"),
        ("销售额6.3万元", "销售额6.3万元"),  # a decimal is not a date
    ],
)
def test_normalise_dates(raw, expected):
    assert normalise_dates(raw) == expected


@pytest.mark.parametrize(
    "notes,when,where,organiser,partners,event",
    [
        ("11月20日上午 城关镇妇联 在镇文化站\n“巾帼心向党”宣讲会\n来了村里妇女45人", "11月20日上午", "镇文化站", "城关镇妇联", [], "“巾帼心向党”宣讲会"),
        ("活动名称：“美丽庭院”推进会\n主办单位：平安县妇联\n时间：2024年6月18日\n地点：桃源村", "2024年6月18日", "桃源村", "平安县妇联", [], "“美丽庭院”推进会"),
        ("Oct 15 市妇联 + 市商务局 女性跨境电商 training\n学员 52人", "10月15日", "", "市妇联", ["市商务局"], "女性跨境电商培训"),
        ("【群】\n张：今天的招聘会社区妇联+人社所一起搞的\n张：来了12家企业", "今日", "", "社区妇联", ["人社所"], "招聘会"),
    ],
)
def test_frame_reads_when_where_who_and_event(notes, when, where, organiser, partners, event):
    frame = read_frame(notes)
    assert (frame.when, frame.where, frame.organiser, frame.partners, frame.event) == (when, where, organiser, partners, event)


def test_labels_headers_and_speakers_are_read_not_copied():
    notes = "【工作群】\n周姐：今天上午巾帼志愿者去了敬老院\n周姐：一共去了16个人\n小赵：[图片]\n题目：敬老"
    draft = compose_notes(notes)
    text = draft["text"].replace("【请补充主办单位】", "")  # the ask for a unit the notes lack is no copied header
    assert not any(w in text for w in ("【工作群】", "【", "周姐：", "小赵", "[图片]", "题目："))


def test_each_fact_used_once_and_plans_only_under_next_steps():
    notes = "3月8日 县妇联 举办电商培训\n120名妇女参加\n25人开了网店\n下一步计划每季度办一期\n问题：缺少场地"
    text = compose_notes(notes)["text"]
    assert text.count("25人开了网店") == 1 and text.count("每季度") == 1
    assert text.index("缺少场地") < text.index("每季度")


def test_a_minor_gets_no_name_and_the_officer_is_asked_for_a_pseudonym():
    draft = compose_notes("12.3 走访 留守儿童 李小雨 女 10岁\n村妇联执委每周去看她两次")
    assert "李小雨" not in draft["text"] and any("化名" in q for q in draft["questions"])


def test_contact_on_its_own_line():
    draft = compose_notes("6月1日 县妇联 举办讲座\n80人参加\n联系人 赵敏 13512345678")
    lines = draft["text"].splitlines()
    assert lines[-1] == "（联系人：赵敏　13512345678）" and "13512345678" not in "".join(lines[:-1])


def test_tenths_stay_tenths():
    draft = compose_notes("调研：家庭教育需求\n区妇联 9月\n发现：约占七成的家长不会安排课余时间")
    assert "七成" in draft["text"] and "70成" not in draft["text"]

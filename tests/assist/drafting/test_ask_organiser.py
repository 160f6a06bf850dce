"""Notes that name no organising unit: the lead asks for it (【请补充主办单位】 and a question to the
officer), never invents a unit and is never actor-less; notes that name one keep it."""

import pytest

from assist.checks.detectors import copied_labels
from assist.checks.editorial import lead_without_actor
from assist.drafting.planner import ASK_ORGANISER, compose_notes

NO_UNIT = [
    "题目：如何和青春期孩子沟通\n时间：2024年10月12日下午\n地点：红星小学报告厅\n对象：五、六年级家长\n人数：家长126人",
    "上周五在东湖社区开展反家暴法宣传，约两百人参加，发放宣传册1200份",
    "【执委群】\n李姐：昨天和县医院一起搞的两癌筛查\n李姐：查了268人",
    "全市“女性素质提升”行动：线上课程点击量12.6万次\n线下培训班开班48期，学员2150人",
]
WITH_UNIT = [
    ("11月3日 镇妇联在新华村开展反家暴法宣传，约两百人参加", "镇妇联"),
    ("主办：县妇联\n时间：10月12日\n地点：红星小学\n题目：如何和青春期孩子沟通\n人数：家长126人", "县妇联"),
]


@pytest.mark.parametrize("notes", NO_UNIT)
def test_no_unit_asked_for(notes):
    draft = compose_notes(notes)
    assert ASK_ORGANISER in draft["lead"]
    assert any(ASK_ORGANISER in q for q in draft["questions"])
    assert not lead_without_actor(draft["lead"])


@pytest.mark.parametrize("notes, unit", WITH_UNIT)
def test_named_unit_kept(notes, unit):
    draft = compose_notes(notes)
    assert ASK_ORGANISER not in draft["text"] and unit in draft["lead"]


@pytest.mark.parametrize("text, flagged", [
    ("【请补充主办单位】在东湖社区开展反家暴法宣传。", False),  # asked, not copied
    ("【群聊记录整理】社区妇联开展活动。", True),  # a chat header copied
])
def test_placeholder_is_no_copied_header(text, flagged):
    assert bool(copied_labels(text)) is flagged


@pytest.mark.parametrize("lead, flagged", [
    ("上周五，【请补充主办单位】在东湖社区开展反家暴法宣传。", False),
    ("十月中旬至十一月上旬，【请补充主办单位】开展农村妇女就业情况调研。", False),
    ("上周五，反家暴法宣传在东湖社区开展。", True),
])
def test_asked_actor_in_lead(lead, flagged):
    assert bool(lead_without_actor(lead)) is flagged

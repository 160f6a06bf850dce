"""Minutes: the agenda is the meeting's content (会议内容, one passage in order), never listed as the
organiser's measures 一是…七是; an agenda topic is what the meeting discussed."""

import pytest

from assist.drafting.planner import _meeting_text, compose_notes

MINUTES = [
    "会议纪要\n会议：杏林街道妇联执委会议\n时间：2026年11月20日下午\n地点：街道党群服务中心\n主持：街道妇联主席 贺婉秋\n"
    "出席：执委15人；列席：街道社会事务办\n一、贺婉秋通报：今年开展微课堂36场，参与1420人次；帮助困难妇女申请救助11人。\n"
    "二、社会事务办介绍：单亲困难母亲家庭47户，已全部建档。\n三、讨论：执委提出开办周末技能班，会议同意先在3个社区试点。\n"
    "四、议定：12月20日前，每名执委至少走访3户。",
    "村“妇女议事会”会议记录\n时间：2024年12月1日晚\n地点：新塘村村委会二楼\n参会：议事会成员11人\n"
    "议题一：村里垃圾分类推进慢\n议题二：冬季留守老人取暖\n决定：妇女议事会牵头排查，月底前报村委",
]


@pytest.mark.parametrize("notes", MINUTES)
def test_agenda_is_content_not_measures(notes):
    draft = compose_notes(notes)
    assert "一是" not in draft["text"] and "主要做法" not in draft["text"]
    assert "会议内容" in draft["text"] or draft["sections"]["content"]
    assert "下一步计划会议" not in draft["text"]


@pytest.mark.parametrize("facts, expected", [
    (["会议由主席贺婉秋主持", "社会事务办列席会议", "贺婉秋通报，开展微课堂36场", "帮助困难妇女申请救助11人", "会议议定，每名执委走访3户"],
     "会议由主席贺婉秋主持，社会事务办列席会议。会上，贺婉秋通报，开展微课堂36场，帮助困难妇女申请救助11人；会议议定，每名执委走访3户。"),
    (["会议讨论了垃圾分类推进慢的问题", "会议讨论了冬季取暖的问题"], "会议讨论了垃圾分类推进慢、冬季取暖的问题。"),
])
def test_meeting_text(facts, expected):
    assert _meeting_text(facts) == expected

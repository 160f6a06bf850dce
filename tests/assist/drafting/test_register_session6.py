"""Colloquial → report wording added in session 6 (table-driven)."""

import pytest

from assist.drafting.register import to_report


@pytest.mark.parametrize(
    "note, report",
    [
        ("会后6人报名当宣讲志愿者", "会后6人报名成为宣讲志愿者"),
        ("邀请了司法所的两个同志现场讲法律", "邀请了司法所两名工作人员现场讲解法律知识，"),
        ("给老人剪头发27个", "为27位老人理发"),
        ("主播是4个返乡女大学生", "4名返乡女大学生担任主播"),
        ("初筛异常的11个，已经通知复查了", "初筛异常11人，已通知复查"),
        ("县委党校刘老师主讲，讲了一个半小时", "县委党校刘老师主讲，时长一个半小时"),
        ("参加women founders 48人", "参加女性创业者 48人"),
        ("6个项目现场pitch", "6个项目现场路演"),
        ("3个项目拿到投资意向", "3个项目获得投资意向"),
    ],
)
def test_to_report(note, report):
    assert to_report(note) == report


def test_voice_transcript_date_and_place_reach_the_lead():
    from assist.drafting.planner import compose_notes

    notes = "嗯 我们街道妇联今天上午搞了一个 就是那个 婚姻家庭法律知识的讲座 在街道党群服务中心三楼 请了律所的周律师 来的人挺多的 有七十几个吧"
    lead = compose_notes(notes)["lead"]
    assert lead.startswith("今日上午，街道妇联在街道党群服务中心三楼")

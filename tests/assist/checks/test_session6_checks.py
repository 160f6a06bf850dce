"""The checks added after reading the drafts of the five sets (table-driven)."""

import pytest

from assist.checks import broken_sentences, chat_words, colloquial_quantities
from assist.checks.editorial import lead_without_place, lead_without_when


@pytest.mark.parametrize(
    "text, fires",
    [
        ("会后6人报名当宣讲志愿者。", True),
        ("会后6人报名成为宣讲志愿者。", False),
        ("初筛异常11人，已经通知复查了。", True),
        ("她已经陪伴老人三年了。", False),
        ("县委党校刘老师主讲，讲了一个半小时。", True),
        ("现场用PPT演示。", True),
    ],
)
def test_chat_words(text, fires):
    assert bool(chat_words(text)) is fires


@pytest.mark.parametrize(
    "text, fires",
    [("初筛异常的11个，已通知复查。", True), ("参赛队伍有14支。", True), ("参赛队伍14支。", False)],
)
def test_colloquial_quantities(text, fires):
    assert bool(colloquial_quantities(text)) is fires


@pytest.mark.parametrize(
    "text, fires",
    [
        ("打算去北山村。", True),
        ("下一步打算去北山村。", False),
        ("包了饺子。", True),
        ("邀请司法所工作人员现场讲法律一百余人参加。", True),
        ("活动共一百余人参加。", False),
        ("全县300人参加。", False),
    ],
)
def test_broken_sentences(text, fires):
    assert bool(broken_sentences(text)) is fires


@pytest.mark.parametrize(
    "lead, notes, fires",
    [
        ("街道妇联举办婚姻家庭法律知识讲座。", "嗯 我们街道妇联今天上午搞了一个讲座", True),
        ("今日上午，街道妇联举办婚姻家庭法律知识讲座。", "嗯 我们街道妇联今天上午搞了一个讲座", False),
        ("县妇联举办讲座。", "县妇联 讲座\n下次：11月20日在新华乡", False),  # a plan's date is not the event's
        ("“这笔钱来得太及时了。”", "10月5日 县妇联送去救助金", False),  # a feature opening on a quotation
    ],
)
def test_lead_without_when(lead, notes, fires):
    assert bool(lead_without_when(lead, notes)) is fires


def test_lead_without_place():
    assert lead_without_place("县妇联举办讲座。", "桃源村")
    assert not lead_without_place("县妇联在桃源村举办讲座。", "桃源村")
    assert not lead_without_place("县妇联举办讲座。", "")

"""Checks added after the blind contrast set: an empty preamble ahead of the news in the lead
(focus), colloquial markers (language), proposals and findings filed under each other's
headings in a survey, and a bare event name under 下一步 (structure)."""

import pytest

REF = "2025-11-25"
NEWS = """东坪镇45名妇女学会直播带货
本报讯（通讯员 李敏）11月3日，东坪镇妇联在镇便民服务中心举办电商直播培训，45名农村妇女学习选品、拍摄和直播技巧。
培训结束后，学员当场开播试卖，3个小时卖出核桃、木耳等山货8260元。镇妇联表示，将每月组织一次直播练习。
"""
SURVEY = """七成农村妇女希望就近就业
——关于东坪县农村妇女就业需求的调研报告
9月至10月，东坪县妇联在全县7个乡镇开展调研，发放问卷900份，收回有效问卷862份。
一、基本情况
全县18至55岁农村妇女约3.1万人。
二、主要问题
受访妇女中，71%希望在本乡镇就业；有培训意愿的占45%，最缺的是实用技术；参加过技能培训的仅210人。
三、对策建议
一是在乡镇设立就业服务站，推行弹性工时；二是联合职业学校开设短期实用技术培训；三是推出巾帼创业担保贷款。
"""
PLAN_REPORT = """东坪镇“巾帼护航”法律宣讲走进12个村
——东坪镇妇联开展“巾帼护航”法律宣讲活动
10月以来，东坪镇妇联组织8名律师志愿者走进全镇12个村开展“巾帼护航”法律宣讲，1260名群众参加。
一、主要做法
志愿者用真实案例讲解反家暴法和婚姻家庭法律知识，现场解答群众咨询。
二、典型案例
52岁的王女士（化名）在宣讲后向村妇联求助，志愿者帮她申请了人身安全保护令。她说：“现在心里踏实了。”
三、工作成效
截至11月15日，志愿者共解答咨询316人次，调解家庭纠纷9起。
四、下一步打算
镇妇联计划明年把宣讲扩大到全镇所有学校。
"""


def _messages(report, key):
    return [f["message"] for f in report["criteria"][key]["findings"]]


def _edit(text, old, new):
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    "old, new, fires",
    [
        ("11月3日，", "近年来，东坪镇党委高度重视妇女工作，镇妇联围绕中心、服务大局，做了大量卓有成效的工作。11月3日，", True),
        ("11月3日，", "随着乡村振兴深入推进，镇妇联始终把促进妇女增收作为重要内容。11月3日，", True),
        ("11月3日，", "为进一步助力妇女创业，多措并举、积极探索。11月3日，", True),
        ("11月3日，", "11月3日，", False),
        # an exemplar's lead: the background sentence carries a figure, so it is the news
        ("11月3日，", "近年来农村电商吸纳了大量妇女就业，但镇妇联对312名女性电商从业者的调研显示，她们普遍缺少直播技巧。11月3日，", False),
        # a preamble marker in the news sentence itself is not a preamble ahead of the news
        ("东坪镇妇联在镇便民服务中心", "东坪镇妇联围绕中心、服务大局，在镇便民服务中心", False),
    ],
)
def test_an_empty_preamble_ahead_of_the_news(scorer, old, new, fires):
    report = scorer.score(_edit(NEWS, old, new), reference_date=REF)
    hit = [m for m in _messages(report, "focus") if "空泛的铺垫" in m]
    assert bool(hit) is fires
    if fires:
        assert report["criteria"]["focus"]["score"] < scorer.score(NEWS, reference_date=REF)["criteria"]["focus"]["score"]


@pytest.mark.parametrize(
    "old, new, needle",
    [
        ("学员当场开播试卖，", "学员当场开播试卖，快递公司那边都免费给寄，", "那边"),
        ("学员当场开播试卖，", "学员当场开播试卖，镇里都给办了，", "给办"),
        ("学员当场开播试卖，", "学员当场开播试卖，挺热闹的那种，", "挺热闹的"),
        ("学员当场开播试卖，", "学员当场开播试卖，效果蛮好的；", "蛮好的"),
        ("学员当场开播试卖，", "学员当场开播试卖，是那种很实用的培训的那种。", "的那种"),
    ],
)
def test_colloquial_markers_are_chat(scorer, old, new, needle):
    report = scorer.score(_edit(NEWS, old, new), reference_date=REF)
    assert any("口语" in m and needle in m for m in _messages(report, "language"))
    assert report["criteria"]["language"]["score"] < 100


@pytest.mark.parametrize(
    "plain",
    [
        "学员当场开播试卖，镇妇联把销售清单交给村妇联，",
        "学员当场开播试卖，并把首单收入送给敬老院，",
        "学员当场开播试卖，河那边的村民也赶来观看，",
        "学员当场开播试卖，一位学员说：“快递那边都给转，挺方便的。”",  # a person's own words
        "学员当场开播试卖，县妇联将把经验转交给相关部门推广，",  # exemplar-like wording
    ],
)
def test_written_wording_is_not_chat(scorer, plain):
    report = scorer.score(_edit(NEWS, "学员当场开播试卖，", plain), reference_date=REF)
    assert report["criteria"]["language"]["score"] == 100, _messages(report, "language")


_PROBLEMS = "受访妇女中，71%希望在本乡镇就业；有培训意愿的占45%，最缺的是实用技术；参加过技能培训的仅210人。"
_PROPOSALS = "一是在乡镇设立就业服务站，推行弹性工时；二是联合职业学校开设短期实用技术培训；三是推出巾帼创业担保贷款。"


@pytest.mark.parametrize(
    "edits, needles",
    [
        ([], []),
        # swapped: proposals under 主要问题, findings under 对策建议
        ([(_PROBLEMS, "@P@"), (_PROPOSALS, _PROBLEMS), ("@P@", _PROPOSALS)], ["不是发现的问题", "不是对策建议"]),
        # only the proposals section holds findings (both sections then hold findings)
        ([(_PROPOSALS, _PROBLEMS)], ["不是对策建议"]),
        # one proposal closing a findings section is a minority: not flagged
        ([(_PROBLEMS, _PROBLEMS + "建议加强培训。")], []),
        # a heading that names both kinds is one section of both: not judged
        ([("二、主要问题", "二、问题与建议"), (_PROBLEMS, _PROPOSALS)], []),
    ],
)
def test_proposals_and_findings_under_the_right_heading(scorer, edits, needles):
    text = SURVEY
    for old, new in edits:
        text = _edit(text, old, new)
    report = scorer.score(text, reference_date=REF)
    found = [m for m in _messages(report, "structure") if "不是发现的问题" in m or "不是对策建议" in m]
    for needle in needles:
        assert any(needle in m for m in found)
    assert bool(found) is bool(needles)
    assert ("misfiled" in [f["key"] for f in report["flaws"]]) is bool(needles)


@pytest.mark.parametrize(
    "line, fires",
    [
        ("“巾帼护航”法律宣讲活动。", True),
        ("春蕾护苗行动。", True),
        ("巾帼家政技能培训。", True),
        ("深化巾帼家政技能培训。", False),  # a verb opens it: a plan without a marker
        ("下一步，镇妇联将继续开展“巾帼护航”法律宣讲活动。", False),
        ("明年计划举办第二届法律知识大赛。", False),
        ("镇妇联计划明年把宣讲扩大到全镇所有学校。", False),  # the exemplar-like plan
    ],
)
def test_a_bare_event_name_under_plans(scorer, line, fires):
    text = _edit(PLAN_REPORT, "四、下一步打算\n", f"四、下一步打算\n{line}")
    report = scorer.score(text, reference_date=REF)
    hit = [m for m in _messages(report, "structure") if "只是活动名称" in m]
    assert bool(hit) is fires, _messages(report, "structure")


def test_an_event_name_outside_a_plan_section_is_not_judged(scorer):
    text = _edit(PLAN_REPORT, "一、主要做法\n", "一、主要做法\n“巾帼护航”法律宣讲活动。")
    report = scorer.score(text, reference_date=REF)
    assert not [m for m in _messages(report, "structure") if "只是活动名称" in m]

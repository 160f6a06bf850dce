"""Outline by template section."""

from __future__ import annotations

import pytest

from retrieval.sections import SECTIONS, classify_paragraph, outline, sections_present

DRAFT_WITH_HEADINGS = """妇联家庭教育讲座进社区
——300名家长受益
3月5日，县妇联在城区举办家庭教育讲座，300名家长参加。
一、主要做法
邀请专家授课，发放手册。
二、工作成效
家长满意率98%。
三、经验启示
讲座要贴近家长需求。"""


def test_headings_set_the_section_of_what_follows():
    items = outline(DRAFT_WITH_HEADINGS)
    assert [i["section"] for i in items] == ["title", "title", "lead", "measures", "results", "experience"]
    assert items[0]["excerpt"] == "妇联家庭教育讲座进社区"
    for item in items:
        assert DRAFT_WITH_HEADINGS[item["start"] : item["end"]].startswith(item["excerpt"].rstrip("…"))


@pytest.mark.parametrize(
    "paragraph, position, n_body, expected",
    [
        ("近年来，随着城镇化推进，留守妇女就业难问题突出。", 1, 5, "background"),
        ("一是开设培训班，二是建立跟踪服务机制，三是联合企业搭建平台。", 2, 5, "measures"),
        ("学员王某（化名）今年42岁。她说：“现在靠手艺也能挣体面钱了。”", 3, 5, "cases"),
        ("截至目前，累计带动就业386人，人均增收2000元，满意率98%。", 3, 6, "results"),
        ("实践表明，培训要先找准岗位。下一步，县妇联将扩大合作企业。", 4, 5, "experience"),
        ("为此建议：一是推行先摸岗后定训；二是开发灵活岗位；三是建立台账。", 4, 5, "experience"),
    ],
)
def test_classify_paragraph(paragraph, position, n_body, expected):
    assert classify_paragraph(paragraph, position, n_body) == expected


def test_exemplar_title_given_apart_and_first_paragraph_is_the_lead():
    items = outline("第一段导语。\n第二段。", title="标题")
    assert items[0] == {"section": "title", "label": "标题", "start": None, "end": None, "excerpt": "标题"}
    assert items[1]["section"] == "lead"


def test_single_line_is_not_taken_for_a_title():
    assert [i["section"] for i in outline("只有一句话的稿件")] == ["lead"]


def test_sections_present_in_template_order():
    items = [{"section": s} for s in ("cases", "lead", "cases", "title")]
    assert sections_present(items) == ["title", "lead", "cases"]
    assert list(SECTIONS.values()) == ["标题", "导语", "背景", "措施", "案例", "成效", "经验"]


def test_sections_are_found_from_content_not_only_headings():
    """An exemplar without headings whose lead states results and whose measures end on
    figures shows 措施 and 成效 (it used to show both as missing)."""
    from retrieval.sections import outline, sections_present

    text = (
        "为破解妇女就业难，某县妇联2023年联合县人社局开设家政培训班5期，156名妇女参训，132人取得证书，118人上岗就业。\n"
        "培训采取“理论+实训”模式，每期30天，县妇联协调开通夜间班，方便接送孩子的学员参训。\n"
        "县妇联将继续推广这一模式。"
    )
    items = outline(text, title="某县妇联家政培训助妇女就业")
    present = sections_present(items)
    assert {"lead", "measures", "results", "background"} <= set(present)
    assert items[1]["section"] == "lead" and "results" in items[1]["also"]


def test_a_plain_paragraph_carries_no_second_section():
    from retrieval.sections import also_sections

    assert also_sections("镇妇联组织妇女学习。", "measures") == []

"""Segment reading of the frame (session 7 body rules): labels read, field values placed,
first person replaced, facts kept once."""

import pytest

from assist.drafting.frame import read_frame
from assist.drafting.planner import compose_notes


@pytest.mark.parametrize(
    "notes,slot,text",
    [
        ("项目：妈妈邮路\n亮点：邮递员顺路探访，发现问题当天报村妇联", "results", "邮递员顺路探访，发现问题当天报村妇联"),
        ("11月3日 县妇联巾帼创业培训班\n上午：导师讲商业计划书怎么写", "content", "上午，导师讲商业计划书怎么写"),
        ("11月3日 区妇联电商培训班\n下午实操：每人练了20分钟", "content", "下午进行实操，每人练了20分钟"),
        ("典型推荐表\n姓名：覃月娥 性别：女 年龄：44\n推荐单位：红岩乡妇联", "cases", "覃月娥，女，44岁"),
    ],
)
def test_labelled_values_go_to_their_part(notes, slot, text):
    frame = read_frame(notes)
    assert [f.text for f in frame.of(slot)] == [text]


def test_organiser_label_and_chair_label():
    frame = read_frame("项目：妈妈邮路\n发起：市妇联、市邮政分公司\n主持人：县妇联副主席 韦丽萍")
    assert frame.organiser == "市妇联" and frame.partners == ["市邮政分公司"]
    assert any(f.text.startswith("会议由") for f in frame.of("speakers"))


def test_a_room_on_the_heading_line_is_the_place_not_an_item():
    frame = read_frame("座谈会记录 11月10日 县妇联会议室\n县妇联通报：今年发放救助金43万元")
    assert frame.where == "县妇联会议室"
    assert all("会议室" not in f.text for f in frame.facts)


def test_a_partner_on_the_heading_line_is_not_the_place():
    frame = read_frame("Nov 28  市妇联 x 市图书馆\n地点：市图书馆一楼报告厅")
    assert frame.where == "市图书馆一楼报告厅"


@pytest.mark.parametrize(
    "notes,absent,present",
    [
        ("【城关镇儿童之家群】\n镇妇联小宋：我联系了县家庭教育指导中心的咨询师\n小宋：辅导了3次", "我", "镇妇联联系了县家庭教育指导中心"),
        ("11月19日 区妇联讲座\n后面我们点了一下，签到是137人", "我们", "签到137人"),
    ],
)
def test_first_person_becomes_the_unit_or_goes(notes, absent, present):
    text = compose_notes(notes)["text"]
    assert absent not in text and present in text


@pytest.mark.parametrize("line", ["散会。", "会议11时结束", "就这些"])
def test_closing_lines_of_minutes_are_no_facts(line):
    frame = read_frame(f"会议纪要\n时间：11月6日\n议题一：通报排查情况，排查纠纷48起\n{line}")
    assert all(line.rstrip("。") not in f.text for f in frame.facts)


def test_a_child_noun_left_alone_is_no_item():
    frame = read_frame("11月22日 走访（新民村）\n困境儿童陈思雨，女，9岁，新民小学三年级\n母亲去世，父亲在外地务工")
    assert all(f.text != "困境儿童" for f in frame.facts) and frame.minors


def test_quote_lines_are_attributed_and_not_items():
    notes = ("座谈会记录 11月10日 县妇联会议室\n县妇联通报：今年发放救助金43万元\n代表发言：\n"
             "“这1万块钱救了急，化疗那几个月全靠它。”（患者代表）\n“希望复查能报销更多。”")
    frame = read_frame(notes)
    quotes = [f.text for f in frame.of("quotes")]
    assert quotes[0].startswith("患者代表表示：“这1万块钱") and quotes[1].startswith("代表表示：“希望")


def test_numbered_items_complete_the_line_that_heads_them():
    frame = read_frame("11月18日 省妇联线上训练营\n课程3门：\n1. AI 写作工具入门\n2. 短视频剪辑\n结业率96%")
    texts = [f.text for f in frame.facts]
    assert "课程3门：AI写作工具入门、短视频剪辑" in texts and "结业率96%" in texts


def test_a_question_for_next_time_is_a_proposal_and_a_reply_a_plan():
    frame = read_frame("【柳溪社区妇联执委群】11月8日\n阿芳：下次能不能把理发也带上\n周姐：可以，我去联系美发店")
    assert [f.slot for f in frame.facts] == ["proposals", "plans"]


def test_a_figure_field_ending_in_guidance_is_work_not_a_speaker():
    frame = read_frame("10月统计（东城街道妇联）\n家庭教育指导：讲座4场/参加家长356人次")
    assert not frame.of("speakers") and any("356人次" in f.text for f in frame.of("content"))

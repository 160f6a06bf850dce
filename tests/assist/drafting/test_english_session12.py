"""Session 12: English words of workshop and salon notes in report wording, ``@ 单位 x 单位`` read as
organiser and partner, ``主办：市妇联 宣传部`` one unit, 第N单元 and 跟进 labels not framed as 方面."""

import pytest

from assist.checks import chat_words
from assist.drafting.frame import read_frame
from assist.drafting.planner import compose_notes
from assist.drafting.register import english


@pytest.mark.parametrize("text, written", [
    ("participants 60人", "参加人员60人"),
    ("theme: 乡村振兴中的女性", "主题: 乡村振兴中的女性"),
    ("speakers: 2位 女性创业者", "主讲嘉宾: 2位 女性创业者"),
    ("mentor-mentee 配对 15对", "导师-学员配对 15对"),
    ("next month 办 coding camp for moms", "下月办妈妈编程营"),
    ("co-host：县女企业家协会", "协办单位：县女企业家协会"),
    ("session 2：沙盘演练", "第2单元：沙盘演练"),
    ("case study + group discussion", "案例研讨+分组讨论"),
    ("feedback form 回收30份", "反馈表回收30份"),
    ("周琳（外企 HR director）", "周琳（外企人力资源总监）"),
    ("建 WeChat 群", "建微信群"),
])
def test_english_words(text, written):
    assert english(text) == written


def test_no_english_left_in_a_workshop_draft():
    notes = ("10/15 “她创业” women leadership workshop @ 县创业孵化基地 二楼\n主办：县妇联 发展部；co-host：县女企业家协会\n"
             "participants 36人，来自9个乡镇的女性创业者\n上午 session 1：品牌营销，trainer 何敏（电商公司 HR director）\n"
             "feedback form 回收33份，满意度 91%\nfollow-up：建 WeChat 群，next month 组织 mentor 配对 10对")
    frame = read_frame(notes)
    assert frame.organiser == "县妇联发展部" or frame.organiser == "县妇联"
    assert "发展部" not in frame.partners and "县女企业家协会" in frame.partners
    draft = compose_notes(notes)
    text = "\n".join([draft["title"], draft["subtitle"], draft["text"]])
    assert chat_words(text) == []
    assert "在跟进方面" not in text and "第1单元方面" not in text


@pytest.mark.parametrize("line, organiser, partner", [
    ("10/20 Girls Who Code 沙龙 @ 高新区妇联 x 高新区软件园", "高新区妇联", "高新区软件园"),
    ("11/2 创业分享会 @ 滨湖街道妇联 & 滨湖创客空间", "滨湖街道妇联", "滨湖创客空间"),
])
def test_at_unit_x_unit(line, organiser, partner):
    frame = read_frame(line + "\n参加的妇女40人")
    assert frame.organiser == organiser and partner in frame.partners
    assert frame.where == ""


@pytest.mark.parametrize("line, slot", [
    ("现场签了导师计划 配对 15对", "results"),
    ("已启动“春芽”陪伴计划 结对儿童30名", "results"),
    ("计划明年再办2期", "plans"),
    ("下月计划招30人", "plans"),
])
def test_a_plan_named_as_done_is_no_plan(line, slot):
    frame = read_frame("10月15日 县妇联 举办“她创业”沙龙\n" + line)
    assert frame.facts[-1].slot == slot or (slot == "results" and frame.facts[-1].slot != "plans")

"""Session 10 rules: chat answers before a date divider, report register of chat counts,
the notes' @ place, Day1/Day2, one sentence of proposals, 签约 is no hedge."""

import re

import pytest

from assist.checks.detectors import note_figures
from assist.drafting.frame import read_frame
from assist.drafting.planner import compose_notes
from assist.drafting.register import english, to_report
from assist.figures import find_quantities


@pytest.mark.parametrize(
    "raw,report",
    [
        ("进场求职的宝妈有186人", "186名宝妈进场求职"),
        ("来的妇女有210人", "210名妇女参加"),
        ("现场登记意向的97人，当场签约的21人", "现场登记意向97人，当场签约21人"),
        ("蒙科长也来了，说以后每季度办一场", "蒙科长到场参与，表示今后每季度举办一场"),
        ("有个宝妈说“终于有能接孩子的班上了”", "有宝妈说“终于有能接孩子的班上了”"),
        ("年满60岁的300人", "年满60岁的300人"),  # an age before 的 is no count to join
    ],
)
def test_report_register(raw, report):
    assert to_report(raw) == report


@pytest.mark.parametrize("raw,report", [("Day1：拍摄；Day2：实操", "首日：拍摄；次日：实操"), ("每人 live 10分钟", "每人直播10分钟")])
def test_english_days_and_live(raw, report):
    assert english(raw).replace(" ", "") == report


@pytest.mark.parametrize(
    "text,approx",
    [("当场签约21人", False), ("近期签约20户", False), ("最近20天", False), ("约21人", True), ("近百人", True)],
)
def test_sign_words_are_no_hedge(text, approx):
    assert find_quantities(text)[-1].approx is approx


@pytest.mark.parametrize(
    "notes,event,when",
    [
        ("【白鹭湖社区妇联群】\n莫姐：明天“妈妈岗”专场招聘会的展位都落实了吗\n小符：落实了，来了14家企业，岗位一共230个\n"
         "—— 11月27日 ——\n小符：今天进场求职的宝妈有186人", "“妈妈岗”专场招聘会", "11月27日"),
    ],
)
def test_a_chat_question_before_the_divider_names_the_day_event(notes, event, when):
    frame = read_frame(notes)
    assert frame.event == event and frame.when == when
    assert not any(f.text.startswith(("落实了", "今天")) for f in frame.facts)


@pytest.mark.parametrize(
    "notes,where",
    [("11/21 市妇联 巾帼创业 workshop @ 市创业孵化基地\n30位女创业者参加", "市创业孵化基地")],
)
def test_at_names_the_place(notes, where):
    assert read_frame(notes).where == where


def test_numbered_proposals_are_one_sentence():
    notes = "县妇联 10月 女性就业调研\n问卷发放900份\n建议：\n1）在村设心理疏导点\n2）培训一批志愿者\n3）把热线印到公开栏"
    text = compose_notes(notes)["text"]
    assert text.count("建议") == 1 and "受访群众希望" not in text


@pytest.mark.parametrize(
    "notes,kept",
    [
        ("发现：\n1）感到焦虑的占39.5%\n2）没人可说的占44%", {39.5, 44}),  # 1） 2） are list numbers
        ("地址：青杠镇松林村6组21号\n事迹：照顾婆婆11年", {11}),  # a house number is no figure of the work
    ],
)
def test_note_figures_skip_list_numbers_and_addresses(notes, kept):
    assert {q.value for q in note_figures(notes)} == kept


@pytest.mark.parametrize(
    "notes,lead,absent",
    [
        ("推荐类别：年度“最美家庭”\n家庭：李秀英家庭（4口人）\n地址：河西镇前进村2组8号\n联系电话：13500001111\n"
         "事迹：李秀英照顾婆婆9年\n推荐单位：河西镇妇联",
         "河西镇妇联推荐李秀英家庭参评年度“最美家庭”。李秀英家庭共有4口人，李秀英照顾婆婆9年。", ["2组8号", "家庭为"]),
        ("典型推荐表\n姓名：张红 性别：女 年龄：39\n住址：东山乡1组3号\n事迹：2020年返乡，种植茶叶60亩\n推荐单位：东山乡妇联",
         "东山乡妇联推荐张红为先进典型。张红，女，39岁，2020年返乡，种植茶叶60亩。", ["1组3号"]),
    ],
)
def test_a_recommendation_form_leads_with_who_put_forward_whom(notes, lead, absent):
    r = compose_notes(notes)
    body = r["text"].split("\n")
    assert body[0] == lead
    assert not any(a in r["text"] for a in absent)
    assert not any(re.search(r"\d{7,}", p) for p in body if not p.startswith("（"))  # a phone only on the 备注 line


@pytest.mark.parametrize(
    "raw,report",
    [
        ("黄岗镇妇联和镇上的爱心商会一起去了全镇独居老人的家里", "黄岗镇妇联联合镇爱心商会走访全镇独居老人"),
        ("爱心商会出的钱，是26000元", "爱心商会出资26000元"),
        ("每户500元的东西", "每户物资价值500元"),
        ("心理老师做了首次辅导", "心理老师开展了首次辅导"),
        ("联系了县心理咨询中心给孩子做疏导", "联系了县心理咨询中心为孩子开展疏导"),
        ("街道妇联陪同到派出所报案", "街道妇联陪同当事人到派出所报案"),
    ],
)
def test_spoken_work_in_report_register(raw, report):
    assert to_report(raw) == report


def test_a_relative_with_the_childs_surname_is_not_named():
    notes = "初二女生 韦语嫣 14岁 最近一周没来上学\n孩子姑姑韦美凤表示愿意接孩子去住 电话 15977320416"
    text = compose_notes(notes)["text"]
    assert "韦" not in text and "姑姑" in text and not re.search(r"\d{7,}", text)


@pytest.mark.parametrize(
    "raw,report",
    [
        ("报名的有四十个人，实际来了37人", "四十人报名，实际参加37人"),
        ("请的是镇卫生院的2个护士来讲的", "主讲人为镇卫生院2名护士"),
        ("有5人说想去考育婴员证", "5人希望报考育婴员证"),
    ],
)
def test_counts_of_a_training_in_report_register(raw, report):
    assert to_report(raw) == report

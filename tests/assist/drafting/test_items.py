"""Measures that read as measures (issue 13, session 7 items): minutes' labels become the meeting's
acts, a speaker's label becomes a quote sentence, English words of mixed notes get report wording,
dotted dates in a bracket are dates, and a lead opens on the unit and what it did."""

import pytest

from assist.checks.detectors import _norm_notes_dates
from assist.drafting.frame import _inner_label, normalise_dates, read_frame
from assist.drafting.planner import compose_notes
from assist.drafting.register import english


@pytest.mark.parametrize(
    "text,want",
    [
        ("讨论：执委建议增设周末儿童托管", "会议讨论中，执委建议增设周末儿童托管"),
        ("议定：11月15日前完成走访", "会议议定，11月15日前完成走访"),
        ("通报：1—10月受理求助41件", "会议通报，1—10月受理求助41件"),
        ("县法院：保护令平均审查时间从72小时缩短到48小时", "县法院介绍，保护令平均审查时间从72小时缩短到48小时"),
        ("冉丽（服装厂）：“订单有了，缺的是熟练工。”", "冉丽（服装厂）表示：“订单有了，缺的是熟练工。”"),
        ("县妇联主席，田晓虹：明年办2期实训班", "县妇联主席田晓虹表示，明年办2期实训班"),
        ("课后问卷调查：满意度94%", "课后问卷调查显示，满意度94%"),
        ("了解到：父母离婚后判给父亲", "经了解，父母离婚后判给父亲"),
        ("线下：区图书馆负一楼多功能厅，到场52人", "线下会场设在区图书馆负一楼多功能厅，到场52人"),
        ("发放：县妇联联合县供销社，给困难妇女户发放种子", "县妇联联合县供销社，给困难妇女户发放种子"),
    ],
)
def test_a_label_becomes_a_report_sentence(text, want):
    assert _inner_label(text) == want
    assert "方面" not in _inner_label(text)


@pytest.mark.parametrize(
    "text,want",
    [
        ("上午 panel：4位女企业家分享", "上午圆桌分享：4位女企业家分享"),
        ("下午 mock interview，HR 来自26家企业", "下午模拟面试，人力资源负责人来自26家企业"),
        ("课后 survey：满意度94%", "课后问卷调查：满意度94%"),
        ("next step：12月开进阶班", "下一步：12月开进阶班"),
        ("topic 是“第一份工作怎么选”", "主题是“第一份工作怎么选”"),
        ("“Next step 再说”", "“Next step 再说”"),  # quoted words stay as said
    ],
)
def test_english_words_get_report_wording(text, want):
    assert english(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        ("家庭教育讲座：2场（11.8 / 11.22），听众共140人", "家庭教育讲座：2场（11月8日、11月22日），听众共140人"),
        ("人均增收（11.8 / 13.5）", "人均增收（11.8 / 13.5）"),  # 13.5 is no month.day: figures kept
    ],
)
def test_bracketed_month_day_pairs_are_dates(text, want):
    assert normalise_dates(text) == want


def test_the_figure_check_reads_the_same_bracket_as_dates():
    assert "11月22日" in _norm_notes_dates("2场（11.8 / 11.22），听众共140人")


@pytest.mark.parametrize(
    "notes,slot,text",
    [
        ("会议纪要\n出席：镇妇联执委17人；列席：镇民政办、镇卫生院负责人", "participants", "镇民政办、镇卫生院负责人列席会议"),
        ("11月17日 个案跟进（瓦窑村）\n困境儿童龙思语 女 10岁 母亲去年病逝 跟外婆住", "content", "困境儿童小禾，母亲去年病逝，跟外婆住"),  # the child under a 化名
    ],
)
def test_minutes_and_case_lines_read_as_facts(notes, slot, text):
    assert text in [f.text for f in read_frame(notes).of(slot)]


@pytest.mark.parametrize(
    "notes,opens,absent",
    [
        ("11月17日 个案跟进（瓦窑村）\n乡妇联联系县眼科医院给外婆免费做了白内障手术",
         "11月17日，乡妇联开展个案跟进帮扶", "瓦窑村"),
        ("“巾帼助耕”农资发放情况\n时间：11月19日\n地点：石湾乡政府院内\n发放：县妇联联合县供销社，给困难妇女户发放油菜种子，共120户",
         "11月19日，县妇联联合县供销社在石湾乡政府院内向困难妇女户发放油菜种子", "发放县妇联"),
        ("会议纪要\n时间：10月29日\n地点：镇妇联会议室\n讨论：执委建议增设周末儿童托管\n记录：钱婷", "10月29日", "钱婷"),
    ],
)
def test_lead_opens_on_the_unit_and_its_act(notes, opens, absent):
    draft = compose_notes(notes)
    assert draft["lead"].startswith(opens)
    assert absent not in draft["text"]

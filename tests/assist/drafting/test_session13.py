"""Session 13 rules: one clause written in spaced chunks, an event named after a place and a bare 办,
speakers' labels (讲课：…), a form's 经办人 line as the contact and a child's 监护人 withheld."""

import pytest

from assist.drafting.frame import Frame, event_name, phrase_gaps, read_frame
from assist.drafting.planner import compose_notes

GAPS = [
    # a time before its act, a chunk opening on 到, the purpose after the place gone to
    ("1月下旬 组织种植户 到市农科院 参观学习", "1月下旬组织种植户到市农科院参观学习"),
    ("下午 到敬老院 慰问老人", "下午到敬老院慰问老人"),
    ("月底前 再办一期 插花课", "月底前再办一期，插花课"),
    # a date before a place stays apart (the place is read on its own); figures keep their commas
    ("3月8日 县妇联会议室", "3月8日，县妇联会议室"),
    ("现场签约 企业5家 岗位120个", "现场签约，企业5家，岗位120个"),
    # 去 of 去年 / 去世 is no movement
    ("母亲去年病故 父亲外出打工", "母亲去年病故，父亲外出打工"),
    ("和村儿童之家 去看望困境儿童", "和村儿童之家，去看望困境儿童"),
]


@pytest.mark.parametrize("text, expected", GAPS)
def test_spaced_chunks_of_one_clause(text, expected):
    assert phrase_gaps(text) == expected


EVENTS = [
    # 办 before a quoted name, and the noun after the closing quote
    ("在村文化礼堂办“巧手绣娘”刺绣培训", "村文化礼堂", "“巧手绣娘”刺绣培训"),
    ("在社区活动室搞“亲子共读”读书会", "社区活动室", "“亲子共读”读书会"),
]


@pytest.mark.parametrize("clause, where, expected", EVENTS)
def test_event_after_a_bare_verb_keeps_its_noun(clause, where, expected):
    frame = Frame()
    frame.organiser, frame.where = "镇妇联", where
    assert event_name(clause, frame) == expected


def test_place_then_bare_ban_line_gives_place_and_event():
    frame = read_frame("3月6日 梨花镇妇联\n在镇文化站二楼办“巾帼电商”培训\n参加 返乡妇女 40人")
    assert frame.where == "镇文化站二楼"
    assert frame.event == "“巾帼电商”培训"
    assert [f.text for f in frame.facts if f.slot == "participants"] == ["40名返乡妇女参加"]



SPEAKER_LINES = [
    ("讲课：市农业农村局 高级农艺师 林素琴", "由市农业农村局高级农艺师林素琴授课"),
    ("授课人：县人民医院 护士长 方晓岚", "由县人民医院护士长方晓岚授课"),
    ("培训老师：县职业技术学校 教师 黄静", "由县职业技术学校教师黄静授课"),
]


@pytest.mark.parametrize("line, expected", SPEAKER_LINES)
def test_speaker_labels_become_one_sentence(line, expected):
    frame = read_frame(f"5月9日 桃溪镇妇联举办家政培训\n{line}")
    assert [f.text for f in frame.facts if f.slot == "speakers"] == [expected]


def test_a_forms_handler_line_is_the_contact_never_a_measure():
    notes = ("青禾县妇联 “春蕾计划”发放情况\n城南镇 受助女童12名 每人800元\n"
             "经办人：青禾县妇联 儿童部 柯美玲 13807451234")
    draft = compose_notes(notes)
    body = "\n".join([draft["title"], draft["subtitle"], draft["text"]])
    assert "经办人方面" not in body
    assert "13807451234" not in body.split("（联系人")[0]


def test_a_childs_guardian_is_withheld():
    notes = ("个案记录 石桥镇妇联\n儿童：小雨（化名） 女 8岁\n监护人：外婆 吴秀兰 电话13907461234\n"
             "11月3日 镇妇联执委上门家访 送去冬衣2件")
    frame = read_frame(notes)
    assert not any("吴秀兰" in f.text for f in frame.facts)
    draft = compose_notes(notes)
    assert "吴秀兰" not in draft["text"] and "13907461234" not in draft["text"].split("（联系人")[0]


CLAUSE_GAPS = [
    # a bare verb and its object, a unit before its act, a subject before 已, a 为-phrase before its verb,
    # a quoted name after its noun: one clause written in chunks
    ("联系 县妇联维权中心 为当事人 安排 临时住所1晚", "联系县妇联维权中心，为当事人安排临时住所1晚"),
    ("镇派出所 出具 告诫书1份", "镇派出所出具告诫书1份"),
    ("当事人 已报名 社区 “姐妹课堂”", "当事人已报名社区“姐妹课堂”"),
]


@pytest.mark.parametrize("text, expected", CLAUSE_GAPS)
def test_one_clause_in_chunks_has_no_commas(text, expected):
    assert phrase_gaps(text) == expected


DATES = [
    ("11-06 派出所 出具告诫书", "11月6日 派出所 出具告诫书"),
    ("3-15 回访", "3月15日 回访"),
    ("13-05 回访", "13-05 回访"),  # no month 13
    ("3-15人参加", "3-15人参加"),  # a range with its unit
    ("11月18日—11/20 上门量血压", "11月18日至20日 上门量血压"),
]


@pytest.mark.parametrize("line, expected", DATES)
def test_line_dash_dates_and_half_slash_ranges(line, expected):
    from assist.drafting.frame import normalise_dates

    assert normalise_dates(line) == expected


def test_a_later_lines_date_stays_with_its_fact_and_the_checks_read_it():
    from assist.checks import invented_numbers

    notes = "2026/3/2 柳岸社区妇联 接到求助\n03-04 街道派出所 出具 告诫书 1份\n03-10 回访 双方情绪稳定"
    frame = read_frame(notes)
    texts = [f.text for f in frame.facts]
    assert any(t.startswith("3月4日，") and "告诫书1份" in t for t in texts)
    assert any(t.startswith("3月10日，") for t in texts)
    draft = compose_notes(notes)
    assert invented_numbers("\n".join([draft["title"], draft["subtitle"], draft["text"]]), notes) == []


def test_a_lead_fact_with_its_own_date_puts_the_unit_after_it():
    notes = "2026.5.6 晚 桂岭社区妇联开会商量入户走访\n5月12日 完成第一轮入户 走访独居老人41户"
    lead = compose_notes(notes)["text"].split("\n")[0]
    assert not lead.startswith("2026年5月6日，5月12日")


def test_a_satisfaction_form_after_an_event_is_no_survey():
    notes = ("活动名称：“巾帼健康”义诊\n时间：2026年4月2日\n主办：柳溪镇妇联\n"
             "效果：服务群众85人次，回收问卷40份，满意39份，满意率97.5%")
    frame = read_frame(notes)
    assert frame.kind != "survey" and "调研" not in frame.event
    survey = read_frame("栗溪县妇联 农村妇女就业需求调查\n发放问卷500份 回收问卷468份 有效452份")
    assert survey.kind == "survey"


def test_a_summary_heading_names_the_unit_and_is_no_fact():
    notes = "青峰县巾帼志愿服务 3月小结（县妇联）\n全县志愿服务队12支 注册志愿者480人\n本月开展服务66场次"
    frame = read_frame(notes)
    assert frame.organiser == "县妇联"
    assert not any("小结" in f.text for f in frame.facts)
    assert "小结" not in compose_notes(notes)["text"]


def test_a_notes_sections_are_read_as_fields_not_items_of_the_list_above():
    notes = ("青桐社区妇联 几件事：\n一、3月8日（周日）“巾帼课堂”开班，学员30名\n二、4月计划：\n1.走访困难妇女20户\n"
             "2.办1场反家暴讲座\n三、问题：课堂场地只有30平方米\n想请街道协调一间活动室")
    frame = read_frame(notes)
    slots = {f.text: f.slot for f in frame.facts}
    assert slots.get("走访困难妇女20户") == "plans" and slots.get("举办1场反家暴讲座") == "plans"
    assert any(slot == "problems" and "30平方米" in text for text, slot in slots.items())
    assert any(slot == "proposals" and text.startswith("想请") for text, slot in slots.items())
    assert frame.where == "" and "几件事" not in " ".join(slots)
    assert not any(t.startswith("（周日）") for t in slots)
    lead = compose_notes(notes)["text"].split("\n")[0]
    assert lead.startswith("3月8日，青桐社区妇联") and "想请" not in lead


def test_numbered_findings_stay_items():
    notes = "柳河县妇联 妇女就业调研\n发现：\n一、六成受访妇女在家照料老人\n二、创业意愿的占28%\n建议：\n一、设“妈妈岗”\n二、开短期培训"
    frame = read_frame(notes)
    assert [f.slot for f in frame.facts if "28%" in f.text] == ["findings"]


def test_an_activity_room_is_no_event():
    frame = Frame()
    frame.organiser = "社区妇联"
    assert event_name("请街道协调社区活动室", frame) == ""


def test_a_quoted_event_name_with_its_noun_inside():
    frame = Frame()
    frame.organiser = "云谷园区妇联"
    assert event_name("办“女性领导力workshop”第2期", frame) == "“女性领导力workshop”"
    assert event_name("开展“巾帼学堂”讲座", frame) == "“巾帼学堂”讲座"


def test_minutes_agenda_titles_get_a_verb():
    from assist.drafting.planner import compose_notes

    notes = ("柳岸县妇联主席办公会 纪要\n时间：3月2日上午  地点：县妇联二楼会议室\n主持：县妇联主席 苏晓青\n"
             "议题一 春蕾计划2027年秋季资助名单\n  ——审议通过：资助女童30名，每人1000元\n"
             "议题二 宣传工作\n  ——2月报送信息12篇，采用5篇")
    text = compose_notes(notes)["text"]
    assert "会议审议通过春蕾计划2027年秋季资助名单" in text
    assert not any(line.startswith("宣传工作") for line in text.split("\n"))


def test_two_counted_units_said_with_haiyou_came_together():
    from assist.drafting.register import to_report, unfill
    from assist.figures import spoken_numbers
    from assist.drafting.frame import transcript_lines

    lines = transcript_lines(spoken_numbers(unfill("嗯 来了八家企业 还有 三家托育机构 就是说 一共 提供岗位 九十个")))
    assert lines[0] == "来了8家企业和3家托育机构"
    assert to_report(lines[0]) == "8家企业和3家托育机构参加"

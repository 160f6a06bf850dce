"""Meeting minutes and statistics tables written as an editor's report (session 13).

Minutes: the lead names the unit and the meeting (召开…，…主持，…参加), then one paragraph per
agenda item in report register (会议审议通过…, 会议决定，…); no 议题 label, dash, recorder or
在…方面 label is copied. Tables: the lead gives the period, the unit and the 合计 row, the 备注's
comparison follows the totals, the rows make one breakdown paragraph (never 一是…), the 经办人
goes to the contact line, and no quoted name is wrapped in another pair of quotes.
"""

import re

import pytest

from assist.checks import check_draft
from assist.drafting.minutes import decision_sentence, is_minutes, read_minutes, split_unit
from assist.drafting.planner import compose_notes
from assist.drafting.statsheet import read_sheet, read_title
from assist.drafting.table import change_phrase, is_header, row_sentences

MINUTES_A = """沙棠县妇联主席办公会纪要
时间：11月18日上午
地点：县妇联二楼会议室
主持：县妇联主席 龚佩兰
参加：班子成员、各部室负责人共9人
议题一 “两癌”救助名单审核
——审议通过：2027年第一批救助名单，救助患病妇女36名，每人8000元
议题二 巾帼家政培训
——决定：12月上旬在县职教中心举办家政培训班2期，每期50人
议题三 岁末走访慰问
——同意走访困难妇女140户，所需经费由县妇联统筹
会议要求各部室12月10日前报送走访名单
记录：邬晓晴"""

MINUTES_B = """鹤溪区妇联党组会会议纪要
时间：2026年11月21日下午
地点：区妇联会议室
主持：区妇联党组书记 景月华
出席：党组成员4人；列席：办公室主任
一、传达学习全国妇联有关会议精神
二、研究“最美家庭”推荐人选，会议确定推荐区级家庭12户
三、听取“儿童之家”建设情况汇报。全区已建成儿童之家43个，今年新建8个
决定：12月底前完成儿童之家星级评定"""

MINUTES_C = """会议纪要
会议：蒲塘街道妇联第四季度执委会议
时间：2026年12月2日上午
地点：街道办三楼会议室
主持：街道妇联主席 柯淑珍
出席：执委19人，列席4人
一、柯淑珍通报：全年开展“家门口课堂”42场，服务妇女1860人次
二、街道司法所：今年调处婚姻家庭纠纷31起
三、议定事项：
（一）12月15日前完成执委联系户回访；
（二）下次会议定在明年1月。
记录：欧阳琳"""

SHEET_A = """芜岭县妇联 11月各村“妇女微家”活动统计
村名｜活动场次（场）｜参与妇女（人次）
东坝村｜9｜460
西岭村｜7｜352
南塘村｜5｜218
合计｜21｜1030
备注：比10月增加4场，增长23.5%；南塘村活动偏少
经办人：县妇联组织部 邝海燕 13975264810"""

SHEET_B = """桐梓镇妇联 2026年10月 妇女就业服务统计
指标\t10月\t9月\t增减
岗位推介（个）\t86\t70\t+22.9%
技能培训（人次）\t145\t160\t-9.4%
实现就业（人）\t37\t29\t+27.6%
说明：培训人次下降主要因秋收农忙"""

SHEET_C = """2026年“巾帼助学”冬季慰问发放情况（石门县妇联）
乡镇      慰问户数(户)   每户(元)   合计(元)
龙潭镇    14             600        8400
清溪乡    9              800        7200
合计      23                        15600
经办人：石门县妇联 权益部 贝雅琴 13807318852"""


# --- minutes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("notes, expected", [
    (MINUTES_A, True),
    (MINUTES_B, True),
    (MINUTES_C, True),
    ("会议纪要\n时间：11月2日\n会上大家交流了经验", False),  # no agenda items
    ("一、开展宣讲3场\n二、走访农户20户", False),  # numbered work, no minutes' header or field
])
def test_is_minutes(notes, expected):
    assert is_minutes(notes) is expected


@pytest.mark.parametrize("name, organiser, unit, meeting", [
    ("沙棠县妇联主席办公会", "", "沙棠县妇联", "主席办公会"),
    ("蒲塘街道妇联第四季度执委会议", "蒲塘街道妇联", "蒲塘街道妇联", "第四季度执委会议"),
    ("县禁毒工作联席会议", "县妇联", "县妇联", "县禁毒工作联席会议"),
])
def test_split_unit(name, organiser, unit, meeting):
    assert split_unit(name, organiser) == (unit, meeting)


@pytest.mark.parametrize("line, sentence", [
    ("——审议通过：2027年第一批救助名单，救助患病妇女36名", "会议审议通过2027年第一批救助名单，救助患病妇女36名"),
    ("——决定：12月上旬举办家政培训班2期", "会议决定，12月上旬举办家政培训班2期"),
    ("——同意走访困难妇女140户", "会议同意走访困难妇女140户"),
    ("决定：月底前报送名单", "会议决定，月底前报送名单"),
    ("会议要求各部室12月10日前报送走访名单", "会议要求各部室12月10日前报送走访名单"),
])
def test_decision_sentence(line, sentence):
    assert decision_sentence(line) == sentence


def test_minutes_read_agenda_and_fields():
    m = read_minutes(MINUTES_A)
    assert m.name == "沙棠县妇联主席办公会"
    assert m.chair == "县妇联主席龚佩兰"
    assert m.attendance == ["班子成员、各部室负责人共9人参加"]
    assert [i.head for i in m.items] == ["“两癌”救助名单审核", "巾帼家政培训", "岁末走访慰问"]
    assert m.items[2].lines[-1].startswith("会议要求")  # a decision line stays with its item


@pytest.mark.parametrize("notes, lead, paragraphs, absent", [
    (MINUTES_A,
     "11月18日上午，沙棠县妇联在县妇联二楼会议室召开主席办公会，县妇联主席龚佩兰主持，班子成员、各部室负责人共9人参加。",
     ["会议审议通过2027年第一批救助名单，救助患病妇女36名，每人8000元。", "会议决定，12月上旬在县职教中心举办家政培训班2期，每期50人。",
      "会议同意走访困难妇女140户"],
     ["议题", "——", "邬晓晴", "方面", "计划议题"]),
    (MINUTES_B,
     "2026年11月21日下午，鹤溪区妇联在区妇联会议室召开党组会，区妇联党组书记景月华主持，党组成员4人出席，办公室主任列席。",
     ["会议传达学习全国妇联有关会议精神。", "会议研究“最美家庭”推荐人选，会议确定推荐区级家庭12户。",
      "会议听取“儿童之家”建设情况汇报，全区已建成儿童之家43个，今年新建8个。", "会议决定，12月底前完成儿童之家星级评定。"],
     ["党组会会议", "一、", "二、"]),
    (MINUTES_C,
     "2026年12月2日上午，蒲塘街道妇联在街道办三楼会议室召开第四季度执委会议，街道妇联主席柯淑珍主持，执委19人出席，列席4人。",
     ["柯淑珍通报，全年开展“家门口课堂”42场，服务妇女1860人次。", "街道司法所介绍，今年调处婚姻家庭纠纷31起。",
      "会议议定，12月15日前完成执委联系户回访；下次会议定在明年1月。"],
     ["（一）", "欧阳琳", "议定事项："]),
])
def test_minutes_draft(notes, lead, paragraphs, absent):
    r = compose_notes(notes)
    text = r["text"]
    assert text.split("\n")[0] == lead
    for p in paragraphs:
        assert p in text
    for word in absent:
        assert word not in r["title"] + text
    assert r["title"].endswith(("办公会", "党组会", "执委会议"))
    assert not check_draft({k: r[k] for k in ("title", "subtitle", "text")}, notes)


def test_minutes_without_unit_fall_back():
    notes = "村民议事会会议记录\n时间：11月3日晚\n议题一：村道路灯不亮\n议题二：冬季防火\n决定：月底前排查完毕"
    r = compose_notes(notes)
    assert "【请补充主办单位】" in r["text"] or "召开" in r["text"]  # the frame's composer asks for the unit


# --- tables ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cells, header", [
    (["指标", "10月", "9月", "增减"], True),
    (["项目", "本月", "上月", "累计"], True),
    (["村名", "活动场次（场）", "参与妇女（人次）"], True),
    (["东坝村", "9", "460"], False),
    (["岗位推介（个）", "86", "70", "+22.9%"], False),
])
def test_is_header(cells, header):
    assert is_header(cells) is header


@pytest.mark.parametrize("col, value, previous, phrase", [
    ("增减", "+22.9%", "9月", "比9月增长22.9%"),
    ("增减", "-9.4%", "", "下降9.4%"),
    ("环比", "+16.7%", "上月", "环比增长16.7%"),
    ("同比", "-3", "", "同比减少3"),
    ("累计", "168", "", ""),
])
def test_change_phrase(col, value, previous, phrase):
    assert change_phrase(col, value, previous) == phrase


@pytest.mark.parametrize("rows, sentences", [
    ([["指标", "10月", "9月", "增减"], ["岗位推介（个）", "86", "70", "+22.9%"]], ["10月岗位推介86个，9月70个，比9月增长22.9%"]),
    ([["村名", "活动场次（场）", "参与妇女（人次）"], ["东坝村", "9", "460"]], ["东坝村开展活动9场，参与妇女460人次"]),
])
def test_row_sentences_periods_and_counts(rows, sentences):
    assert row_sentences(rows) == sentences


@pytest.mark.parametrize("line, parts", [
    ("芜岭县妇联 11月各村“妇女微家”活动统计", ("芜岭县妇联", "11月", "各村“妇女微家”活动")),
    ("桐梓镇妇联 2026年10月 妇女就业服务统计", ("桐梓镇妇联", "2026年10月", "妇女就业服务")),
    ("2026年“巾帼助学”冬季慰问发放情况（石门县妇联）", ("石门县妇联", "2026年", "“巾帼助学”冬季慰问发放")),
    ("枫林社区妇联 2026年11月工作数据", ("枫林社区妇联", "2026年11月", "")),
])
def test_read_title(line, parts):
    assert read_title(line) == parts


def test_read_sheet_parts():
    s = read_sheet(SHEET_A)
    assert s.total == ["合计", "21", "1030"]
    assert [r[0] for r in s.rows] == ["东坝村", "西岭村", "南塘村"]
    assert s.comparisons == ["比10月增加4场", "增长23.5%"] or s.comparisons == ["比10月增加4场，增长23.5%"]
    assert s.problems == ["南塘村活动偏少"]
    assert s.contact == "县妇联组织部　邝海燕　13975264810"


@pytest.mark.parametrize("notes, title, lead, body, absent", [
    (SHEET_A, "芜岭县妇联11月各村“妇女微家”共开展活动21场",
     "11月，芜岭县妇联各村“妇女微家”共开展活动21场，参与妇女共1030人次，比10月增加4场，增长23.5%。",
     ["其中，东坝村开展活动9场，参与妇女460人次；西岭村开展活动7场，参与妇女352人次；南塘村开展活动5场，参与妇女218人次。",
      "南塘村活动偏少", "（联系人：县妇联组织部　邝海燕　13975264810）"],
     ["一是", "四是", "合计｜", "““", "”主题活动"]),
    (SHEET_B, "桐梓镇妇联10月开展妇女就业服务 岗位推介86个",
     "2026年10月，桐梓镇妇联开展妇女就业服务，岗位推介86个（9月70个），比9月增长22.9%。",
     ["技能培训145人次（9月160人次），比9月下降9.4%；实现就业37人（9月29人），比9月增长27.6%。", "培训人次下降主要因秋收农忙。"],
     ["一是", "指标", "+22.9%"]),
    (SHEET_C, "",
     "2026年，石门县妇联开展“巾帼助学”冬季慰问发放，共慰问23户，合计15600元。",
     ["其中，龙潭镇慰问14户，每户600元，合计8400元；清溪乡慰问9户，每户800元，合计7200元。", "（联系人：石门县妇联　权益部　贝雅琴　13807318852）"],
     ["一是", "合计23"]),
])
def test_sheet_draft(notes, title, lead, body, absent):
    r = compose_notes(notes)
    text = r["text"]
    if title:
        assert r["title"] == title
    assert text.split("\n")[0] == lead
    for p in body:
        assert p in text
    for word in absent:
        assert word not in r["title"] + text
    # the contact's phone only on the contact line
    assert all(not re.search(r"1[3-9]\d{9}", line) for line in text.split("\n") if not line.startswith("（联系人"))
    assert not re.search(r"“[^”]*“", r["title"] + text)  # no quotes inside quotes
    assert not check_draft({k: r[k] for k in ("title", "subtitle", "text")}, notes)


MINUTES_D = """枣林县妇联主席办公会纪要（2026年第9期）
时间：10月30日下午 地点：县妇联三楼会议室 主持：县妇联主席 闵春燕
参加：班子成员3人
议题一：“春苗”助学资助名单
——审议通过：资助困境女童40名，每人1200元
议题二：执委培训方案
——审议通过：11月分两批培训执委86人
会议于17时30分结束"""


def test_minutes_fields_on_one_line_issue_number_and_closing():
    r = compose_notes(MINUTES_D)
    lines = r["text"].split("\n")
    assert r["title"] == "枣林县妇联召开主席办公会"
    assert lines[0] == "10月30日下午，枣林县妇联在县妇联三楼会议室召开主席办公会，县妇联主席闵春燕主持，班子成员3人参加。"
    assert lines[1] == "会议审议通过“春苗”助学资助名单，资助困境女童40名，每人1200元。"
    assert lines[2] == "会议审议通过执委培训方案，11月分两批培训执委86人。会议于17时30分结束。"
    assert "期" not in r["title"] and "——" not in r["text"]


SHEET_D = """梧桐街道妇联 “姐妹讲堂”开展统计
统计时间：2026年11月
社区｜讲堂（场）｜听课（人次）
东门社区｜4｜180
西街社区｜3｜126
合计｜7｜306"""


def test_sheet_with_fields_above_the_table():
    r = compose_notes(SHEET_D)
    assert r["text"].split("\n")[0] == "2026年11月，梧桐街道妇联开展“姐妹讲堂”活动，讲堂共7场，听课共306人次。"
    assert "东门社区讲堂4场，听课180人次；西街社区讲堂3场，听课126人次" in r["text"]


@pytest.mark.parametrize("notes", [
    "柳岸镇妇联 各村“巧手坊”培训情况统计\n报名踊跃，气氛很好\n下一步扩大到全镇",
    "题目：“家和万事兴”家风故事分享\n11月6日 柳岸镇妇联 组织讲述家风故事 听众80人",
])
def test_no_quotes_inside_quotes(notes):
    r = compose_notes(notes)
    depth = 0
    for ch in r["title"] + r["subtitle"] + r["text"]:
        depth += {"“": 1, "”": -1}.get(ch, 0)
        assert depth in (0, 1)  # never a quote inside a quote, never a closing mark without its opening

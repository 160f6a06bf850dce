"""Session 12 rules: tables read by their header row and columns, voice transcripts, dates said in
words or half with a slash, a referral is no partner, and case records told as a story."""

import re

import pytest

from assist.checks import check_draft, invented_numbers
from assist.drafting.frame import normalise_dates, read_frame
from assist.drafting.planner import compose_notes
from assist.drafting.register import unfill
from assist.drafting.table import rewrite_tables, table_blocks
from assist.figures import find_quantities


def _body(draft: dict) -> str:
    return "\n".join([draft["title"], draft["subtitle"], draft["text"]])


# --- tables -------------------------------------------------------------------------------------

SPACED = [
    # a space-separated table with a summary line below it that has the same number of cells
    ("桥西区妇联 第一季度来信来访统计\n类别        件数   占比\n婚恋纠纷    40     50.0%\n邻里矛盾    24     30.0%\n"
     "其他        16     20.0%\n办结        78件   办结率97.5%",
     ["婚恋纠纷40件，占50.0%", "邻里矛盾24件，占30.0%", "其他16件，占20.0%"]),
    ("某镇妇联 上半年帮扶统计\n村别      户数   金额\n东坪村    12     3.6万元\n西坪村    9      2.7万元\n合计走访  21户   共6.3万元",
     ["东坪村12户", "西坪村9户"]),
]


@pytest.mark.parametrize("notes, rows", SPACED)
def test_spaced_table_stops_at_a_line_that_is_not_a_row(notes, rows):
    lines = notes.split("\n")
    blocks = table_blocks(lines)
    assert len(blocks) == 1
    start, end, _ = blocks[0]
    assert end == len(lines) - 1  # the summary line stays a line of its own
    rewritten = rewrite_tables(lines)
    for row in rows:
        assert any(line.startswith(row) for line in rewritten), (row, rewritten)


@pytest.mark.parametrize("notes, rows", SPACED)
def test_spaced_table_draft_has_no_fused_cells(notes, rows):
    draft = compose_notes(notes)
    assert invented_numbers(_body(draft), notes) == []
    cells = re.findall(r"(?<=\s)\d+(?:\.\d+)?%?(?=\s|$)", notes)
    for a, b in zip(cells, cells[1:]):
        assert a + b not in _body(draft)


TAB_TABLES = [
    "城北街道妇联 2026年10月工作统计\n项目\t本月\t上月\t环比\n调解纠纷（起）\t5\t8\t-37.5%\n入户走访（户）\t60\t48\t+25%",
    "某社区妇联 9月数据\n项目\t本月\t上月\n来访接待（人次）\t14\t9\n心理疏导（次）\t3\t7",
]


@pytest.mark.parametrize("notes", TAB_TABLES)
def test_a_tab_table_is_read_by_its_cells_in_the_checks(notes):
    """上月8起 takes its unit from the row label (调解纠纷（起）): a figure of the notes, not invented;
    8 and -37.5% in two cells are never read as a range."""
    draft = compose_notes(notes)
    defects = check_draft(draft, notes)
    assert [d for d in defects if d.kind in ("invented_number", "missing_fact")] == []


@pytest.mark.parametrize("text, ranges", [
    ("调解纠纷（起）\t5\t8\t-37.5%", 0),  # two cells, no range
    ("年龄28-52岁", 1),
    ("年龄 28 - 52 岁", 1),
])
def test_a_range_never_spans_a_tab(text, ranges):
    assert sum(1 for q in find_quantities(text) if q.kind == "range" or q.high) == ranges


@pytest.mark.parametrize("line, partner", [
    ("备注：家暴投诉均已转介派出所和区妇联维权中心", ""),
    ("相关个案已移交镇司法所和县法律援助中心", ""),
    ("区妇联和区司法局在城南社区开展法律咨询", "区司法局"),
])
def test_a_referral_target_is_no_partner(line, partner):
    frame = read_frame(f"11月5日 城东区妇联\n{line}")
    assert frame.partners == ([partner] if partner else [])


# --- voice transcripts and dates --------------------------------------------------------------

@pytest.mark.parametrize("spoken, written", [
    ("发了那个 宣传册 两百本 对两百本", "发了宣传册 两百本"),
    ("来了 六十三个人 都是宝妈", "来了六十三个人 都是宝妈"),
    ("有十二户 当场签了协议", "有十二户当场签了协议"),
    ("下一步就是 明年三月 再办一期", "下一步明年三月 再办一期"),
])
def test_voice_fillers_and_pauses(spoken, written):
    assert unfill(spoken) == written


@pytest.mark.parametrize("line, written", [
    ("今天是十月九号啊", "今天是10月9日啊"),
    ("十一月三号到五号 在村部", "11月3日至5日 在村部"),
    ("下一步 十二月 再去一次", "下一步 12月 再去一次"),
    ("每月上门一次", "每月上门一次"),
    ("10月8日—10/12 上门量血压", "10月8日至12日 上门量血压"),
    ("9月28日—10/3 值守", "9月28日至10月3日 值守"),
])
def test_dates_said_in_words_or_half_with_a_slash(line, written):
    assert normalise_dates(line) == written


@pytest.mark.parametrize("text, days", [
    ("10月8日—10/12 上门量血压", [(10, 8, 12)]),
    ("10月8日至12日上门量血压", [(10, 8, 12)]),
])
def test_a_mixed_date_range_is_one_date(text, days):
    dates = [(q.month, q.day, int(q.high) if q.high else None) for q in find_quantities(text) if q.kind == "date"]
    assert dates == days
    assert not [q for q in find_quantities(text) if q.kind != "date"]


@pytest.mark.parametrize("notes, when, where", [
    ("周日下午 在青山公园东门 搞了“亲子定向赛”\n报名家庭 40户", "周日下午", "青山公园东门"),
    ("星期六上午 在文化广场 办了“巾帼健身操”展演\n参演队伍 9支", "星期六上午", "文化广场"),
])
def test_a_weekday_heading_is_when_not_a_measure(notes, when, where):
    frame = read_frame(notes)
    assert (frame.when, frame.where) == (when, where)
    assert not any(f.text.startswith(when) for f in frame.facts)


def test_an_event_act_left_by_its_name_goes_into_the_lead():
    notes = ("嗯 我说一下啊 就是 十月十五号 上午 我们石桥镇妇联 在镇文化站 办了一期 嗯 “巧手绣娘”的刺绣培训 "
             "请的是县里的绣娘 姓范 范小芹 来了 呃 三十六个人 然后 现场发了绣样 四十套 嗯 下一步就是 十一月 再办一期 就这样")
    draft = compose_notes(notes)
    assert "举办一期“巧手绣娘”的刺绣培训" in draft["lead"]
    assert "是举办了一期" not in draft["text"] and not draft["text"].count("一是举办")
    assert invented_numbers(_body(draft), notes) == []


# --- case records ------------------------------------------------------------------------------

CASES = [
    # a child visited: the lead says who visited whom and the first help with a figure
    ("10月12日 青石镇妇联 和镇儿童之家 去看留守儿童 王小雨\n小雨 9岁 在镇中心小学三年级1班 爸妈在外地打工\n"
     "现在跟奶奶住 奶奶70岁 腿脚不便\n给孩子送了棉衣1件 台灯1个\n帮她申请了每月800元的临时救助 已经报民政办\n镇妇联执委每周上门一次",
     ["青石镇妇联联合镇儿童之家走访留守儿童", "（化名）"], "王小雨"),
    # a rights complaint taken up: the lead says it was taken up and how it ended
    ("维权个案 编号 QY-2026-0930\n求助人 贺春梅（化名） 41岁 在一家超市做收银\n9月30日来访 反映：产假后被公司降薪 工资由每月4200元降到2800元\n"
     "县妇联权益部工作人员 童丽 受理\n处理：1. 联系县劳动监察大队 2. 县法律援助中心指派律师 覃力\n10月20日 经调解 公司同意恢复原工资 补发差额2800元",
     ["9月30日，县妇联受理求助人贺春梅（化名）的维权求助", "经调解"], "编号"),
]


@pytest.mark.parametrize("notes, in_lead, not_in_body", CASES)
def test_a_case_record_lead_tells_the_story(notes, in_lead, not_in_body):
    frame = read_frame(notes)
    assert frame.kind == "case"
    draft = compose_notes(notes)
    lead = draft["text"].split("\n")[0]  # the lead as printed, the 化名 marked
    for words in in_lead:
        assert words in lead, lead
    assert not_in_body not in _body(draft)
    assert "基本情况" in draft["text"] or len(draft["text"].split("\n")) <= 3
    assert invented_numbers(_body(draft), notes) == []


@pytest.mark.parametrize("notes, kind", [
    ("个案记录 2026年10月3日\n儿童：刘一鸣（化名 小鸣） 男 8岁 家住某村\n处理：镇妇联联系县民政局 纳入困境儿童保障 每月800元", "case"),
    ("11月2日 城南社区妇联 在社区广场 办“巾帼健步走”\n参加的妇女120人", "event"),
    ("11月9日 县妇联走访慰问困难妇女 32户\n发放慰问金每户500元", "event"),
])
def test_case_record_detection(notes, kind):
    assert read_frame(notes).kind == kind


def test_a_given_alias_is_used_once_not_aliased_again():
    notes = "个案记录 2026年10月3日\n儿童：刘一鸣（化名 小鸣） 男 8岁 家住某村\n处理：镇妇联联系县民政局 纳入困境儿童保障 每月800元"
    text = _body(compose_notes(notes))
    assert "刘一鸣" not in text
    assert "小鸣（化名）" in text
    assert "（化名）（化名" not in text and "家住。" not in text and "家住，" not in text


# --- recommendation forms ----------------------------------------------------------------------

FORMS = [
    ("推荐对象：龙秀英，女，1975年生，青山村茶叶合作社社长\n推荐单位：青山镇妇联\n主要事迹：\n"
     "2014年回村种茶，带动妇女就业65人\n2025年合作社产值860万元\n获评县级“巾帼建功标兵”\n推荐意见：同意推荐为县“三八红旗手”",
     "青山镇妇联推荐龙秀英参评县“三八红旗手”", "龙秀英，女，1975年生，青山村茶叶合作社社长"),
    ("“最美家庭”推荐表\n家庭名称：石永康家庭\n所在地：白沙镇河口社区\n主要事迹：\n1. 石永康义务为村民修理农机8年\n"
     "2. 妻子照顾瘫痪公公9年\n3. 2024年被评为镇“文明家庭”\n推荐单位：白沙镇妇联",
     "白沙镇妇联推荐白沙镇河口社区石永康家庭参评“最美家庭”", ""),
]


@pytest.mark.parametrize("notes, act, who", FORMS)
def test_a_recommendation_form_is_put_forward_not_held(notes, act, who):
    frame = read_frame(notes)
    assert frame.kind == "recommendation" and not frame.when  # a deed's year is no date of the form
    draft = compose_notes(notes)
    lead = draft["text"].split("\n")[0]
    assert lead.startswith(act), lead
    assert who in lead
    assert not re.search(r"开展|举办|群众希望|存在问题|工作中也发现", draft["text"])
    assert invented_numbers(_body(draft), notes) == []


# --- chats with photo markers, previews of an event not yet held --------------------------------

@pytest.mark.parametrize("notes, figures", [
    ("【河湾社区妇联群】11月2日\n何姐：今天“亲子共读”活动结束了\n小魏：签到一共41户家庭，来了97人[图片]\n小魏：[图片][图片]", ["41户", "97人"]),
    ("【北坡村妇联群】\n罗主任：义诊结束\n小费：量血压的有73人 [图片] [表情]", ["73人"]),
])
def test_a_photo_marker_never_drops_the_figures_of_its_line(notes, figures):
    text = compose_notes(notes)["text"]
    for figure in figures:
        assert figure in text
    assert "[图片]" not in text and "[表情]" not in text


PREVIEWS = [
    ("预告（还没办）\n计划1月10日 在东湖区文化馆 办“迎春花开”妇女书画展\n主办 东湖区妇联 协办 区书画协会\n预计展出作品120幅",
     "东湖区妇联联合区书画协会将于1月10日在东湖区文化馆举办“迎春花开”妇女书画展"),
    ("活动预告\n计划12月28日 在城南广场 办“巾帼迎新”健步走\n主办 城南街道妇联\n预计参加的妇女300人",
     "城南街道妇联将于12月28日在城南广场举办“巾帼迎新”健步走"),
]


@pytest.mark.parametrize("notes, lead", PREVIEWS)
def test_a_preview_announces_the_event(notes, lead):
    draft = compose_notes(notes)
    first = draft["text"].split("\n")[0]
    assert first.startswith(lead), first
    assert "预告" not in draft["text"] and "还没办" not in draft["text"]
    assert "主办，" not in draft["text"] and "协办，" not in draft["text"]
    assert check_draft(draft, notes) == []


@pytest.mark.parametrize("line, organiser, partner, where, event", [
    ("10月8日—10日 区妇联、区人社局在区职业技能实训基地联合举办“巧手月嫂”培训", "区妇联", "区人社局", "区职业技能实训基地", "“巧手月嫂”培训"),
    ("9月3日 镇妇联和镇司法所共同开展“法润万家”宣讲", "镇妇联", "镇司法所", "", "“法润万家”宣讲"),
])
def test_joint_hosts_before_the_verb(line, organiser, partner, where, event):
    frame = read_frame(line + "\n学员30人")
    assert (frame.organiser, frame.partners, frame.where, frame.event) == (organiser, [partner], where, event)


@pytest.mark.parametrize("line, written", [
    ("讲师：县人民医院护士长 蒲晓燕 讲产后康复", "由县人民医院护士长蒲晓燕讲授产后康复"),
    ("讲师：县农技站 农艺师 廖强", "由县农技站农艺师廖强授课"),
])
def test_a_trainer_and_her_topic_take_one_verb(line, written):
    frame = read_frame("10月8日 县妇联 举办“巾帼家政”培训\n" + line)
    assert frame.of("speakers")[0].text == written


def test_a_named_childs_class_without_brackets_is_no_figure_to_carry():
    notes = "10月12日 青石镇妇联 走访留守儿童 王小雨\n小雨 9岁 在镇中心小学三年级1班\n送去棉衣1件"
    draft = compose_notes(notes)
    assert [d for d in check_draft(draft, notes) if d.kind == "missing_fact"] == []
    assert "三年级1班" not in _body(draft)


@pytest.mark.parametrize("notes, figures", [
    ("丽丽 9岁 在实验小学三年级2班", []),
    ("丽丽 9岁 送去棉衣1件 在实验小学三年级2班", ["1件"]),
    ("学校组织三年级2班的学生参加，共40人", ["2", "40人"]),  # a class of a school event, no child of its own
])
def test_a_childs_class_on_her_own_line_is_no_figure(notes, figures):
    from assist.checks.detectors import note_figures

    assert [q.text.strip() for q in note_figures(notes)] == figures

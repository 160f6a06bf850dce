import pytest

from assist.facts import (
    apply_corrections,
    clean_sentence,
    digits_for_numerals,
    extract_facts,
    find_time,
    find_unit,
    split_items,
)


@pytest.mark.parametrize(
    "notes, expected",
    [
        ("- 第一条\n- 第二条", ["第一条", "第二条"]),
        ("1. 甲事项\n2、乙事项\n（3）丙事项", ["甲事项", "乙事项", "丙事项"]),
        ("1.2万人次参加培训\n3.5%的增长", ["1.2万人次参加培训", "3.5%的增长"]),  # decimals are not bullets
        ("-5℃也来了", ["-5℃也来了"]),
        ("先开会。后培训；再走访！", ["先开会。", "后培训；", "再走访！"]),
        ("她说“很好。很实用。”就走了", ["她说“很好。很实用。”就走了"]),
        ("县妇联开展了巾帼家政培训共办了12期然后有207人在县城家政公司上岗另外还建立了信息库",
         ["县妇联开展了巾帼家政培训共办了12期", "有207人在县城家政公司上岗", "还建立了信息库"]),
    ],
)
def test_split_items(notes, expected):
    assert split_items(notes) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("嗯，那个，就是上周五开了会", "上周五开了会。"),
        ("然后呢来了两百人吧", "来了200人吧。"),  # 吧 makes the figure a guess: kept
        ("大家都很高兴吧", "大家都很高兴。"),
        ("搞了个讲座", "举办了讲座。"),
        ("贴息百分之三十", "贴息30%。"),
        ("卖了一百三十万元", "卖了130万元。"),
        ("一场直播", "一场直播。"),  # idioms keep their numerals
        ("他说“卖了两千斤”", "他说：“卖了两千斤。”"),  # quoted words stay verbatim
        ("来了差不多120人", "差不多120人参加。"),  # approximations keep their wording
    ],
)
def test_clean_sentence(raw, expected):
    assert clean_sentence(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("发放2.36万元？不对，是2360万元，贴息30%", "发放2360万元，贴息30%"),
        ("来了80人，说错了，是90人", "来了90人"),
        ("没有更正的句子", "没有更正的句子"),
    ],
)
def test_self_corrections_keep_the_corrected_figure(raw, expected):
    assert apply_corrections(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [("两千元", "2000元"), ("三万五千人", "35000人"), ("三个", "三个"), ("近百人", "近百人"), ("百分之九十二", "92%")],
)
def test_digits_for_numerals(raw, expected):
    assert digits_for_numerals(raw) == expected


@pytest.mark.parametrize(
    "text, unit",
    [
        ("3月8日上午，城关镇妇联在新华村举办培训", "城关镇妇联"),
        ("3月12日，和平社区妇联上门走访", "和平社区妇联"),
        ("为此县妇联打造了工坊", "县妇联"),
        ("5月份区妇联在全区开展活动", "区妇联"),
        ("12月3日，县妇联召开基层妇联执委培训会", "县妇联"),
        ("被上级妇联或媒体采用的比例达到30%", ""),
        ("没有单位的记录", ""),
    ],
)
def test_find_unit(text, unit):
    assert find_unit(text) == unit


@pytest.mark.parametrize(
    "text, time",
    [
        ("2024年5月12日，河西区妇联举办讲座", "2024年5月12日"),
        ("3月8日上午，城关镇妇联举办培训", "3月8日上午"),
        ("近日，县妇联开展走访", "近日"),
        ("较去年增长了一倍", ""),  # 去年 inside a comparison is not the event time
    ],
)
def test_find_time(text, time):
    assert find_time(text) == time


@pytest.mark.parametrize(
    "sentence, slot",
    [
        ("下一步计划每季度办一期", "plans"),
        ("有个大姐当场就说要咨询离婚财产的事", "cases"),
        ("培训后有25名妇女开了网店，平均月增收2000元", "outcomes"),
        ("存在问题：有的妇女不会用智能手机", "problems"),
        ("近年来外出务工人员多", "background"),
        ("邀请县电商中心的老师讲课", "measures"),
        ("李大姐说“现在一场直播能卖出300斤橘子”", "quotes"),
        ("给确诊的7名困难妇女每人发了救助金", "measures"),  # 困难妇女 is not a problem statement
        ("学员张桂花说：以前在家带孩子，现在一个月能挣四千多", "quotes"),  # direct speech without quote marks
        ("有位做手工皂的创业者说，第一次听到投资人当面点评", "quotes"),  # speech: rendered under 典型案例
        ("下一步打算在其他3个乡镇再办", "plans"),
        ("邀请3位女企业家分享创业经验", "measures"),  # 创业 names the topic here
        ("参加的创业女性58人", "measures"),
        ("带动妇女创业就业3600人", "outcomes"),
    ],
)
def test_sentences_sorted_into_slots(sentence, slot):
    facts = extract_facts(sentence)
    assert [s for s, items in facts.slots.items() if items] == [slot]


def test_label_lines_fill_time_place_unit():
    facts = extract_facts("时间：2024年5月12日\n地点：河西区妇女儿童活动中心\n单位：河西区妇联\n成效：评出最美家庭10户")
    assert (facts.time, facts.place, facts.unit, facts.time_labelled) == (
        "2024年5月12日", "河西区妇女儿童活动中心", "河西区妇联", True,
    )
    assert facts.texts("outcomes") == ["评出最美家庭10户。"]


def test_run_on_sentence_split_into_slots():
    facts = extract_facts(
        "近年来我县外出务工人员多，很多妇女留在家里收入低，为此县妇联打造了“巾帼共富工坊”，"
        "目前建成工坊27个，吸纳妇女就业940人，人均月增收1800元"
    )
    assert facts.texts("background") == ["近年来我县外出务工人员多，很多妇女留在家里收入低。"]
    assert facts.texts("measures") == ["为此县妇联打造了“巾帼共富工坊”。"]
    assert facts.texts("outcomes") == ["目前建成工坊27个，吸纳妇女就业940人，人均月增收1800元。"]


@pytest.mark.parametrize("notes", ["我说一下两癌筛查的情况", "然后就是婚姻家庭纠纷排查的情况"])
def test_meta_sentences_dropped(notes):
    assert extract_facts(notes).all_sentences() == []


@pytest.mark.parametrize(
    "notes, topic",
    [
        ("“娘家人”维权服务站\n全县建站42个", "“娘家人”维权服务站"),
        ("然后就是婚姻家庭纠纷排查的情况。\n排查28起", ""),
        ("县妇联开展培训，120人参加", ""),
        ("时间：3月8日\n培训120人", ""),
    ],
)
def test_topic_is_a_short_opening_heading(notes, topic):
    assert extract_facts(notes).topic == topic


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("区妇联开展讲座28场覆盖家长9800人次还印发了手册1.5万册发到各个学校",
         "区妇联开展讲座28场，覆盖家长9800人次，还印发了手册1.5万册发到各个学校。"),
        ("短句28场覆盖家长", "短句28场覆盖家长。"),  # short sentences are left alone
    ],
)
def test_run_on_sentences_get_commas_after_figures(raw, expected):
    assert clean_sentence(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("来了86名农村妇女，培训7天", "86名农村妇女参加，培训7天。"),
        ("县妇联在城南社区办了家政技能培训班", "县妇联在城南社区举办了家政技能培训班。"),
        ("我们村妇联开了个最美家庭评选会", "村妇联召开了最美家庭评选会。"),
        ("请了市里的心理咨询师", "邀请了市里的心理咨询师。"),
        ("发了宣传册1200份", "发放了宣传册1200份。"),
        ("还印发了手册500册", "还印发了手册500册。"),  # 印发 is already written register
        ("培训后有25名妇女开了网店", "培训后有25名妇女开了网店。"),  # 开了 without 会 is not 召开
        ("下一步打算在其他3个乡镇再办", "下一步计划在其他3个乡镇再办。"),
        ("然后呢来了两百人吧", "来了200人吧。"),  # a guess keeps its spoken form
        ("他说“来了就办了”", "他说：“来了就办了。”"),  # quoted words stay verbatim
    ],
)
def test_register_rewrites_keep_the_meaning(raw, expected):
    assert clean_sentence(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("学员张桂花说：以前在家带孩子，现在一个月能挣四千多", "学员张桂花说：“以前在家带孩子，现在一个月能挣四千多。”"),
        ("李大姐说“卖了两千斤”", "李大姐说：“卖了两千斤。”"),  # already quoted: punctuation only
        ("有位创业者说，收获特别大", "有位创业者说，收获特别大。"),  # indirect speech is not quoted
    ],
)
def test_direct_speech_quoted(raw, expected):
    assert clean_sentence(raw) == expected

import datetime as dt

import pytest

from privacy.minors import find_minors
from privacy.scanner import build_scanner
from privacy_fakes import TODAY, FakeTagger


def _spans(text, names):
    """The spans of ``names`` in order of appearance."""
    spans, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        spans.append((start, start + len(name)))
        pos = start + len(name)
    return spans


def _persons(scanner, text):
    return [(e["text"], e["minor"]) for e in scanner.scan(text)["entities"] if e["type"] == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("留守儿童小雅今年9岁，和奶奶王秀英住在一起。", [("小雅", True), ("王秀英", False)]),
        ("张某某，女，15岁，某中学学生。", [("张某某", True)]),
        ("受害人李某某，女，35岁，其女儿小萱今年7岁。", [("李某某", False), ("小萱", True)]),
        ("王秀英的孙女小雅今年9岁。", [("王秀英", False), ("小雅", True)]),
        ("学生刘思琪的父母离异。", [("刘思琪", True)]),
        ("受害人陈某某，女，十二岁。", [("陈某某", True)]),
        ("大学生王某某返乡创业。", [("王某某", False)]),
        ("受害人陈某某，女，42岁。", [("陈某某", False)]),
        ("受害女童的母亲葛某要求不公开孩子的信息。", [("葛某", False)]),
        ("“妈妈，我想要蛋糕。”7岁的小敏说。", [("小敏", True)]),
        # 留守妇女 / 留守老人 are adults
        ("留守妇女孔繁英在家种地。", [("孔繁英", False)]),
        ("留守儿童小军和奶奶住。", [("小军", True)]),
        # a written birth date under 18 years ago
        ("李某某（男，2010年3月出生）被送往工读学校。", [("李某某", True)]),
        ("赵某（1990年5月出生）独自抚养女儿。", [("赵某", False)]),
        ("王芳说，2024年生产总值增长5%。", [("王芳", False)]),
        # an age after a child named by kinship is the child's
        ("张某与前夫育有一女，今年5岁，抚养权归张某。", [("张某", False), ("张某", False)]),
        # 儿童之家 is a place, not a child
        ("志愿者李秀英每天都到儿童之家帮忙。", [("李秀英", False)]),
        # a classmate is a pupil
        ("孙女小美读三年级，她的同学王小丽也在班里。", [("小美", True), ("王小丽", True)]),
    ],
)
def test_minor_by_context(scanner, text, expected):
    assert _persons(scanner, text) == expected


def test_role_noun_tagged_as_a_name_is_dropped_and_adult_age_wins():
    # a tagger that (like the NER model once did) tags both 宝妈 and 孙丽 as names
    tagged = build_scanner(tagger=FakeTagger(("宝妈", "孙丽")), today=TODAY)
    text = "32岁的宝妈孙丽在一家超市上班，她说：“下午还能接孩子放学。”"
    assert _persons(tagged, text) == [("孙丽", False)]


def test_minor_by_id_birth_date(scanner):
    result = scanner.scan("受助人林某某，身份证号130105201609173022，系单亲家庭子女。")
    flags = {e["type"]: e["minor"] for e in result["entities"]}
    assert flags == {"PERSON": True, "CN_ID_CARD": True}


def test_minor_by_hand_written_id_with_a_wrong_check_digit(scanner):
    result = scanner.scan("当事人张某，身份证号130102201205063021，就读于某小学。")
    flags = {e["type"]: e["minor"] for e in result["entities"]}
    assert flags == {"PERSON": True, "CN_ID_CARD": True}


def test_adult_id_is_not_a_minor(scanner):
    result = scanner.scan("申请人孙丽，身份证号130602198711254527。")
    assert all(not e["minor"] for e in result["entities"])


def test_a_minor_is_a_minor_in_every_mention(scanner):
    result = scanner.scan("小宇（化名）今年10岁。志愿者常去看望小宇（化名）。")
    assert [e["minor"] for e in result["entities"]] == [True, True]


@pytest.mark.parametrize(
    ("text", "names", "minors"),
    [
        # an age before 的 describes the name after it, not the one before
        ("68岁的田玉珍独自照顾6岁的孙女妞妞。", ["田玉珍", "妞妞"], {"妞妞"}),
        ("9岁的乐乐和妈妈周红住在一起。", ["乐乐", "周红"], {"乐乐"}),
        # a 、-list shares the cue of one of its names
        ("留守儿童豆豆、小宝、甜甜一起读绘本。", ["豆豆", "小宝", "甜甜"], {"豆豆", "小宝", "甜甜"}),
        ("豆豆、甜甜是留守儿童，辅导员崔丽娜陪她们读书。", ["豆豆", "甜甜", "崔丽娜"], {"豆豆", "甜甜"}),
        # joined by 和 with an adult: no spread
        ("留守儿童小军和奶奶陈桂兰相依为命。", ["小军", "陈桂兰"], {"小军"}),
        # a stated adult age wins over a child cue that refers to someone else
        ("32岁的宝妈孙丽每天接孩子放学后来参加培训。", ["孙丽"], set()),
        ("宝妈孙丽今年32岁，每天接孩子放学。", ["孙丽"], set()),
        ("王芳（35岁）带着女儿李萌萌（8岁）来到妇联。", ["王芳", "李萌萌"], {"李萌萌"}),
    ],
)
def test_minor_cues_over_given_names(text, names, minors):
    persons = []
    for name in names:
        start = text.index(name, persons[-1][1] if persons else 0)
        persons.append((start, start + len(name)))
    found, _ = find_minors(text, persons, [], today=dt.date(2026, 11, 26))
    assert {text[s:e] for s, e in (persons[i] for i in found)} == minors


def test_birthday_boundary():
    text = "甲某，身份证号130105200811260012"
    persons = [(0, 2)]
    ids = [(7, 25, "130105200811260012")]
    assert find_minors(text, persons, ids, today=dt.date(2026, 11, 25)) == ({0}, {0})
    assert find_minors(text, persons, ids, today=dt.date(2026, 11, 26)) == (set(), set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue about the past marks no one
        ("李娟曾是一名留守儿童，如今已是大学生村官。", [("李娟", False)]),
        ("33年前，年仅6岁的小俊被高烧折磨。", [("小俊", False)]),
        # a cue before a name binds only within its clause
        ("小花是12岁女孩，遭到邻居刘某猥亵。", [("小花", True), ("刘某", False)]),
        # a school word for a teacher's work is no cue
        ("青年黄诗涵在小学支教，学生们都很喜欢她。", [("黄诗涵", False)]),
        ("小学教师王芳带着学生参观。", [("王芳", False)]),
        ("县第五中学教导处的徐东辉即将成为母亲。", [("徐东辉", False)]),
        # what a name says is not about the name
        ("李娟说，她最懂留守孩子的心。", [("李娟", False)]),
        # titles after a name, 区长 before it, sports results
        ("江泽民同志在视察部队时强调，要关心同学习。", [("江泽民", False)]),
        ("北京九十中学李铁辰校长说，学生将来会更好。", [("李铁辰", False)]),
        ("区长李凤岭表态包建塌落的小学。", [("李凤岭", False)]),
        ("李雪梅在大奖赛上跑出了11秒01的好成绩。", [("李雪梅", False)]),
        ("孙子王浩然沉迷手机、成绩下滑。", [("王浩然", True)]),
        # the children's literature of adults
        ("丛书由张之路、秦文君等儿童文学作家创作。", [("张之路", False), ("秦文君", False)]),
    ],
)
def test_cues_bind_to_the_person_they_describe(text, expected):
    # the names as a tagger would give them (the rules-only scanner does not find all of them)
    minors, _ = find_minors(text, _spans(text, [name for name, _ in expected]), [], today=TODAY)
    assert [(name, i in minors) for i, (name, _) in enumerate(expected)] == expected


def test_adult_evidence_holds_for_every_mention():
    # 刘翠芬 is a 52-year-old 执委; 翠芬 next to 放学/作业 is still the adult
    text = "县妇联执委刘翠芬今年52岁。翠芬每天放学后陪村里的孩子写作业。"
    persons = [(5, 8), (14, 16)]
    minors, _ = find_minors(text, persons, [], today=TODAY, groups=[0, 0])
    assert minors == set()
    # without the adult evidence the cue marks her
    text2 = "刘翠芬来了。翠芬每天放学后陪村里的孩子写作业。"
    minors2, _ = find_minors(text2, [(0, 3), (6, 8)], [], today=TODAY, groups=[0, 0])
    assert minors2 == {0, 1}  # the status reaches every mention of the person


@pytest.mark.parametrize(
    ("text", "names", "minors"),
    [
        # 曾 as a surname is no past-time word; 从小 and 童年 in another clause do not hide a present age
        ("曾小雨今年9岁，在县实验小学读书。", ["曾小雨"], [True]),
        ("小雨从小跟着奶奶生活，今年9岁。", ["小雨"], [True]),
        ("让孩子们拥有快乐童年，10岁的小雨说。", ["小雨"], [True]),
        # a colon introduces the children the cue is about
        ("留守儿童：豆豆、小宝。", ["豆豆", "小宝"], [True, True]),
    ],
)
def test_past_and_clause_rules_keep_present_minors(text, names, minors):
    found, _ = find_minors(text, _spans(text, names), [], today=TODAY)
    assert [i in found for i in range(len(names))] == minors


@pytest.mark.parametrize(
    ("text", "names", "minors"),
    [
        ("十几岁的小军辍学在家。", ["小军"], [True]),
        ("几岁的乐乐还不懂事。", ["乐乐"], [True]),
        ("少先队员李明向老人献花。", ["李明"], [True]),
        ("刚参加完中考的王欣然报名了志愿服务。", ["王欣然"], [True]),
        ("王红今年三十几岁。", ["王红"], [False]),
    ],
)
def test_more_ways_to_write_a_child(text, names, minors):
    found, _ = find_minors(text, _spans(text, names), [], today=TODAY)
    assert [i in found for i in range(len(names))] == minors


def test_a_span_cut_out_of_a_child_word_is_not_marked():
    text = "一个10岁左右的小女孩望着胸前的红领巾。"
    s = text.index("小女")
    found, _ = find_minors(text, [(s, s + 2)], [], today=TODAY)
    assert found == set()

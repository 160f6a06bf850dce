"""Session 13 person rules: tables and forms with a header row, nicknames after a verb of naming, short
forms of a child (the first given character doubled, a verb glued to the given name), pupils in a class's
context, rare surnames + 某, surname + title, 小 + surname, Latin-script names.

Scanner cases use the fake tagger (it finds exactly the names given), so they test the rules, not the model;
``expected`` is every PERSON mention the scan returns, in order, with its minor flag.
"""

import pytest
from privacy_fakes import TODAY, FakeTagger

from privacy.person_rules import doubled_before_parent, find_names, latin_names, quoted_nicknames, rules_off, small_surname_forms, title_forms
from privacy.persons import cut_glued_given, minor_forms
from privacy.scanner import build_scanner
from privacy.tables import table_people


def _persons(names, text):
    scanner = build_scanner(tagger=FakeTagger(tuple(names)), today=TODAY)
    return [(e["text"], e["minor"]) for e in scanner.scan(text)["entities"] if e["type"] == "PERSON"]


def _words(spans, text):
    return [text[a:b] for a, b, *_ in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pupil's row: the main name is a minor, the guardian an adult, rare surnames included
        ("编号｜姓名｜就读年级｜监护人\n01｜禤小满｜三年级｜禤志刚（爷爷）\n02｜贲一鸣｜初二｜贲秀珍（母亲）",
         [("禤小满", "minor"), ("禤志刚", "adult"), ("贲一鸣", "minor"), ("贲秀珍", "adult")]),
        # tab-separated, an age column under 18
        ("姓名\t年龄\t家长\t电话\n卯思远\t11\t卯建军\t13800000000", [("卯思远", "minor"), ("卯建军", "adult")]),
        # space-separated, an adult's row: the age says nothing of a child
        ("受助人  年龄  联系人\n荀桂芝  52  荀大山", [("荀桂芝", ""), ("荀大山", "adult")]),
        # labelled fields outside a table
        ("姓名：鄂晓雯；监护人：鄂国强。", [("鄂晓雯", ""), ("鄂国强", "adult")]),
        # a table without a name column names no one; an ordinary word under a name column is no name
        ("项目｜金额｜备注\n慰问品｜200｜已发放", []),
        ("姓名｜年级\n同上｜五年级", []),
    ],
)
def test_table_people(text, expected):
    assert [(text[a:b], role) for a, b, role in table_people(text)] == expected


def test_table_roles_mark_pupils_not_guardians():
    text = "序号｜姓名｜年级｜监护人\n1｜檀晓岚｜四年级｜檀国富（父亲）\n备注：晓岚由爷爷接送。"
    assert _persons(["檀国富"], text) == [("檀晓岚", True), ("檀国富", False), ("晓岚", True)]
    with rules_off("table_roles"):
        assert ("檀国富", False) in _persons(["檀国富"], text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里人都只叫“丫蛋”的那个女孩今年7岁。", ["丫蛋"]),
        ("外公管他叫“虎墩”，说虎墩最调皮。", ["虎墩"]),
        ("孩子小名狗剩，今年上二年级。", ["狗剩"]),
        ("她乳名叫“桃桃”。", ["桃桃"]),
        # kinship words, ordinary words and a single character are no nicknames
        ("孩子们都叫她“妈妈”。", []),
        ("他大声叫“救命”。", []),
        ("她会大声喊“不”。", []),
        # a place's name, an epithet of an adult
        ("当地人把这片湖叫“镜月潭”。", []),
        ("孩子们都称她为“岑妈妈”。", []),
    ],
)
def test_quoted_nicknames(text, expected):
    assert _words(quoted_nicknames(text), text) == expected


def test_nickname_is_a_minor_at_every_mention():
    text = "社工走访了一个邻居们只叫“丫蛋”的女孩。丫蛋没有上学，社工准备带丫蛋去报名。"
    assert _persons([], text) == [("丫蛋", True), ("丫蛋", True), ("丫蛋", True)]


def test_nickname_after_the_name_clause_joins_the_child():
    text = "弟弟裘子航6岁，小名豆豆。妈妈每天先接豆豆再上班。"
    assert _persons(["裘子航"], text) == [("裘子航", True), ("豆豆", True), ("豆豆", True)]


def test_nickname_given_by_a_relative_joins_the_child():
    text = "留守儿童柏朗星今年9岁。外婆管朗星叫“墩墩”，说墩墩爱哭。"
    out = _persons(["柏朗星", "管朗星"], text)
    assert out == [("柏朗星", True), ("朗星", True), ("墩墩", True), ("墩墩", True)]


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        ("乔悦宁", ["悦宁", "宁宁", "悦悦"], []),
        ("李小雨", ["小雨", "雨雨"], ["小小"]),  # the first character 小 doubled is a word
    ],
)
def test_minor_forms_first_double(name, present, absent):
    forms = minor_forms(name)
    assert all(f in forms for f in present) and not any(f in forms for f in absent)
    with rules_off("minor_first_double"):
        assert name[-2] * 2 not in minor_forms(name) or name[-2] == name[-1]


def test_cut_glued_given():
    text = "孩子柏朗星住外婆家。外婆管朗星叫墩墩。"
    persons = [(2, 5), (12, 15)]
    assert cut_glued_given(text, persons) == {1: (13, 15)}
    assert cut_glued_given("管朗星来了。", [(0, 3)]) == {}  # no other full name with that given name


def test_twins_share_no_doubled_first_character():
    text = "双胞胎女童邵悦然、邵悦宁今年8岁。悦悦和然然在镇小学读书。"
    out = dict(_persons(["邵悦然", "邵悦宁"], text))
    assert "悦悦" not in out and out.get("然然") is True


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a class as the audience: pupils by what they do in class, the teacher and the lawyer adults
        ("检察官邢丽华为三年级（4）班学生上法治课，班主任蒲晓燕陪同。课上岑子墨举手提问，岑子墨的同桌冼若溪也发了言。",
         ["邢丽华", "蒲晓燕", "岑子墨", "冼若溪"],
         [("邢丽华", False), ("蒲晓燕", False), ("岑子墨", True), ("岑子墨", True), ("冼若溪", True)]),
        ("律师麻文静到六年级2班的学生中宣讲。课后老师说班上的隋安琪最近很沉默。", ["麻文静", "隋安琪"],
         [("麻文静", False), ("隋安琪", True)]),
        # a grade's pupils as the audience
        ("校长带四年级学生120人听讲。男生庞一帆举手问了问题。", ["庞一帆"], [("庞一帆", True)]),
        # no class named: raising a hand at a meeting makes no one a child
        ("村民代表大会上，邹德明举手提问。", ["邹德明"], [("邹德明", False)]),
    ],
)
def test_class_context(text, names, expected):
    assert _persons(names, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("调解记录：申请人荀某（女，41岁）称被申请人的姐姐鄂某某多次上门。", ["荀某", "鄂某某"]),
        ("案发后，蓟某主动投案。", ["蓟某"]),
        ("鄂某市某区法院", []),
    ],
)
def test_rare_surname_mou(text, expected):
    assert [w for w in _words(find_names(text), text) if "某" in w] == expected


def test_rare_surname_mou_switch():
    with rules_off("rare_surname"):
        assert not [w for w in _words(find_names("案发后，蓟某主动投案。"), "案发后，蓟某主动投案。") if "某" in w]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子发烧，请镇卫生院儿科的罗医生看过。", ["罗医生"]),
        ("村委会的谭主任答应协调。", ["谭主任"]),
        ("班主任说孩子进步很大。", []),
        ("值班医生已到场。", []),
        ("副主任和李书记", ["李书记"]),
        ("但教授的回答很谨慎。", []),  # a conjunction before the title
        ("他曾任校长多年，原经理已离职。", []),  # a verb, "former"
    ],
)
def test_title_forms(text, expected):
    assert _words(title_forms(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已安排网格员小聂跟进。", ["小聂"]),
        ("经理当场聘用了小聂。", ["小聂"]),
        ("经理当场聘用了小于。", []),  # a function character after 小 (小于, 小和) is left out
        ("请联系小芮，", ["小芮"]),
        # after a role word any verb may follow
        ("社区民警小蔺陪她去了医院。", ["小蔺"]),
        ("调解员小鞠先听双方讲。", ["小鞠"]),
        ("志愿者小金鱼", []),
        ("孩子年龄小于18岁。", []),
        ("工作小结已上交。", []),
        ("小组讨论后决定。", []),
    ],
)
def test_small_surname_forms(text, expected):
    assert _words(small_surname_forms(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外籍志愿者Peter Novak（中文名彼得）授课。", ["Peter Novak"]),
        ("讲师是Lucy 王和Tom 陈。", ["Lucy 王", "Tom 陈"]),
        ("与Sunny Days基金会合作。", []),
        ("主持人Nina 郑（郑晓彤）开场。", ["Nina 郑"]),
        ("活动名为Happy Family。", []),
    ],
)
def test_latin_names(text, expected):
    assert _words(latin_names(text), text) == expected


def test_latin_given_name_at_later_mentions():
    text = "志愿者Peter Novak和Lucy 王担任讲师。课后Lucy带大家复盘，作业发给Lucy：lucy.w@example.com。"
    out = _persons([], text)
    assert out == [("Peter Novak", False), ("Lucy 王", False), ("Lucy", False), ("Lucy", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上周果果和豆豆的妈妈来报了名。", ["果果", "豆豆"]),
        ("楠楠的爸爸在外地打工。", ["楠楠"]),
        ("天天的妈妈都很忙。", []),  # one doubled word alone: every day's
        ("妈妈的妈妈今年八十岁。", []),  # kinship
    ],
)
def test_doubled_before_parent(text, expected):
    assert _words(doubled_before_parent(text), text) == expected


def test_doubled_before_parent_are_minors():
    text = "上周果果和豆豆的妈妈费晓岚反映场地太小。"
    assert _persons(["费晓岚"], text) == [("果果", True), ("豆豆", True), ("费晓岚", False)]

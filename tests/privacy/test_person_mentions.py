"""Person mentions beyond full names and the words that are no names (privacy.person_rules.address_forms,
privacy.persons.in_reduplicated_word / byword / filter_spans), and whom a minor cue binds to
(privacy.minors.find_minors)."""

import pytest

from privacy.minors import find_minors
from privacy.person_rules import address_forms, find_names
from privacy.persons import adult_address, byword, filter_spans, in_reduplicated_word
from privacy_fakes import TODAY


def _found(text):
    return [text[s:e] for s, e, _ in address_forms(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surname + a form of address
        ("柯女士（34岁）到街道妇联求助。", ["柯女士"]),
        ("村里人都叫他孟大爷，孟大爷有两儿一女。", ["孟大爷", "孟大爷"]),
        ("孩子们都叫她“骆奶奶”。", ["骆奶奶"]),
        ("负责做饭的葛大姐说，志愿者邵阿姨每周都来。", ["葛大姐", "邵阿姨"]),
        ("欧阳女士表示感谢。", ["欧阳女士"]),
        # 老 + a surname
        ("村里人都叫他老周。同村的老马和老周是棋友。", ["老周", "老马", "老周"]),
        ("社区民警老王随后上门。", ["老王"]),
        ("调解员老韩说：“养儿防老。”", ["老韩"]),
        # ordinary nouns with 老, 老 + a word, 老 inside a word, a function character before a form
        ("老师和老乡都来了，老伴和老板也在，不走老路。", []),
        ("他是一头老黄牛，住在老房子里，有老毛病。", []),
        ("每月只有200多元的养老金。敬老院的老人。", []),
        ("她和大姐向阿姨道谢。", []),
    ],
)
def test_address_forms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "inside"),
    [
        ("祝愿孩子平平安安长大", "平平", True),
        ("只要孩子健健康康", "健健", True),
        ("鼓励她文文静静做学问", "文文静静", True),
        ("鼓励她文文静静做学问", "文静", True),  # across the middle of the run
        ("磊磊静静地坐在门槛上", "磊磊", False),  # 磊静 is no word: a name before 静静
        ("欢欢和乐乐上大班", "乐乐", False),
    ],
)
def test_reduplicated_words(text, span, inside):
    s = text.index(span)
    assert in_reduplicated_word(text, s, s + len(span)) is inside


@pytest.mark.parametrize(
    ("text", "span", "is_byword"),
    [
        ("争做新时代的“活雷锋”。", "雷锋", True),
        ("深化“学雷锋巾帼志愿服务”活动。", "雷锋", True),
        ("组建学雷锋志愿服务队。", "雷锋", True),
        ("学生李雷在读书。", "李雷", False),
        ("向雷锋同志学习。", "雷锋", False),  # a mention of the man himself
    ],
)
def test_bywords(text, span, is_byword):
    s = text.index(span)
    assert byword(text, s, s + len(span)) is is_byword


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("柯女士到街道妇联求助。", ["柯"], ["柯女士"]),  # a surname alone before a form of address
        ("双胞胎女儿龙欢欢和龙乐乐。", ["龙欢欢", "乐乐"], ["龙欢欢", "龙乐乐"]),  # the sibling's surname
        ("王欢欢和乐乐上学。", ["王欢欢", "乐乐"], ["王欢欢", "乐乐"]),  # no surname glued before it
        ("学习贯彻习近平总书记的重要论述，祝孩子平平安安。", ["平平"], []),
    ],
)
def test_filter_spans(text, spans, expected):
    given, pos = [], 0
    for w in spans:
        s = text.index(w, pos)
        given.append((s, s + len(w), 0.7))
        pos = s + len(w)
    assert [text[s:e] for s, e, _ in filter_spans(text, given)] == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("学习贯彻习近平总书记关于妇女工作的重要论述。", "平总"),  # 总书记 is one title
        ("未成年人保护案件通报（已作化名处理）。", "处理"),  # a word after 化名, no name
    ],
)
def test_rules_find_no_name(text, not_expected):
    assert not_expected not in [text[s:e] for s, e, _ in find_names(text)]


def _minors(text, names):
    spans, pos = [], 0
    for name in names:
        s = text.index(name, pos)
        spans.append((s, s + len(name)))
        pos = s + len(name)
    found, _ = find_minors(text, spans, [], today=TODAY)
    return [text[s:e] for i, (s, e) in enumerate(spans) if i in found]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # an age before 的 describes the noun after it, not the name before it
        ("韩雪梅带着4岁的儿子韩豆豆来到庇护所。", ["韩雪梅", "韩豆豆"], ["韩豆豆"]),
        ("柯女士有一个5岁的儿子钟小川。", ["柯女士", "钟小川"], ["钟小川"]),
        ("开门的是孩子的父亲郑某，7岁的郑某某躲在母亲黄某身后。", ["郑某", "郑某某", "黄某"], ["郑某某"]),
        ("独自抚养小雅和4岁的弟弟陈乐天。", ["小雅", "陈乐天"], ["陈乐天"]),
        # X的女儿Y今年9岁 / Y的母亲X: the child is Y
        ("曹玉兰的女儿许彤彤今年9岁。", ["曹玉兰", "许彤彤"], ["许彤彤"]),
        # offices and officers before or after the name are adults
        ("少年庭庭长郭红梅提醒学生遇到危险及时告诉家长。", ["郭红梅"], []),
        ("专家李明舜提醒，未成年子女目睹家暴同样是受害者。", ["李明舜"], []),
        ("县民政局丁文科长要求，儿童主任要熟悉政策。", ["丁文"], []),
        # 代表 as a verb after a pupil's name is no title
        ("来自育才小学五年级（1）班的唐果果代表少先队员发言。", ["唐果果"], ["唐果果"]),
        # siblings with one surname joined by 和 share the cue; an adult joined by 和 does not
        ("6岁的双胞胎女儿龙欢欢和龙乐乐上大班。", ["龙欢欢", "龙乐乐"], ["龙欢欢", "龙乐乐"]),
        ("9岁的王小明和母亲李娟一起参加活动。", ["王小明", "李娟"], ["王小明"]),
    ],
)
def test_minor_cues_bind_to_the_person_they_describe(text, names, expected):
    assert _minors(text, names) == expected


@pytest.mark.parametrize(
    ("mention", "adult"),
    [("老杨", True), ("孟大爷", True), ("柯女士", True), ("欧阳女士", True), ("小杨", False), ("杨小禾", False), ("乐乐", False)],
)
def test_forms_of_address_for_adults(mention, adult):
    assert adult_address(mention) is adult


def test_an_elder_short_form_is_no_childs_mention():
    from privacy.scanner import build_scanner

    text = "“老杨，今天腿还疼吗？”76岁的杨永福独自抚养8岁的孙子杨小禾。老杨说，小禾很懂事。"
    found = {e["text"]: e["minor"] for e in build_scanner("rules", today=TODAY).scan(text)["entities"] if e["type"] == "PERSON"}
    assert found.get("老杨") is not True and found.get("杨小禾") is True


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("班主任邝老师当天报告学校。", ["邝老师"]),
        ("曾老师和王老师分别授课。", ["曾老师", "王老师"]),
        # a subject or role before 老师 is no surname; a full name before it is the name
        ("语文老师和班主任老师都来了。", []),
        ("音乐老师教孩子们唱歌。", []),
        ("她是一名好老师，也是全校老师的榜样。", []),
    ],
)
def test_a_teacher_named_by_surname(text, names):
    from privacy.scanner import build_scanner

    found = [e["text"] for e in build_scanner("rules", today=TODAY).scan(text)["entities"] if e["type"] == "PERSON"]
    assert found == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name after a verb's particle (跟着) or a pronoun (叫我) is a further mention
        ("许彩霞办起了合作社。美玲说：“跟着彩霞，不用出远门。”", ["许彩霞", "美玲", "彩霞"]),
        ("许彩霞说：“大家都叫我彩霞姐。”", ["许彩霞", "彩霞"]),
    ],
)
def test_further_mentions_after_particles_and_pronouns(text, expected):
    from privacy.scanner import build_scanner
    from privacy_fakes import FakeTagger

    scanner = build_scanner(tagger=FakeTagger(("许彩霞", "美玲")), today=TODAY)
    assert [e["text"] for e in scanner.scan(text)["entities"] if e["type"] == "PERSON"] == expected

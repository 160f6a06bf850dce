"""Person names on whole documents (issue 15, session 12): ordinary 小/老/阿 words are no nicknames,
a given name found alone grows to the full name before it, and a function-character surname after a
role noun joins the given name the tagger found."""

import pytest

from models.taggers import Span
from privacy import person_rules
from privacy.names import prefix_words
from privacy.persons import extend_given
from privacy.recognizers.person import ChinesePersonRecognizer, _GIVEN_ROLES, repair_span


class ScoredTagger:
    """Tags each listed (name, score) as PER at every occurrence."""

    name = "scored"

    def __init__(self, names: dict[str, float]):
        self.names = names

    def tag(self, texts):
        out = []
        for text in texts:
            spans = []
            for name, score in self.names.items():
                at = text.find(name)
                while at >= 0:
                    spans.append(Span(at, at + len(name), "PER", score))
                    at = text.find(name, at + len(name))
            out.append(spans)
        return out


def _persons(text, tagged):
    rec = ChinesePersonRecognizer(ScoredTagger(tagged))
    return [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("社区儿童之家三季度工作小结：走访留守儿童12户。", "小结"),
        ("这个女孩的小名家里人都知道，学校里同学只叫她的大名。", "小名"),
        ("孩子们课后分成四个小组讨论。", "小组"),
        ("他回老家照顾孩子，老家在山里。", "老家"),
    ],
)
def test_prefix_words_are_no_nicknames(text, absent):
    assert absent in prefix_words()
    assert absent not in [text[s:e] for s, e, _ in person_rules.find_names(text)]
    assert absent not in _persons(text, {absent: 0.5})


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        # real nicknames next to a child word are still found
        ("留守儿童小雨今年上三年级，小雨很爱画画。", "小雨"),
        ("受助女孩小禾每周来儿童之家。", "小禾"),
    ],
)
def test_nicknames_still_found(text, nick):
    assert nick in [text[s:e] for s, e, _ in person_rules.find_names(text)]


def test_prefix_word_rule_switch():
    text = "社区儿童之家工作小结。"
    start = text.index("小结")
    assert repair_span(text, start, start + 2, strict=False) is None
    with person_rules.rules_off("prefix_word"):
        assert repair_span(text, start, start + 2, strict=False) == (start, start + 2)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # the full name is found elsewhere: the given name with its surname before it is that name
        ("调解员向秋菊上门。三天后，向秋菊说明情况，向秋菊又去了。", ["向秋菊", "秋菊", "向秋菊"], ["向秋菊"] * 3),
        ("欧阳晓翠来了。第二天欧阳晓翠又来。", ["欧阳晓翠", "晓翠"], ["欧阳晓翠", "欧阳晓翠"]),
        # no full name with that surname: the given name stays as it is
        ("贾桂兰来了。第二天，桂兰又来。", ["贾桂兰", "桂兰"], ["贾桂兰", "桂兰"]),
        # a function surname after a role or kinship noun, before a given name that is no word
        ("儿媳和婉婷在镇小学教书。", ["婉婷"], ["和婉婷"]),
        ("信息员向彩凤反映了情况。", ["彩凤"], ["向彩凤"]),
        # a conjunction between a role noun and a full name: the full name stays
        ("妈妈和李明一起来了。", ["李明"], ["李明"]),
        # no role noun before the function character: a conjunction
        ("她和婉婷一起来了。", ["婉婷"], ["婉婷"]),
        # the given name is an ordinary word: no growth
        ("妈妈和平安一起来了。", ["平安"], ["平安"]),
    ],
)
def test_extend_given(text, spans, expected):
    found, at = [], 0
    for name in spans:
        at = text.index(name, at)
        found.append((at, at + len(name), 0.6))
        at += len(name)
    got = extend_given(text, found, _GIVEN_ROLES)
    assert [text[s:e] for s, e, _ in got] == expected


@pytest.mark.parametrize(("rule", "stays"), [("given_to_full", "秋菊"), ("function_surname_given", "婉婷")])
def test_extend_given_switches(rule, stays):
    text = "调解员向秋菊上门。三天后，向秋菊说明情况。儿媳和婉婷在教书。"
    found = sorted([(text.index("向秋菊"), text.index("向秋菊") + 3, 0.6), (text.rindex("秋菊"), text.rindex("秋菊") + 2, 0.6),
                    (text.index("婉婷"), text.index("婉婷") + 2, 0.6)])
    assert stays not in [text[s:e] for s, e, _ in extend_given(text, found, _GIVEN_ROLES)]
    with person_rules.rules_off(rule):
        assert stays in [text[s:e] for s, e, _ in extend_given(text, found, _GIVEN_ROLES)]


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # a doubled nickname in quotes after a child word
        ("她带着6岁的儿子“豆豆”去了外婆家。", "豆豆", True),
        ("孙女「朵朵」在镇小学读书。", "朵朵", True),
        # after a verb of naming, closing the phrase
        ("邻居们都叫她妞妞，她今年读二年级。", "妞妞", True),
        ("孩子的小名叫乐乐。", "乐乐", True),
        # a doubled word is no nickname, nor a doubled verb after 叫
        ("她叫妈妈过来帮忙。", "妈妈", False),
        ("孩子“天天”都要上学。", "天天", False),
        ("老人叫天天不应。", "天天", False),
    ],
)
def test_double_named(text, name, found):
    got = [text[s:e] for s, e, _ in person_rules.find_names(text)]
    assert (name in got) == found


def test_double_named_switch():
    text = "她带着6岁的儿子“豆豆”去了外婆家。"
    with person_rules.rules_off("double_named"):
        assert "豆豆" not in [text[s:e] for s, e, _ in person_rules.find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当事人称丈夫庹某多次殴打她。", "庹某"),
        ("据羿某某反映，情况属实。", "羿某某"),
        ("被申请人淳于某未到场。", "淳于某"),
    ],
)
def test_mou_rare_surnames(text, name):
    assert name in [text[s:e] for s, e, _ in person_rules.find_names(text)]


def test_given_name_supports_full_name():
    """A full name found once with low confidence and its given name found on its own elsewhere: two
    readings of one person, so the full name is copied to its other mentions."""
    from privacy.persons import source_names

    text = "谭映雪来到维权站。映雪说不想离婚。谭映雪身份证号已登记。"
    spans = [(0, 3, 0.58), (text.index("映雪说"), text.index("映雪说") + 2, 0.6)]
    assert "谭映雪" in source_names(text, spans)
    with person_rules.rules_off("given_support"):
        assert "谭映雪" not in source_names(text, spans)


@pytest.mark.parametrize(
    ("name", "form", "present"),
    [
        ("龙宇航", "阿航", True),
        ("陈晓婷", "阿婷", True),
        ("李静姨", "阿姨", False),  # 阿姨 is a word: a strict form, if any
    ],
)
def test_minor_a_form(name, form, present):
    from privacy.persons import minor_forms

    forms = minor_forms(name)
    if present:
        assert forms.get(form) is False
        with person_rules.rules_off("minor_a_form"):
            assert form not in minor_forms(name)
    else:
        assert forms.get(form, True) is True


def _grow(text, names, weak=()):
    from privacy.persons import grow_cut_names

    spans, at = [], 0
    for name in names:
        at = text.index(name, at)
        spans.append((at, at + len(name), 0.6))
        at += len(name)
    weak_spans = [(text.index(w), text.index(w) + len(w), 0.6) for w in weak]
    return [text[s:e] for s, e, _ in grow_cut_names(text, spans, weak_spans)]


@pytest.mark.parametrize(
    ("text", "names", "weak", "expected"),
    [
        # every mention of the cut name is followed by the same character: it is the third given character
        ("她和外婆覃秋妹住在一起。覃秋妹腿脚不好。", ["覃秋", "覃秋"], [], ["覃秋妹", "覃秋妹"]),
        # the recall decode read the longer name at one mention
        ("调解员韦春娥来了。韦春娥说明了情况。", ["韦春"], ["韦春娥"], ["韦春娥"]),
        # mentions followed by different characters: no support
        ("韦春娥来了。韦春说明了情况。", ["韦春"], [], ["韦春"]),
        # one mention only, no decode support
        ("调解员韦春娥来了。", ["韦春"], [], ["韦春"]),
        # the next character is a verb, a form of address, a place or a prize: the name is whole
        ("邹凯说了。邹凯说完。", ["邹凯", "邹凯"], [], ["邹凯", "邹凯"]),
        ("王芳姐来了。王芳姐走了。", ["王芳", "王芳"], [], ["王芳", "王芳"]),
        ("尤伯杯开赛。尤伯杯决赛。", ["尤伯", "尤伯"], [], ["尤伯", "尤伯"]),
        # the next character starts a word with the one after it (律师): the name is whole
        ("邹凯律师到场。邹凯律师发言。", ["邹凯", "邹凯"], [], ["邹凯", "邹凯"]),
    ],
)
def test_grow_cut_names(text, names, weak, expected):
    assert _grow(text, names, weak) == expected


def test_grow_cut_switch():
    text = "她和外婆覃秋妹住在一起。覃秋妹腿脚不好。"
    with person_rules.rules_off("grow_cut"):
        assert _grow(text, ["覃秋", "覃秋"]) == ["覃秋", "覃秋"]


@pytest.mark.parametrize(
    ("text", "tagged", "form", "found"),
    [
        # a full name found once, below the confident score, after a role word: its 小/老 form nearby
        ("会议由副主席冼慧芬主持。有事请联系小冼，电话见通知。", {"冼慧芬": 0.7}, "小冼", True),
        ("网格员郜建平负责这一片。大家遇到困难就找老郜。", {"郜建平": 0.7}, "老郜", True),
        # a surname that is a function character gives no such form
        ("会议由副主席和秀芬主持。请联系小和。", {"和秀芬": 0.7}, "小和", False),
    ],
)
def test_weak_prefix_forms(text, tagged, form, found):
    assert (form in _persons(text, tagged)) == found


def test_weak_prefix_forms_switch():
    text = "会议由副主席冼慧芬主持。有事请联系小冼，电话见通知。"
    # 联系小冼 is also found by the context of 小 + surname (small_surname): both off, no 小冼
    with person_rules.rules_off("weak_prefix_forms", "small_surname"):
        assert "小冼" not in _persons(text, {"冼慧芬": 0.7})
    with person_rules.rules_off("small_surname"):
        assert "小冼" in _persons(text, {"冼慧芬": 0.7})


@pytest.mark.parametrize(
    ("text", "tagged", "kept"),
    [
        # 在/到/从 + a noun + 里: a place phrase with the next word glued on
        ("这些事别在群里多说。", "群里多", False),
        ("她每天到村里走走。", "村里走", False),
        # a surname before the locative character: a name (在哈里斯家, 在李里家)
        ("会谈在哈里斯家中举行。", "哈里斯", True),
        # no preposition of place before it
        ("群里多了一位新成员。", "群里多", True),
    ],
)
def test_locative_phrase(text, tagged, kept):
    start = text.index(tagged)
    assert (repair_span(text, start, start + len(tagged), strict=False) is not None) == kept


def test_locative_switch():
    text = "这些事别在群里多说。"
    with person_rules.rules_off("locative"):
        assert repair_span(text, 5, 8, strict=False) == (5, 8)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the verb and the surname character after it are one noun of the dictionary
        ("本季度慰问金已发放到户。", "金已"),
        ("镇妇联救助金拟下月发放。", "金拟"),
    ],
)
def test_verb_noun_is_no_name(text, absent):
    assert absent not in [text[s:e] for s, e, _ in person_rules.find_names(text)]


def test_verb_noun_keeps_names():
    text = "镇妇联干部看望龚秀英，并送去慰问品。"
    assert "龚秀英" in [text[s:e] for s, e, _ in person_rules.find_names(text)]


def test_verb_noun_switch():
    text = "镇妇联救助金拟下月发放。"
    with person_rules.rules_off("verb_noun"):
        assert "金拟" in [text[s:e] for s, e, _ in person_rules.find_names(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        ("孩子姑姑韦美凤表示愿意接孩子去住。", ["韦美凤"]),  # a doubled kinship word after 孩子 is a relative
        ("孩子舅舅每月寄来生活费。", []),
        ("看望舅舅，送去慰问品。", []),
        ("女儿婷婷今年8岁。", ["婷婷"]),  # a doubled given name after a child word is still a nickname
        ("看望丫丫，送去书包。", ["丫丫"]),
    ],
)
def test_doubled_kinship_words_are_no_nicknames(text, names):
    assert [text[a:b] for a, b, _ in person_rules.find_names(text)] == names

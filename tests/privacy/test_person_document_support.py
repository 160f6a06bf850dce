"""Person recall on whole documents (issue 15): the edges the tagger cuts around 小/老 + a surname, a
name whose surname is a function character after a role noun, a quoted alias, and names the document
supports enough to be copied to their other mentions (found twice, or after a role word)."""

import pytest

from models.taggers import Span
from privacy import person_rules
from privacy.persons import LOCAL_CHARS, repeat_mentions, source_names
from privacy.recognizers.person import ChinesePersonRecognizer, repair_span


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


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # 小/老/阿 + a surname with a conjunction glued on: the conjunction is cut
        ("社区妇联执委小蒋和网格员老付上门了解情况。", "小蒋和", "小蒋"),
        ("阿香与丈夫一起来了。", "阿香与", "阿香与"),  # 香 is no surname here: left alone
        # the tagger cut 老/小 off and glued a word on (老|顾上门): the mention is 老顾
        ("社区民警老顾上门回访。", "顾上门", "老顾"),
        ("同事小郑上班时发现异常。", "郑上班", "小郑"),
        # without 老/小/阿 before it the span is left to the other rules
        ("顾上门服务的人很多。", "顾上门", "顾上门"),
        # a given name after the surname is no ordinary word: the span stands
        ("老顾秀英来了。", "顾秀英", "顾秀英"),
    ],
)
def test_prefix_edges(text, tagged, expected):
    start = text.index(tagged)
    fixed = repair_span(text, start, start + len(tagged), strict=False)
    assert (text[fixed[0] : fixed[1]] if fixed else None) == expected


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # a surname that is also a function character, after a role noun, closing the clause
        ("镇妇联干部看望了7岁的留守女孩向小满。", "向小满", True),
        ("申请人于晓燕，女，36岁。", "于晓燕", True),
        ("申请人于海燕，女，36岁。", "于海燕", False),  # 海 is a surname too: 于 + 海燕 stays ambiguous
        # not after a verb (帮助向...), not before a surname (和刘荣), not an ordinary word (和睦)
        ("推荐标准：家庭和睦，孝老爱亲。", "和睦", False),
        ("她带着女孩和刘荣。", "和刘荣", False),
        ("志愿者帮助向阳花。", "向阳花", False),
        # not when the clause goes on (女孩向老师求助: 向 is a preposition)
        ("留守女孩向小组求助。", "向小组", False),
        # a quoted alias before （化名）
        ("求助人“秋月”（化名），38岁，在超市上班。", "秋月", True),
        ("求助人“秋”（化名）说。", "秋", False),
    ],
)
def test_find_rules(text, name, found):
    spans = {text[s:e] for s, e, _ in person_rules.find_names(text)}
    assert (name in spans) is found


@pytest.mark.parametrize(
    ("text", "spans", "vouched", "expected"),
    [
        # a full name found twice, though never confidently, is a source
        ("郎金翠来了。郎金翠说。", [(0, 3, 0.6), (6, 9, 0.6)], (), {"郎金翠"}),
        # found once at low confidence: not
        ("郎金翠来了。", [(0, 3, 0.6)], (), set()),
        # found once, with a role word before it (vouched): a source
        ("前夫龙军离婚后", [(2, 4, 0.55)], ((2, 4),), {"龙军"}),
        # a word or a non-name shape found twice is no source by repetition
        ("发展之路。发展之路。", [(2, 4, 0.6), (7, 9, 0.6)], (), set()),
        # a confident find is a source as before
        ("王秀英来了。", [(0, 3, 0.72)], (), {"王秀英"}),
    ],
)
def test_source_names(text, spans, vouched, expected):
    assert source_names(text, spans, frozenset(vouched)) == expected


def test_weak_support_is_local():
    """A name supported only by repetition is copied near its mentions, not across a long document."""
    near = "郎金翠来了。郎金翠说。“金翠一来，家里就热闹了。”"
    got = repeat_mentions(near, [(0, 3, 0.6), (6, 9, 0.6)])
    assert [near[s:e] for s, e, _ in got] == ["金翠"]
    far = near + "。" * (LOCAL_CHARS + 10) + "金翠说。"
    got = repeat_mentions(far, [(0, 3, 0.6), (6, 9, 0.6)])
    assert [far[s:e] for s, e, _ in got] == ["金翠"]  # the far one is not copied
    # a confident source is copied anywhere, as before
    got = repeat_mentions(far, [(0, 3, 0.72), (6, 9, 0.6)])
    assert [far[s:e] for s, e, _ in got] == ["金翠", "金翠"]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the short form of a full name the tagger found twice without confidence
        ("郎金翠每周去简家。奶奶说：“金翠一来，家里就热闹了。”郎金翠今年46岁。", {"郎金翠": 0.5},
         ["郎金翠", "金翠", "郎金翠"]),
        # a nickname after a role word, cut from 和 and copied to its other mention
        ("社区妇联执委小蒋和网格员上门了解情况。覃玉凤同意不再追究。小蒋把协议交给她。", {"小蒋和": 0.48},
         ["小蒋", "小蒋"]),
    ],
)
def test_recognizer_document_support(text, names, expected):
    rec = ChinesePersonRecognizer(ScoredTagger(names))
    got = [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]
    assert got == expected


@pytest.mark.parametrize("rule", ["repeat_support", "prefix_edges", "function_surname_after_role"])
def test_rules_can_be_switched_off_for_the_audit(rule):
    assert rule in person_rules.RULES
    with person_rules.rules_off(rule):
        assert not person_rules.rule_on(rule)


def test_short_form_goes_to_the_owner_mentioned_nearby():
    """Two reports joined, each with its own 浩然: each short form belongs to the full name near it; in one
    report with both full names it stays ambiguous."""
    first = "王浩然来了。浩然说。"
    second = "孙子钱浩然来了。浩然说。"
    text = first + "。" * (LOCAL_CHARS + 10) + second
    a, b = text.index("钱浩然"), text.index("钱浩然") + 3
    spans = [(0, 3, 0.74), (a, b, 0.6)]
    got = repeat_mentions(text, spans, vouched=frozenset({(a, b)}))
    assert [s for s, _, _ in got] == [first.index("浩然说"), text.rindex("浩然说")]
    both = "王浩然来了。孙子钱浩然来了。浩然说。"
    spans = [(0, 3, 0.74), (8, 11, 0.6)]
    assert repeat_mentions(both, spans, vouched=frozenset({(8, 11)})) == []


class WeakTagger:
    """Tags each listed name only in the recall decode (WEAK_PER)."""

    name = "weak"

    def __init__(self, names):
        self.names = names

    def tag(self, texts):
        from models.taggers import WEAK_PER

        out = []
        for text in texts:
            out.append([Span(text.index(n), text.index(n) + len(n), WEAK_PER, 0.5) for n in self.names if n in text])
        return out


@pytest.mark.parametrize(
    ("text", "weak", "expected"),
    [
        # a weak span in apposition to an office or a role noun is a name
        ("县妇联儿童部金丽第一时间联系学校和公安。", "金丽", ["金丽"]),
        ("社区网格员韦丽萍上门核实情况。", "韦丽萍", ["韦丽萍"]),
        # ... not an ordinary word, and not without the apposition
        ("县妇联儿童部高兴地宣布。", "高兴", []),
        ("大家都说金丽第一时间到了。", "金丽", []),
    ],
)
def test_weak_spans_in_apposition(text, weak, expected):
    rec = ChinesePersonRecognizer(WeakTagger([weak]))
    assert [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])] == expected

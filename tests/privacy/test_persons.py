"""Document-level person resolution (privacy.persons) and its effect on the scan."""

import pytest

from models.taggers import Span
from privacy.masking import mask_text
from privacy.persons import ADDRESS_FORMS, person_groups, plausible, repeat_mentions, short_forms
from privacy.scanner import build_scanner

from privacy_fakes import TODAY


class FirstMentionTagger:
    """Tags as PER only the first occurrence of each given name in each text (a tagger that misses repeats)."""

    name = "first-mention"

    def __init__(self, names):
        self.names = names

    def tag(self, texts):
        out = []
        for text in texts:
            spans = []
            for name in self.names:
                i = text.find(name)
                if i >= 0:
                    spans.append(Span(i, i + len(name), "PER", 1.0))
            out.append(spans)
        return out


@pytest.mark.parametrize(
    "name, forms",
    [
        ("张小雨", ["小雨", "小张", "老张", "阿张"]),
        ("李雨桐", ["雨桐", "小李", "老李", "阿李"]),
        ("欧阳 晓翠", ["晓翠", "小欧阳", "老欧阳", "阿欧阳"]),
        ("赵红梅", ["红梅", "小赵", "老赵", "阿赵"]),
        ("王相关", ["小王", "老王", "阿王"]),  # 相关 is an ordinary word: not a short form
        ("王某某", []),
        ("Mary Smith", []),
        ("小雨", []),  # no surname + given name to shorten
    ],
)
def test_short_forms(name, forms):
    assert [f for f in short_forms(name) if f[-2:] not in ADDRESS_FORMS] == forms


@pytest.mark.parametrize("name, surname", [("柯晓琳", "柯"), ("何秀兰", "何"), ("欧阳 晓翠", "欧阳"), ("王某某", None)])
def test_address_forms_of_a_full_name(name, surname):
    titled = [f for f in short_forms(name) if f[-2:] in ADDRESS_FORMS]
    assert titled == ([surname + t for t in ADDRESS_FORMS] if surname else [])


@pytest.mark.parametrize(
    "text, found, expected",
    [
        # the short form of a full name, where it stands as a word
        ("受助女孩张小雨今年9岁。目前小雨的情绪明显好转。", "张小雨", ["小雨"]),
        # glued to a character in front: part of a longer word, not the name
        ("来西亚说。马来西亚代表团到访。", "来西亚", []),
        ("张小雨来了。他撑着小雨伞。", "张小雨", []),
        # the same name again, after a title
        ("李红梅先后五次上门。主席李红梅说。", "李红梅", ["李红梅"]),
        # a theory term elsewhere is not the person again
        ("邓小平视察南方。学习邓小平理论。", "邓小平", []),
        # the name's last character starts a frequent word there (小布|头)
        ("小布说了。他读过小布头奇遇记。", "小布", []),
        # surname + a form of address, after the full name (何主席, 陈大妈)
        ("妇联主席何秀兰带队走访。何主席表示将持续跟进。", "何秀兰", ["何主席"]),
        ("社区居民陈桂芳主动报名。陈大妈每天巡逻。", "陈桂芳", ["陈大妈"]),
    ],
)
def test_repeat_mentions_need_support(text, found, expected):
    start = text.index(found)
    got = repeat_mentions(text, [(start, start + len(found), 0.8)])
    assert [text[s:e] for s, e, _ in got] == expected


def test_repeat_mentions_ask_the_recognizer_at_each_occurrence():
    text = "中山说今天开会。中山市召开大会。"
    assert [text[s:e] for s, e, _ in repeat_mentions(text, [(0, 2, 0.8)])] == ["中山"]
    assert repeat_mentions(text, [(0, 2, 0.8)], accept=lambda s, e: text[e] != "市") == []


def test_a_name_found_with_low_confidence_is_not_copied():
    text = "国副主席出席。中国副总理讲话。"
    assert repeat_mentions(text, [(1, 3, 0.5)]) == []


def test_person_groups_join_a_short_form_to_its_only_full_name():
    text = "李雨桐和王欣怡。雨桐说，欣怡笑了。"
    spans = [(0, 3), (4, 7), (8, 10), (12, 14)]
    groups = person_groups(text, spans)
    assert groups[0] == groups[2] and groups[1] == groups[3] and groups[0] != groups[1]


def test_an_ambiguous_short_form_joins_no_one():
    text = "张小雨和李小雨。小雨来了。"
    groups = person_groups(text, [(0, 3), (4, 7), (8, 10)])
    assert len(set(groups)) == 3


@pytest.mark.parametrize(
    "text, span, ok",
    [
        ("Volunteer joined the lecture on Monday.", "Monday", False),
        ("请把 test 结果发到 email。", "test", False),
        ("外籍专家Mary Smith作讲座。", "Mary Smith", True),
        ("感谢Smith女士的帮助。", "Smith", True),
        ("学习马克思主义妇女观。", "马克思", False),
        ("大女儿读高二。", "高二", False),
        ("受助妇女陈秀英说。", "陈秀英", True),
        # a single capitalised Latin word inside Chinese text: a name unless it is an English word
        ("外籍志愿者Jansen在分享会上介绍了经验。", "Jansen", True),
        ("Okafor告诉记者，活动很受欢迎。", "Okafor", True),
        ("我们用Excel统计了报名人数。", "Excel", False),
        ("每周Monday上午开放。", "Monday", False),
        ("直播间里Moon发来了弹幕。", "Moon", False),
        ("Jansen joined the workshop.", "Jansen", False),  # Latin text: no Han character beside it
        ("志愿者JANSEN报名。", "JANSEN", False),  # capitals only: an acronym as often as a name
        ("请登录jansen账号。", "jansen", False),
    ],
)
def test_plausible(text, span, ok):
    start = text.index(span)
    assert plausible(text, start, start + len(span)) is ok


@pytest.fixture(scope="module")
def doc_scanner():
    tagger = FirstMentionTagger(("张小雨", "王建国", "童伴", "刘浩宇", "赵红梅"))
    return build_scanner(tagger=tagger, today=TODAY)


def test_a_minor_short_name_is_found_and_minor_everywhere(doc_scanner):
    text = "受助女孩张小雨今年9岁，就读于县实验小学二年级。镇妇联为小雨联系了心理疏导，目前小雨的情绪明显好转。"
    ents = doc_scanner.scan(text)["entities"]
    persons = [(e["text"], e["minor"]) for e in ents if e["type"] == "PERSON"]
    assert persons == [("张小雨", True), ("小雨", True), ("小雨", True)]
    assert len({e["person"] for e in ents if e["type"] == "PERSON"}) == 1
    assert [e["text"] for e in ents if e["type"] == "MINOR_DETAIL"] == ["县实验小学二年级"]
    for style in ("chinese", "placeholder", "redact"):
        masked = mask_text(text, ents, style)["text"]
        assert "小雨" not in masked and "实验小学" not in masked, style


@pytest.mark.parametrize(
    "text, adult",
    [
        ("校长王建国带领学生参观了妇女儿童活动中心。", "王建国"),
        ("村妇联主席赵红梅走访了困境儿童刘浩宇家。", "赵红梅"),
    ],
)
def test_a_child_cue_binds_to_the_child_not_the_adult(doc_scanner, text, adult):
    minors = {e["text"]: e["minor"] for e in doc_scanner.scan(text)["entities"] if e["type"] == "PERSON"}
    assert minors[adult] is False


def test_a_quoted_programme_is_no_person_anywhere(doc_scanner):
    text = "陈秀英是一名“童伴妈妈”。她说，童伴妈妈这份工作很有意义。"
    assert "童伴" not in [e["text"] for e in doc_scanner.scan(text)["entities"]]

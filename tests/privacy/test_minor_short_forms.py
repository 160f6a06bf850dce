"""A child's short forms are minor mentions of that child (privacy.persons.minor_mentions, scanner)."""

import pytest

from privacy.persons import THEORY_AFTER, minor_forms, minor_mentions


@pytest.mark.parametrize(
    ("name", "form", "strict"),
    [
        ("陈晨曦", "晨曦", False),  # a given name
        ("赵乐乐", "乐乐", False),  # reduplicated
        ("王小花", "小花", True),  # 小 + X that is also a word: strict context
        ("程平安", "平安", True),  # a given name that is a word
        ("张雨", "小雨", False),  # 小 + a one-character given name, not in the word lists
        ("张雨", "雨雨", False),  # the given character doubled
    ],
)
def test_minor_forms(name, form, strict):
    assert minor_forms(name)[form] is strict


@pytest.mark.parametrize("name", ["周某某", "Mary", "某某"])
def test_no_forms_for_pseudonyms_or_latin(name):
    assert minor_forms(name) == {}


def _mentions(text, full, minor=True, others=()):
    persons = [(text.index(full), text.index(full) + len(full))]
    for o in others:
        persons.append((text.index(o), text.index(o) + len(o)))
    new, cut = minor_mentions(text, sorted(persons), {sorted(persons).index(persons[0])} if minor else set())
    return [text[s:e] for s, e, _ in new], {i: text[s:e] for i, (s, e, _) in cut.items()}


@pytest.mark.parametrize(
    ("text", "full", "expected"),
    [
        ("9岁的陈晨曦由外婆抚养。晨曦喜欢画画，外婆照顾晨曦。", "陈晨曦", ["晨曦", "晨曦"]),
        ("11岁的程平安受伤。平安的姑姑来了，祝孩子平平安安。", "程平安", ["平安"]),  # not inside 平平安安
        ("12岁的王小花上学。小花的奶奶说，小花园里种了菜。", "王小花", ["小花"]),  # not 小花园
        ("刘阳光今年13岁。阳光说很有用，阳光明媚。", "刘阳光", ["阳光"]),  # not 阳光明媚
        ("她希望孙小宇好好长大，希望小宇快乐。", "孙小宇", ["小宇"]),  # a verb before the object
        # any character before or after that makes no word with the form's edge (如今|雨雨, 可可|朗读)
        ("受助女孩李雨今年9岁。如今雨雨已经能和同学玩耍。", "李雨", ["雨雨"]),
        ("6岁的宋可可参加阅读会。可可朗读了一首诗。", "宋可可", ["可可"]),
        ("4岁的陈乐天由母亲抚养，姐姐照顾乐天吃饭，快乐天天有。", "陈乐天", ["乐天"]),  # not 快乐|天
        ("9岁的王小花上学，学校为小军和小花减免了餐费。", "王小花", ["小花"]),
        ("16岁的贺文静读高一。文静在县一中就读，鼓励她文文静静做学问。", "贺文静", ["文静"]),  # not in AABB
    ],
)
def test_minor_mentions(text, full, expected):
    assert _mentions(text, full)[0] == expected


def test_no_forms_for_adults_and_shared_forms():
    text = "刘阳光今年40岁。阳光说很好。"
    assert _mentions(text, "刘阳光", minor=False) == ([], {})
    # 小雪 is a short form of the minor 龚小雪 and of the adult 陈雪: ambiguous, not used
    text = "9岁的龚小雪和老师陈雪在一起，小雪笑了。"
    assert _mentions(text, "龚小雪", others=("陈雪",))[0] == []


def test_a_glued_span_is_cut_to_the_form():
    text = "14岁的苏雨萱被欺负，家长向雨萱道歉。"
    new, cut = _mentions(text, "苏雨萱", others=("向雨萱",))
    assert new == [] and list(cut.values()) == ["雨萱"]


@pytest.mark.parametrize(
    ("after", "theory"),
    [("新时代中国特色社会主义思想", True), ("总书记关于妇女儿童和妇联工作的重要论述", True), ("思想", True),
     ("今年9岁", False), ("同志坚持马克思主义", False)],
)
def test_theory_after_a_name(after, theory):
    assert bool(THEORY_AFTER.match(after)) is theory

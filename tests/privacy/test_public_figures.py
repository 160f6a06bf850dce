"""Historic and public figures, theories and idioms named after a person (issue 15): shown to the reviewer
as no one's personal information, not findings and not masked (privacy.public_figures)."""

import pytest

from privacy.public_figures import HISTORIC, IDIOM, THEORY, public_mentions
from privacy.scanner import build_scanner

from privacy_fakes import TODAY, FakeTagger


def _kinds(text, names):
    spans = []
    for n in names:
        at = text.index(n)
        spans.append((at, at + len(n)))
    got = public_mentions(text, spans)
    return [got.get(i) for i in range(len(spans))]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # listed figures, also where the tagger read only part of the written form (冼 of 冼夫人)
        ("活动现场展出了“从冼夫人到宋庆龄——中国女性权益变迁”图片展。", ["冼", "宋庆龄"], [HISTORIC, HISTORIC]),
        ("要大力弘扬雷锋精神，传承秋瑾等先辈的巾帼情怀。", ["秋瑾"], [HISTORIC]),
        ("“林巧稚大夫是我们这一行的一面旗帜。”", ["林巧稚"], [HISTORIC]),
        # an idiom built on a name
        ("小时候妈妈给我讲孟母三迁的故事。", ["孟母三迁"], [IDIOM]),
        ("小时候妈妈给我讲孟母三迁的故事。", ["孟母"], [IDIOM]),
        # a theory named after a person, also one not on the list
        ("讲授依恋理论和马斯洛需求层次理论。", ["马斯洛"], [HISTORIC]),
        ("老师讲解了罗森塔尔效应，大家很受启发。", ["罗森塔尔"], [THEORY]),
        ("课程介绍了科胡特自体心理学理论和依恋理论。", ["科胡特"], [THEORY]),
        # ... but a person who organises or teaches a theory is a person
        ("王芳组织理论学习。", ["王芳"], [None]),
        ("王芳带领大家开展理论学习。", ["王芳"], [None]),
        ("李红梅讲解依恋理论。", ["李红梅"], [None]),
        ("张丽华理论水平高。", ["张丽华"], [None]),
        # a longer name holding a listed one is a person; so is a listed given name of a full name found
        ("王木兰来到村委会。", ["王木兰"], [None]),
        ("秋瑾华参加了培训。", ["秋瑾华"], [None]),
        ("李冰心说，冰心每天都来。", ["李冰心", "冰心"], [None, None]),
        # the document treats the listed name as a case's person: every mention stays personal
        ("求助人宋庆龄，38岁，在超市上班。宋庆龄说丈夫常打她。", ["宋庆龄"], [None]),
        ("宋庆龄（化名）向妇联求助。", ["宋庆龄"], [None]),
    ],
)
def test_public_mentions(text, names, expected):
    assert _kinds(text, names) == expected


@pytest.fixture(scope="module")
def scanner():
    return build_scanner(tagger=FakeTagger(("宋庆龄", "李秀英", "马斯洛")), today=TODAY)


def test_scan_reports_public_figures_apart_and_leaves_them_readable(scanner):
    text = "县妇联主席李秀英介绍宋庆龄的事迹，并讲解马斯洛需求层次理论。李秀英电话13912345678。"
    found = scanner.scan(text)
    assert [e["text"] for e in found["entities"] if e["type"] == "PERSON"] == ["李秀英", "李秀英"]
    assert [(m["kind"], m["text"]) for m in found["public"]] == [(HISTORIC, "宋庆龄"), (HISTORIC, "马斯洛")]
    assert all(m["label"] for m in found["public"])
    for style in ("chinese", "placeholder", "redact"):
        masked = scanner.mask(text, style)["text"]
        assert "宋庆龄" in masked and "马斯洛" in masked and "李秀英" not in masked


def test_no_public_key_without_public_mentions(scanner):
    assert scanner.scan("李秀英来了。").keys() == {"entities", "sensitive"}


@pytest.mark.parametrize(
    ("text", "gold", "aside"),
    [
        ("毛泽东同志指出", (0, 3), False),
        ("学习马克思主义", (2, 5), True),
        ("王秀英同志指出", (0, 3), False),
    ],
)
def test_eval_ner_conventions_leave_public_figures_in(text, gold, aside):
    """``fulian eval ner`` sets aside only its two labelling conventions (a theory's name, a bare surname):
    a public figure is a name the scan finds and reports apart (``eval.ner._persons``), so it counts."""
    from eval.ner import convention_spans

    assert (gold in convention_spans(text, [(*gold, "PER")])) is aside

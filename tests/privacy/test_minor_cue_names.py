"""A name right after a child cue that the tagger did not find (受助女孩向小满今年9岁, 留守儿童X,
孩子X（10岁）) is a minor's mention, and its short forms follow it through the document.

``cue_names`` is tested on its own (spans it adds, given the spans already found); the scanner cases
use a fake tagger that finds exactly the names given, so they test the rule and its spread, not the model.
"""

import pytest
from privacy_fakes import TODAY, FakeTagger

from privacy.minors import cue_names
from privacy.scanner import build_scanner


def _cue(text, found=()):
    taken = sorted((text.index(f), text.index(f) + len(f)) for f in found)
    return [text[a:b] for a, b in cue_names(text, taken)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("看望7岁的留守女孩向小满。", ["向小满"]),  # a function character that is a surname (向)
        ("受助女孩向小满今年9岁，读二年级。", ["向小满"]),
        ("留守儿童杨小军，今年8岁。", ["杨小军"]),
        ("孩子韦思远（10岁）跟着奶奶生活。", ["韦思远"]),
        ("女童欧阳晓雪今年6岁。", ["欧阳晓雪"]),  # a compound surname
        ("困境儿童蒙琪（12岁）由姑姑照顾。", ["蒙琪"]),  # one given character
        ("走访了留守儿童覃一凡、覃一鸣。", ["覃一凡", "覃一鸣"]),
        ("男孩黎浩然，11岁，父母离异。", ["黎浩然"]),
        ("女孩常欣今年9岁。", ["常欣"]),  # an adverb surname with an age after the name
        ("孩子单琳（化名）读四年级。", ["单琳"]),
    ],
)
def test_a_name_after_a_child_cue(text, names):
    assert _cue(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "学生向老师问好。",  # 向 a preposition before a title
        "孩子向妈妈哭诉。",  # before a kinship word
        "女孩向小明借书。",  # no name boundary after the span (借)
        "留守儿童关爱行动启动。",  # ordinary words
        "学校重视学生安全。",
        "孩子高兴。",
        "学生代表发言。",
        "孩子们很开心。",
        "女孩子。",
        "儿童节快乐。",
        "少年强则国强。",
        "大学生林晓，今年21岁。",  # a college student is no child cue
        "留学生江涛，25岁。",
        "学生马上回家。",
        # a two-character span with only punctuation after it is too weak (康复, 练字 are words)
        "残疾儿童康复。",
        "孩子练字，",
        # a surname that is also an adverb or pronoun (常, 易, 全, 那) starts no name without an age after it
        "孩子常哭闹。",
        "女孩易怒，",
        "学生全到齐了。",
        # a dictionary word of three characters is no name (夏令营)
        "举办留守儿童夏令营。",
    ],
)
def test_no_name_without_a_name_shaped_span(text):
    assert _cue(text) == []


def test_a_span_already_found_is_left_alone():
    assert _cue("受助女孩向小满今年9岁。", found=["小满"]) == []


def _persons(names, text):
    scanner = build_scanner(tagger=FakeTagger(tuple(names)), today=TODAY)
    return [(e["text"], e["minor"]) for e in scanner.scan(text)["entities"] if e["type"] == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the found span is a minor, and its short forms (小满, 满满) are that child's mentions
        ("童伴妈妈龙晓鹃去了鹰嘴岩村，看望7岁的留守女孩向小满。小满的爸妈在宁波打工。临走时，满满拉着龙晓鹃的衣角。",
         ["龙晓鹃"],
         [("龙晓鹃", False), ("向小满", True), ("小满", True), ("满满", True), ("龙晓鹃", False)]),
        ("受助女孩向小满今年9岁。目前小满的情绪明显好转。", [],
         [("向小满", True), ("小满", True)]),
        ("孩子韦思远（10岁）跟着奶奶生活。思远每天放学去儿童之家。", [],
         [("韦思远", True), ("思远", True)]),
        # an adult stays an adult: no cue, no discovery
        ("社工向小满今年39岁，负责儿童之家。", ["向小满"], [("向小满", False)]),
    ],
)
def test_a_cue_bound_name_is_a_minor_in_every_mention(text, names, expected):
    assert _persons(names, text) == expected

"""A person the text describes as a college graduate or student (毕业于…学院的少女X, 大学毕业的女孩X) is an
adult: 少女/女孩 before the name does not make her a minor. Controls: a child beside a college student
stays a child, and a 少女 with an age under 18 or a middle school stays a minor.

The tagger is a fake that finds exactly the names given, so the cases test the document rules.
"""

import pytest
from privacy_fakes import TODAY, FakeTagger

from privacy.scanner import build_scanner


def _persons(names, text):
    scanner = build_scanner(tagger=FakeTagger(tuple(names)), today=TODAY)
    return [(e["text"], e["minor"]) for e in scanner.scan(text)["entities"] if e["type"] == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a higher-education phrase that describes the name: an adult
        ("毕业于省师范大学中文系的少女林晓芸回乡创业。", ["林晓芸"], [("林晓芸", False)]),
        ("刚从职业技术学院毕业的女孩韦丽娟回村当了村官。", ["韦丽娟"], [("韦丽娟", False)]),
        ("大学毕业的女孩苏敏放弃了城里的工作。", ["苏敏"], [("苏敏", False)]),
        ("研究生在读的少女陈可欣参加了支教。", ["陈可欣"], [("陈可欣", False)]),
        # the adult holds in the person's other mentions that only a child word stands next to
        ("毕业于市卫生学院的少女蓝雪回到家乡。蓝雪说，孩子们放学后常来找她。", ["蓝雪"],
         [("蓝雪", False), ("蓝雪", False)]),
        # controls: children stay children
        ("16岁的少女杨某某被拐卖。", ["杨某某"], [("杨某某", True)]),
        ("少女黄欣今年15岁，就读于县一中。", ["黄欣"], [("黄欣", True)]),
        ("大学生志愿者带领留守儿童覃小明做游戏。", ["覃小明"], [("覃小明", True)]),
        ("大学毕业的姐姐带着9岁的妹妹韦小雨来求助。", ["韦小雨"], [("韦小雨", True)]),
    ],
)
def test_a_college_graduate_is_an_adult(text, names, expected):
    assert _persons(names, text) == expected

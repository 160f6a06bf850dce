import datetime as dt

import pytest

from privacy.minors import find_minors


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
    ],
)
def test_minor_by_context(scanner, text, expected):
    assert _persons(scanner, text) == expected


def test_minor_by_id_birth_date(scanner):
    result = scanner.scan("受助人林某某，身份证号130105201609173022，系单亲家庭子女。")
    flags = {e["type"]: e["minor"] for e in result["entities"]}
    assert flags == {"PERSON": True, "CN_ID_CARD": True}


def test_adult_id_is_not_a_minor(scanner):
    result = scanner.scan("申请人孙丽，身份证号130602198711254527。")
    assert all(not e["minor"] for e in result["entities"])


def test_a_minor_is_a_minor_in_every_mention(scanner):
    result = scanner.scan("小宇（化名）今年10岁。志愿者常去看望小宇（化名）。")
    assert [e["minor"] for e in result["entities"]] == [True, True]


def test_birthday_boundary():
    text = "甲某，身份证号130105200811260012"
    persons = [(0, 2)]
    ids = [(7, 25, "130105200811260012")]
    assert find_minors(text, persons, ids, today=dt.date(2026, 11, 25)) == ({0}, {0})
    assert find_minors(text, persons, ids, today=dt.date(2026, 11, 26)) == (set(), set())

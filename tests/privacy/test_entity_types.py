"""The one table of entity types and passage kinds: every reader finds its row."""

import pytest

from privacy import entity_types as table
from privacy.masking import chinese_rule, mask_text
from privacy.minor_details import ENTITY as DETAIL
from privacy.recognizers import PATTERN_RECOGNIZERS, ChinesePersonRecognizer
from privacy.scanner import ENTITY_TYPES
from privacy.sensitive import KINDS


def test_every_recognized_type_has_a_row():
    found = {cls.ENTITY for cls in PATTERN_RECOGNIZERS} | {ChinesePersonRecognizer.ENTITY, DETAIL}
    assert found == set(table.SCANNED_TYPES) == set(ENTITY_TYPES)


def test_every_sensitive_kind_has_a_row_in_reading_order():
    assert set(KINDS) == set(table.SENSITIVE_KINDS)
    assert list(table.kind_labels()) == list(table.SENSITIVE_KINDS)


def test_labels_are_chinese_and_distinct():
    labels = table.entity_labels()
    assert len(set(labels.values())) == len(labels)
    assert all(not label.isascii() for label in labels.values())
    assert all(not k.label.isascii() for k in table.SENSITIVE_KINDS.values())


@pytest.mark.parametrize(
    "key, minor, label",
    [("PERSON", False, "姓名"), ("PERSON", True, "未成年人姓名"), ("CN_ID_CARD", True, "身份证号"),
     ("PHONE_NUMBER", False, "电话"), ("MINOR_DETAIL", True, "未成年人身份细节"), ("NO_SUCH_TYPE", False, "其他信息")],
)
def test_label_of(key, minor, label):
    assert table.label_of(key, minor) == label


@pytest.mark.parametrize("kind, label", [("domestic_violence", "家庭暴力"), ("health", "健康状况"), ("unknown", "特殊经历")])
def test_kind_label(kind, label):
    assert table.kind_label(kind) == label


@pytest.mark.parametrize("key", list(table.ENTITY_TYPES))
def test_every_row_masks_and_has_a_colour(key):
    value = "张小雨" if key.startswith("PERSON") else "13812345678"
    assert chinese_rule(key)(value) != value
    assert table.colors()[table.ENTITY_TYPES[key].label].startswith("#")


@pytest.mark.parametrize(
    "key, value, expected",
    [("PERSON", "张秀英", "[人名1]"), ("PHONE_NUMBER", "13812345678", "[电话1]"), ("OTHER", "阳光小学", "[其他信息1]"),
     ("NO_SUCH_TYPE", "abc", "[其他信息1]")],
)
def test_placeholders_come_from_the_table(key, value, expected):
    ent = {"type": key, "start": 0, "end": len(value), "text": value, "score": 1.0, "minor": False}
    assert mask_text(value, [ent], "placeholder")["text"] == expected


def test_rubric_phrase_for_findings():
    assert table.entity_type("PHONE_NUMBER").phrase == "电话号码"
    assert table.entity_type("CN_ID_CARD").phrase == "身份证号"

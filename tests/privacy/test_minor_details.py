"""MINOR_DETAIL: a minor's school with grade or class, found only in a sentence that names a minor."""

import pytest

from privacy.minor_details import find_details


@pytest.mark.parametrize(
    "text, minor, details",
    [
        ("张小雨今年9岁，就读于县实验小学二年级。", "张小雨", ["县实验小学二年级"]),
        ("浩宇在城关镇第二小学五年级（3）班读书。", "浩宇", ["城关镇第二小学五年级（3）班"]),
        ("大女儿佳琪读高二，小儿子佳乐读小学三年级。", "佳琪", ["高二", "小学三年级"]),
        ("苏小燕刚升入县一中高一。", "苏小燕", ["县一中高一"]),
        ("李娜到县第三中学高一（5）班开展讲座，学生黄某课后反映。", "黄某", ["县第三中学高一（5）班"]),
    ],
)
def test_details_of_a_named_minor(text, minor, details):
    s = text.index(minor)
    assert [text[a:b] for a, b in find_details(text, [(s, s + len(minor))])] == details


def test_no_minor_no_detail():
    assert find_details("全县小学三年级学生参加了测试。", []) == []


def test_a_detail_in_another_sentence_is_not_flagged():
    text = "张小雨今年9岁。全县小学三年级学生参加了测试。"
    assert find_details(text, [(0, 3)]) == []

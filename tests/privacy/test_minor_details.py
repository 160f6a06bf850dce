"""MINOR_DETAIL: a minor's school with grade or class, found only in a sentence that names a minor."""

import pytest

from privacy.minor_details import find_details


@pytest.mark.parametrize(
    "text, minor, details",
    [
        ("张小雨今年9岁，就读于县实验小学二年级。", "张小雨", ["县实验小学二年级"]),
        ("浩宇在城关镇第二小学五年级（3）班读书。", "浩宇", ["城关镇第二小学五年级（3）班"]),
        ("大女儿佳琪读高二，小儿子佳乐读小学三年级。", "佳琪", []),  # a bare grade or school level: no detail
        ("佳乐读小学三年级（2）班。", "佳乐", ["小学三年级（2）班"]),
        # the school's whole name before the grade and class is one span
        ("小军就读于县职业中专高一（3）班。", "小军", ["县职业中专高一（3）班"]),
        ("乐乐在镇二小二年级（1）班读书。", "乐乐", ["镇二小二年级（1）班"]),
        ("小宇是实验小学二年级（3）班的学生。", "小宇", ["实验小学二年级（3）班"]),
        ("小宇读初二。", "小宇", []),
        ("许彤彤在和平路小学三年级（4）班读书。", "许彤彤", ["和平路小学三年级（4）班"]),  # 和 inside a school name
        ("来自育才小学五年级（1）班的唐果果发言。", "唐果果", ["育才小学五年级（1）班"]),  # not 自 of 来自
        ("小宇读初二（3）班。", "小宇", ["初二（3）班"]),
        ("苏小燕刚升入县一中高一。", "苏小燕", ["县一中高一"]),
        ("李娜到县第三中学高一（5）班开展讲座，学生黄某课后反映。", "黄某", ["县第三中学高一（5）班"]),
    ],
)
def test_details_of_a_named_minor(text, minor, details):
    s = text.index(minor)
    assert [text[a:b] for a, b in find_details(text, [(s, s + len(minor))])] == details


def test_no_minor_no_detail():
    assert find_details("全县小学三年级学生参加了测试。", []) == []


def test_a_full_class_in_another_sentence_of_a_minors_document_is_flagged():
    text = "张小雨今年9岁。父亲多次到永丰镇中心小学五年级（4）班门口拦截孩子。"
    assert [text[a:b] for a, b in find_details(text, [(0, 3)])] == ["永丰镇中心小学五年级（4）班"]


def test_a_detail_in_another_sentence_is_not_flagged():
    text = "张小雨今年9岁。全县小学三年级学生参加了测试。"
    assert find_details(text, [(0, 3)]) == []


@pytest.mark.parametrize(
    "text, minor, details",
    [
        # an exact age under 18 and the village or community: the child can be found
        ("留守儿童马欣悦今年10岁，家住南庄村，父母常年在外务工。", "马欣悦", ["南庄村"]),
        ("13岁的冯子轩在河西村的池塘边玩耍时落水。", "冯子轩", ["河西村"]),
        ("小宇今年9岁，是城关镇东关社区的困境儿童。", "小宇", ["城关镇东关社区"]),
        ("5岁的乐乐住在红星社区的外婆家。", "乐乐", ["红星社区"]),
        ("小花是李家庄村二组的12岁女孩。", "小花", ["李家庄村二组"]),
        # no exact age, an adult age, or no named place: nothing
        ("乐乐住在红星社区的外婆家。", "乐乐", []),
        ("小宇今年19岁，住在红星社区。", "小宇", []),
        ("10岁的乐乐在农村长大。", "乐乐", []),
        ("8岁的乐乐回到本村。", "乐乐", []),
    ],
)
def test_age_with_a_small_place(text, minor, details):
    s = text.index(minor)
    assert [text[a:b] for a, b in find_details(text, [(s, s + len(minor))])] == details



@pytest.mark.parametrize(
    "text, minor, details",
    [
        # a school and its grade with a verb of study between them are one detail
        ("女儿小萱今年7岁，在镇中心小学读一年级。", "小萱", ["镇中心小学读一年级"]),
        ("孙子陈浩在县二中上初二（3）班。", "陈浩", ["县二中上初二（3）班"]),
        ("石头今年11岁，在城南小学念五年级。", "石头", ["城南小学念五年级"]),
        # a school level with no school named is still a bare grade
        ("小雨在小学读四年级。", "小雨", []),
        ("小雨上小学四年级。", "小雨", []),
    ],
)
def test_school_and_grade_split_by_a_verb(text, minor, details):
    s = text.index(minor)
    assert [text[a:b] for a, b in find_details(text, [(s, s + len(minor))])] == details

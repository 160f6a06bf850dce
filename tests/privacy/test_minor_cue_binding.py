"""A cue binds to the person it describes: names listed together (孩子 in apposition, 同班/同桌 in a
sentence about a child, ages given one by one with 分别), a child named as 其子/其女, and an adult whose
own age ends her description further on (X，某大学学生志愿者，19岁) against a child word beside her.

The tagger is a fake that finds exactly the names given, so the cases test the binding rules, not the
model; ``expected`` is every PERSON mention the scan returns, in order, with its minor flag.
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
        # 孩子 right before the names: they are the children, the parent before is not
        ("石秀梅的两个孩子石佳佳、石乐乐由外婆照看。", ["石秀梅", "石佳佳", "石乐乐"],
         [("石秀梅", False), ("石佳佳", True), ("石乐乐", True)]),
        ("据社工反映，孩子欧阳朵朵最近不愿出门。", ["欧阳朵朵"], [("欧阳朵朵", True)]),
        # ... unless the name's own adult age says otherwise
        ("蒋丽的孩子蒋浩今年26岁，在外地工作。", ["蒋丽", "蒋浩"], [("蒋丽", False), ("蒋浩", False)]),
        # a classmate of a pupil, after 同班/同桌/同校, in a sentence about a child
        ("七年级学生罗小雨被同班祁浩、祁然兄弟多次索要零花钱。", ["罗小雨", "祁浩", "祁然"],
         [("罗小雨", True), ("祁浩", True), ("祁然", True)]),
        ("周敏是县一中高二学生，她的同桌刘强成绩优异。", ["周敏", "刘强"], [("周敏", True), ("刘强", True)]),
        # ... and the short form of a classmate follows the full name
        ("小学生龚甜甜被同校邬晓峰推倒。晓峰的母亲邬秀兰向妇联道歉。", ["龚甜甜", "邬晓峰", "晓峰", "邬秀兰"],
         [("龚甜甜", True), ("邬晓峰", True), ("晓峰", True), ("邬秀兰", False)]),
        # 同班 among adults, with no child in the sentence, is no cue
        ("陈静与李华是大学同班同学，现均在县妇联工作。", ["陈静", "李华"], [("陈静", False), ("李华", False)]),
        ("培训班上，同班学员黎秋菊主动分享经验。", ["黎秋菊"], [("黎秋菊", False)]),
        # ages given one by one (分别) go to the names in order, whatever their surnames
        ("受助学生李明和王芳今年分别10岁、12岁。", ["李明", "王芳"], [("李明", True), ("王芳", True)]),
        ("何子轩、何子涵分别9岁和19岁，随母亲生活。", ["何子轩", "何子涵"], [("何子轩", True), ("何子涵", False)]),
        ("姐姐覃月、弟弟覃星分别为20岁和15岁。", ["覃月", "覃星"], [("覃月", False), ("覃星", True)]),
        # names with their own ages in brackets
        ("钟玉兰育有两个孩子钟浩（11岁）、钟悦（8岁），丈夫常年在外。", ["钟玉兰", "钟浩", "钟悦"],
         [("钟玉兰", False), ("钟浩", True), ("钟悦", True)]),
        # a child named as 其子/其女/长女 with a child cue in the clause
        ("廖红梅因病住院，其子廖思远今年上小学三年级。", ["廖红梅", "廖思远"], [("廖红梅", False), ("廖思远", True)]),
        ("申请人莫桂芳，其长女莫小溪读初二。", ["莫桂芳", "莫小溪"], [("莫桂芳", False), ("莫小溪", True)]),
        # ... and without one, a grown child stays an adult
        ("廖红梅因病住院，其子廖思远在广州打工。", ["廖红梅", "廖思远"], [("廖红梅", False), ("廖思远", False)]),
        # a college student is no child; an adult age ending her description outweighs a child word
        ("宗小蔓，省财经大学学生志愿者，20岁，负责陪伴留守儿童。", ["宗小蔓"], [("宗小蔓", False)]),
        ("俞晴，某高校学生，19岁，暑期到儿童之家支教。", ["俞晴"], [("俞晴", False)]),
        ("应届毕业的大学学生卜雯到妇联实习。", ["卜雯"], [("卜雯", False)]),
        # ... but an adult's age does not reach past someone else it may describe
        ("小雨（9岁）和奶奶相依为命，奶奶今年70岁。", ["小雨"], [("小雨", True)]),
        ("初三学生唐果的父亲今年45岁。", ["唐果"], [("唐果", True)]),
    ],
)
def test_a_cue_binds_to_the_person_it_describes(text, names, expected):
    assert _persons(names, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name after a child noun or a word for someone's child: what the child is called
        ("她带着6岁的女儿“朵朵”来到庇护站，朵朵一直不说话。", [("朵朵", True), ("朵朵", True)]),
        ("受助女孩“小满”（化名）今年11岁。", [("小满", True)]),
        ("其长子“壮壮”读小学二年级。", [("壮壮", True)]),
        # a nickname that is also a frequent word (石头) is not taken: it reads as the word
        ("其长子“石头”读小学二年级。", []),
        # an ordinary word in quotes is no name
        ("孩子“懂事”了许多，成绩也提高了。", []),
        ("女儿“叛逆”的问题让她很苦恼。", []),
    ],
)
def test_a_quoted_name_after_a_child_noun(text, expected):
    assert _persons([], text) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # two names joined by 和/与 beside a word for siblings, twins or children share the cue
        ("姐妹俩小燕和小雪都在读初一。", ["小燕", "小雪"], [("小燕", True), ("小雪", True)]),
        ("浩浩和然然兄弟俩都在读小学。", ["浩浩", "然然"], [("浩浩", True), ("然然", True)]),
        ("双胞胎欣欣与乐乐今年都9岁。", ["欣欣", "乐乐"], [("欣欣", True), ("乐乐", True)]),
        # no cue, no minor; and a sibling's own adult age keeps that sibling an adult
        ("兄弟俩赵一鸣和钱一诺在外打工。", ["赵一鸣", "钱一诺"], [("赵一鸣", False), ("钱一诺", False)]),
        ("王芳和李强夫妻俩带着孩子在外打工。", ["王芳", "李强"], [("王芳", False), ("李强", False)]),
        ("姐弟俩覃月和覃星，覃月今年20岁，覃星读初二。", ["覃月", "覃星"],
         [("覃月", False), ("覃星", True), ("覃月", False), ("覃星", True)]),
    ],
)
def test_siblings_listed_together_share_the_cue(text, names, expected):
    assert _persons(names, text) == expected

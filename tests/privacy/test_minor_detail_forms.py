"""MINOR_DETAIL in its common written forms (不得披露未成年人身份信息和相关细节).

Unit cases call ``find_details`` with the minor mentions given; the scanner cases use a fake tagger that
finds exactly the names given, so they test the detail rules and masking, not the model.
"""

import pytest
from privacy_fakes import TODAY, FakeTagger

from privacy.masking import STYLES
from privacy.minor_details import find_details
from privacy.scanner import build_scanner


def _details(text, minors=()):
    spans = [(text.index(m), text.index(m) + len(m)) for m in minors]
    return [text[a:b] for a, b in find_details(text, spans)]


@pytest.mark.parametrize(
    ("text", "minor", "details"),
    [
        # every grade of a nine-year school, written with 年级, and a class in full-width or ASCII brackets
        ("刘欣怡就读于县实验中学七年级（4）班。", "刘欣怡", ["县实验中学七年级（4）班"]),
        ("周浩然在镇中学九年级(1)班读书。", "周浩然", ["镇中学九年级(1)班"]),
        ("杨一诺是县第三中学八年级（5）班的学生。", "杨一诺", ["县第三中学八年级（5）班"]),
        ("孙小宇读八年级二班。", "孙小宇", ["八年级二班"]),
        ("黄乐乐在7年级3班。", "黄乐乐", ["7年级3班"]),
        # junior and senior middle-school grades with ASCII brackets or a bare class number
        ("马天宇读初二(3)班。", "马天宇", ["初二(3)班"]),
        ("韦晓雯在县一中高一3班读书。", "韦晓雯", ["县一中高一3班"]),
        ("潘思远读初三2班。", "潘思远", ["初三2班"]),
        # a school with a grade and no class
        ("邓雨桐在镇中心小学四年级读书。", "邓雨桐", ["镇中心小学四年级"]),
        # the short grade-class form 五(2)班 / 三（1）班, after a named or a withheld school
        ("陈佳琪是某校五(2)班学生。", "陈佳琪", ["五(2)班"]),
        ("石磊在城南小学三（1）班。", "石磊", ["城南小学三（1）班"]),
        # a named kindergarten with its class
        ("4岁的龙豆豆在县机关幼儿园大班。", "龙豆豆", ["县机关幼儿园大班"]),
        ("吴果果在阳光幼儿园中（2）班。", "吴果果", ["阳光幼儿园中（2）班"]),
        # a kindergarten level with no kindergarten named is a level, like 小学三年级
        ("龙豆豆上幼儿园大班。", "龙豆豆", []),
    ],
)
def test_school_grade_and_class_forms(text, minor, details):
    assert _details(text, [minor]) == details


@pytest.mark.parametrize(
    ("text", "minors", "details"),
    [
        # a school named as where the child studies is a detail even without a grade
        ("韦小雨今年9岁，就读于县实验小学。", ["韦小雨"], ["县实验小学"]),
        ("覃浩今年12岁，在城关镇第二中学上学。", ["覃浩"], ["城关镇第二中学"]),
        ("蓝可欣今年考入市一中。", ["蓝可欣"], ["市一中"]),
        # across a sentence boundary: the next sentence speaks of the child (她, 孩子, 该生) and names no one
        ("韦小雨今年9岁。她在县实验小学读三年级。", ["韦小雨"], ["县实验小学读三年级"]),
        ("韦小雨今年9岁，父母在外务工。孩子目前就读于永安镇中心小学。", ["韦小雨"], ["永安镇中心小学"]),
        ("学生黄某某，13岁。该生在县第二中学初一（2）班就读。", ["黄某某"], ["县第二中学初一（2）班"]),
        # a school named as an event venue, or an adult's workplace, is no detail
        ("韦小雨今年9岁，读三年级。县妇联在县实验小学召开家长会。", ["韦小雨"], []),
        ("韦小雨今年9岁。市一中教师培训本周举行。", ["韦小雨"], []),
        ("韦小雨今年9岁，妈妈在镇中心小学当老师。", ["韦小雨"], []),
        ("韦小雨今年9岁，妈妈在县一中上班。", ["韦小雨"], []),  # 上班 is work, 上学 is study
        ("韦小雨今年9岁，在县一中上初一。", ["韦小雨"], ["县一中上初一"]),
        ("韦小雨今年9岁。她的父亲在县第二中学任教。", ["韦小雨"], []),
        ("韦小雨今年9岁。她说全县小学都放假了。", ["韦小雨"], []),
        ("韦小雨今年9岁，就读于某小学。", ["韦小雨"], []),  # a school name already withheld
        # the next sentence names another person: the school is theirs
        ("韦小雨今年9岁。她的表姐覃丽在县一中读书。", ["韦小雨"], []),
        # no minor in the document: nothing
        ("县妇联在县实验小学召开家长会，市一中教师培训本周举行。", [], []),
        ("黄某某在县实验中学七年级（4）班任教。", [], []),
    ],
)
def test_school_of_a_minor(text, minors, details):
    assert _details(text, minors) == details


@pytest.mark.parametrize(
    ("text", "minors", "details"),
    [
        # a village or community with the child's exact age, the child unnamed
        ("家住石门村的9岁女孩遭继父殴打。", [], ["石门村"]),
        ("鹰嘴岩村一名12岁留守儿童溺水身亡。", [], ["鹰嘴岩村"]),
        ("红星社区一名10岁男孩走失，社区干部连夜寻找。", [], ["红星社区"]),
        # a village with the named child's grade (no age)
        ("韦小雨家住石门村，读三年级。", ["韦小雨"], ["石门村"]),
        # counts, age ranges and adults' ages are no child's exact age
        ("石门村还有12名留守儿童。", [], []),
        ("石门村6至16岁的儿童都参加了体检。", [], []),
        ("家住石门村的72岁老人独自生活。", [], []),
        ("石门村十九岁的中学生外出打工。", [], []),  # 九岁 of 十九岁 is no age under 18
        ("石门村年仅十一二岁的孩子都会游泳。", [], []),  # a range
        ("石门村12岁以下儿童全部接种疫苗。", [], []),
        # a village named as an adult's post (石门村妇女主任X, 红星社区网格员X) is theirs, not the child's
        ("石门村妇女主任覃桂兰说，9岁的韦小雨跟着奶奶生活。", ["韦小雨"], []),
        ("红星社区网格员李娜走访了12岁的黄浩。", ["黄浩"], []),
        ("12岁的黄浩家住红星社区，网格员李娜常去看他。", ["黄浩"], ["红星社区"]),
        # a grade in a village sentence without a named minor is no detail
        ("石门村小学三年级学生参加了测试。", [], []),
    ],
)
def test_small_place_with_a_childs_age_or_grade(text, minors, details):
    assert _details(text, minors) == details


@pytest.mark.parametrize(
    ("text", "names", "detail"),
    [
        ("受助学生韦小雨今年9岁，就读于县实验中学七年级（4）班。", ["韦小雨"], "县实验中学七年级（4）班"),
        ("家住石门村的9岁女孩遭继父殴打，县妇联已介入。", [], "石门村"),
        ("韦小雨今年9岁。她在县实验小学读三年级。", ["韦小雨"], "县实验小学读三年级"),
        ("4岁的龙豆豆在县机关幼儿园大班。", ["龙豆豆"], "县机关幼儿园大班"),
        ("陈佳琪今年11岁，是某校五(2)班学生。", ["陈佳琪"], "五(2)班"),
    ],
)
def test_masking_covers_the_detail_in_every_style(text, names, detail):
    scanner = build_scanner(tagger=FakeTagger(tuple(names)), today=TODAY)
    found = [e["text"] for e in scanner.scan(text)["entities"] if e["type"] == "MINOR_DETAIL"]
    assert detail in found
    for style in STYLES:
        masked = scanner.mask(text, style)["text"]
        assert detail not in masked
        replaced = [e for e in scanner.mask(text, style)["entities"] if e["text"] == detail]
        assert replaced and not set(replaced[0]["replacement"]) & (set(detail) - set("某校年级班"))

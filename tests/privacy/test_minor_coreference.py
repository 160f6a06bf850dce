"""A child's status over a whole document: aliases (化名, 大名/小名), a predicate that names the
subject's age (X、Y是一对10岁的双胞胎), doubled forms of a short mention, and adults beside children.

The tagger is a fake that finds exactly the names given, so the cases test the document rules, not
the model; ``expected`` is every PERSON mention the scan returns, in order, with its minor flag.
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
        # an alias the document gives a child is that child: every mention is a minor's
        ("女孩阮某某（11岁）在校遭同学欺凌。为保护孩子，下文称她为“小橘”（化名）。小橘的母亲向妇联求助。",
         ["阮某某", "小橘"], [("阮某某", True), ("小橘", True), ("小橘", True)]),
        ("对外材料中孩子以化名“豆芽”称呼；豆芽的外婆已从老家过来帮忙接送。",
         ["豆芽"], [("豆芽", True), ("豆芽", True)]),
        # 大名/小名 join two names of one child
        ("群里说的虎子大名叫韦俊熙，8岁，患有哮喘。虎子今天又发烧了。",
         ["虎子", "韦俊熙"], [("虎子", True), ("韦俊熙", True), ("虎子", True)]),
        # an age in the predicate belongs to the subject, and to every name of a list subject
        ("蒙思琪、蒙思涵是一对10岁的双胞胎，父母在外打工。思琪爱画画，思涵爱唱歌。",
         ["蒙思琪", "蒙思涵", "思琪", "思涵"], [("蒙思琪", True), ("蒙思涵", True), ("思琪", True), ("思涵", True)]),
        ("罗晓东是个13岁的孩子，跟着爷爷生活。", ["罗晓东"], [("罗晓东", True)]),
        # a stated adult age holds across a long noun phrase; a college student is no child
        ("20岁的市卫生职业学院学生覃雅琪利用周末到儿童之家当志愿者。", ["覃雅琪"], [("覃雅琪", False)]),
        ("市职业技术学院学生龙欣怡到社区儿童之家做志愿者。", ["龙欣怡"], [("龙欣怡", False)]),
        # a kinship word marks a child only with a child cue in its own clause
        ("儿子黎建华在深圳打工，9岁的孙女黎小满由奶奶照顾。",
         ["黎建华", "黎小满"], [("黎建华", False), ("黎小满", True)]),
        # the doubled last character of a child's given name, after a short mention was found
        ("7岁的覃子墨跟着外婆生活。子墨每天放学后写作业，外婆总夸墨墨懂事。",
         ["覃子墨", "子墨"], [("覃子墨", True), ("子墨", True), ("墨墨", True)]),
        # siblings joined by 、 before a kinship noun share the cue of one of them
        ("黄欣然、黄欣悦姐妹常在儿童之家待到天黑。欣然读小学四年级，欣悦上幼儿园中班。",
         ["黄欣然", "黄欣悦", "欣然", "欣悦"],
         [("黄欣然", True), ("黄欣悦", True), ("欣然", True), ("欣悦", True)]),
        # controls: adults stay adults
        ("母亲蓝秀英为女儿申请了救助，蓝秀英说孩子最近睡得好了。", ["蓝秀英"], [("蓝秀英", False), ("蓝秀英", False)]),
        ("化名“阿兰”的受害人今年34岁，与丈夫分居。阿兰说她想重新工作。",
         ["阿兰"], [("阿兰", False), ("阿兰", False)]),
    ],
)
def test_minor_status_over_the_document(text, names, expected):
    assert _persons(names, text) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a given name that is also a word (欣然, 安乐) joins its full name when both were found
        ("乔安然、乔安乐姐弟常来儿童之家。安乐上幼儿园大班，父亲跑夜班。",
         ["乔安然", "乔安乐", "安乐"], [("乔安然", True), ("乔安乐", True), ("安乐", True)]),
        # the doubled form of a found short mention is the full name's (言言 of 乐言 of 宁乐言)
        ("6岁的孙子宁乐言跟着奶奶生活。乐言每天放学都要给太奶奶捶背，邻居们都夸言言懂事。",
         ["宁乐言", "乐言"], [("宁乐言", True), ("乐言", True), ("言言", True)]),
    ],
)
def test_short_mentions_join_their_child(text, names, expected):
    assert _persons(names, text) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a doubled nickname given as an alias is the child at its other mentions
        ("女童豆豆（化名）今年6岁。社工发现豆豆身上有淤青。", ["豆豆"], [("豆豆", True), ("豆豆", True)]),
        # a found span that runs a child's given name into a verb is cut back to the name
        ("韦一鸣、韦一航是一对8岁的双胞胎。一鸣爱看书，一航爱踢球。",
         ["韦一鸣", "韦一航", "一鸣爱", "一航"], [("韦一鸣", True), ("韦一航", True), ("一鸣", True), ("一航", True)]),
    ],
)
def test_nicknames_and_glued_spans(text, names, expected):
    assert _persons(names, text) == expected


def test_an_adults_alias_beside_a_child_stays_an_adult():
    text = "甘秀兰（化名）的孙女许某某今年5岁，就读于村小学三年级，是一名留守儿童。"
    assert _persons(["甘秀兰", "许某某"], text) == [("甘秀兰", False), ("许某某", True)]

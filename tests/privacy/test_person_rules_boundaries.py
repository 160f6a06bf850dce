"""The sentence-level name rules after the model (issue 18): boundary repairs of tagger spans,
the merge that lets the model's spans stand, and the switches of the rule audit."""

import pytest

from privacy import person_rules
from privacy.recognizers.person import ChinesePersonRecognizer, merge_spans, repair_span

from privacy_fakes import FakeTagger


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a function or verb character that is the name's own last or inner character stays
        ("周恩来总理生前十分关心妇女儿童工作。", "周恩来", "周恩来"),
        ("村党支部书记王有为介绍了情况。", "王有为", "王有为"),
        ("外交部长钱其琛会见了代表团。", "钱其琛", "钱其琛"),
        ("退休教师张和平每周辅导功课。", "张和平", "张和平"),
        ("患者林之华康复出院。", "林之华", "林之华"),
        ("社区主任王为民带领志愿者。", "王为民", "王为民"),
        ("演员彭于晏来到现场。", "彭于晏", "彭于晏"),
        ("总经理黄宏生表示", "黄宏生", "黄宏生"),
        ("卡洛斯在会上发言", "卡洛斯", "卡洛斯"),  # a transliteration starting with 卡
        # ... and a verb glued on is cut
        ("杨玉住在城东的出租屋里。", "杨玉住", "杨玉"),
        ("王芳说，日子好起来了。", "王芳说", "王芳"),
        ("本届全运会上刘翔共参加了两个项目。", "刘翔共", "刘翔"),
        ("周红红了眼眶。", "周红红", "周红"),
        # 和 after a two-character name that joins nothing is the name's last character
        ("剧中安嘉和的家暴行为引起反感。", "安嘉", "安嘉和"),
        ("她和安嘉一起来了。", "安嘉", "安嘉"),  # 和 + a verb phrase: 安嘉 stays
        # a function character is cut off the front only between two words
        ("她和赵敏一起报名。", "和赵敏", "赵敏"),
        ("为使农民富起来，和万春还帮助农民架桥。", "和万春", "和万春"),
        # a surname is taken onto a split given name only at a clause start
        ("经调解，张玉兰与丈夫和好", "玉兰", "张玉兰"),
        ("但葛菲／顾俊还是很快就摸出了路数", "葛菲", "葛菲"),
        ("关于金秋的报道", "金秋", "金秋"),
        # a kinship or role word in front of the name is cut off
        ("孙子王浩然沉迷手机。", "孙子王浩然", "王浩然"),
        # a surname alone before 先生/女士 is the person (马先生); before 老师 it is not marked
        ("马先生长期从事管理工作。", "马", "马"),
        ("班主任郑老师发现孩子情绪异常。", "郑", None),
        # companies and villages are not people
        ("金新农发布公告称，净利润同比增长。", "金新农", None),
        ("道明光学股价午后快速拉升。", "道明光学", None),
        ("工作组来到朱庄，看望留守儿童。", "朱庄", None),
        ("德国人谷登堡发明了印刷机。", "谷登堡", "谷登堡"),
        # a foreign name's dash and a rare character written as bracketed parts belong to the name
        ("美国参议员约翰—格伦在招贴画上签名。", "约翰—格伦", "约翰—格伦"),
        ("本报北京5月14日讯记者袁（日希）报道：", "袁（日希）", "袁（日希）"),
        ("郑乃〈王光〉出席了会议。", "郑乃〈王光〉", "郑乃〈王光〉"),
        # an ordinary word at the end of four characters is cut only where what is left is a name
        ("咨询师白露每周来一次。", "白露每周", "白露"),
        ("武村正义说，日本高度重视这次访问。", "武村正义", "武村正义"),
    ],
)
def test_repairs_of_tagger_spans(text, tagged, expected):
    start = text.index(tagged)
    fixed = repair_span(text, start, start + len(tagged), strict=False)
    assert (text[fixed[0] : fixed[1]] if fixed else None) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "score", "expected"),
    [
        # a confident tagger name is not vetoed by the word lists (桥本, 松下幸之助) ...
        ("他同桥本进行了会谈。", "桥本", 0.7, "桥本"),
        ("他推崇松下幸之助的管理模式。", "松下幸之助", 0.7, "松下幸之助"),
        ("他推崇松下幸之助的管理模式。", "松下幸之助", 0.57, "松下幸之助"),
        # ... an unsure one still is
        ("他同桥本进行了会谈。", "桥本", 0.5, None),
        # ... unless the context vouches for a person (a right-context trigger: 表示, ，男，)
        ("日本首相桥本表示欢迎。", "桥本", 0.5, "桥本"),
        # ... or a role word right before it (记者马力); a verb before it does not (向母亲)
        ("本报讯（记者马力）今后，中低收入家庭受益。", "马力", 0.5, "马力"),
        ("他向母亲说明了情况。", "母亲", 0.5, None),
        ("汽车的马力很大。", "马力", 0.5, None),
        # and confidence does not keep a place or a company
        ("工作组来到朱庄，看望留守儿童。", "朱庄", 0.9, None),
        ("道明光学股价午后快速拉升。", "道明光学", 0.9, None),
    ],
)
def test_confident_tagger_spans_pass_the_word_lists(text, tagged, score, expected):
    start = text.index(tagged)
    fixed = repair_span(text, start, start + len(tagged), strict=False, score=score)
    assert (text[fixed[0] : fixed[1]] if fixed else None) == expected


class _EntityTagger:
    """Returns fixed (text, label) spans: PER and the other types a real tagger also reads."""

    name = "fixed"

    def __init__(self, *spans):
        self.spans = spans

    def tag(self, texts):
        from models.taggers import Span

        return [[Span(t.index(w), t.index(w) + len(w), lab, 0.9) for w, lab in self.spans if w in t] for t in texts]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a context rule's candidate inside a tagged organisation or place is not a name
        ("中共中央统战部部长王兆国出席。", [("中共中央统战部", "ORG"), ("王兆国", "PER")], ["王兆国"]),
        # nor one that ends inside a frequent word
        ("电视台播出，并向全社会发行。", [], []),
        ("市商务委副主任张新生表示，", [("张新生", "PER")], ["张新生"]),
        ("阳县妇联主席许想到陕西调研。", [], ["许想"]),  # after a role word the candidate stands
        ("经调解，海宁与丈夫达成协议。", [("海宁", "ORG")], ["海宁"]),  # the entity is the span itself
        ("从小培养他们爱集体的学生。", [], []),
        # a surname before a form of address has no given name (not 姚先): the mention is 姚先生
        ("家具店的负责人姚先生告诉记者", [], ["姚先生"]),
        # the rules still find what the tagger missed
        ("受害人张华到派出所报案。", [], ["张华"]),
    ],
)
def test_rule_candidates_respect_the_taggers_reading(text, tagged, expected):
    rec = ChinesePersonRecognizer(_EntityTagger(*tagged))
    assert [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])] == expected


@pytest.mark.parametrize(
    ("rules", "model", "expected"),
    [
        ([(2, 4, 0.8)], [(1, 4, 0.6)], [(1, 4, 0.6)]),  # 彭小兰: the nickname rule's 小兰 loses to the model
        ([(0, 3, 0.7)], [(0, 2, 0.5)], [(0, 2, 0.5)]),  # a context rule does not stretch the model's name
        ([(0, 3, 0.85)], [(0, 1, 0.7)], [(0, 3, 0.85)]),  # 孙某: the 某 rule beats the model's 孙
        ([(5, 7, 0.7)], [(0, 2, 0.7)], [(0, 2, 0.7), (5, 7, 0.7)]),  # rules still add names elsewhere
    ],
)
def test_model_spans_beat_weaker_overlapping_rules(rules, model, expected):
    assert merge_spans(rules, model_spans=model) == expected


def test_recognizer_keeps_the_models_boundaries():
    rec = ChinesePersonRecognizer(FakeTagger(("洛桑桑单",)))
    text = "洛桑桑单表示感谢。"
    assert [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])] == ["洛桑桑单"]


def test_rules_off_switches_and_restores():
    text = "剧中安嘉和的家暴行为引起反感。"
    with person_rules.rules_off("he_last"):
        assert not person_rules.rule_on("he_last")
        assert repair_span(text, 2, 4, strict=False) == (2, 4)
    assert person_rules.rule_on("he_last")
    assert repair_span(text, 2, 4, strict=False) == (2, 5)
    with pytest.raises(ValueError, match="unknown person rules"):
        with person_rules.rules_off("no_such_rule"):
            pass


def test_every_named_rule_changes_something_when_off():
    """A name in RULES that no code reads would make the audit report a rule that does nothing."""
    import inspect

    from privacy.recognizers import person

    from privacy import minors, persons

    # the document rules of minor status (class_context, table_roles) are read in privacy.minors
    source = inspect.getsource(person_rules) + inspect.getsource(person) + inspect.getsource(persons) + inspect.getsource(minors)
    for rule in person_rules.RULES:
        assert f'on("{rule}")' in source or f'rule_on("{rule}")' in source, rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("内司委的同志找到了被告乌咀乡建筑公司负责人。", []),  # a place after a role word
        ("志愿者走访乌咀乡的困难家庭。", []),
        ("受害人张华到派出所报案。", ["张华"]),
        ("他在施政演说中表示", []),  # 说 ends 演说; no name before it
        ("作战部副部长出席", []),  # 副 before a title
        ("王建国书记讲话", ["王建国"]),
        ("曾就职于金杜律师事务所。", []),
        ("有些爱想向母亲表达。", []),
        ("她以这句话向母亲说明女儿也长大了。", []),  # 向 is a verb, not a role: 母亲 stays a word  # a two-character word is no name (and would spread to every 母亲)  # a firm before the title word
        ("她委托金杜律师代理此案。", ["金杜"]),  # without 事务所 it reads as a lawyer's name
    ],
)
def test_context_rules_leave_places_and_words_alone(text, expected):
    assert sorted({text[a:b] for a, b, _ in person_rules.find_names(text)}) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 化名 inside a word (文化名城) marks no pseudonym; a real one does
        ("充分发挥历史文化名城的优势。", []),
        ("她化名叫李娜。", ["李娜"]),
        # 于某一/于某个: the preposition before "a certain"; 于某 the person stays
        ("专门从事于某一方面研究的人。", []),
        ("被告人于某一审被判处有期徒刑。", ["于某"]),
        ("被告人于某某一审被判处有期徒刑。", ["于某某"]),
        # before a title noun (发言人, 主持人) stands the body, not a person
        ("白宫发言人麦柯里27日说，", []),
        ("晚会主持人说，", []),
        # 者 ends no given name (挖沙者说)
        ("一位挖沙者说：这一带到处是挖沙的。", []),
        ("王芳说，日子好起来了。", ["王芳"]),
    ],
)
def test_context_rules_skip_words_that_hold_their_triggers(text, expected):
    assert sorted({text[a:b] for a, b, _ in person_rules.find_names(text)}) == expected

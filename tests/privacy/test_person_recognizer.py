"""PERSON: rules (with a fake tagger where the tagger matters) and the merge of both."""

import pytest

from privacy.recognizers.person import ChinesePersonRecognizer, merge_spans, repair_span
from privacy.scanner import build_scanner

from privacy_fakes import TODAY, FakeTagger


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 某 forms, compound surnames
        ("受害人陈某某到派出所报案。", ["陈某某"]),
        ("李某（女，35岁）", ["李某"]),
        ("欧阳某某与司马某发生争执", ["欧阳某某", "司马某"]),
        ("位于某市某区，于某年某月", []),
        ("持银行卡到南京路某号办理业务", []),  # a house number, not 路某
        # pseudonyms and children's nicknames in context
        ("小红（化名）今年9岁", ["小红"]),
        ("化名“小雨”的女孩", ["小雨"]),
        ("黄某某（化名），女，11岁", ["黄某某"]),
        ("留守儿童小雅在奶奶家", ["小雅"]),
        ("开展小组活动，小区居民参加", []),
        # full names next to a role word or a title
        ("受害人张华到派出所报案。", ["张华"]),
        ("王秀英说，日子越过越好。", ["王秀英"]),
        ("她叫刘芳，今年42岁", ["刘芳"]),
        ("欧阳秀英女士荣获表彰", ["欧阳秀英"]),
        ("王建国书记讲话", ["王建国"]),
        ("律师朱平提供法律援助", ["朱平"]),
        # lists of names
        ("信息员王丽丽、李娜、赵敏等参加", ["王丽丽", "李娜", "赵敏"]),
        ("信息员王丽丽、李娜参加培训。", ["王丽丽", "李娜"]),
        ("优秀信息员诸葛红、宋晓丽、卢娟三位同志", ["诸葛红", "宋晓丽", "卢娟"]),
        # ordinary words that begin with a surname character
        ("妇女权益保障法，儿童相关政策，信息员应当具备基本能力", []),
        ("依法维护妇女儿童合法权益，关注热点问题", []),
        ("各乡镇妇联主席和执委参加会议", []),
        # idioms after a role word (奶奶 + 相依为命)
        ("他和奶奶相依为命。", []),
        # 及/和 that begin an ordinary word join no list (及时, 和平)
        ("调解员提醒郭某及时挂失银行卡", ["郭某"]),
        ("王某某和平时一样去上班", ["王某某"]),
        # an aspect particle shows that the last character is a verb (周红红了眼眶)
        ("妈妈周红红了眼眶。", ["周红"]),
        ("母亲李冬梅了解情况后", ["李冬梅"]),
        # a byline: role word, space, name
        ("（通讯员 张蕾 记者 刘洋）", ["张蕾", "刘洋"]),
        # 于某 before a school or workplace is 就读于 + 某小学, not a person
        ("张某就读于某小学，其母在某工厂上班。", ["张某"]),
        # surname + a form of address is no full name; 由 before a surname is a preposition
        ("村里的留守老人王大爷每天都来帮忙。", ["王大爷"]),  # surname + a form of address
        # a teacher named by surname is a mention too (a case record names 班主任邝老师 beside the child)
        ("培训班分为5个小组，第3组由王老师带领。", ["王老师"]),
        # a name that is also a word: kept only where the context leaves no doubt
        ("维权站工作人员高利介绍，今年已受理投诉。", ["高利"]),
        ("经调解，海宁与丈夫达成协议。", ["海宁"]),
        ("工作人员高利贷款给他。", []),
        ("浙江海宁与丈夫一起经商。", []),
        # a reduplicated nickname after a visit or help verb; kinship words and ordinary words are not names
        ("志愿者每月到村里看望丫丫，为她送去冬衣。", ["丫丫"]),
        ("社工定期探望姥姥，陪她聊天。", []),
        ("工会慰问天天加班的职工。", []),
    ],
)
def test_rules(scanner, text, expected, found):
    assert found(scanner.scan(text), "PERSON") == expected


def test_tagger_is_called_once_per_document_with_its_sentences():
    tagger = FakeTagger(("周晓梅",))
    scanner = build_scanner(tagger=tagger, today=TODAY)
    result = scanner.scan("周晓梅来到妇联。她反映了情况！周晓梅表示感谢。")
    assert [e["text"] for e in result["entities"]] == ["周晓梅", "周晓梅"]
    assert tagger.calls == [["周晓梅来到妇联。", "她反映了情况！", "周晓梅表示感谢。"]]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("经调解，柯岚与丈夫达成协议", "柯岚", "柯岚"),  # only the tagger knows this one
        ("法院向龙涛签发保护令", "向龙涛", "龙涛"),  # function character glued in front
        ("收件人公孙红琳注意查收", "孙红琳", "公孙红琳"),  # compound surname split
        ("经调解，张玉兰与丈夫和好", "玉兰", "张玉兰"),  # one-character surname split off
        ("申请人孙丽提出申请", "申请人", None),  # an ordinary word
        ("心理咨询师白露每周谈心", "师白露", "白露"),  # 师 ends a profession
        ("标题要简明扼要", "简明扼", None),  # starts with an ordinary word
        ("到维权站求助", "维权站", None),
        ("秀英县妇联举办培训", "秀英", None),  # a place name
        ("依据石妇字〔2024〕9号文件", "石妇", None),  # a document number's issuing office
        ("陈秀英拉着工作人员的手", "陈秀英拉", "陈秀英"),  # a verb before an aspect particle
        ("心理咨询师白露每周谈心", "白露每周", "白露"),  # an ordinary word glued on
        ("欧阳秀英拉着手", "欧阳秀英", "欧阳秀英"),  # a compound surname keeps four characters
        ("根据冀妇[2023]12号通知", "冀妇", None),
        ("石丽〔化名〕今年9岁", "石丽", "石丽"),  # brackets without a year stay a name
        ("被申请人孙建军，系申请人之夫。", "之夫", None),  # starts with a function character
        ("获奖的有：马丽 上官婉清。", "上官婉", "上官婉清"),  # compound surname + two given characters
        ("上官婉与丈夫", "上官婉", "上官婉"),  # ... only when the name ends there
    ],
)
def test_tagger_spans_are_repaired(text, tagged, expected):
    start = text.index(tagged)
    fixed = repair_span(text, start, start + len(tagged))
    assert (text[fixed[0] : fixed[1]] if fixed else None) == expected


def test_strong_rules_beat_the_tagger_and_the_tagger_beats_weak_rules():
    # 化名 rule (0.9) > tagger (0.75) > weak context rule (0.7)
    merged = merge_spans([(0, 3, 0.9), (0, 2, 0.75), (5, 8, 0.7), (5, 7, 0.75)])
    assert merged == [(0, 3, 0.9), (5, 7, 0.75)]


def test_other_mentions_of_a_found_name_are_found():
    scanner = build_scanner("rules", today=TODAY)
    result = scanner.scan("主席李红梅先后五次上门。李红梅说，孩子变了。")
    assert [e["text"] for e in result["entities"]] == ["李红梅", "李红梅"]


def test_recognizer_without_tagger_is_rules_only():
    recognizer = ChinesePersonRecognizer(None)
    assert recognizer.tagger_spans("张三来了") == []


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in pattern:
        depth += ch in "([" and 1 or 0
        depth -= ch in ")]" and 1 or 0
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return parts + [current]


def test_right_trigger_lookahead_covers_every_alternative():
    from privacy import person_rules

    alternatives = _top_level_alternatives(person_rules._RIGHT)
    assert len(alternatives) > 50
    for alt in alternatives:
        first = alt[1:alt.index("]")] if alt.startswith("[") else alt[0]
        assert all(ch in person_rules._RIGHT_FIRST for ch in first if ch != "\\"), alt


@pytest.mark.parametrize(
    "text, tagged, expected",
    [
        ("曾祖母带着孙子来到妇联。", ("曾祖母", "孙子"), []),
        ("她的小叔子经常上门骚扰。", ("小叔子",), []),
        ("老婆婆拉着外孙女的手。", ("老婆婆", "外孙女"), []),
        # a name next to a kinship word is still a name
        ("孙子王小明今年8岁。", ("孙子", "王小明"), ["王小明"]),
    ],
)
def test_kinship_words_are_vetoed_whatever_tagged_them(text, tagged, expected):
    recognizer = ChinesePersonRecognizer(FakeTagger(tagged))
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]
    assert found == expected


def test_interval_lookup_agrees_with_a_pass_over_every_span():
    import random

    from privacy.recognizers.person import Intervals

    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(1, 8), rng.random()) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        index = Intervals(spans)
        for lo in range(0, 70, 3):
            for hi in (lo, lo + 1, lo + 4):
                assert index.any_over(lo, hi) == any(a < hi and lo < b for a, b, _ in spans)

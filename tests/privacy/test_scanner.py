"""The scan contract (DESIGN.md), bad input, hard negatives and a few jieba integration rows."""

import json

import pytest

from models.errors import InputError, InputTooLarge
from privacy.entity_types import kind_label, label_of
from privacy.scanner import ENTITY_TYPES, build_scanner

from privacy_fakes import TODAY


def test_contract_shape(scanner):
    text = "受害人张秀英，电话13812345678，家住竞秀区东风路128号。她遭受家暴。"
    result = scanner.scan(text)
    assert set(result) == {"entities", "sensitive"}
    for e in result["entities"]:
        # the contract's keys, plus "person" (mentions of one person share it) on PERSON entities
        # and the Chinese label of the entity-type table
        assert set(e) - {"person"} == {"type", "label", "start", "end", "text", "score", "minor"}
        assert ("person" in e) == (e["type"] == "PERSON")
        assert e["type"] in ENTITY_TYPES and e["label"] == label_of(e["type"], e["minor"])
        assert text[e["start"] : e["end"]] == e["text"]
        assert isinstance(e["minor"], bool) and 0 < e["score"] <= 1
    for s in result["sensitive"]:
        assert set(s) == {"kind", "label", "start", "end"} and s["label"] == kind_label(s["kind"])
    json.dumps(result, ensure_ascii=False)


def test_offsets_index_the_original_string(scanner):
    text = "\u200b\u200b张某某电话：１３８\u200b１２３４　５６７８，邮箱ａｂｃ＠１６３．ｃｏｍ。"
    result = scanner.scan(text)
    spans = {e["type"]: text[e["start"] : e["end"]] for e in result["entities"]}
    assert spans == {
        "PERSON": "张某某",
        "PHONE_NUMBER": "１３８\u200b１２３４　５６７８",
        "EMAIL_ADDRESS": "ａｂｃ＠１６３．ｃｏｍ",
    }


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_text(scanner, text):
    assert scanner.scan(text) == {"entities": [], "sensitive": []}


def test_limits():
    small = build_scanner("rules", max_chars=10, today=TODAY)
    with pytest.raises(InputTooLarge):
        small.scan("字" * 11)
    with pytest.raises(InputError):
        small.scan("a\x00b")


def test_hard_negatives_are_not_flagged(scanner):
    text = (
        "截至2024年6月30日，全县213个村建成儿童之家，覆盖留守儿童4600余名，占比30%，发放资金2000元。"
        "依据冀妇字〔2024〕12号文件，订单号20240612883610552已配送。可拨打12338、12345、110热线。"
        "河北省石家庄市、阜平县妇联参加。2024-03-08召开会议，共137人参会，满意度98.5%。"
    )
    assert scanner.scan(text)["entities"] == []


def test_2000_characters_scan_fast(scanner):
    import time

    text = ("县妇联开展家庭教育指导服务，受害人张某某，电话13812345678，家住竞秀区东风路128号。" * 50)[:2000]
    scanner.scan(text)
    t0 = time.perf_counter()
    scanner.scan(text)
    assert time.perf_counter() - t0 < 0.2  # ~20 ms on an idle core; generous for shared CI


@pytest.fixture(scope="module")
def jieba_scanner():
    pytest.importorskip("jieba")
    return build_scanner("jieba", today=TODAY)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("经调解，张玉兰与丈夫达成协议，调解员袁志强表示将持续跟踪回访。", ["张玉兰", "袁志强"]),
        ("2025年3月，县妇联举办信息员培训班，刘海燕作专题辅导。", ["刘海燕"]),
        ("全县开展反家暴宣传活动，发放宣传册5000余份。", []),
    ],
)
def test_jieba_backend_rows(jieba_scanner, text, names, found):
    assert found(jieba_scanner.scan(text), "PERSON") == names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("联系电话83952271，工作时间为周一至周五。", [("PHONE_NUMBER", "83952271")]),
        ("咨询电话（0351）89082910。", [("PHONE_NUMBER", "（0351）89082910")]),
        ("全县共有83952271人。", []),  # no phone word: a statistic
        ("报名请添加QQ号：a123456789。", []),  # glued to a letter: an account name
        ("咨询可加QQ号382716459。", [("QQ_NUMBER", "382716459")]),
        ("台湾居民居住证号码为830000199506154329。", [("CN_ID_CARD", "830000199506154329")]),
        ("该企业统一社会信用代码为91130102MA0CX5T27Q。", []),
        ("The test results were sent by email after the lecture on Monday.", []),
        ("全國婦聯舉辦了培訓，小學學生參加。", []),
    ],
)
def test_issue15_rules(scanner, text, expected):
    got = [(e["type"], e["text"]) for e in scanner.scan(text)["entities"]]
    assert got == expected

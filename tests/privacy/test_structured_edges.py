"""A structured finding (number, e-mail, address) takes in the invisible characters that touch its
edges: format characters (Unicode category Cf: bidi embeddings and isolates, zero-width, soft hyphen,
BOM, word joiner) and variation selectors, so that masking, in every style, removes them with it."""

import unicodedata

import pytest

from privacy.masking import STYLES
from privacy.normalize import is_invisible

# (context before, value, context after, type)
VALUES = [
    ("联系电话", "139 6418 2570", "，请回访。", "PHONE_NUMBER"),
    ("电话：", "177-0732-9185", "。", "PHONE_NUMBER"),
    ("身份证号", "430102198705124526", "，已核实。", "CN_ID_CARD"),
    ("银行卡号", "6222 0213 0400 5676", "，开户行为农行。", "CN_BANK_CARD"),
    ("邮箱", "helper_ling@163.com", "，请回复。", "EMAIL_ADDRESS"),
    ("QQ", "2743190586", "，已加。", "QQ_NUMBER"),
    ("微信号", "lingxiu_2024", "，已加。", "WECHAT_ID"),
    ("现住", "莲花街道荷塘路19号3栋402", "，独居。", "ADDRESS"),
]
# pairs written around a value: (left edge, right edge)
EDGES = [
    ("\u202d", "\u202c"),  # left-to-right override ... pop
    ("\u2066", "\u2069"),  # left-to-right isolate ... pop isolate
    ("\u200b", "\u200b"),  # zero-width space
    ("\ufeff", "\u2060"),  # BOM, word joiner
    ("\u00ad", "\u200d"),  # soft hyphen, zero-width joiner
    ("", "\ufe0f"),  # a variation selector after the last character
    ("\u202e", ""),  # right-to-left override on the left only
]


def test_the_edges_are_invisible_characters():
    for left, right in EDGES:
        for ch in left + right:
            assert is_invisible(ch) and (unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F)


@pytest.mark.parametrize(("before", "value", "after", "etype"), VALUES)
@pytest.mark.parametrize(("left", "right"), EDGES)
def test_a_finding_takes_in_invisible_edges(scanner, before, value, after, etype, left, right):
    written = left + value + right
    text = f"申请人王某某，{before}{written}{after}"
    start = text.index(written)
    found = [e for e in scanner.scan(text)["entities"] if e["type"] == etype]
    assert [(e["start"], e["end"]) for e in found] == [(start, start + len(written))]
    for style in STYLES:
        masked = scanner.mask(text, style)["text"]
        assert not any(is_invisible(ch) for ch in masked), style
        assert f"，{before}" in masked and masked.endswith(after)


@pytest.mark.parametrize(("left", "right"), EDGES[:3])
def test_an_invisible_edge_between_two_findings_goes_to_one_of_them(scanner, left, right):
    # a phone right after an e-mail: the invisible character between them belongs to one finding only
    text = f"邮箱ling_hu@163.com{right}{left}13964182570，请回访。"
    ents = sorted(scanner.scan(text)["entities"], key=lambda e: e["start"])
    assert [e["type"] for e in ents] == ["EMAIL_ADDRESS", "PHONE_NUMBER"]
    assert ents[0]["end"] <= ents[1]["start"]
    for style in STYLES:
        assert not any(is_invisible(ch) for ch in scanner.mask(text, style)["text"])


def test_a_name_keeps_its_own_span(scanner):
    # names are not structured findings: an invisible character before one stays outside it
    text = "受助人\u200b王秀英，联系电话13964182570。"
    names = [e for e in scanner.scan(text)["entities"] if e["type"] == "PERSON"]
    assert all(not is_invisible(e["text"][0]) for e in names)

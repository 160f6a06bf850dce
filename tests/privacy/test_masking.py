import pytest

from models.errors import InputError
from privacy.masking import mask_address, mask_chars, mask_person, mask_phone, mask_text

TEXT = (
    "受害人张秀英，女，35岁，家住河北省保定市竞秀区东风路128号3单元502室，电话138 1234 5678，"
    "身份证号130602198711254527，银行卡号6222021234567894，邮箱zhangli@163.com。"
    "其女儿小雅（化名）今年9岁。张秀英说，她会照顾好小雅。"
)


@pytest.mark.parametrize(
    ("func", "value", "expected"),
    [
        (mask_person, "张秀英", "张某某"),
        (mask_person, "张华", "张某"),
        (mask_person, "欧阳秀英", "欧阳某某"),
        (mask_person, "陈某某", "陈某某"),
        (mask_phone, "13812345678", "138****5678"),
        (mask_phone, "138 1234 5678", "138 **** 5678"),
        (mask_phone, "+86 138-1234-5678", "+86 138-****-5678"),
        (mask_phone, "0311-85812345", "0311-******45"),
        (mask_address, "河北省保定市竞秀区东风路128号3单元502室", "河北省保定市竞秀区***"),
        (mask_address, "阜平县龙泉关镇骆驼湾村三组", "阜平县***"),
        (mask_address, "幸福家园小区5号楼2单元301室", "***"),
    ],
)
def test_chinese_forms(func, value, expected):
    assert func(value) == expected


def test_mask_chars_keeps_separators():
    assert mask_chars("6222 0212 3456 7894", 4, 4) == "6222 **** **** 7894"


def test_chinese_style(scanner):
    masked = scanner.mask(TEXT, "chinese")["text"]
    assert "张某某" in masked and "张秀英" not in masked
    assert "138 **** 5678" in masked
    assert "130***********4527" in masked
    assert "6222********7894" in masked
    assert "z***@163.com" in masked
    assert "河北省保定市竞秀区***" in masked
    assert "小雅" not in masked and masked.count("某某（化名）") == 1  # a minor: masked completely


def test_placeholder_style_is_consistent(scanner):
    result = scanner.mask(TEXT, "placeholder")
    masked = result["text"]
    assert masked.count("[人名1]") == 2  # 张秀英 twice
    assert masked.count("[人名2]") == 2  # 小雅 twice
    assert "[电话1]" in masked and "[身份证号1]" in masked and "[地址1]" in masked
    assert {e["replacement"] for e in result["entities"] if e["text"] == "张秀英"} == {"[人名1]"}


def test_redact_style(scanner):
    masked = scanner.mask(TEXT, "redact")["text"]
    assert "张秀英" not in masked and "13812345678" not in masked.replace(" ", "")
    assert "■■■" in masked
    assert len(masked) == len(TEXT)


def test_unknown_style(scanner):
    with pytest.raises(InputError):
        mask_text(TEXT, [], "blur")


def test_nothing_to_mask(scanner):
    assert scanner.mask("全县开展培训12场。", "chinese") == {"text": "全县开展培训12场。", "entities": []}


def test_overlapping_entities_are_refused():
    ents = [{"type": "PERSON", "start": 0, "end": 3}, {"type": "PERSON", "start": 2, "end": 4}]
    with pytest.raises(InputError):
        mask_text("张秀英说", ents, "redact")

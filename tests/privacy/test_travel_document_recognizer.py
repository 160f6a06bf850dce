"""Passports and travel permits, reported as identity-document numbers (CN_ID_CARD)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("护照号码：E12345678", ["E12345678"]),
        ("护照号 EA1234567，有效期十年。", ["EA1234567"]),
        ("往来港澳通行证号C87654321", ["C87654321"]),
        ("回乡证号码H12345678", ["H12345678"]),
        ("台胞证号码12345678", ["12345678"]),
        ("Passport No. G12345678", ["G12345678"]),
        # a letter and digits with no document word: a product or order code
        ("产品型号E12345678已停产。", []),
        ("订单C87654321已发货", []),
        ("全年完成12345678元", []),
    ],
)
def test_travel_documents(scanner, text, expected, found):
    assert found(scanner.scan(text), "CN_ID_CARD") == expected


def test_a_passport_is_masked_down_to_three_characters(scanner):
    masked = scanner.mask("护照号码：E12345678", "chinese")
    assert masked["entities"][0]["replacement"] == "E******78"

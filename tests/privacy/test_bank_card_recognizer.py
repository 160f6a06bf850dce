import pytest

from privacy.recognizers.bank_card import CnBankCardRecognizer


CARD16 = "6222021234567894"  # Luhn-valid
CARD19 = "6217000130004452818"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"银行卡号{CARD16}，", [CARD16]),
        (f"工资卡{CARD19}", [CARD19]),
        ("卡号6217 0001 3000 4452 818", ["6217 0001 3000 4452 818"]),
        ("卡号6222-0212-3456-7899", []),  # Luhn-invalid
        (f"张某某{CARD16}女", [CARD16]),
        ("卡号６２２２０２１２３４５６７８９４", ["６２２２０２１２３４５６７８９４"]),
        (f"订单号{CARD16}", []),  # an order number, even when Luhn-valid
        ("卡号6222021234567898", []),
    ],
)
def test_bank_cards(scanner, text, expected, found):
    assert found(scanner.scan(text), "CN_BANK_CARD") == expected


@pytest.mark.parametrize(("number", "valid"), [(CARD16, True), ("6222021234567898", False), ("622202123456789", False)])
def test_luhn_validation(number, valid):
    assert CnBankCardRecognizer().validate_result(number) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that names another code before a Luhn-valid number
        ("设备序列号5500000000000004", []),
        ("商品条码4111111111111111", []),
        ("身份证号码110105199013072039（月份错误）", []),
        # ... unless a bank word follows that word
        ("身份证和银行卡6222021001124628196", ["6222021001124628196"]),
        # a 15-digit American Express number only next to a card word
        ("American Express card 378282246310005", ["378282246310005"]),
        ("信用卡 3782 822463 10005", ["3782 822463 10005"]),
        ("批次378282246310005", []),
    ],
)
def test_code_words_and_amex(scanner, text, expected, found):
    assert found(scanner.scan(text), "CN_BANK_CARD") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diners Club card 30569309025904", ["30569309025904"]),
        ("信用卡号 3852 000002 3237", ["3852 000002 3237"]),
        ("card number 122000000000003", ["122000000000003"]),
        ("序号30569309025904", []),
        ("共30569309025904次", []),
    ],
)
def test_short_cards_need_a_card_word(scanner, text, expected, found):
    assert found(scanner.scan(text), "CN_BANK_CARD") == expected

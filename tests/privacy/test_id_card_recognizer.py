import datetime as dt

import pytest

from privacy.recognizers.id_card import CnIdCardRecognizer, birth_date, is_valid_id


REFERENCE_DATE = dt.date(2026, 11, 26)  # every date in these tables counts from here, never from the clock
VALID = "130602198711254527"  # check digit 7 by GB 11643
VALID_X = "11010519491231002X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pattern + checksum valid
        (f"身份证号{VALID}，", [VALID]),
        (f"证件号码：{VALID_X}。", [VALID_X]),
        (f"号码{VALID_X.lower()}", [VALID_X.lower()]),
        (f"身份证{VALID[:6]} {VALID[6:14]} {VALID[14:]}", [f"{VALID[:6]} {VALID[6:14]} {VALID[14:]}"]),
        ("身份证１３０６０２１９８７１１２５４５２７号", ["１３０６０２１９８７１１２５４５２７"]),
        # other groupings
        ("身份证号：1306 0219 8711 2545 27。", ["1306 0219 8711 2545 27"]),
        ("身份证号：130602 1987 1125 4527。", ["130602 1987 1125 4527"]),
        ("身份证号码 130602-198711254527。", ["130602-198711254527"]),
        (f"张某某{VALID}女", [VALID]),  # glued to Chinese characters
        ("旧身份证号130602871125452", ["130602871125452"]),  # legacy 15 digits
        # a wrong check digit (a typo, or a number written by hand) next to an ID word: reported
        ("身份证号130602198711254521", ["130602198711254521"]),
        ("身份证号码：13010419880715234X，电话", ["13010419880715234X"]),
        # ... but not without one
        ("流水130602198711254521", []),
        ("订单号：202406151234567890", []),
        # invalid: date, province, too long
        ("身份证号130602198713254527", []),
        ("身份证号990602198711254527", []),
        (f"编号1{VALID}", []),
    ],
)
def test_id_numbers(scanner, text, expected, found):
    assert found(scanner.scan(text), "CN_ID_CARD") == expected


@pytest.mark.parametrize(
    ("number", "valid", "verdict"),
    [
        (VALID, True, True),
        (VALID_X, True, True),
        ("130602198711254521", False, None),  # ID-shaped, wrong check digit: context decides
        ("130602203011254520", False, False),  # born in the future
        ("130602198713254527", False, False),  # month 13
        ("130602871125452", True, True),
    ],
)
def test_validation(number, valid, verdict):
    assert is_valid_id(number, today=REFERENCE_DATE) is valid
    assert CnIdCardRecognizer(today=REFERENCE_DATE).validate_result(number) is verdict


def test_birth_date():
    assert birth_date(VALID) == dt.date(1987, 11, 25)
    assert birth_date("130602871125452") == dt.date(1987, 11, 25)
    assert birth_date("130602198702304527") is None

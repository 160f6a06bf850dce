import pytest



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系电话13812345678。", ["13812345678"]),
        ("电话138 1234 5678", ["138 1234 5678"]),
        ("手机138-1234-5678，", ["138-1234-5678"]),
        ("请拨+86 138 1234 5678", ["+86 138 1234 5678"]),
        ("电话１３８１２３４５６７８", ["１３８１２３４５６７８"]),
        ("电话1３8\u200b12345678", ["1３8\u200b12345678"]),
        ("张某某13812345678女", ["13812345678"]),
        ("办公电话0311-85812345", ["0311-85812345"]),
        ("座机（0312）5896213", ["（0312）5896213"]),
        ("电话010 65123456", ["010 65123456"]),
        # not personal: service numbers, statistics, order numbers, too many digits
        ("拨打12338妇女维权热线或12345政务热线，紧急情况拨110。", []),
        ("共服务13812人次，发放2000元", []),
        ("订单号202413812345678123", []),
        ("编号138123456789", []),
    ],
)
def test_phone_numbers(scanner, text, expected, found):
    assert found(scanner.scan(text), "PHONE_NUMBER") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an extension after a dash or 转, the dashes people type, +86 before a landline without its 0
        ("座机：021-62345678-123", ["021-62345678-123"]),
        ("总机0311-86052345转8021", ["0311-86052345转8021"]),
        ("电话：0312—3025566", ["0312—3025566"]),
        ("Tel: +86 10 6234 5678", ["+86 10 6234 5678"]),
        ("联系方式：(+86)13812345678", ["(+86)13812345678"]),
        # a mobile range the metadata does not list: only after a word that names a phone
        ("手机19412345678", ["19412345678"]),
        ("号码19412345678尚未启用。", []),
        ("样本19412345678", []),
    ],
)
def test_phone_formats_and_unlisted_ranges(scanner, text, expected, found):
    assert found(scanner.scan(text), "PHONE_NUMBER") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other countries: + and a country code, valid in the metadata
        ("My US number is +1 415 555 0132.", ["+1 415 555 0132"]),
        ("香港电话+852 2123 4567", ["+852 2123 4567"]),
        ("London office +44 20 7946 0958", ["+44 20 7946 0958"]),
        ("编号+1 000 000 0000", []),
        # the North American form only next to a phone word
        ("Call me at (415) 555-0132 tonight.", ["(415) 555-0132"]),
        ("Phone: 212-555-1234", ["212-555-1234"]),
        ("Order 415-555-0132 shipped.", []),
        # a local part the metadata does not list, after an area code set off and a phone word
        ("电话：010-12345678", ["010-12345678"]),
        ("批号010-12345678", []),
    ],
)
def test_international_and_test_data_numbers(scanner, text, expected, found):
    assert found(scanner.scan(text), "PHONE_NUMBER") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese numerals in groups set off by single spaces
        ("她的手机一八六 七三二一 五五零八，", ["一八六 七三二一 五五零八"]),
        ("电话一三九 一二三四 五六七八", ["一三九 一二三四 五六七八"]),
        # a 7-digit local part grouped 4-3 after the area code
        ("座机0839 6621 354，", ["0839 6621 354"]),
        ("电话0839-6621-354", ["0839-6621-354"]),
        # not phones: statistics, codes and ordinary numerals with spaces
        ("共三十 二十一 五十人参加", []),
        ("编号0839 6621 354", []),
        ("2023 1234 567人次", []),
        ("一二三 四五六 七八", []),
    ],
)
def test_spaced_numerals_and_grouped_landlines(scanner, text, expected, found):
    assert found(scanner.scan(text), "PHONE_NUMBER") == expected

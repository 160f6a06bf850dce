"""Regional identity documents, bracketed and spelled-out phones, English contact cues, and the numbers
that look like phones but are not (toll-free hotlines, amounts, IPv4 addresses)."""

import pytest

from privacy.normalize import normalize
from privacy.recognizers.phone import is_toll_free
from privacy.recognizers.travel_document import hk_id_valid, tw_id_valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("A123456(3)", True),   # the published specimen
        ("A123456(4)", False),
        ("C668668(9)", True),
        ("C668668(0)", False),
        ("XA1234568", True),    # two letters, run on
        ("XA1234567", False),
        ("R1234564", False),
        ("1234567", False),
    ],
)
def test_hk_id_check_digit(number, valid):
    assert hk_id_valid(number) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("A123456789", True),
        ("A123456788", False),
        ("N225931402", True),
        ("N225931403", False),
        ("A323456789", False),  # the second character is 1 or 2
        ("AB23456789", False),
    ],
)
def test_tw_id_checksum(number, valid):
    assert tw_id_valid(number) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong: a bracketed check digit that validates is enough; run on, it needs an ID word
        ("来访者出示了C668668(9)的证件", ["C668668(9)"]),
        ("香港身份证号码 C668668（9）", ["C668668（9）"]),
        ("香港身份证 XA1234568", ["XA1234568"]),
        ("型号C668668(0)", []),
        ("货号XA1234568", []),
        ("零件XA1234568已到货", []),
        # Macau: no published check digit, so an ID word is needed
        ("澳门身份证号码 5123456(2)", ["5123456(2)"]),
        ("附件5123456(2)", []),
        # Taiwan: the checksum and an ID word
        ("她的台湾身份证字号N225931402", ["N225931402"]),
        ("Taiwan ID: A123456789", ["A123456789"]),
        ("台湾身份证字号N225931403", []),
        ("序号N225931402", []),
        ("批次A123456789", []),
        # service passports with 7 digits, the Taiwan travel permit (L + 8 digits)
        ("因公出国使用公务护照 P2345678", ["P2345678"]),
        ("护照号码S7654321", ["S7654321"]),
        ("大陆居民往来台湾通行证号码 L31234567", ["L31234567"]),
        ("型号 L31234567", []),
        ("列车D7654321次", []),
    ],
)
def test_regional_identity_documents(scanner, text, expected, found):
    assert found(scanner.scan(text), "CN_ID_CARD") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mobile's first group or the area code in brackets
        ("手机（186）3321-0457", ["（186）3321-0457"]),
        ("座机（０２１）６４３２１０９８", ["（０２１）６４３２１０９８"]),
        # a country code in brackets without +, a Taiwan area code with its trunk 0
        ("她香港公司的电话是(852) 2877 3300", ["(852) 2877 3300"]),
        ("澳门电话（853）2882 1234", ["（853）2882 1234"]),
        ("台中的电话(04)2255-6677", ["(04)2255-6677"]),
        ("高雄办公室电话07-345-6789", ["07-345-6789"]),
        ("台湾手机 0912 345 678", ["0912 345 678"]),
        ("编号(852) 2877 3300", []),
        ("Phone: (212) 555-0147", ["(212) 555-0147"]),   # a North American area code, not Morocco's +212
        # an extension: 转分机, 转, 分机, the whole span
        ("总机0755-83216549转分机612", ["0755-83216549转分机612"]),
        ("总机0755-83216549转612", ["0755-83216549转612"]),
        ("前台0755-83216549分机612", ["0755-83216549分机612"]),
        # a mobile written digit by digit, one separator throughout
        ("手机1 8 6 3 3 2 1 0 4 5 7", ["1 8 6 3 3 2 1 0 4 5 7"]),
        ("电话1-8-6-3-3-2-1-0-4-5-7", ["1-8-6-3-3-2-1-0-4-5-7"]),
        ("分数1 8 6 3 3 2 1 0 4 5 7 9", []),
        ("1 8 6 3-3 2 1 0 4 5 7", []),
    ],
)
def test_phone_forms(scanner, text, expected, found):
    assert found(scanner.scan(text), "PHONE_NUMBER") == expected


@pytest.mark.parametrize(
    "text",
    [
        # toll-free and company hotlines, however they are grouped
        "全国服务热线800-810-8888",
        "客服电话400-670-5518",
        "热线 400 670 5518 工作日接听",
        "Call our toll-free line (800) 555-0199.",
        # amounts: a currency unit after the number, or an amount word before it
        "全县教育支出18623456789元",
        "累计拨付资金13523456789万元",
        "项目总额13723456789",
        "共募集￥15123456789",
        # IPv4 addresses
        "打印机地址为192.168.20.251",
        "网关 172.16.100.254，子网掩码255.255.255.0",
    ],
)
def test_not_personal_phones(scanner, text, found):
    assert found(scanner.scan(text), "PHONE_NUMBER") == []


def test_a_phone_word_keeps_a_number_next_to_an_amount_word(scanner, found):
    assert found(scanner.scan("报销金额请联系电话13523456789"), "PHONE_NUMBER") == ["13523456789"]


@pytest.mark.parametrize(
    ("digits", "toll_free"),
    [("8008108888", True), ("4006705518", True), ("18005550199", True), ("864006705518", True),
     ("8001234", False), ("40067055181", False), ("02162345678", False)],
)
def test_is_toll_free(digits, toll_free):
    assert is_toll_free(digits) is toll_free


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("地址192.168.20.251", "地址192.168.20.251"),   # an IPv4 address stays dotted
        ("手机139.2345.6789", "手机13923456789"),       # a dotted phone is joined
        ("999.168.20.251", "99916820251"),              # not an address (999 > 255)
    ],
)
def test_ipv4_addresses_are_not_joined(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("My WeChat ID is sunny_lee07.", "WECHAT_ID", ["sunny_lee07"]),
        ("His WeChat account: river-stone9", "WECHAT_ID", ["river-stone9"]),
        ("WeChat: moonlight_22", "WECHAT_ID", ["moonlight_22"]),
        ("We often use WeChat groups for notices.", "WECHAT_ID", []),
        ("My QQ number is 63018472.", "QQ_NUMBER", ["63018472"]),
        ("QQ ID: 730184726", "QQ_NUMBER", ["730184726"]),
        ("QQ: 730184726", "QQ_NUMBER", ["730184726"]),
        ("Our QQ group has 35000 members.", "QQ_NUMBER", []),
    ],
)
def test_english_contact_cues(scanner, text, etype, expected, found):
    assert found(scanner.scan(text), etype) == expected

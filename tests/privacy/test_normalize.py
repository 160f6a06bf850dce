import pytest

from privacy.normalize import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("电话13812345678", "电话13812345678"),
        ("电话１３８１２３４５６７８", "电话13812345678"),
        ("1３8\u200b1234 5678", "138" + "1234 5678"),
        ("ｗｘ：ａｂｃ＿１２３", "wx：abc_123"),  # full-width colon kept, letters folded
        ("张某某，女，\u3000３５岁", "张某某，女， 35岁"),
        ("", ""),
    ],
)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "needle"),
    [
        ("电话：１３８\u200b１２３４５６７８。", "13812345678"),
        ("\ufeff邮箱ａｂ＠１６３．ｃｏｍ", "ab@163.com"),
        ("身份证１３０６０２１９８７１１２５４５２７", "130602198711254527"),
    ],
)
def test_spans_map_back_to_the_original(original, needle):
    norm = normalize(original)
    start = norm.text.index(needle)
    o_start, o_end = norm.span(start, start + len(needle))
    assert normalize(original[o_start:o_end]).text == needle
    assert not original[o_start:o_end].startswith("\u200b") and not original[o_start:o_end].endswith("\u200b")


def test_unchanged_text_has_no_map():
    assert normalize("普通的中文文本，没有全角数字。").index is None


# --- Unicode-wide normalisation (issue 15) -------------------------------------------------
import unicodedata  # noqa: E402

from models.errors import InputTooLarge  # noqa: E402
from privacy.masking import STYLES, mask_text  # noqa: E402
from privacy.normalize import digit_value, is_invisible  # noqa: E402


@pytest.mark.parametrize(
    "original, expected",
    [
        ("139\u202e1234\u202c5678", "13912345678"),  # bidi controls (Cf)
        ("138\u20611234\u20625678", "13812345678"),  # invisible operators (Cf)
        ("1\u034f3\u034f9", "139"),  # combining grapheme joiner
        ("1\ufe0f3\ufe0f9", "139"),  # variation selector
        ("139\u31641234", "1391234"),  # Hangul filler
        ("\u0661\u0663\u0669", "139"),  # Arabic-Indic digits
        ("\u0967\u0969\u096f", "139"),  # Devanagari digits
        ("一三九一二三四五六七八", "13912345678"),  # a run of Chinese numerals
        ("一二三", "一二三"),  # a short run stays words
        ("138.3112.4567", "13831124567"),  # dots inside a long digit run
        ("138/3112/4567", "13831124567"),
        ("130102  19850312  4501", "130102198503124501"),  # double spaces
        ("增收1.8万元", "增收1.8万元"),  # a decimal is not a digit run
        ("2024.11.26", "2024.11.26"),  # a date has too few digits
        ("全國婦聯", "全国妇联"),  # traditional script matched as simplified
    ],
)
def test_unicode_normalisation(original, expected):
    assert normalize(original).text == expected


def test_every_format_character_is_invisible():
    cf = [chr(cp) for cp in range(0x10000) if unicodedata.category(chr(cp)) == "Cf"]
    assert cf and all(is_invisible(ch) for ch in cf)


def test_every_scripts_digits_have_a_value():
    zeros = [cp for cp in range(0x10000) if unicodedata.decimal(chr(cp), None) == 0]
    assert len(zeros) > 30 and all(digit_value(chr(cp + 9)) == "9" for cp in zeros)


def test_spans_map_back_over_dropped_characters():
    text = "电话139\u202e1234\u202c5678。"
    norm = normalize(text)
    start = norm.text.index("13912345678")
    assert norm.span(start, start + 11) == (2, 2 + len("139\u202e1234\u202c5678"))


def test_size_limit_applies_after_normalisation():
    from privacy.scanner import build_scanner

    scanner = build_scanner("rules", max_chars=100)
    with pytest.raises(InputTooLarge):
        scanner.scan("\ufdfa" * 10)  # 10 characters that expand to 180


@pytest.mark.parametrize(
    "value, etype",
    [
        ("139\u202e1234\u202c5678", "PHONE_NUMBER"),
        ("１３９１２３４５６７８", "PHONE_NUMBER"),
        ("一三九一二三四五六七八", "PHONE_NUMBER"),
        ("\u0661\u0663\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", "PHONE_NUMBER"),
        ("130102\u200b19850312\u200b4501", "CN_ID_CARD"),
        ("6217  0001  3000  4456", "CN_BANK_CARD"),
    ],
)
@pytest.mark.parametrize("style", STYLES)
def test_obfuscated_numbers_are_masked_through(scanner, value, etype, style):
    word = {"PHONE_NUMBER": "联系电话", "CN_ID_CARD": "身份证号", "CN_BANK_CARD": "银行卡号"}[etype]
    text = f"申请人王某某，{word}{value}。"
    found = scanner.scan(text)["entities"]
    assert [e["type"] for e in found if e["text"] == value] == [etype]
    masked = mask_text(text, found, style)
    rep = next(e["replacement"] for e in masked["entities"] if e["type"] == etype)
    shown = sum(digit_value(c) is not None for c in rep.split("[")[0]) if style != "placeholder" else 0
    kept = {"PHONE_NUMBER": 7, "CN_ID_CARD": 7, "CN_BANK_CARD": 8}[etype] if style == "chinese" else 0
    assert shown <= kept and not any(is_invisible(c) for c in rep)


def test_full_width_phone_masked_as_a_mobile():
    from privacy.masking import mask_phone

    assert mask_phone("１３９１２３４５６７８") == "１３９****５６７８"


def test_compound_surname_written_apart_is_masked_whole():
    from privacy.masking import mask_person

    assert mask_person("欧阳 晓翠") == "欧阳某某"

"""CN_ID_CARD: resident identity card numbers (GB 11643-1999), 18 digits and legacy 15."""

from __future__ import annotations

import datetime as dt

import regex as re

from presidio_analyzer import Pattern

from privacy.recognizers.base import NUMBER_WORDS, ContextPatternRecognizer

# First two digits of the administrative division code (GB/T 2260): provinces,
# autonomous regions, municipalities, plus 71 Taiwan, 81 Hong Kong, 82 Macau, and 83 for the
# residence permits of Taiwan residents (830000 + birth date, GB 11643 check digit).
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_ID_WORDS = re.compile("身份|证件|居住证|通行证")  # a word that names an ID, next to a code word
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _check_digit(first17: str) -> str:
    """GB 11643 MOD 11-2: ``(12 - sum(d_i * w_i) mod 11) mod 11``, 10 written as ``X``.

    The weights are ``2**(17-i) mod 11`` for positions i = 0..16.
    """
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def birth_date(number: str) -> dt.date | None:
    """The birth date encoded in an 18- or 15-digit ID number, or None if not a real date."""
    digits = number.upper()
    try:
        if len(digits) == 18:
            return dt.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
        if len(digits) == 15:
            return dt.date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))
    except ValueError:
        return None
    return None


def is_valid_id(number: str, today: dt.date | None = None) -> bool:
    """Province code, a real birth date in the past and, for 18 digits, the check digit."""
    if not is_id_shaped(number, today):
        return False
    digits = number.upper()
    if len(digits) == 18:
        return digits[:17].isdigit() and _check_digit(digits[:17]) == digits[17]
    return digits.isdigit()


def is_id_shaped(number: str, today: dt.date | None = None) -> bool:
    """Province code and a real birth date in the past (the check digit not looked at)."""
    digits = number.upper()
    if len(digits) not in (15, 18) or digits[:2] not in PROVINCE_CODES:
        return False
    if len(digits) == 18 and not digits[:17].isdigit():
        return False
    born = birth_date(digits)
    return born is not None and born.year >= 1900 and born <= (today or dt.date.today())


def code_word_vetoes(code_words: re.Pattern, text: str, start: int, window: int) -> bool:
    """A code word just before the number vetoes it, unless an ID word names the number after it or
    right before it (身份证编号, 证件编号: the code word only says "number")."""
    last = None
    for m in code_words.finditer(text, max(0, start - window), start):
        last = m
    if last is None:
        return False
    return not _ID_WORDS.search(text, max(0, last.start() - 5), start)


class CnIdCardRecognizer(ContextPatternRecognizer):
    """A valid ID (check digit included) is reported at full score. A number shaped like an
    ID (province, birth date) whose check digit is wrong -- a typo, or a number written by
    hand -- keeps the low pattern score, so it is reported only next to an ID context word
    (身份证号 ...), which the context enhancer adds; anything else is dropped.
    """

    ENTITY = "CN_ID_CARD"
    PATTERNS = [
        Pattern(
            "id18 (digits in any groups split by single spaces or dashes: 6-8-4, 6-4-4-4, 4-4-4-4-2)",
            r"(?<![0-9A-Za-z])\d(?:[ -]?\d){16}[ -]?[0-9Xx](?![0-9A-Za-z])",
            0.3,
        ),
        Pattern("id15 (legacy)", r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])", 0.2),
    ]
    CONTEXT = ["身份证", "证件号", "公民身份号码", "身份号码", "身份证号", "居住证"]
    # a number right after a word that names another kind of number (订单号, 快递单号, 编号 ...) is that
    # number, even where its digits happen to pass the ID check (one in eleven does)
    NEGATIVE_BEFORE = NUMBER_WORDS

    def vetoed(self, text: str, start: int, end: int) -> bool:
        return code_word_vetoes(self._negative_before, text, start, self.NEGATIVE_WINDOW)

    def __init__(self, supported_language: str = "zh", today: dt.date | None = None):
        super().__init__(supported_language)
        self.today = today  # the day a birth date must not be after; None reads the clock

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = self.digits(pattern_text)
        if is_valid_id(digits, self.today):
            return True
        return None if len(digits) == 18 and is_id_shaped(digits, self.today) else False

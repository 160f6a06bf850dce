"""PHONE_NUMBER: Chinese mobiles (+86, spaces, dashes) and landlines with an area code.

Public service numbers (110, 12338, 12345, 95xxx) have no area code and no mobile prefix, so
neither pattern matches them; a toll-free number (400/800 and seven digits, 800-555-0132 in North
America too) is a company's, never a person's, and is vetoed however it is written. So is a number
that the text shows to be an amount (a currency unit right after it, an amount word right before).
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
import regex as re
from presidio_analyzer import Pattern

from privacy.context import words_regex
from privacy.recognizers.base import ContextPatternRecognizer

# group separators: space, hyphen and the dashes people type instead (en dash, em dash, minus sign)
_SEP = "[ \\-\u2010-\u2015\u2212]"
# an extension after the number: -123, 转8021, 转分机317, 分机 12, ext. 12
_EXT_WORD = r"(?:转分机|转|分机号?|ext\.?)"
_EXT = re.compile(rf"(?:[-\u2010-\u2015\u2212]|{_SEP}?{_EXT_WORD}\s?)\d{{1,5}}$", re.IGNORECASE)
# separators between the digits of a mobile written digit by digit (1 3 9 1 2 ..., 1-3-9-1-2 ...)
_DIGIT_SEP = "[ \\-_/|*~\u00b7\u2010-\u2015\u2212]"

# a number that is an amount: a currency unit right after it, or an amount word right before it
_AMOUNT_AFTER = re.compile(r"\s*(?:[万亿千百]*(?:元(?!旦)|块钱?)|万|亿|美元|港元|港币|人民币|RMB|CNY)", re.IGNORECASE)
_AMOUNT_BEFORE = words_regex([
    "金额", "资金", "款项", "拨款", "善款", "支出", "收入", "预算", "合计", "共计", "总计", "总额", "费用", "营收",
    "产值", "投资", "￥", "¥", "$", "人民币", "RMB", "CNY",
])
AMOUNT_WINDOW = 6
# digits and the single separators between them: the whole number a match is part of
_NUMBER_RUN_CHAR = re.compile(r"\d|[ \-\u2010-\u2015\u2212()（）](?=\d)")


def _whole_number(text: str, start: int, end: int) -> str:
    """The digits of the number the match is part of, with the digits and separators around it."""
    while start > 0 and (text[start - 1].isdigit() or (start > 1 and text[start - 2].isdigit() and
                                                        _NUMBER_RUN_CHAR.match(text, start - 1))):
        start -= 1
    while end < len(text) and _NUMBER_RUN_CHAR.match(text, end):
        end += 1
    return "".join(ch for ch in text[start:end] if ch.isdigit())


def is_toll_free(digits: str) -> bool:
    """400/800 and seven digits (a company's hotline in China, toll-free in North America), with or
    without a country code."""
    for code in ("86", "1"):
        if digits.startswith(code) and len(digits) == 10 + len(code):
            digits = digits[len(code):]
    return len(digits) == 10 and digits.startswith(("400", "800"))


def not_a_personal_phone(text: str, start: int, end: int, phone_words: re.Pattern | None) -> bool:
    """A toll-free number, or a number that the words around it show to be an amount."""
    if is_toll_free(_whole_number(text, start, end)):
        return True
    if _AMOUNT_AFTER.match(text, end):
        return True
    lo = max(0, start - AMOUNT_WINDOW)
    if _AMOUNT_BEFORE.search(text, lo, start):
        return not (phone_words is not None and phone_words.search(text, lo, start))
    return False


@lru_cache(maxsize=4096)
def _valid_cn(digits: str) -> bool:
    """A number the metadata lists for China (digits of the national number)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "CN"))
    except phonenumbers.NumberParseException:
        return False


class CnPhoneRecognizer(ContextPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        Pattern(
            "mobile",
            rf"(?<![0-9])(?:(?:(?:\+|00)?86{_SEP}?|[(（](?:\+|00)?86[)）]{_SEP}?)?1[3-9]\d|[(（]1[3-9]\d[)）])"
            rf"{_SEP}?\d{{4}}{_SEP}?\d{{4}}(?![0-9])",
            0.6,
        ),
        Pattern(
            "mobile written digit by digit (1 3 9 1 2 3 4 5 6 7 8, 1-3-9-...): one separator throughout",
            rf"1(?<![0-9]{_DIGIT_SEP}?1)(?P<sep>{_DIGIT_SEP})[3-9](?:(?P=sep)\d){{9}}(?![0-9]|(?P=sep)\d)",
            0.6,
        ),
        Pattern(
            "landline with area code",
            rf"(?<![0-9])(?:(?:\+|00)86{_SEP}?)?(?:[(（]0?\d{{2,3}}[)）]|0\d{{2,3}}){_SEP}?"
            # the local part as 3-4 + 4 digits, or a 7-digit one grouped 4-3 (0839 6621 354)
            rf"(?:[2-8]\d{{2,3}}{_SEP}?\d{{4}}|[2-8]\d{{3}}{_SEP}\d{{3}})"
            rf"(?:(?:{_SEP}|{_SEP}?{_EXT_WORD}\s?)\d{{1,5}})?(?![0-9])",
            0.4,
        ),
        Pattern(
            "landline in international form (+86 10 6234 5678: no trunk 0)",
            rf"(?:\+86|(?<![0-9])0086){_SEP}?[(（]?[1-9]\d{{1,2}}[)）]?{_SEP}?[2-8]\d{{2,3}}{_SEP}?\d{{4}}(?![0-9])",
            0.4,
        ),
    ]
    CONTEXT = ["电话", "手机", "联系方式", "联系", "致电", "热线", "座机", "号码", "tel", "拨打"]
    NEGATIVE_BEFORE = ["订单", "单号", "编号", "流水号", "运单", "快递"]
    NEGATIVE_WINDOW = 6

    def __init__(self, supported_language: str = "zh"):
        super().__init__(supported_language)
        # a mobile the metadata does not list needs a word that names a phone (号码 alone does not)
        self._context_before = words_regex([w for w in self.CONTEXT if w != "号码"])

    @staticmethod
    def national_digits(pattern_text: str) -> str:
        """The national number's digits: country code and extension taken off."""
        core = pattern_text.strip()
        digits = "".join(ch for ch in core if ch.isdigit())
        if core.lstrip("(（").startswith(("+86", "0086", "86")) and len(digits) > 11:
            digits = digits[2:] if digits.startswith("86") else digits[4:]
            if not digits.startswith(("0", "1")):
                digits = "0" + digits  # +86 10 6234 5678: the trunk 0 comes back
        return digits

    @staticmethod
    def _valid(pattern_text: str) -> bool:
        return _valid_cn(CnPhoneRecognizer.national_digits(pattern_text))

    def validate_result(self, pattern_text: str) -> bool | None:
        if self._valid(pattern_text):
            return True
        ext = _EXT.search(pattern_text)
        if ext is not None and self._valid(pattern_text[: ext.start()]):
            return True  # 021-62345678-123: a valid number and its extension
        digits = self.national_digits(pattern_text)
        # a well-formed mobile in a range the metadata does not list: kept next to a phone word only
        return None if len(digits) == 11 and digits.startswith("1") else False

    def vetoed(self, text: str, start: int, end: int) -> bool:
        if super().vetoed(text, start, end) or not_a_personal_phone(text, start, end, self._context_before):
            return True
        if self._context_before.search(text, max(0, start - self.CONTEXT_BEFORE), start):
            return False  # a phone word before it: kept whatever the range
        digits = self.national_digits(text[start:end])
        return len(digits) == 11 and digits.startswith("1") and not _valid_cn(digits)


# what stands between two numbers of one list: 、 ， , / 或 和 及 and spaces
_LIST_SEP = re.compile(r"\s*(?:[、，,/；;]|或|和|及|或者)\s*")
LISTED_SCORE = 0.5  # a listed number after a named one: above the analyzer's threshold


class CnLocalPhoneRecognizer(ContextPatternRecognizer):
    """Phone numbers the metadata cannot confirm, reported only right after a phone word.

    - a local number of 7 or 8 digits with no area code (联系电话83952271);
    - a landline whose local part has a length or first digit the metadata does not list for
      that area code ((0351)89082910, 010-12345678).
    Without a context word (电话, 手机 ...) within a few characters before, the low pattern
    score keeps them below the threshold, so statistics and codes are not touched.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        # 7 or 8 digits, whole or split once (8395 2271, 8395-2271, 662 1354)
        Pattern("local number without area code",
                rf"(?<![0-9A-Za-z.])[2-8](?:\d{{6,7}}|\d{{2,3}}{_SEP}\d{{4}})(?![0-9A-Za-z]|\.\d|{_SEP}\d)", 0.05),
        Pattern(
            "landline, local part not in the metadata",
            # with the area code set off, any local part, whole or split once (test data writes
            # 010-12345678; (0743)8512 6630, 0743 8512 6630)
            rf"(?<![0-9A-Za-z])(?:(?:[(（]0\d{{2,3}}[)）]{_SEP}?|0\d{{2,3}}{_SEP})(?:\d{{7,8}}|\d{{3,4}}{_SEP}\d{{4}})"
            rf"|0\d{{2,3}}[2-8]\d{{6,7}})(?![0-9A-Za-z]|{_SEP}\d)",
            0.05,
        ),
    ]
    CONTEXT = ["电话", "手机", "联系方式", "座机", "号码", "致电", "拨打", "传真", "tel", "Tel", "TEL"]
    CONTEXT_BEFORE = 6
    CONTEXT_AFTER = 0
    NEGATIVE_BEFORE = CnPhoneRecognizer.NEGATIVE_BEFORE
    NEGATIVE_WINDOW = 6

    def validate_result(self, pattern_text: str) -> bool | None:
        return None  # the context word decides

    def vetoed(self, text: str, start: int, end: int) -> bool:
        return super().vetoed(text, start, end) or not_a_personal_phone(text, start, end, self.context_regex)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """A number listed right after one that a phone word introduces (联系电话83952271、83952272) is a
        phone too: the word before the list names every number of it."""
        results = sorted(super().analyze(text, entities, nlp_artifacts, regex_flags), key=lambda r: r.start)
        named_end = -1  # the end of the last number a phone word (or the list it opens) names
        for r in results:
            if self.context_regex is not None and self.context_regex.search(text, max(0, r.start - self.CONTEXT_BEFORE), r.start):
                named_end = r.end
            elif named_end >= 0 and _LIST_SEP.fullmatch(text, named_end, r.start):
                r.score = max(r.score, LISTED_SCORE)
                named_end = r.end
        return results


class InternationalPhoneRecognizer(ContextPatternRecognizer):
    """Numbers of other countries: written with + and a country code (+1 415 555 0132, +852 2123 4567),
    valid in phonenumbers' metadata; or in the North American form ((415) 555-0132, 415-555-0132),
    valid for the US and reported only next to a phone word.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        Pattern(
            "+country code (not +86)",
            r"\+(?<![0-9A-Za-z+]\+)(?!86)[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,4}\)?){2,5}(?![0-9])",
            0.6,
        ),
        Pattern("North American form", r"(?<![0-9A-Za-z])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![0-9])", 0.05),
        # the country code in brackets without + ((852) 2123 4567, （886）2-2345-6789): valid for that
        # country, reported next to a phone word
        Pattern(
            "country code in brackets",
            rf"[(（](?<![0-9A-Za-z].)(?:\+|00)?(?!86[)）])[1-9]\d{{1,2}}[)）]{_SEP}?\d{{1,4}}(?:{_SEP}?\d{{2,4}}){{1,3}}(?![0-9])",
            0.05,
        ),
        # Taiwan: a trunk 0 and a one- or two-digit area code ((04)2255-6677, 07-345-6789), or a mobile
        # 09xx xxx xxx, valid in Taiwan's metadata, reported next to a phone word
        Pattern(
            "Taiwan number with its trunk 0",
            rf"(?=[(（0])(?<![0-9A-Za-z])(?:(?:[(（]0[1-9]\d?[)）]{_SEP}?|0[1-8]\d?{_SEP})\d{{3,4}}{_SEP}?\d{{4}}"
            rf"|09\d{{2}}{_SEP}?\d{{3}}{_SEP}?\d{{3}})(?![0-9])",
            0.05,
        ),
    ]
    CONTEXT = ["phone", "Phone", "call", "Call", "tel", "Tel", "TEL", "cell", "mobile", "电话", "手机", "致电", "拨打"]
    CONTEXT_BEFORE = 16
    CONTEXT_AFTER = 0

    def vetoed(self, text: str, start: int, end: int) -> bool:
        return super().vetoed(text, start, end) or not_a_personal_phone(text, start, end, self.context_regex)

    def validate_result(self, pattern_text: str) -> bool | None:
        text = pattern_text.strip()
        if text[:1] in "(（" and not text[1:].startswith("+"):
            return self._validate_unmarked(text)
        if text.startswith("0") and not text.startswith("00"):
            return None if _valid_in(text, "TW") else False
        try:
            number = phonenumbers.parse(text, None if text.startswith("+") else "US")
        except phonenumbers.NumberParseException:
            return False
        if not phonenumbers.is_valid_number(number):
            return False
        return True if text.startswith("+") else None  # the North American form: the phone word decides

    @staticmethod
    def _validate_unmarked(text: str) -> bool | None:
        """A bracketed code: a North American area code ((212) 555-0147), a country code ((852) ...) or
        Taiwan's trunk 0 and area code ((04) ...)."""
        digits = "".join(ch for ch in text if ch.isdigit())
        if _valid_in(digits, "US"):
            return None
        if digits.startswith("00"):
            digits = digits[2:]
        if digits.startswith("0"):
            return None if _valid_in(digits, "TW") else False
        return None if _valid_in("+" + digits, None) else False


@lru_cache(maxsize=1024)
def _valid_in(number: str, region: str | None) -> bool:
    """A number the metadata lists for ``region`` (None: the + and country code say which)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False

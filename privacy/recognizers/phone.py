"""PHONE_NUMBER: Chinese mobiles (+86, spaces, dashes) and landlines with an area code.

Public service numbers (110, 12338, 12345, 95xxx, 400/800) have no area code and no mobile
prefix, so neither pattern matches them.
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
# an extension after the number: -123, 转8021, ext. 12
_EXT = re.compile(r"(?:[-\u2010-\u2015\u2212]|转|分机|ext\.?\s?)\d{1,5}$", re.IGNORECASE)


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
            rf"(?<![0-9])(?:(?:\+|00)?86{_SEP}?|[(（](?:\+|00)?86[)）]{_SEP}?)?1[3-9]\d{_SEP}?\d{{4}}{_SEP}?\d{{4}}(?![0-9])",
            0.6,
        ),
        Pattern(
            "landline with area code",
            rf"(?<![0-9])(?:(?:\+|00)86{_SEP}?)?(?:[(（]0?\d{{2,3}}[)）]|0\d{{2,3}}){_SEP}?"
            # the local part as 3-4 + 4 digits, or a 7-digit one grouped 4-3 (0839 6621 354)
            rf"(?:[2-8]\d{{2,3}}{_SEP}?\d{{4}}|[2-8]\d{{3}}{_SEP}\d{{3}})"
            rf"(?:(?:{_SEP}|转|分机)\d{{1,5}})?(?![0-9])",
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
        if super().vetoed(text, start, end):
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
    ]
    CONTEXT = ["phone", "Phone", "call", "Call", "tel", "Tel", "TEL", "cell", "mobile", "电话", "手机", "致电", "拨打"]
    CONTEXT_BEFORE = 16
    CONTEXT_AFTER = 0

    def validate_result(self, pattern_text: str) -> bool | None:
        text = pattern_text.strip()
        try:
            number = phonenumbers.parse(text, None if text.startswith("+") else "US")
        except phonenumbers.NumberParseException:
            return False
        if not phonenumbers.is_valid_number(number):
            return False
        return True if text.startswith("+") else None  # the North American form: the phone word decides

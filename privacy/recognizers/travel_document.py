"""Travel and residence documents other than the resident ID card, reported as CN_ID_CARD (an identity
document number): passports (E12345678, EA1234567, G12345678), 往来港澳通行证 (C12345678, CA1234567),
港澳居民来往内地通行证 (H/M + 8 or 10 digits) and 台湾居民来往大陆通行证 (台胞证, 8 digits).

Also: service passports (公务护照 P, and S/D) with 7 or 8 digits, 大陆居民往来台湾通行证 (L + 8 digits), and the
identity cards of Hong Kong (A123456(7), XA123456(7)), Macau (1234567(8)) and Taiwan (A123456789).

A letter and eight digits is also a product or order code, so a number is reported only next to a word
that names the document (护照, 通行证, 回乡证, 台胞证, passport): the low pattern score keeps the rest
below the threshold. Where the document has a check digit it decides instead: a Hong Kong number written
with its bracketed check digit is reported when the digit is right; a Taiwan number (one letter in ten of
random codes pass its checksum) and a Hong Kong number without brackets still need an ID word; Macau's
check digit is not published, so a Macau number always needs one.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from privacy.recognizers.base import NUMBER_WORDS, ContextPatternRecognizer
from privacy.recognizers.id_card import code_word_vetoes

_LETTER = "[A-HJ-NP-Z]"  # I and O are not used in document numbers


class TravelDocumentRecognizer(ContextPatternRecognizer):
    ENTITY = "CN_ID_CARD"
    PATTERNS = [
        Pattern(
            "passport or permit: a letter and 8 digits, P/S/D and 7, two letters and 7, or H/M and 8 or 10 digits",
            # the letter first (the scan skips to it), then what stands before it
            rf"[EGDSPCWLHM](?<![0-9A-Za-z].)"
            rf"(?:(?<=[EGDSPCWL])\d{{8}}|(?<=[DSP])\d{{7}}|(?<=[EC]){_LETTER}\d{{7}}|(?<=[HM])\d{{8}}(?:\d{{2}})?)"
            rf"(?![0-9A-Za-z])",
            0.05,
        ),
        # the digits first, the document word looked back for only where eight digits stand (fast)
        Pattern("台胞证 (8 digits)", r"(?<![0-9A-Za-z])\d{8}(?![0-9A-Za-z])(?<=台胞证[^\n，。；]{0,8}\d{8})", 0.05),
    ]
    CONTEXT = ["护照", "通行证", "回乡证", "台胞证", "passport", "Passport", "证件号"]
    CONTEXT_BEFORE = 16
    CONTEXT_AFTER = 0

    def validate_result(self, pattern_text: str) -> bool | None:
        return None  # the document word decides


# letter values of the Hong Kong check digit (A=10 ... Z=35; a one-letter number counts a space as 36)
_HK_SPACE = 36
# letter values of the Taiwan ID (A=10 ... H=17, then the letters added later: I=34, O=35, W=32 ...)
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def _letter_value(ch: str) -> int:
    return ord(ch.upper()) - ord("A") + 10


def hk_id_valid(number: str) -> bool:
    """Hong Kong identity card: 1 or 2 letters, 6 digits and a check digit (0-9 or A) such that the
    weighted sum (weights 9..1 over the 8 leading characters and the check value) is divisible by 11."""
    m = re.fullmatch(r"([A-Za-z]{1,2})(\d{6})[(（]?([0-9Aa])[)）]?", number)
    if m is None:
        return False
    letters, digits, check = m.groups()
    values = ([_HK_SPACE] if len(letters) == 1 else []) + [_letter_value(c) for c in letters] + [int(d) for d in digits]
    check_value = 10 if check in "Aa" else int(check)
    total = sum(v * w for v, w in zip(values, range(9, 1, -1))) + check_value
    return total % 11 == 0


def tw_id_valid(number: str) -> bool:
    """Taiwan national ID: a letter, 1 or 2, 7 digits and a check digit; the letter's two-digit value
    weighted 1 and 9, the digits 8..1, the check digit 1: the sum is divisible by 10."""
    if re.fullmatch(r"[A-Za-z][12]\d{8}", number) is None:
        return False
    value = _TW_LETTERS[number[0].upper()]
    digits = [int(d) for d in number[1:]]
    total = value // 10 + (value % 10) * 9 + sum(d * w for d, w in zip(digits, range(8, 0, -1))) + digits[-1]
    return total % 10 == 0


class RegionalIdRecognizer(ContextPatternRecognizer):
    """Identity cards of Hong Kong, Macau and Taiwan (see the module docstring for when each is reported)."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = [
        Pattern("Hong Kong ID, check digit in brackets", r"[A-Z](?<![0-9A-Za-z].)(?:[A-Z])?\d{6}[(（][0-9A][)）]", 0.05),
        Pattern("Hong Kong ID, check digit run on", r"[A-Z](?<![0-9A-Za-z].)(?:[A-Z])?\d{6}[0-9A](?![0-9A-Za-z])", 0.05),
        Pattern("Macau ID", r"[157](?<![0-9A-Za-z].)\d{6}[(（]\d[)）]", 0.05),
        Pattern("Taiwan ID", r"[A-Z](?<![0-9A-Za-z].)[12]\d{8}(?![0-9A-Za-z])", 0.05),
    ]
    CONTEXT = ["身份证", "身分证", "身份證", "身分證", "证件号", "證件號", "统一编号", "統一編號", "字号", "字號",
               "ID card", "Taiwan ID", "HKID", "Hong Kong ID", "Macau ID", "national ID", "ID No", "ID number"]
    CONTEXT_BEFORE = 16
    CONTEXT_AFTER = 0
    NEGATIVE_BEFORE = NUMBER_WORDS

    def vetoed(self, text: str, start: int, end: int) -> bool:
        return code_word_vetoes(self._negative_before, text, start, self.NEGATIVE_WINDOW)

    def validate_result(self, pattern_text: str) -> bool | None:
        text = pattern_text.strip()
        if re.fullmatch(r"\d{7}[(（]\d[)）]", text):
            return None  # Macau: no published check digit, the ID word decides
        if re.fullmatch(r"[A-Za-z][12]\d{8}", text) and tw_id_valid(text):
            return None  # Taiwan: one code in ten passes, the ID word decides
        if not hk_id_valid(text):
            return False
        return True if text[-1] in ")）" else None  # run on: the ID word decides

"""PHONE_NUMBER: Chinese mobiles (+86, spaces, dashes) and landlines with an area code.

Public service numbers (110, 12338, 12345, 95xxx, 400/800) have no area code and no mobile
prefix, so neither pattern matches them.
"""

from __future__ import annotations

import phonenumbers
from presidio_analyzer import Pattern

from privacy.recognizers.base import ContextPatternRecognizer


class CnPhoneRecognizer(ContextPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        Pattern(
            "mobile",
            r"(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9])",
            0.6,
        ),
        Pattern(
            "landline with area code",
            r"(?<![0-9])(?:(?:\+|00)86[ -]?)?(?:[(（]0?\d{2,3}[)）]|0\d{2,3})[ -]?[2-8]\d{2,3}[ -]?\d{4}"
            r"(?:(?:-|转)\d{1,5})?(?![0-9])",
            0.4,
        ),
    ]
    CONTEXT = ["电话", "手机", "联系方式", "联系", "致电", "热线", "座机", "号码", "tel", "拨打"]
    NEGATIVE_BEFORE = ["订单", "单号", "编号", "流水号", "运单", "快递"]
    NEGATIVE_WINDOW = 6

    def validate_result(self, pattern_text: str) -> bool | None:
        core = pattern_text.split("转")[0]
        digits = "".join(ch for ch in core if ch.isdigit())
        if pattern_text.lstrip().startswith(("+86", "0086", "86")) and len(digits) > 11:
            digits = digits[2:] if digits.startswith("86") else digits[4:]
        try:
            number = phonenumbers.parse(digits, "CN")
        except phonenumbers.NumberParseException:
            return False
        if phonenumbers.is_valid_number(number):
            return True
        # a well-formed mobile in a range the metadata does not list yet: keep the pattern score
        return None if len(digits) == 11 and digits.startswith("1") else False


class CnLocalPhoneRecognizer(ContextPatternRecognizer):
    """Phone numbers the metadata cannot confirm, reported only right after a phone word.

    - a local number of 7 or 8 digits with no area code (联系电话83952271);
    - a landline whose local part has a length the metadata does not list for that area
      code ((0351)89082910).
    Without a context word (电话, 手机 ...) within a few characters before, the low pattern
    score keeps them below the threshold, so statistics and codes are not touched.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        Pattern("local number without area code", r"(?<![0-9A-Za-z])[2-8]\d{6,7}(?![0-9A-Za-z])", 0.05),
        Pattern(
            "landline, local part not in the metadata",
            r"(?<![0-9A-Za-z])(?:[(（]0\d{2,3}[)）]|0\d{2,3}[ -]?)[2-8]\d{6,7}(?![0-9A-Za-z])",
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

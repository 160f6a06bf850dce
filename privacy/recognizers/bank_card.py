"""CN_BANK_CARD: payment card numbers, 16-19 digits, Luhn-valid, plain or in spaced groups; 14 or 15
digits (Diners, American Express) only next to a card word.

A Luhn-valid number after a word that names another kind of code (序列号, 条码, 身份证号 ...) is that
code: one in ten random numbers passes the Luhn check.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import luhn
from stdnum.cn import uscc

from privacy.recognizers.base import NUMBER_WORDS, ContextPatternRecognizer

BANK_CONTEXT = ["银行卡", "卡号", "银行", "账号", "帐号", "账户", "帐户", "储蓄卡", "借记卡", "信用卡", "社保卡", "开户"]


class CnBankCardRecognizer(ContextPatternRecognizer):
    ENTITY = "CN_BANK_CARD"
    PATTERNS = [
        # 16-19 digits (groups of 4 allowed); or 14-15 (Diners, American Express: 4-6-4/5), whose
        # Luhn check leaves the pattern score, below the threshold without a card word
        Pattern(
            "card 16-19 digits (groups of 4), or 14-15 digits (4-6-4/5)",
            r"(?<![0-9])[1-9]\d{3}(?:(?:[ -]?\d{4}){2}[ -]?\d{4}(?:[ -]?\d{1,3})?|[ -]?\d{6}[ -]?\d{4,5})(?![0-9])",
            0.3,
        ),
    ]
    CONTEXT = BANK_CONTEXT + ["card", "Amex", "American Express", "卡"]
    NEGATIVE_BEFORE = NUMBER_WORDS + ["身份证", "证件号", "身份号码", "护照", "居住证"]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        if len(digits) == 18 and uscc.is_valid(digits):
            return False  # a unified social credit code (two check characters of its own), not a card
        if len(digits) in (14, 15):
            return None if luhn.is_valid(digits) else False  # the card word decides
        return 16 <= len(digits) <= 19 and luhn.is_valid(digits)

    def vetoed(self, text: str, start: int, end: int) -> bool:
        """A code word just before the number vetoes it, unless a bank word stands after that code
        word (身份证和银行卡6222...: the last word names the number)."""
        lo = max(0, start - self.NEGATIVE_WINDOW)
        last = None
        for m in self._negative_before.finditer(text, lo, start):
            last = m
        if last is None:
            return super().vetoed(text, start, end)
        return not self.context_regex.search(text, last.end(), start)

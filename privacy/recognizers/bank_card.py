"""CN_BANK_CARD: payment card numbers, 16-19 digits, Luhn-valid, plain or in spaced groups."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import luhn

from privacy.recognizers.base import ContextPatternRecognizer

BANK_CONTEXT = ["银行卡", "卡号", "银行", "账号", "帐号", "账户", "帐户", "储蓄卡", "借记卡", "信用卡", "社保卡", "开户"]


class CnBankCardRecognizer(ContextPatternRecognizer):
    ENTITY = "CN_BANK_CARD"
    PATTERNS = [
        Pattern(
            "card 16-19 digits (groups of 4 allowed)",
            r"(?<![0-9])[1-9]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{4}(?:[ -]?\d{1,3})?(?![0-9])",
            0.3,
        ),
    ]
    CONTEXT = BANK_CONTEXT
    NEGATIVE_BEFORE = ["订单", "单号", "编号", "流水号", "运单", "快递", "发票", "批次", "文号", "登记号", "证书"]

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        return 16 <= len(digits) <= 19 and luhn.is_valid(digits)

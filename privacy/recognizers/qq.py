"""QQ_NUMBER: QQ accounts, 5-11 digits, found only next to a context word (QQ, 扣扣)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from privacy.recognizers.base import STAT_SUFFIX, ContextPatternRecognizer


class QQRecognizer(ContextPatternRecognizer):
    ENTITY = "QQ_NUMBER"
    # A number glued to letters (QQ号：a123456789) is an account name, not a QQ number; only the
    # Q of "QQ" may touch it. The look-behind only pre-filters (a context word within 8 characters); the context
    # enhancer then scores the match.
    PATTERNS = [
        Pattern("qq number", r"(?=[1-9])(?<=(?:QQ|qq|扣扣|Q号|企鹅号)[^\n]{0,8})(?<![0-9_])(?<![A-PR-Za-pr-z])[1-9]\d{4,10}(?![0-9A-Za-z_])", 0.1),
        # an English sentence that names the account (My QQ number is ..., QQ ID: ...): the cue is longer
        # than the context window, so the pattern scores on its own
        Pattern(
            "qq number after an English cue",
            r"(?=[1-9])(?<=\bQQ\s+(?:number|account|ID|No\.?)\s*(?:is\s+|[:：]\s*))[1-9]\d{4,10}(?![0-9A-Za-z_])",
            0.5,
        ),
    ]
    CONTEXT = ["QQ", "扣扣", "Q号", "企鹅号"]
    CONTEXT_BEFORE = 8
    CONTEXT_AFTER = 0
    NEGATIVE_AFTER = STAT_SUFFIX

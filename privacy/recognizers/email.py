"""EMAIL_ADDRESS: e-mail addresses, also written with (at) / [at]."""

from __future__ import annotations

from presidio_analyzer import Pattern

from privacy.recognizers.base import ContextPatternRecognizer


class EmailRecognizer(ContextPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*"
            r"(?:@|\s?[(\[（]at[)\]）]\s?)"
            r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}(?![A-Za-z])",
            0.9,
        ),
    ]
    CONTEXT = ["邮箱", "邮件", "email", "e-mail", "电邮"]

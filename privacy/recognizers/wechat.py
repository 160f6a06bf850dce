"""WECHAT_ID: WeChat account names, found only next to a context word (微信, vx, wx...)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from privacy.recognizers.base import ContextPatternRecognizer

_PREFIX = r"(?:微信|weixin|wechat|vx|wx)(?:号|账号|帐号|号码|id)?\s*(?:[:：]|是|为)?\s*"


class WeChatRecognizer(ContextPatternRecognizer):
    """6-20 characters starting with a letter, or a mobile number written right after 微信."""

    ENTITY = "WECHAT_ID"
    PATTERNS = [
        # the look-behind only pre-filters (a context word within 10 characters); the
        # context enhancer then scores the match
        Pattern(
            "wechat id",
            r"(?<=(?:微信|weixin|wechat|vx|wx|加v)[^\n]{0,10})(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9_-]{5,19}(?![A-Za-z0-9_-])",
            0.1,
        ),
        Pattern("wechat id = mobile", rf"(?<={_PREFIX})1[3-9]\d{{9}}(?![0-9])", 0.6),
    ]
    CONTEXT = ["微信", "weixin", "wechat", "vx", "wx", "加v", "加V"]
    CONTEXT_BEFORE = 10
    CONTEXT_AFTER = 0

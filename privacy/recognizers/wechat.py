"""WECHAT_ID: WeChat account names, found only next to a context word (微信, vx, wx...)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from privacy.recognizers.base import ContextPatternRecognizer

_WORD = r"微信|weixin|wechat|vx|wx|加v"
# what stands between the word and the account: 号/账号/ID, a colon, 是/为, a bracket, spaces
_LINK = r"(?:号|账号|帐号|号码|id|名)?\s*(?:[:：]|是|为)?\s*[(（]?\s*"
# WeChat, the word that names the account, and "is" or a colon (My WeChat ID is ..., WeChat account: ...)
_ENGLISH_CUE = r"\b(?:wechat|weixin)\s+(?:id|account|name|number|no\.?)\s*(?:is\s+|[:：]\s*)"
_PREFIX = r"(?:微信|weixin|wechat|vx|wx)(?:号|账号|帐号|号码|id)?\s*(?:[:：]|是|为)?\s*"


class WeChatRecognizer(ContextPatternRecognizer):
    """6-20 characters starting with a letter, or a mobile number written right after 微信."""

    ENTITY = "WECHAT_ID"
    PATTERNS = [
        # the account right after the context word and its connector (微信号：, 微信是, vx: ); a word
        # further on is something the sentence says about WeChat (微信群里发了lecture的通知,
        # 微信公众号推送了Monday的活动). The context enhancer then scores the match
        Pattern(
            "wechat id",
            # after a Latin word and a bare space (WeChat groups, vx account) an account needs a digit, _ or -:
            # letters alone there are the next English word
            rf"(?=[A-Za-z])(?<=(?:{_WORD}){_LINK})(?<![A-Za-z0-9_-])(?:(?<![A-Za-z]\s+)|(?=[A-Za-z]*[0-9_-]))"
            rf"[A-Za-z][A-Za-z0-9_-]{{5,19}}(?![A-Za-z0-9_-])",
            0.1,
        ),
        Pattern("wechat id = mobile", rf"(?=1)(?<={_PREFIX})1[3-9]\d{{9}}(?![0-9])", 0.6),
        # an English sentence that names the account (My WeChat ID is ..., WeChat account: ...): the cue
        # is longer than the context window, so the pattern scores on its own
        Pattern(
            "wechat id after an English cue",
            rf"(?=[A-Za-z])(?<={_ENGLISH_CUE})(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9_-]{{5,19}}(?![A-Za-z0-9_-])",
            0.5,
        ),
    ]
    CONTEXT = ["微信", "weixin", "wechat", "vx", "wx", "加v", "加V"]
    CONTEXT_BEFORE = 10
    CONTEXT_AFTER = 0

"""What a channel version must look like, measured: length, paragraphs, hook line, and how far
it is from the report it came from. The norms are in ``phrases.yaml`` (``channels``).

These functions judge a text whoever wrote it (the rules or a language model); the eval
(``eval/polish.py``) and the language-model guardrails use them.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from assist.polishing.rules import phrases

TAG = re.compile(r"^#[^#\s]{1,12}#\s*")
_HOOK_BOX = re.compile(r"^【([^】]{2,40})】")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|▍)\S{2,10}$")


def norm(channel: str) -> dict:
    return phrases()["channels"][channel]


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of ``text``."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def hook_line(text: str) -> str:
    """The hook that opens ``text``, or '': a 【…】 box after a 微博 topic tag, or a first
    paragraph of at most 30 characters that ends in ！ or ？ or is a quotation."""
    first = next(iter(paragraphs(text)), "")
    first = TAG.sub("", first)
    m = _HOOK_BOX.match(first)
    if m:
        return m[1]
    if 0 < len(first) <= 30 and (first.endswith(("！", "？", "!", "?")) or re.fullmatch(r"“[^”]+”", first)):
        return first
    return ""


def body_paragraphs(text: str) -> list[str]:
    """Paragraphs that are not a section heading."""
    return [p for p in paragraphs(text) if not _HEADING.match(p)]


def within_norm(text: str, channel: str) -> bool:
    """Length within the channel's maximum, every paragraph within its maximum, a hook where due."""
    n = norm(channel)
    if not text.strip() or len(text) > n["max_chars"]:
        return False
    if n.get("max_paragraph") and any(len(p) > n["max_paragraph"] for p in paragraphs(text)):
        return False
    return bool(hook_line(text)) if n.get("hook") else True


def difference(report: str, version: str) -> float:
    """1 − the character matching ratio of the two texts (difflib): 0 identical, 1 nothing shared."""
    a, b = re.sub(r"\s", "", report), re.sub(r"\s", "", version)
    if not a and not b:
        return 0.0
    return round(1 - SequenceMatcher(None, a, b, autojunk=False).ratio(), 4)


def measure(version: str, channel: str, report: str) -> dict:
    """One version's figures: chars, paragraphs, mean paragraph length, within norm, hook, difference."""
    paras = body_paragraphs(version)
    return {
        "chars": len(version),
        "paragraphs": len(paras),
        "paragraph_chars": round(sum(map(len, paras)) / len(paras), 1) if paras else 0.0,
        "within_norm": within_norm(version, channel),
        "hook": bool(hook_line(version)),
        "difference": difference(report, version),
    }

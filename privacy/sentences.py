"""Sentence spans of Chinese text, for the tagger batch and sentence-level rules."""

from __future__ import annotations

import re
from functools import lru_cache

_END = re.compile(r"[。！？!?；;\n]+[”’」』）)]*")
_SOFT = re.compile(r"[，,、：:]")


@lru_cache(maxsize=4)
def sentence_spans(text: str, max_len: int = 200) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` spans covering ``text``; sentences longer than ``max_len`` are cut at commas.

    Cached (a few entries): the scanner's stages ask for the sentences of one text several times.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        spans.extend(_cut(text, start, m.end(), max_len))
        start = m.end()
    if start < len(text):
        spans.extend(_cut(text, start, len(text), max_len))
    return tuple(s for s in spans if s[1] - s[0] > 1 or not text[s[0]].isspace())


def _cut(text: str, start: int, end: int, max_len: int) -> list[tuple[int, int]]:
    out = []
    while end - start > max_len:
        cut = None
        for m in _SOFT.finditer(text, start + max_len // 2, start + max_len):
            cut = m.end()
        cut = cut or start + max_len
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out

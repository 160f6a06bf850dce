"""Sentence spans of Chinese text, for the tagger batch and sentence-level rules.

The text is split once, at sentence ends (``sentence_bounds``); each stage that wants shorter
pieces cuts those bounds at commas to its own length (``cut_spans``). ``privacy.prepared``
keeps both for one scan, so the stages of a scan share one split.
"""

from __future__ import annotations

import re

_END = re.compile(r"[。！？!?；;\n]+[”’」』）)]*")
_SOFT = re.compile(r"[，,、：:]")


def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of each sentence, uncut: they cover ``text`` end to end."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return tuple(bounds)


def cut_spans(text: str, bounds: tuple[tuple[int, int], ...], max_len: int = 200) -> tuple[tuple[int, int], ...]:
    """``bounds`` with sentences longer than ``max_len`` cut at commas; blank one-character pieces dropped."""
    spans: list[tuple[int, int]] = []
    for start, end in bounds:
        spans.extend(_cut(text, start, end, max_len))
    return tuple(s for s in spans if s[1] - s[0] > 1 or not text[s[0]].isspace())


def sentence_spans(text: str, max_len: int = 200) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` spans covering ``text``; sentences longer than ``max_len`` are cut at commas."""
    return cut_spans(text, sentence_bounds(text), max_len)


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

"""Split a document into sentence-sized pieces (start, end) for batched tagging.

A piece ends after 。！？!?；; or a line break (closing quotes and brackets stay with it).
A piece longer than ``max_len`` is cut after the last comma-like mark in its second half,
else at ``max_len``. Whitespace at either end of a piece is left out, and pieces of only whitespace are dropped. Training data is chunked the
same way (``data.chunk_sentence``), so the network sees inputs of the same shape.
"""

from __future__ import annotations

import re

MAX_LEN = 150
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;\n]+[”’」』）)]*|$)")
_SOFT = "，,、：:"


def split_text(text: str, max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        if start == end:
            continue
        while end - start > max_len:
            cut = -1
            for pos in range(start + max_len, start + max_len // 2, -1):
                if text[pos - 1] in _SOFT:
                    cut = pos
                    break
            if cut < 0:
                cut = start + max_len
            _append(text, start, cut, pieces)
            start = cut
        _append(text, start, end, pieces)
    return pieces


def _append(text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> None:
    # whitespace at either end (the line break that ends a line) stays out of the piece: the
    # network was trained on sentences without it, and a name at the end of a line followed by
    # it was cut (本报记者张胜男 + line break → 张胜)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        pieces.append((start, end))

"""Input normalisation with an offset map back to the original text.

Matching runs on a normalised copy: NFKC (full-width digits and letters, compatibility
forms), zero-width and soft-hyphen characters removed, ideographic spaces made plain.
Chinese full-width punctuation (，。：；（）…) is kept as it is, because the span
taggers were trained on it and the rules expect it. ``Normalized.span`` maps a
``[start, end)`` span of the normalised text back to the original string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Removed entirely: zero-width space/joiners, word joiner, BOM, soft hyphen, LRM/RLM.
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e")
# Kept as they are although NFKC would fold them to ASCII.
_KEEP = frozenset("，：；！？（）～")
# Characters that may need work: anything outside ASCII and the common CJK block/punctuation.
_CANDIDATE = re.compile(r"[^\x00-\x7f\u4e00-\u9fff，。、：；！？（）“”‘’《》【】〔〕—…·]")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _KEEP:
        return ch
    if ch == "\u3000":
        return " "
    return unicodedata.normalize("NFKC", ch)


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str
    # index into ``original`` of each character of ``text``; None when text == original
    index: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-string span of the normalised span ``[start, end)``."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        o_start = self.index[start]
        last = self.index[end - 1]
        # the original character that produced the last normalised one ends where the next one starts
        o_end = self.index[end] if end < len(self.index) and self.index[end] > last else last + 1
        # skip dropped (zero-width) characters at the end of the span
        while o_end > o_start + 1 and _fold(self.original[o_end - 1]) == "":
            o_end -= 1
        return o_start, o_end


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping a map back to the original offsets."""
    changes = [m.start() for m in _CANDIDATE.finditer(text) if _fold(m.group()) != m.group()]
    if not changes:
        return Normalized(text, text)
    parts: list[str] = []
    index: list[int] = []
    prev = 0
    for pos in changes:
        if pos > prev:
            parts.append(text[prev:pos])
            index.extend(range(prev, pos))
        folded = _fold(text[pos])
        parts.append(folded)
        index.extend([pos] * len(folded))
        prev = pos + 1
    parts.append(text[prev:])
    index.extend(range(prev, len(text)))
    return Normalized(text, "".join(parts), tuple(index))

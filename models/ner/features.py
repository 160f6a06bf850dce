"""Input ids for the network: characters, left/right character bigrams, a character class and,
when the vocabulary carries a lexicon, word/name lexicon hints (``lexicon.py``).

Everything is vectorised with numpy over a whole text, so feature extraction costs well under
a microsecond per character. A ``Vocab`` is saved inside the weights file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

import numpy as np

from models.ner.lexicon import Lexicon

PAD, UNK, EDGE = 0, 1, 2  # EDGE: the bigram across a sentence boundary
N_CODEPOINTS = 0x110000
# Character classes (an 8-row embedding): 0 pad, 1 other, 2 surname, 3 digit, 4 latin,
# 5 punctuation, 6 other Han.
CLASS_OTHER, CLASS_SURNAME, CLASS_DIGIT, CLASS_LATIN, CLASS_PUNCT, CLASS_HAN = 1, 2, 3, 4, 5, 6
N_CLASSES = 8
_PUNCT = set("，。！？、；：“”‘’（）《》〈〉【】…—·－,.!?;:'\"()[]<>-~/\\·　 ")


@lru_cache(maxsize=1)
def surnames() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(single-character surnames, compound surnames) from ``resources/surnames.txt``."""
    text = resources.files("models.ner").joinpath("resources/surnames.txt").read_text("utf-8")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(n for n in names if len(n) == 1), tuple(n for n in names if len(n) > 1)


def normalize_char(ch: str) -> str:
    """Full-width ASCII to half-width; the ideographic space to a space."""
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:
        return chr(cp - 0xFEE0)
    if cp == 0x3000:
        return " "
    return ch


def char_class(ch: str, surname_set: frozenset[str]) -> int:
    if ch in surname_set:
        return CLASS_SURNAME
    if ch.isdigit():
        return CLASS_DIGIT
    if ch.isascii() and ch.isalpha():
        return CLASS_LATIN
    if ch in _PUNCT:
        return CLASS_PUNCT
    if "\u4e00" <= ch <= "\u9fff":
        return CLASS_HAN
    return CLASS_OTHER


@dataclass
class Vocab:
    chars: str  # id = index + 3 (0 pad, 1 unknown, 2 unused so char and bigram ids share EDGE)
    bigrams: list[str]  # id = index + 3
    lexicon: Lexicon | None = None  # adds a fifth row of lexicon hint ids
    _char_lut: np.ndarray = field(init=False, repr=False)
    _class_lut: np.ndarray = field(init=False, repr=False)
    _bigram_keys: np.ndarray = field(init=False, repr=False)
    _bigram_ids: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n_chars = len(self.chars) + 3
        lut = np.full(N_CODEPOINTS, UNK, dtype=np.int64)
        for i, ch in enumerate(self.chars):
            lut[ord(ch)] = i + 3
        for cp in range(0xFF01, 0xFF5F):  # full-width forms share the half-width ids
            half = lut[cp - 0xFEE0]
            if half != UNK:
                lut[cp] = half
        if lut[ord(" ")] != UNK:
            lut[0x3000] = lut[ord(" ")]
        self._char_lut = lut
        single, _ = surnames()
        sset = frozenset(single)
        cls = np.full(n_chars, CLASS_OTHER, dtype=np.int64)
        cls[PAD] = 0
        for i, ch in enumerate(self.chars):
            cls[i + 3] = char_class(ch, sset)
        self._class_lut = cls
        keys = np.array(
            [self._char_lut[ord(b[0])] * n_chars + self._char_lut[ord(b[1])] for b in self.bigrams],
            dtype=np.int64,
        )
        order = np.argsort(keys)
        self._bigram_keys = keys[order]
        self._bigram_ids = (order + 3).astype(np.int64)
        self._n_chars = n_chars

    @property
    def n_chars(self) -> int:
        return len(self.chars) + 3

    @property
    def n_bigrams(self) -> int:
        return len(self.bigrams) + 3

    @property
    def n_rows(self) -> int:
        """Rows of ``encode``: char, left bigram, right bigram, class (, lexicon hints)."""
        return 5 if self.lexicon is not None else 4

    @classmethod
    def build(cls, texts: Iterable[str], min_char: int = 2, min_bigram: int = 3, max_bigrams: int = 80000,
              lexicon: Lexicon | None = None, extra_chars: str = "") -> "Vocab":
        """Characters seen ``min_char`` times, plus ``extra_chars`` (e.g. those with pretrained
        vectors); the ``max_bigrams`` most frequent bigrams seen ``min_bigram`` times."""
        char_counts: Counter[str] = Counter()
        bigram_counts: Counter[str] = Counter()
        for text in texts:
            norm = "".join(normalize_char(c) for c in text)
            char_counts.update(norm)
            bigram_counts.update(norm[i : i + 2] for i in range(len(norm) - 1))
        chars = "".join(sorted({c for c, n in char_counts.items() if n >= min_char} | set(extra_chars)))
        cset = set(chars)
        bigrams = [b for b, n in bigram_counts.most_common() if n >= min_bigram and b[0] in cset and b[1] in cset]
        return cls(chars=chars, bigrams=sorted(bigrams[:max_bigrams]), lexicon=lexicon)

    def to_dict(self) -> dict:
        d = {"chars": self.chars, "bigrams": "".join(self.bigrams)}
        if self.lexicon is not None:
            d["lexicon"] = self.lexicon.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Vocab":
        b = d["bigrams"]
        lexicon = Lexicon.from_dict(d["lexicon"]) if "lexicon" in d else None
        return cls(chars=d["chars"], bigrams=[b[i : i + 2] for i in range(0, len(b), 2)], lexicon=lexicon)

    def encode(self, text: str, starts: np.ndarray | None = None, ends: np.ndarray | None = None) -> np.ndarray:
        """A (n_rows, len(text)) int64 array: char, left bigram, right bigram, class ids (and
        lexicon hint ids when the vocabulary has a lexicon).

        ``starts``/``ends`` are sentence boundaries inside ``text``: the bigram across a boundary
        becomes EDGE, exactly as at the ends of the text.
        """
        n = len(text)
        out = np.empty((self.n_rows, n), dtype=np.int64)
        if n == 0:
            return out
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        ch = self._char_lut[cps]
        out[0] = ch
        pair = ch[:-1] * self._n_chars + ch[1:]
        pos = np.searchsorted(self._bigram_keys, pair)
        pos[pos >= len(self._bigram_keys)] = 0
        found = self._bigram_keys[pos] == pair if len(self._bigram_keys) else np.zeros(len(pair), bool)
        big = np.where(found, self._bigram_ids[pos] if len(self._bigram_keys) else UNK, UNK)
        out[1, 0] = EDGE
        out[1, 1:] = big
        out[2, :-1] = big
        out[2, -1] = EDGE
        if starts is not None and len(starts):
            out[1, starts] = EDGE
        if ends is not None and len(ends):
            out[2, ends - 1] = EDGE
        out[3] = self._class_lut[ch]
        if self.lexicon is not None:
            out[4] = self.lexicon.hints(cps)
        return out

"""Word and name lexicon hints: for each character, where it sits in dictionary words.

A character gets two 3-bit sets, one for all lexicon words and one for the person names among
them: B (a matched word starts here), M (inside one), E (one ends here). Matching is every
window of 2 to ``MAX_WORD`` characters against 64-bit polynomial hashes of the words, all in
numpy (``np.searchsorted`` over the sorted keys), so a document costs well under a
microsecond per character. Hints let the network see that 陈忠实 is a known name although
忠实 is a word, and that 周旋 is mostly a verb although it is listed as a name.

The word list is taken from jieba's dictionary (``dict.txt``, MIT) at training time: every
word of 2 to 4 characters, with the ones tagged ``nr``/``nrfg``/``nrt`` as names. It is saved
inside the weights file, so inference does not depend on the installed jieba version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAX_WORD = 4
N_HINTS = 65  # id 0 is padding; 1 + 8 * word_bits + name_bits
_B, _M, _E = 1, 2, 4
_MUL = np.uint64(0x9E3779B97F4A7C15)
_NAME_TAGS = ("nr", "nrfg", "nrt")


def _hash(cps: np.ndarray, length: int) -> np.ndarray:
    """Hashes of every window of ``length`` code points (len(cps) - length + 1 of them)."""
    h = cps[: len(cps) - length + 1].astype(np.uint64)
    for k in range(1, length):
        h = h * _MUL + cps[k : len(cps) - length + 1 + k].astype(np.uint64)
    return h


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@dataclass
class Lexicon:
    words: list[str]  # all lexicon words (names included)
    names: list[str]  # the person names among them
    _keys: dict[int, tuple[np.ndarray, np.ndarray]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        name_set = set(self.names)
        self._keys = {}
        for length in range(2, MAX_WORD + 1):
            ws = [w for w in self.words if len(w) == length]
            if not ws:
                continue
            keys = _hash(_codepoints("".join(ws)), length)[::length]
            is_name = np.array([w in name_set for w in ws], dtype=bool)
            order = np.argsort(keys, kind="stable")
            self._keys[length] = (keys[order], is_name[order])

    def hints(self, cps: np.ndarray) -> np.ndarray:
        """Hint ids (1..64) for each code point of a text."""
        n = len(cps)
        word = np.zeros(n, dtype=np.int64)
        name = np.zeros(n, dtype=np.int64)
        for length, (keys, is_name) in self._keys.items():
            if n < length:
                continue
            h = _hash(cps, length)
            pos = np.searchsorted(keys, h)
            pos[pos >= len(keys)] = 0
            hit = keys[pos] == h
            starts = np.flatnonzero(hit)
            if not len(starts):
                continue
            names = starts[is_name[pos[starts]]]
            for bits, at in ((word, starts), (name, names)):
                bits[at] |= _B
                bits[at + length - 1] |= _E
                for k in range(1, length - 1):
                    bits[at + k] |= _M
        return 1 + 8 * word + name

    def to_dict(self) -> dict:
        return {"words": "\n".join(self.words), "names": "\n".join(self.names)}

    @classmethod
    def from_dict(cls, d: dict) -> "Lexicon":
        return cls(words=d["words"].split("\n") if d["words"] else [], names=d["names"].split("\n") if d["names"] else [])

    @classmethod
    def from_jieba(cls, path: str | Path | None = None) -> "Lexicon":
        """Words of 2..MAX_WORD Han characters from jieba's ``dict.txt`` (word, count, tag)."""
        if path is None:
            import jieba

            path = Path(jieba.__file__).parent / "dict.txt"
        words: list[str] = []
        names: list[str] = []
        seen: set[str] = set()
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                continue
            w = parts[0]
            if not 2 <= len(w) <= MAX_WORD or w in seen or not all("\u4e00" <= c <= "\u9fff" for c in w):
                continue
            seen.add(w)
            words.append(w)
            if len(parts) > 2 and parts[2] in _NAME_TAGS:
                names.append(w)
        return cls(words=words, names=names)

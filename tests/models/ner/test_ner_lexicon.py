"""Lexicon hints: B/M/E bits of words and of names, round trip, jieba source, Vocab row."""

import numpy as np
import pytest

from models.ner.features import Vocab
from models.ner.lexicon import N_HINTS, Lexicon


def _bits(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return [((int(v) - 1) // 8, (int(v) - 1) % 8) for v in lex.hints(cps)]


@pytest.fixture(scope="module")
def lex():
    return Lexicon(words=["忠实", "陈忠实", "周旋", "笑谈", "马克思列"], names=["陈忠实", "周旋"])


@pytest.mark.parametrize(
    "text, expected",
    [
        # 陈: B of 陈忠实 (word and name); 忠: M of 陈忠实 + B of 忠实; 实: E of both
        ("陈忠实笑谈", [(1, 1), (2 | 1, 2), (4, 4), (1, 0), (4, 0)]),
        ("周旋", [(1, 1), (4, 4)]),
        ("马克思列宁", [(1, 0), (2, 0), (2, 0), (4, 0), (0, 0)]),
        ("他来了", [(0, 0)] * 3),
        ("忠", [(0, 0)]),
        ("", []),
    ],
)
def test_hint_bits(lex, text, expected):
    assert _bits(lex, text) == expected


def test_hint_ids_are_in_range_and_round_trip(lex):
    cps = np.frombuffer("陈忠实笑谈周旋马克思列宁".encode("utf-32-le"), dtype=np.uint32)
    hints = lex.hints(cps)
    assert hints.min() >= 1 and hints.max() < N_HINTS
    again = Lexicon.from_dict(lex.to_dict())
    assert (again.hints(cps) == hints).all()


def test_from_jieba_reads_words_and_names():
    lex = Lexicon.from_jieba()
    words, names = set(lex.words), set(lex.names)
    assert {"北京", "马克思", "妇联"} <= words and "马克思" in names and "北京" not in names
    assert all(2 <= len(w) <= 4 for w in lex.words) and names <= words


def test_vocab_with_lexicon_adds_a_row(lex):
    plain = Vocab.build(["陈忠实笑谈"], min_char=1, min_bigram=1)
    rich = Vocab.build(["陈忠实笑谈"], min_char=1, min_bigram=1, lexicon=lex)
    a, b = plain.encode("陈忠实笑谈"), rich.encode("陈忠实笑谈")
    assert a.shape == (4, 5) and b.shape == (5, 5) and (a == b[:4]).all()
    again = Vocab.from_dict(rich.to_dict())
    assert again.n_rows == 5 and (again.encode("陈忠实笑谈") == b).all()

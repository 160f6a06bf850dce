"""Part-of-speech look-ups the rubric needs (jieba's tagger, loaded on first use).

Only one question is asked: does a short phrase have a verb? A lead whose parts mostly
have none is a list of fragments (电报式导语), not a sentence.
"""

from __future__ import annotations

import logging
from functools import lru_cache

# verbs and coverbs (在, 为, 与: a coverb phrase stands before a predicate); a verbal noun
# (vn: jieba tags 启动 so in 启动“春蕾护苗”活动) counts unless it ends the phrase, where it is
# used as a noun (家政培训); a fragment such as 平川县妇联 or 12个乡镇 has none of them
_PREDICATE_TAGS = frozenset({"v", "vd", "vi", "vg", "vq", "p"})


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.dt


@lru_cache(maxsize=1024)
def last_word(phrase: str) -> tuple[str, str]:
    """The last word of ``phrase`` and its jieba tag (``("", "")`` when none)."""
    words = [w for w in _tagger().cut(phrase) if w.flag != "x"]
    return (words[-1].word, words[-1].flag) if words else ("", "")


@lru_cache(maxsize=4096)
def has_verb(phrase: str) -> bool:
    """Whether ``phrase`` has a predicate: a verb or coverb, or a verbal noun before its end."""
    words = [w for w in _tagger().cut(phrase) if w.flag != "x"]
    return any(w.flag in _PREDICATE_TAGS or (w.flag == "vn" and i < len(words) - 1) for i, w in enumerate(words))


@lru_cache(maxsize=1024)
def first_word(phrase: str) -> tuple[str, str]:
    """The first word of ``phrase`` and its jieba tag (``("", "")`` when none)."""
    words = [w for w in _tagger().cut(phrase) if w.flag != "x"]
    return (words[0].word, words[0].flag) if words else ("", "")

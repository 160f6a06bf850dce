"""jieba posseg as a span tagger (nr = person, ns = place, nt = organisation). Fast, weaker."""

from __future__ import annotations

import logging

from models.taggers import Span
from models.taggers._align import spans_from_words

# nr: person; nrfg/nrt: person names from jieba's dictionary (e.g. 赵淑华, 王淑芬)
_LABELS = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


class JiebaTagger:
    name = "jieba"

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self._tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
        self._tokenizer.initialize()

    def tag(self, texts: list[str]) -> list[list[Span]]:
        return [
            spans_from_words(
                text,
                ((p.word, p.flag) for p in self._tokenizer.cut(text)),
                _LABELS,
                join_split_names=True,
            )
            for text in texts
        ]


def load_jieba_tagger() -> JiebaTagger:
    return JiebaTagger()

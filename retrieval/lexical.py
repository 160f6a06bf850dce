"""BM25 over jieba tokens (bm25s), one document per report."""

from __future__ import annotations

import logging
import re
from typing import Sequence

import numpy as np

# Function words and boilerplate that every report shares; they only add noise to BM25.
STOPWORDS = frozenset(
    "的 了 和 与 及 在 是 为 对 把 被 将 从 于 由 并 等 也 都 就 而 又 还 让 使 向 以 其 之 这 那 有 个 中 上 下 "
    "我 我们 他 她 他们 她们 你 一 一个 不 没有 进行 开展 工作 通过 推动 积极 有效 相关 一些 各 该 此 "
    "妇联 妇女".split()
)
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def tokenize(text: str) -> list[str]:
    """jieba search-mode tokens (words and their sub-words), lower-cased, stopwords dropped."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokens = []
    for token in jieba.cut_for_search(text):
        token = token.strip().lower()
        if token and token not in STOPWORDS and _WORDLIKE.search(token):
            tokens.append(token)
    return tokens


class LexicalIndex:
    """BM25 (Lucene variant) over tokenised reports; scores every report for a query."""

    def __init__(self, documents: Sequence[str]):
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets itself to DEBUG
        self._bm25 = bm25s.BM25()
        tokenised = [tokenize(d) or ["\u0000"] for d in documents]
        self._bm25.index(tokenised, show_progress=False)
        self.size = len(documents)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document (zeros when no query word is in the vocabulary)."""
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

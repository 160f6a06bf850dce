"""BM25 over jieba tokens (bm25s), one document per report."""

from __future__ import annotations

import hashlib
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
# Bump when tokenize() changes: the token lists saved beside an index are keyed by it, by the
# stop words and by the documents' text, so a stale list is never used.
TOKENIZER_VERSION = "jieba-search-1"


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


def tokens_key(documents: Sequence[str]) -> str:
    """What a saved token list must match: the tokenizer's version, its stop words and the documents."""
    digest = hashlib.sha256(f"{TOKENIZER_VERSION}|{' '.join(sorted(STOPWORDS))}".encode())
    for document in documents:
        digest.update(b"\x00" + document.encode("utf-8"))
    return digest.hexdigest()


class LexicalIndex:
    """BM25 (Lucene variant) over tokenised reports; scores every report for a query.

    ``saved``: a ``{"key", "tokens"}`` entry written beside an index (``cache_entry``); used
    when its key matches ``documents``, which spares start-up the segmenter's dictionary load
    and the segmentation of every report.
    """

    def __init__(self, documents: Sequence[str], saved: dict | None = None):
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets itself to DEBUG
        self._bm25 = bm25s.BM25()
        key = tokens_key(documents)
        tokens = saved.get("tokens") if isinstance(saved, dict) and saved.get("key") == key else None
        if not (isinstance(tokens, list) and len(tokens) == len(documents)):
            tokens = [tokenize(d) or ["\u0000"] for d in documents]
        self._bm25.index(tokens, show_progress=False)
        self.cache_entry = {"key": key, "tokens": tokens}
        self.size = len(documents)

    @staticmethod
    def warm_up() -> None:
        """Load the segmenter's dictionary now (the first query would otherwise wait for it)."""
        tokenize("预热")

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document (zeros when no query word is in the vocabulary)."""
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

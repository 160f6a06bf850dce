"""Pure ranking functions over arrays: chunk hits to reports, and rank fusion."""

from __future__ import annotations

from typing import Sequence

import numpy as np

RRF_K = 60  # the constant of Cormack et al. (2009)


def top_k(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Indices and scores of the ``k`` highest scores, best first (ties by index)."""
    scores = np.asarray(scores)
    k = min(k, scores.shape[0])
    if k <= 0:
        return []
    order = np.lexsort((np.arange(scores.shape[0]), -scores))[:k]
    return [(int(i), float(scores[i])) for i in order]


def chunks_to_docs(
    chunk_ids: Sequence[int], chunk_scores: Sequence[float], chunk_doc: np.ndarray, k: int
) -> list[tuple[int, float, int]]:
    """Max-pool chunk hits per report: ``(doc, best score, best chunk)``, best first.

    ``chunk_ids`` may contain -1 (FAISS pads missing hits); those are skipped.
    """
    best: dict[int, tuple[float, int]] = {}
    for cid, score in zip(chunk_ids, chunk_scores):
        if cid < 0:
            continue
        doc = int(chunk_doc[cid])
        if doc not in best or score > best[doc][0]:
            best[doc] = (float(score), int(cid))
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    return [(doc, score, cid) for doc, (score, cid) in ranked[:k]]


def dense_search(index, query_vector: np.ndarray, chunk_doc: np.ndarray, k: int, n_docs: int):
    """Top ``k`` reports for one query vector; widens the chunk search until ``k`` reports
    are found or every chunk has been seen."""
    query = np.ascontiguousarray(query_vector, dtype=np.float32).reshape(1, -1)
    want = min(k, n_docs)
    n_chunks = index.ntotal
    fetch = min(n_chunks, max(4 * k, 32))
    while True:
        scores, ids = index.search(query, fetch)
        docs = chunks_to_docs(ids[0], scores[0], chunk_doc, k)
        if len(docs) >= want or fetch >= n_chunks:
            return docs
        fetch = min(n_chunks, fetch * 4)


def score_fusion(dense: dict[int, float], lexical: dict[int, float], lexical_weight: float,
                 k: int) -> list[tuple[int, float]]:
    """Fuse two score maps over the union of their candidates: z-score each (mean 0, unit
    spread over the candidates) and add, the lexical one times ``lexical_weight``. A candidate
    missing from a map takes that map's lowest score (dense) or 0 (BM25: no shared word).

    Unlike rank fusion this keeps how far apart the scores are: a report far ahead in one
    mode is not pulled level by a near-tie in the other."""
    docs = sorted(set(dense) | set(lexical))
    if not docs:
        return []
    floor = min(dense.values()) if dense else 0.0
    d = np.array([dense.get(i, floor) for i in docs], dtype=np.float64)
    lx = np.array([lexical.get(i, 0.0) for i in docs], dtype=np.float64)
    fused = _z(d) + lexical_weight * _z(lx)
    order = np.lexsort((np.array(docs), -fused))[:k]
    return [(docs[i], float(fused[i])) for i in order]


def _z(x: np.ndarray) -> np.ndarray:
    spread = x.std()
    return (x - x.mean()) / spread if spread > 1e-12 else np.zeros_like(x)


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]], k: int, rrf_k: int = RRF_K) -> list[tuple[int, float]]:
    """Fuse ranked lists of ids: score = sum of 1 / (rrf_k + rank), rank counted from 1."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (rrf_k + rank)
    ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
    return [(int(i), float(s)) for i, s in ranked[:k]]

"""Pure ranking functions."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.search import chunks_to_docs, dense_search, reciprocal_rank_fusion, score_fusion, top_k
from retrieval.vector_index import build_vector_index


@pytest.mark.parametrize(
    "scores, k, expected",
    [
        ([0.1, 0.9, 0.5], 2, [1, 2]),
        ([0.5, 0.5, 0.7], 3, [2, 0, 1]),  # ties keep index order
        ([0.3], 5, [0]),
        ([], 3, []),
    ],
)
def test_top_k(scores, k, expected):
    assert [i for i, _ in top_k(np.array(scores, dtype=np.float32), k)] == expected


@pytest.mark.parametrize(
    "ids, scores, k, expected",
    [
        ([0, 1, 2, 3], [0.9, 0.8, 0.7, 0.6], 5, [(0, 0), (1, 2)]),  # best chunk per report
        ([3, 2, -1], [0.9, 0.8, 0.0], 5, [(1, 3)]),  # FAISS padding skipped
        ([0, 2], [0.5, 0.9], 1, [(1, 2)]),
    ],
)
def test_chunks_to_docs(ids, scores, k, expected):
    chunk_doc = np.array([0, 0, 1, 1])
    assert [(doc, cid) for doc, _, cid in chunks_to_docs(ids, scores, chunk_doc, k)] == expected


@pytest.mark.parametrize(
    "rankings, expected",
    [
        ([[1, 2, 3], [1, 2, 3]], [1, 2, 3]),
        ([[1, 2], [2, 1]], [1, 2]),  # exact tie: lower id first
        ([[1, 2, 3, 4], [4, 2]], [2, 4, 1, 3]),  # ranked well by both beats first by one
        ([[5], []], [5]),
    ],
)
def test_reciprocal_rank_fusion(rankings, expected):
    assert [i for i, _ in reciprocal_rank_fusion(rankings, k=10)] == expected


def test_rrf_scores_follow_the_formula():
    [(item, score)] = reciprocal_rank_fusion([[4], [9, 4]], k=1, rrf_k=60)
    assert item == 4 and score == pytest.approx(1 / 61 + 1 / 62)


def test_dense_search_widens_until_k_reports_are_found():
    # 40 chunks of report 0 are closest; report 1's single chunk is far behind.
    rng = np.random.default_rng(0)
    base = np.eye(8, dtype=np.float32)[0]
    near = base + 0.01 * rng.standard_normal((40, 8)).astype(np.float32)
    far = np.eye(8, dtype=np.float32)[1:2]
    vectors = np.vstack([near, far])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    chunk_doc = np.array([0] * 40 + [1])
    docs = dense_search(build_vector_index(vectors, kind="flat"), base, chunk_doc, k=2, n_docs=2)
    assert [d for d, _, _ in docs] == [0, 1]


@pytest.mark.parametrize(
    "dense, lexical, weight, expected",
    [
        ({1: 0.9, 2: 0.8, 3: 0.7}, {}, 0.2, [1, 2, 3]),  # no shared word: dense order
        ({1: 0.9, 2: 0.8, 3: 0.7}, {3: 5.0}, 0.2, [1, 2, 3]),  # a small weight does not overturn a clear lead
        ({1: 0.81, 2: 0.80, 3: 0.5}, {2: 9.0, 1: 1.0}, 0.5, [2, 1, 3]),  # a near-tie is decided by BM25
        ({1: 0.9, 2: 0.8}, {4: 3.0}, 0.2, [1, 4, 2]),  # a lexical-only candidate takes the dense floor, then wins on BM25
        ({1: 0.5, 2: 0.5}, {1: 1.0, 2: 1.0}, 1.0, [1, 2]),  # exact tie: lower id first
    ],
)
def test_score_fusion(dense, lexical, weight, expected):
    assert [i for i, _ in score_fusion(dense, lexical, weight, k=10)] == expected


def test_score_fusion_is_a_sum_of_z_scores():
    fused = dict(score_fusion({1: 1.0, 2: 0.0}, {1: 0.0, 2: 2.0}, 0.5, k=2))
    assert fused[1] == pytest.approx(1.0 - 0.5) and fused[2] == pytest.approx(-1.0 + 0.5)

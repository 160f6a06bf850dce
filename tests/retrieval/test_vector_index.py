"""FAISS index choice and persistence."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.vector_index import build_vector_index, index_kind, read_vector_index, write_vector_index


def _vectors(n: int, dim: int = 16) -> np.ndarray:
    v = np.random.default_rng(1).standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.mark.parametrize(
    "n, kind, exact_max, expected",
    [(10, "auto", 100, "flat"), (200, "auto", 100, "hnsw"), (200, "flat", 100, "flat"), (10, "hnsw", 100, "hnsw")],
)
def test_index_kind_follows_size_threshold(n, kind, exact_max, expected):
    assert index_kind(build_vector_index(_vectors(n), kind=kind, exact_max=exact_max)) == expected


def test_hnsw_agrees_with_exact_search_on_small_data(tmp_path):
    v = _vectors(500)
    exact = build_vector_index(v, kind="flat")
    approx = build_vector_index(v, kind="hnsw")
    path = str(tmp_path / "h.faiss")
    write_vector_index(approx, path)
    loaded = read_vector_index(path)
    _, e = exact.search(v[:20], 5)
    _, a = loaded.search(v[:20], 5)
    overlap = np.mean([len(set(x) & set(y)) / 5 for x, y in zip(e, a)])
    assert overlap >= 0.9
    assert (a[:, 0] == np.arange(20)).all()  # each vector finds itself first


@pytest.mark.parametrize("bad", [np.zeros((0, 4), np.float32), np.zeros(4, np.float32)])
def test_empty_or_1d_input_is_rejected(bad):
    with pytest.raises(ValueError):
        build_vector_index(bad)


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError):
        build_vector_index(_vectors(3), kind="ivf-pq")

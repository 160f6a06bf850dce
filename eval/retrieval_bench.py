"""Speed benchmark of the exemplar index on synthetic chunk vectors.

Vectors are clustered like real report chunks (many topics, several close neighbours
each): cluster centres drawn at random, points scattered around them, rows normalised.
Reports build time, single-query search latency p50/p95 for exact (IndexFlatIP) and
HNSW search, HNSW recall@10 against exact search, index memory, and query encoding time.
"""

from __future__ import annotations

import resource
import time

import numpy as np

from models.embeddings import normalise
from retrieval.vector_index import build_vector_index

SAMPLE_QUERIES = (
    "村里留守儿童暑假没人管，妇联想办托管班",
    "县里给农村妇女免费做两癌筛查，查出问题的帮着申请救助",
    "社区调解婆媳矛盾，妇联执委上门做工作",
    "宝妈在家做直播卖土特产，妇联请人来教拍视频",
    "家暴受害妇女申请人身安全保护令，法院妇联联动",
)


def synthetic_vectors(n: int, dim: int = 384, n_clusters: int = 2000, spread: float = 0.35, seed: int = 0) -> np.ndarray:
    """``n`` unit vectors around ``n_clusters`` random centres (0 clusters: uniform on the sphere)."""
    rng = np.random.default_rng(seed)
    if n_clusters <= 0:
        return normalise(rng.standard_normal((n, dim), dtype=np.float32))
    centres = normalise(rng.standard_normal((n_clusters, dim), dtype=np.float32))
    labels = rng.integers(0, n_clusters, size=n)
    noise = rng.standard_normal((n, dim), dtype=np.float32) * (spread / np.sqrt(dim))
    return normalise(centres[labels] + noise)


def _latencies_ms(index, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    times, ids = [], []
    for q in queries:
        started = time.perf_counter()
        _, found = index.search(q.reshape(1, -1), k)
        times.append(1000 * (time.perf_counter() - started))
        ids.append(found[0])
    return np.array(times), np.array(ids)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _index_mb(index) -> float:
    import faiss

    return round(faiss.serialize_index(index).nbytes / 2**20, 1)


def run_benchmark(
    n: int = 100_000,
    dim: int = 384,
    n_queries: int = 200,
    k: int = 10,
    embedder=None,
    seed: int = 0,
    n_clusters: int = 2000,
    threads: int | None = None,
) -> dict:
    """Build exact and HNSW indexes over ``n`` vectors and time single-query searches.

    ``threads`` sets FAISS's OpenMP threads (None: its default, one per core).
    """
    import faiss

    if threads:
        faiss.omp_set_num_threads(threads)
    vectors = synthetic_vectors(n, dim, n_clusters=n_clusters, seed=seed)
    rng = np.random.default_rng(seed + 1)
    picks = vectors[rng.integers(0, n, size=n_queries)]
    queries = normalise(picks + rng.standard_normal(picks.shape, dtype=np.float32) * (0.3 / np.sqrt(dim)))
    report: dict = {
        "n_vectors": n,
        "dim": dim,
        "n_queries": n_queries,
        "k": k,
        "faiss": faiss.__version__,
        "threads": faiss.omp_get_max_threads(),
        "clusters": n_clusters,
        "vectors_mb": round(vectors.nbytes / 2**20, 1),
    }
    exact_ids = None
    for kind in ("flat", "hnsw"):
        started = time.perf_counter()
        index = build_vector_index(vectors, kind=kind)
        build_s = time.perf_counter() - started
        lat, ids = _latencies_ms(index, queries, k)
        entry = {
            "build_s": round(build_s, 2),
            "search_ms_p50": round(float(np.percentile(lat, 50)), 3),
            "search_ms_p95": round(float(np.percentile(lat, 95)), 3),
            "index_mb": _index_mb(index),
        }
        if kind == "flat":
            exact_ids = ids
        else:
            hits = sum(len(set(a) & set(b)) for a, b in zip(ids, exact_ids))
            entry["recall@10_vs_exact"] = round(hits / (k * n_queries), 4)
            entry["ef_search"] = index.hnsw.efSearch
            entry["M"] = index.hnsw.nb_neighbors(1)
        report[kind] = entry
        del index
    if embedder is not None:
        texts = list(SAMPLE_QUERIES) * 4
        embedder.encode(texts[:1], role="query")  # warm-up
        times = []
        for text in texts:
            started = time.perf_counter()
            embedder.encode([text], role="query")
            times.append(1000 * (time.perf_counter() - started))
        report["query_encoding_ms_p50"] = round(float(np.percentile(times, 50)), 1)
        report["query_encoding_ms_p95"] = round(float(np.percentile(times, 95)), 1)
        report["embedder"] = embedder.identity
    report["peak_rss_mb"] = round(_rss_mb(), 1)
    return report

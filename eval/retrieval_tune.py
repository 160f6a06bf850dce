"""How the hybrid search was chosen: candidate chunkings and fusions scored on the TUNING
half of the query split only; the chosen one is then reported on the untuned half.

    python -m eval.retrieval_tune              # 600-character chunks (the bundled index)
    python -m eval.retrieval_tune --chunks 300,200   # also embed other chunk sizes (minutes)
    python -m eval.retrieval_tune --chunks para      # section-aware: one chunk per paragraph

Candidates: max-pooled chunk cosine ("dense"), also plus a·cos(query, title) (TITLE_WEIGHTS)
and plus b·cos(query, the exemplar's kind of work) (KIND_WEIGHTS, query expansion by kind);
z-score fusion z(dense) + w·z(BM25) for w in WEIGHTS, and reciprocal-rank fusion with k in
RRF_KS and a BM25 weight in RRF_WEIGHTS.
The choice is by tuning-half MRR, then recall@1 (ties: the order listed). Every report of
the library is ranked (the bundled library has 80).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from eval.retrieval import load_queries, split_of

WEIGHTS = (0.1, 0.2, 0.3, 0.5, 0.7, 1.0)
TITLE_WEIGHTS = (0.25, 0.5)  # dense + a·cos(query, title alone): the title names the event
KIND_WEIGHTS = (0.25, 0.5)  # dense + b·cos(query, the exemplar's kind of work, exemplar_kinds.json)
RRF_KS = (1, 5, 20, 60)
RRF_WEIGHTS = (0.5, 1.0)


def _z(m: np.ndarray) -> np.ndarray:
    return (m - m.mean(axis=1, keepdims=True)) / np.maximum(m.std(axis=1, keepdims=True), 1e-9)


def _rrf(mats: list[np.ndarray], weights: list[float], k: int) -> np.ndarray:
    out = np.zeros_like(mats[0])
    for w, m in zip(weights, mats):
        out += w / (k + np.argsort(np.argsort(-m, axis=1, kind="stable"), axis=1) + 1)
    return out


def _max_pool(q: np.ndarray, vectors: np.ndarray, chunk_doc: np.ndarray, n_docs: int) -> np.ndarray:
    sims, out = q @ vectors.T, np.full((q.shape[0], n_docs), -1.0)
    for c, doc in enumerate(chunk_doc):
        out[:, doc] = np.maximum(out[:, doc], sims[:, c])
    return out


def _metrics(scores: np.ndarray, queries: list[dict], ids: list[str], rows: np.ndarray) -> dict:
    r1 = rr = hit = 0.0
    for i in rows:
        ranked = [ids[j] for j in np.argsort(-scores[i], kind="stable")]
        relevant = set(queries[i]["relevant"])
        first = next(k for k, x in enumerate(ranked) if x in relevant)
        r1 += (ranked[0] in relevant) / len(relevant)
        rr += 1.0 / (first + 1)
        hit += first == 0
    n = max(len(rows), 1)
    return {"recall@1": round(r1 / n, 4), "hit@1": round(hit / n, 4), "mrr": round(rr / n, 4)}


def candidates(dense: dict[str, np.ndarray], bm25: np.ndarray) -> dict[str, np.ndarray]:
    out = {}
    for name, d in dense.items():
        out[f"{name} dense"] = d
        for w in WEIGHTS:
            out[f"{name} z(dense)+{w}·z(bm25)"] = _z(d) + w * _z(bm25)
        for k in RRF_KS:
            for w in RRF_WEIGHTS:
                out[f"{name} rrf k={k} bm25×{w}"] = _rrf([d, bm25], [1.0, w], k)
    return out


def main(argv: list[str] | None = None) -> None:
    import faiss

    from models.embeddings import load_embedder
    from retrieval.chunking import Chunk, chunk_report, embedding_input
    from retrieval.corpus import load_corpus
    from retrieval.lexical import LexicalIndex
    from retrieval.library import BUNDLED_INDEX, lexical_documents

    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--chunks", default="", help="other chunk sizes to embed, e.g. 300,200; para: one chunk per paragraph")
    opts = args.parse_args(argv)
    records, queries = load_corpus(), load_queries()
    ids, n = [r.id for r in records], len(records)
    embedder = load_embedder()
    q = embedder.encode([x["query"] for x in queries], role="query")
    index = faiss.read_index(str(BUNDLED_INDEX / "vectors.faiss"))
    dense = {"c600": _max_pool(q, index.reconstruct_n(0, index.ntotal),
                               np.load(BUNDLED_INDEX / "chunks.npz")["chunk_doc"], n)}
    for size in [s.strip() for s in opts.chunks.split(",") if s.strip()]:
        if size == "para":  # section-aware: one chunk per paragraph (a paragraph is one section)
            chunks = [Chunk(i, m.start(), m.end(), m.group()) for i, r in enumerate(records)
                      for m in re.finditer(r"[^\n]+", r.text) if m.group().strip()]
        else:
            chunks = [c for i, r in enumerate(records) for c in chunk_report(i, r.text, int(size))]
        vectors = embedder.encode([embedding_input(records[c.doc_index].title, c.text) for c in chunks], role="passage")
        dense[f"c{size}"] = _max_pool(q, vectors, np.array([c.doc_index for c in chunks]), n)
    titles = embedder.encode([r.title for r in records], role="passage")
    title_cos = q @ titles.T
    for name in list(dense):
        for a in TITLE_WEIGHTS:
            dense[f"{name}+{a}·title"] = dense[name] + a * title_cos
    kinds_file = Path(__file__).resolve().parent / "data" / "retrieval" / "exemplar_kinds.json"
    if kinds_file.is_file():  # query expansion by kind: how close the query is to the report's kind
        kind_of = json.loads(kinds_file.read_text(encoding="utf-8"))
        names = sorted(set(kind_of.values()))
        kind_vec = embedder.encode([f"妇联工作：{k}" for k in names], role="passage")
        kind_cos = (q @ kind_vec.T)[:, [names.index(kind_of[i]) for i in ids]]
        for b in KIND_WEIGHTS:
            dense[f"c600+{b}·kind"] = dense["c600"] + b * kind_cos
    lexical = LexicalIndex(lexical_documents(records))
    bm25 = np.stack([lexical.scores(x["query"]) for x in queries])
    part = np.array([split_of(x["id"]) for x in queries])
    tune, test = np.where(part == "tune")[0], np.where(part == "test")[0]
    scored = [(name, _metrics(s, queries, ids, tune)) for name, s in candidates(dense, bm25).items()]
    best = max(scored, key=lambda row: (row[1]["mrr"], row[1]["recall@1"]))  # first of equals wins
    print(f"tuning half: {len(tune)} queries; untuned half: {len(test)}")
    for name, m in sorted(scored, key=lambda row: (-row[1]["mrr"], -row[1]["recall@1"]))[:10]:
        print(f"  tune {m}  {name}")
    chosen = candidates(dense, bm25)[best[0]]
    print(f"chosen on the tuning half: {best[0]} {best[1]}")
    print(f"untuned half, chosen: {_metrics(chosen, queries, ids, test)}; "
          f"dense c600: {_metrics(dense['c600'], queries, ids, test)}")


if __name__ == "__main__":
    main()

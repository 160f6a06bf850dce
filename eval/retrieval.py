"""Retrieval evaluation: recall@1, recall@5 and MRR of each search mode on labelled queries.

Query lines: ``{"id", "query", "relevant": [exemplar ids]}``. The queries are phrased as an
officer's rough notes, with little word overlap with the exemplars they should find.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Iterable, Sequence

from models.errors import InputError

DATA_DIR = Path(__file__).resolve().parent / "data" / "retrieval"
DEFAULT_QUERIES = DATA_DIR / "queries.jsonl"
KINDS_FILE = DATA_DIR / "exemplar_kinds.json"
MODES = ("dense", "lexical", "hybrid")


def parse_queries(lines: Iterable[str], source: str = "<queries>") -> list[dict]:
    """Validate query lines; raise InputError naming every bad line."""
    queries, problems, seen = [], [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"第 {number} 行不是有效的 JSON（{exc.msg}）")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("query"), str) or not obj["query"].strip():
            problems.append(f"第 {number} 行缺少非空的 query 字段")
            continue
        relevant = obj.get("relevant")
        if not isinstance(relevant, list) or not relevant or not all(isinstance(r, str) for r in relevant):
            problems.append(f"第 {number} 行的 relevant 必须是非空的范文编号列表")
            continue
        qid = str(obj.get("id") or f"line{number}")
        if qid in seen:
            problems.append(f"第 {number} 行的 id “{qid}” 重复")
            continue
        seen.add(qid)
        queries.append({"id": qid, "query": obj["query"], "relevant": relevant})
    if problems:
        raise InputError(f"查询集 {source} 有问题：" + "；".join(problems[:20]))
    if not queries:
        raise InputError(f"查询集 {source} 是空的。")
    return queries


def load_queries(path: str | Path | None = None) -> list[dict]:
    p = Path(path) if path else DEFAULT_QUERIES
    if not p.is_file():
        raise InputError(f"查询集文件不存在：{p}")
    return parse_queries(p.read_text(encoding="utf-8-sig").splitlines(), source=str(p))


def recall_at_k(ranked: Sequence[str], relevant: Sequence[str], k: int) -> float:
    """Share of the relevant exemplars found in the top ``k``."""
    return len(set(ranked[:k]) & set(relevant)) / len(set(relevant))


def reciprocal_rank(ranked: Sequence[str], relevant: Sequence[str]) -> float:
    """1 / rank of the first relevant exemplar (0 when none is ranked)."""
    relevant = set(relevant)
    for rank, item in enumerate(ranked, start=1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def _kinds() -> dict[str, str]:
    try:
        return json.loads(KINDS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def evaluate(library, queries: list[dict], modes: Sequence[str] = MODES) -> dict:
    """Score every mode on every query over the full ranking of the library."""
    known = {r.id for r in library.records}
    unknown = sorted({r for q in queries for r in q["relevant"]} - known)
    if unknown:
        raise InputError(f"查询集引用了范文库中没有的范文：{', '.join(unknown[:20])}")
    depth = min(len(library.records), 100)
    kinds = _kinds()
    library.encode_queries([q["query"] for q in queries])
    report: dict = {"n_queries": len(queries), "n_exemplars": len(library.records), "modes": {}}
    for mode in modes:
        r1 = r5 = h1 = h5 = mrr = same_kind = 0.0
        started = time.perf_counter()
        per_query = []
        for q in queries:
            ranked = [r["id"] for r in library.search(q["query"], k=depth, mode=mode)["results"]]
            r1 += recall_at_k(ranked, q["relevant"], 1)
            r5 += recall_at_k(ranked, q["relevant"], 5)
            rr = reciprocal_rank(ranked, q["relevant"])
            mrr += rr
            h1 += rr == 1.0
            h5 += rr >= 0.2
            if ranked and kinds.get(ranked[0]) is not None:
                same_kind += kinds.get(ranked[0]) in {kinds.get(r) for r in q["relevant"]}
            per_query.append({"id": q["id"], "top": ranked[:3], "rr": round(rr, 4),
                              "r1": recall_at_k(ranked, q["relevant"], 1), "r3": recall_at_k(ranked, q["relevant"], 3)})
        n = len(queries)
        report["modes"][mode] = {
            "recall@1": round(r1 / n, 4),
            "recall@5": round(r5 / n, 4),
            "mrr": round(mrr / n, 4),
            "hit@1": round(h1 / n, 4),  # any relevant exemplar first (differs for multi-answer queries)
            "hit@5": round(h5 / n, 4),
            "top1_same_kind": round(same_kind / n, 4) if kinds else None,
            "search_ms_per_query": round(1000 * (time.perf_counter() - started) / n, 1),
            "per_query": per_query,
        }
    report["best_mode"] = max(
        modes, key=lambda m: (report["modes"][m]["mrr"], report["modes"][m]["recall@1"], report["modes"][m]["recall@5"])
    )
    report["split"] = split_report(report, queries, modes)
    for m in report["modes"].values():
        for row in m["per_query"]:
            row.pop("r1"), row.pop("r3")
    return report


def split_of(query_id: str) -> str:
    """``tune`` or ``test``, fixed by a hash of the query id (half each, whatever the order)."""
    return "tune" if int(hashlib.sha256(query_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def split_report(report: dict, queries: list[dict], modes: Sequence[str]) -> dict:
    """The mode is chosen on the tuning half (MRR, then recall@1) and reported on the other:
    the figure to quote is ``test[chosen_mode]``, from queries the choice never saw."""
    parts = {q["id"]: split_of(q["id"]) for q in queries}
    out: dict = {"tune_queries": sum(v == "tune" for v in parts.values()),
                 "test_queries": sum(v == "test" for v in parts.values()), "tune": {}, "test": {}}
    for mode in modes:
        for part in ("tune", "test"):
            rows = [r for r in report["modes"][mode]["per_query"] if parts[r["id"]] == part]
            n = max(len(rows), 1)
            out[part][mode] = {"recall@1": round(sum(r["r1"] for r in rows) / n, 4),
                               "recall@3": round(sum(r["r3"] for r in rows) / n, 4),
                               "mrr": round(sum(r["rr"] for r in rows) / n, 4),
                               # a relevant report first (recall@1 is at most 0.5 on a two-answer query)
                               "hit@1": round(sum(r["rr"] == 1.0 for r in rows) / n, 4)}
    out["chosen_mode"] = max(modes, key=lambda m: (out["tune"][m]["mrr"], out["tune"][m]["recall@1"]))
    return out


def query_overlap(library, queries: list[dict]) -> float:
    """Mean share of a query's (jieba, stopword-free) words that occur in its relevant exemplars."""
    from retrieval.lexical import tokenize

    shares = []
    for q in queries:
        words = set(tokenize(q["query"]))
        if not words:
            continue
        doc_words: set[str] = set()
        for rid in q["relevant"]:
            record = library.get(rid)
            doc_words |= set(tokenize(f"{record.title}\n{record.text}"))
        shares.append(len(words & doc_words) / len(words))
    return round(sum(shares) / max(len(shares), 1), 4)

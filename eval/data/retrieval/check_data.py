"""Validate the exemplar corpus and the retrieval query set.

Usage: .venv/bin/python eval/data/retrieval/check_data.py
Exits non-zero (and lists the problems) if any check fails; prints counts otherwise.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "retrieval" / "data" / "exemplars.jsonl"
QUERIES = ROOT / "eval" / "data" / "retrieval" / "queries.jsonl"
KINDS = ROOT / "eval" / "data" / "retrieval" / "exemplar_kinds.json"
CATEGORIES = {"政务信息", "业务信息", "社情民意", "宣传报道", "权益维护"}
TEXT_LEN = (400, 900)
QUERY_LEN = (30, 120)


def _load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path.name}:{n}: not JSON ({exc})")
    return rows


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1) if not any(c in "，。、；：“”（）— \n" for c in s[i:i + 2])}


def _word_overlap(qs: list[dict], by_id: dict[str, dict]) -> float:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    shares = []
    for q in qs:
        doc = by_id[q["relevant"][0]]
        words = {w for w in jieba.lcut(q["query"]) if len(w) >= 2}
        shares.append(sum(w in doc["title"] + doc["text"] for w in words) / max(1, len(words)))
    return sum(shares) / len(shares)


def main() -> int:
    problems: list[str] = []
    ex, qs = _load(CORPUS), _load(QUERIES)
    kinds = json.loads(KINDS.read_text(encoding="utf-8"))
    ids = [e.get("id") for e in ex]
    if len(ids) != len(set(ids)):
        problems.append("duplicate exemplar ids")
    for e in ex:
        for key in ("id", "title", "text", "category", "award", "year"):
            if key not in e:
                problems.append(f"{e.get('id')}: missing {key}")
        if e.get("category") not in CATEGORIES:
            problems.append(f"{e['id']}: bad category {e.get('category')}")
        if not TEXT_LEN[0] <= len(e.get("text", "")) <= TEXT_LEN[1]:
            problems.append(f"{e['id']}: text length {len(e.get('text', ''))}")
        if "——" not in e.get("title", ""):
            problems.append(f"{e['id']}: title lacks 主标题——副标题")
        if not 2023 <= int(e.get("year", 0)) <= 2025:
            problems.append(f"{e['id']}: year {e.get('year')}")
        if e["id"] not in kinds:
            problems.append(f"{e['id']}: no kind of work in {KINDS.name}")
    qids = [q.get("id") for q in qs]
    if len(qids) != len(set(qids)):
        problems.append("duplicate query ids")
    known = set(ids)
    by_id = {e["id"]: e for e in ex}
    overlaps = []
    for q in qs:
        if not QUERY_LEN[0] <= len(q.get("query", "")) <= QUERY_LEN[1]:
            problems.append(f"{q['id']}: query length {len(q.get('query', ''))}")
        rel = q.get("relevant") or []
        if not rel:
            problems.append(f"{q['id']}: no relevant ids")
        for r in rel:
            if r not in known:
                problems.append(f"{q['id']}: unknown relevant id {r}")
        if rel and rel[0] in by_id:
            qb = _bigrams(q["query"])
            tb = _bigrams(by_id[rel[0]]["title"])
            overlaps.append(len(qb & tb) / max(1, len(qb)))
    if problems:
        print("\n".join(problems))
        return 1
    print(f"exemplars: {len(ex)}  queries: {len(qs)}")
    print("per category:", dict(collections.Counter(e["category"] for e in ex)))
    print("per year:", dict(sorted(collections.Counter(e["year"] for e in ex).items())))
    kind_count = collections.Counter(kinds[e["id"]] for e in ex)
    qkind = collections.Counter(kinds[q["relevant"][0]] for q in qs)
    print(f"kinds of work: {len(kind_count)}")
    for k, n in kind_count.most_common():
        print(f"  {k}: {n} exemplars, {qkind.get(k, 0)} queries")
    lens = sorted(len(e["text"]) for e in ex)
    qlens = sorted(len(q["query"]) for q in qs)
    print(f"text length min/median/max: {lens[0]}/{lens[len(lens) // 2]}/{lens[-1]}")
    print(f"query length min/median/max: {qlens[0]}/{qlens[len(qlens) // 2]}/{qlens[-1]}")
    print("queries with 2+ relevant:", sum(len(q["relevant"]) > 1 for q in qs))
    print(f"mean share of query char-bigrams found in the relevant title: {sum(overlaps) / len(overlaps):.3f}")
    print(f"mean share of query words (jieba, 2+ chars) found in the relevant exemplar: {_word_overlap(qs, by_id):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

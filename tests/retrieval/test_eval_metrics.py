"""Retrieval metrics and the query-set loader (eval/retrieval.py), and the benchmark."""

from __future__ import annotations

import pytest

from eval.retrieval import evaluate, load_queries, parse_queries, recall_at_k, reciprocal_rank
from models.errors import InputError


@pytest.mark.parametrize(
    "ranked, relevant, k, expected",
    [
        (["a", "b", "c"], ["a"], 1, 1.0),
        (["a", "b", "c"], ["b"], 1, 0.0),
        (["a", "b", "c"], ["c"], 5, 1.0),
        (["a", "b", "c"], ["a", "z"], 5, 0.5),
        ([], ["a"], 5, 0.0),
    ],
)
def test_recall_at_k(ranked, relevant, k, expected):
    assert recall_at_k(ranked, relevant, k) == expected


@pytest.mark.parametrize(
    "ranked, relevant, expected",
    [(["a", "b"], ["a"], 1.0), (["a", "b", "c"], ["c", "b"], 0.5), (["a"], ["z"], 0.0)],
)
def test_reciprocal_rank(ranked, relevant, expected):
    assert reciprocal_rank(ranked, relevant) == expected


@pytest.mark.parametrize(
    "line, message",
    [
        ("{oops", "第 1 行不是有效的 JSON"),
        ('{"id": "q", "relevant": ["a"]}', "query"),
        ('{"id": "q", "query": "x", "relevant": []}', "relevant"),
        ('{"id": "q", "query": "x", "relevant": "a"}', "relevant"),
    ],
)
def test_bad_query_lines(line, message):
    with pytest.raises(InputError, match=message):
        parse_queries([line])


def test_bundled_query_set_loads_and_is_large_enough():
    queries = load_queries()
    assert len(queries) >= 40
    assert all(q["relevant"] for q in queries)


def test_evaluate_on_mini_library(mini_library):
    queries = parse_queries([
        '{"id": "a", "query": "法院和妇联一起帮挨打的妇女", "relevant": ["m5"]}',
        '{"id": "b", "query": "村里的调解员化解家庭纠纷", "relevant": ["m6"]}',
    ])
    report = evaluate(mini_library, queries, modes=("dense", "lexical"))
    assert report["n_queries"] == 2 and set(report["modes"]) == {"dense", "lexical"}
    assert report["modes"]["dense"]["recall@5"] == report["modes"]["dense"]["hit@5"] == 1.0


def test_evaluate_rejects_unknown_exemplar_ids(mini_library):
    queries = parse_queries(['{"id": "a", "query": "x", "relevant": ["zzz"]}'])
    with pytest.raises(InputError, match="zzz"):
        evaluate(mini_library, queries)


def test_benchmark_runs_small():
    from eval.retrieval_bench import run_benchmark

    report = run_benchmark(n=2000, dim=32, n_queries=20)
    assert report["flat"]["search_ms_p95"] >= report["flat"]["search_ms_p50"] > 0
    assert 0.8 <= report["hnsw"]["recall@10_vs_exact"] <= 1.0


def test_split_is_fixed_by_the_query_id_and_near_half():
    from eval.retrieval import split_of

    queries = load_queries()
    parts = [split_of(q["id"]) for q in queries]
    assert parts == [split_of(q["id"]) for q in reversed(queries)][::-1]  # order does not matter
    assert 0.35 < parts.count("tune") / len(parts) < 0.65


def test_mode_is_chosen_on_the_tuning_half_and_reported_on_the_other(mini_library):
    queries = [{"id": f"q{i}", "query": "家政培训 妇女就业", "relevant": [mini_library.records[0].id]} for i in range(8)]
    report = evaluate(mini_library, queries)
    split = report["split"]
    assert split["tune_queries"] + split["test_queries"] == 8
    tune = split["tune"]
    assert split["chosen_mode"] == max(tune, key=lambda m: (tune[m]["mrr"], tune[m]["recall@1"]))
    assert set(split["test"]) == {"dense", "lexical", "hybrid"}
    assert "r1" not in report["modes"]["dense"]["per_query"][0]


def test_tuning_candidates_and_metrics():
    import numpy as np

    from eval.retrieval_tune import _metrics, candidates

    dense = np.array([[0.9, 0.8, 0.1], [0.5, 0.6, 0.55]])
    bm25 = np.array([[0.0, 9.0, 0.0], [0.0, 0.0, 5.0]])
    cands = candidates({"c": dense}, bm25)
    assert "c dense" in cands and "c z(dense)+0.2·z(bm25)" in cands and "c rrf k=60 bm25×1.0" in cands
    queries = [{"relevant": ["a"]}, {"relevant": ["c", "b"]}]
    ids = ["a", "b", "c"]
    rows = np.array([0, 1])
    assert _metrics(cands["c dense"], queries, ids, rows) == {"recall@1": 0.75, "hit@1": 1.0, "mrr": 1.0}
    # a strong BM25 weight puts the first query's BM25 match (b) above its answer: one hit of two
    assert _metrics(cands["c z(dense)+1.0·z(bm25)"], queries, ids, rows)["hit@1"] == 0.5

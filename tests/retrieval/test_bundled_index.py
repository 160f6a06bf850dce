"""The index shipped with the package must match the bundled corpus and default embedder."""

import json

from retrieval.corpus import corpus_hash, load_corpus
from retrieval.library import BUNDLED_INDEX, _bundled_index


def test_bundled_index_matches_bundled_corpus():
    meta = json.loads((BUNDLED_INDEX / "meta.json").read_text(encoding="utf-8"))
    records = load_corpus()
    assert meta["corpus_sha256"] == corpus_hash(records), (
        "retrieval/data/exemplars.jsonl changed: rebuild with "
        "`fulian index build retrieval/data/exemplars.jsonl --out retrieval/data/exemplar_index`"
    )
    assert meta["n_reports"] == len(records)


def test_bundled_index_is_used_only_for_its_embedder():
    class OtherEmbedder:
        identity = "some-other-model"
        dim = 384

    assert _bundled_index(load_corpus(), OtherEmbedder()) is None

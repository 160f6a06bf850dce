"""The exemplar library: award-winning reports, searchable by meaning and by words.

``load_library()`` loads (or builds and caches) the index once; ``search`` and ``compare``
are then cheap and can be called from the CLI and the service alike.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Callable

import numpy as np

from models.embeddings import DEFAULT_EMBEDDER, Embedder, load_embedder
from models.errors import ConfigError, InputError, NotFound
from retrieval.corpus import Exemplar, corpus_hash, load_corpus
from retrieval.lexical import LexicalIndex
from retrieval.search import dense_search, score_fusion, top_k
from retrieval.chunking import DEFAULT_MAX_CHARS
from retrieval.store import FORMAT_VERSION, IndexBundle, build_bundle, load_bundle, save_bundle

log = logging.getLogger(__name__)

MODES = ("hybrid", "dense", "lexical")
# Chosen by `fulian eval retrieval` on the tuning half of the query split (57 queries, hashed
# ids): hybrid (score fusion below) MRR 0.985 / recall@1 0.956, dense 0.961 / 0.921, lexical
# 0.930 / 0.851. The untuned half (45 queries) is where the figures to quote come from.
DEFAULT_MODE = "hybrid"
# hybrid = z(dense) + LEXICAL_WEIGHT × z(BM25) over the candidates of both; the weight was
# chosen on the tuning half among 0.1-1.0 (and against rank fusion, RRF k 1-60, and 200/300/600
# character chunks): see retrieval/README.md
LEXICAL_WEIGHT = 0.2
HYBRID_DEPTH = 100  # candidates from each mode (all reports of a library of up to 100)
MAX_K = 100
SNIPPET_CHARS = 120
CACHE_KEEP = 4  # cached indexes kept under the cache directory (one per corpus/embedder)
QUERY_CACHE_SIZE = 512  # recent query vectors kept (the service sees repeated queries)
DEFAULT_CACHE_DIR = Path("var/cache") / "retrieval"  # the service passes FULIAN_CACHE_DIR's in (Settings.cache_dir)
# The bundled corpus's index, built with the default embedder and shipped in the package so
# that a fresh install starts in seconds. Rebuild after editing the corpus:
#   fulian index build retrieval/data/exemplars.jsonl --out retrieval/data/exemplar_index
BUNDLED_INDEX = Path(__file__).resolve().parent / "data" / "exemplar_index"


class ExemplarLibrary:
    def __init__(self, bundle: IndexBundle, embedder: Embedder):
        if bundle.meta.get("embedder") != embedder.identity:
            raise ConfigError(
                f"索引由嵌入模型“{bundle.meta.get('embedder')}”构建，当前使用的是“{embedder.identity}”，请重新构建索引。"
            )
        self.bundle = bundle
        self.embedder = embedder
        self.records = bundle.records
        self._by_id = {r.id: i for i, r in enumerate(self.records)}
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self.lexical = LexicalIndex(lexical_documents(self.records), saved=bundle.lexical_tokens)
        bundle.lexical_tokens = self.lexical.cache_entry  # what save_bundle writes beside the index

    def warm_up(self) -> None:
        """What the first query would otherwise wait for (the segmenter's dictionary)."""
        self.lexical.warm_up()

    # ---- look-up -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.records)

    def get(self, exemplar_id: str) -> Exemplar:
        try:
            return self.records[self._by_id[exemplar_id]]
        except KeyError:
            raise NotFound(f"范文库中没有编号为“{exemplar_id}”的范文，请先用检索找到范文编号。") from None

    @property
    def info(self) -> dict:
        return {k: self.bundle.meta.get(k) for k in ("embedder", "n_reports", "n_chunks", "index_kind", "corpus_sha256")}

    # ---- search --------------------------------------------------------------------
    def encode_queries(self, queries: list[str], batch_size: int = 16) -> None:
        """Embed many queries in batches ahead of ``search`` (much faster than one by one)."""
        todo = [q for q in dict.fromkeys(queries) if q not in self._query_cache]
        if todo:
            vectors = self.embedder.encode(todo, role="query", batch_size=batch_size)
            for query, vector in zip(todo, vectors):
                self._remember(query, vector)

    def _remember(self, query: str, vector: np.ndarray) -> None:
        self._query_cache[query] = vector
        self._query_cache.move_to_end(query)
        while len(self._query_cache) > QUERY_CACHE_SIZE:
            self._query_cache.popitem(last=False)

    def _query_vector(self, query: str) -> np.ndarray:
        vector = self._query_cache.get(query)
        if vector is None:
            vector = self.embedder.encode([query], role="query")[0]
        self._remember(query, vector)
        return vector

    def _dense(self, query: str, k: int) -> list[tuple[int, float, int]]:
        vector = self._query_vector(query)
        return dense_search(self.bundle.index, vector, self.bundle.chunk_doc, k, len(self.records))

    def _lexical(self, query: str, k: int) -> list[tuple[int, float]]:
        return [(i, s) for i, s in top_k(self.lexical.scores(query), k) if s > 0]

    def search(self, query: str, k: int = 5, mode: str | None = None) -> dict:
        """The ``k`` reports most like ``query``: ``{"mode", "k", "results": [{"id", "title", "score", "rank",
        "relevance", ...}]}``; ``relevance`` (0-100) reads the same in every mode.

        ``lexical`` lists only reports that share at least one word with the query, so it
        may return fewer than ``k``; ``dense`` and ``hybrid`` return ``min(k, len(self))``.
        """
        mode = mode or DEFAULT_MODE
        if mode not in MODES:
            raise InputError(f"检索方式“{mode}”无效，可选：{', '.join(MODES)}。")
        if not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise InputError(f"返回条数 k 必须是 1 到 {MAX_K} 之间的整数。")
        if not query or not query.strip():
            raise InputError("检索内容为空：请输入草稿或要点。")
        best_chunk: dict[int, int] = {}
        dense_scores: dict[int, float] = {}
        lexical_scores: dict[int, float] = {}
        if mode in ("dense", "hybrid"):
            depth = k if mode == "dense" else max(HYBRID_DEPTH, 4 * k)
            for doc, score, cid in self._dense(query, depth):
                dense_scores[doc], best_chunk[doc] = score, cid
        if mode in ("lexical", "hybrid"):
            depth = k if mode == "lexical" else max(HYBRID_DEPTH, 4 * k)
            lexical_scores = dict(self._lexical(query, depth))
        if mode == "dense":
            ranked = list(dense_scores.items())
        elif mode == "lexical":
            ranked = list(lexical_scores.items())
        else:
            ranked = score_fusion(dense_scores, lexical_scores, LEXICAL_WEIGHT, k)
        results = []
        for rank, (doc, score) in enumerate(ranked[:k], start=1):
            results.append(self._result(doc, score, rank, best_chunk.get(doc), dense_scores, lexical_scores, mode))
        return {"mode": mode, "k": k, "results": results}

    def _result(self, doc, score, rank, chunk_id, dense_scores, lexical_scores, mode) -> dict:
        record = self.records[doc]
        snippet = self.bundle.chunk_text(chunk_id) if chunk_id is not None else record.text
        out = {"id": record.id, "title": record.title, "score": round(float(score), 6), "rank": rank,
               "relevance": relevance(rank, len(self.records))}
        out.update(record.as_dict(with_text=False))
        out["snippet"] = snippet[:SNIPPET_CHARS]
        if mode == "hybrid":
            out["dense_score"] = _rounded(dense_scores.get(doc))
            out["lexical_score"] = _rounded(lexical_scores.get(doc))
        return out

    # ---- compare -------------------------------------------------------------------
    def compare(self, draft: str, exemplar_id: str, scorer=None) -> dict:
        """A draft against one exemplar: outlines, facts and (with a scorer) rubric scores."""
        from retrieval.compare import compare_reports

        return compare_reports(draft, self.get(exemplar_id), scorer=scorer)


def relevance(rank: int, n_docs: int) -> int:
    """One 0-100 scale for every mode: the share of the library ranked below this report
    (100 for the first of many, 0 for the last). ``score`` stays in the mode's own units
    (cosine, BM25, fused z-scores), which cannot be compared across modes."""
    if n_docs <= 1:
        return 100
    return int(round(100 * (n_docs - rank) / (n_docs - 1)))


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def _cache_key(records: list[Exemplar], identity: str, max_chars: int) -> str:
    text = f"{corpus_hash(records)}|{identity}|{max_chars}|{FORMAT_VERSION}"
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def load_library(
    corpus_path: str | Path | None = None,
    index_dir: str | Path | None = None,
    embedder: str | Embedder = DEFAULT_EMBEDDER,
    *,
    cache_dir: str | Path | None = DEFAULT_CACHE_DIR,
    progress: Callable[[int, int], None] | None = None,
) -> ExemplarLibrary:
    """Open the exemplar library.

    With ``index_dir``: load that prebuilt index (it must match ``embedder`` and, if given,
    ``corpus_path``). Without: read ``corpus_path`` (None = the bundled illustrative
    corpus) and build the index in memory, reusing a copy cached under ``cache_dir``
    (keyed by corpus hash and embedder identity; ``None`` disables the cache).
    """
    model = load_embedder(embedder) if isinstance(embedder, str) else embedder
    if index_dir is not None:
        bundle = load_bundle(index_dir, embedder_identity=model.identity)
        if corpus_path is not None and corpus_hash(load_corpus(corpus_path)) != bundle.meta.get("corpus_sha256"):
            raise ConfigError(f"索引 {index_dir} 不是用范文库 {corpus_path} 的当前内容构建的，请重新运行 fulian index build。")
        return ExemplarLibrary(bundle, model)
    records = load_corpus(corpus_path)
    if corpus_path is None:
        bundled = _bundled_index(records, model)
        if bundled is not None:
            return ExemplarLibrary(bundled, model)
    cached = Path(cache_dir) / _cache_key(records, model.identity, DEFAULT_MAX_CHARS) if cache_dir else None
    if cached is not None and (cached / "meta.json").is_file():
        try:
            return ExemplarLibrary(load_bundle(cached, embedder_identity=model.identity), model)
        except ConfigError as exc:
            log.warning("ignoring a damaged index cache at %s: %s", cached, exc.message)
    library = ExemplarLibrary(build_bundle(records, model, progress=progress), model)
    if cached is not None:
        try:
            save_bundle(library.bundle, cached)
            _prune_cache(cached.parent, keep=CACHE_KEEP)
        except OSError as exc:
            log.warning("could not cache the exemplar index at %s: %s", cached, exc)
    return library


def lexical_documents(records: list[Exemplar]) -> list[str]:
    """What BM25 indexes for each report: the title twice (it names the topic), then the text."""
    return [f"{r.title}\n{r.title}\n{r.text}" for r in records]


def _bundled_index(records: list[Exemplar], model: Embedder) -> IndexBundle | None:
    """The shipped index of the bundled corpus, if it matches the corpus and the embedder."""
    if not (BUNDLED_INDEX / "meta.json").is_file():
        return None
    try:
        bundle = load_bundle(BUNDLED_INDEX, embedder_identity=model.identity)
    except ConfigError:
        return None  # built by another embedder: build (and cache) a fresh one
    if bundle.meta.get("corpus_sha256") != corpus_hash(records) or bundle.meta.get("chunk_max_chars") != DEFAULT_MAX_CHARS:
        log.warning("the bundled exemplar index is stale; rebuilding it in memory")
        return None
    return bundle


def _prune_cache(root: Path, keep: int) -> None:
    """Remove all but the ``keep`` most recently written cached indexes."""
    import shutil

    entries = sorted((p for p in root.iterdir() if (p / "meta.json").is_file()), key=lambda p: (p / "meta.json").stat().st_mtime)
    for stale in entries[:-keep] if keep > 0 else entries:
        shutil.rmtree(stale, ignore_errors=True)

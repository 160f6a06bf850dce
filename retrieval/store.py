"""Build, save and load an exemplar index: FAISS vectors, chunk map, corpus and metadata.

An index directory holds ``vectors.faiss``, ``chunks.npz`` (chunk -> report and offsets),
``corpus.jsonl`` (the reports it was built from) and ``meta.json`` (embedder identity,
corpus hash, index kind, chunking). Loading with another embedder is refused.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from models.embeddings import Embedder
from models.errors import ConfigError
from retrieval.chunking import DEFAULT_MAX_CHARS, chunk_report, embedding_input
from retrieval.corpus import Exemplar, corpus_hash, load_corpus
from retrieval.vector_index import (
    EXACT_MAX_VECTORS,
    build_vector_index,
    index_kind,
    read_vector_index,
    write_vector_index,
)

FORMAT_VERSION = 1
_FILES = ("vectors.faiss", "chunks.npz", "corpus.jsonl", "meta.json")
# Optional: the BM25 token lists of the reports ({"key", "tokens"}, see retrieval.lexical),
# saved so that opening the index does not segment every report again.
LEXICAL_TOKENS_FILE = "lexical_tokens.json"


@dataclass
class IndexBundle:
    records: list[Exemplar]
    chunk_doc: np.ndarray  # (n_chunks,) report position of each chunk
    chunk_spans: np.ndarray  # (n_chunks, 2) start/end offsets into the report text
    index: object  # a FAISS index over the chunk vectors
    meta: dict = field(default_factory=dict)
    lexical_tokens: dict | None = None

    def chunk_text(self, chunk_id: int) -> str:
        start, end = self.chunk_spans[chunk_id]
        return self.records[int(self.chunk_doc[chunk_id])].text[start:end]


def build_bundle(
    records: list[Exemplar],
    embedder: Embedder,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    kind: str = "auto",
    exact_max: int = EXACT_MAX_VECTORS,
    batch_size: int = 16,
    progress: Callable[[int, int], None] | None = None,
) -> IndexBundle:
    """Chunk every report, embed the chunks as passages and index them.

    ``progress(done, total)`` is called with chunk counts after each embedded batch.
    """
    started = time.perf_counter()
    chunks = [c for i, r in enumerate(records) for c in chunk_report(i, r.text, max_chars)]
    inputs = [embedding_input(records[c.doc_index].title, c.text) for c in chunks]
    parts = []
    for i in range(0, len(inputs), batch_size):
        batch = inputs[i : i + batch_size]
        parts.append(embedder.encode(batch, role="passage", batch_size=batch_size))
        if progress:
            progress(i + len(batch), len(inputs))
    vectors = np.concatenate(parts, axis=0)
    index = build_vector_index(vectors, kind=kind, exact_max=exact_max)
    meta = {
        "format_version": FORMAT_VERSION,
        "embedder": embedder.identity,
        "dim": int(embedder.dim),
        "corpus_sha256": corpus_hash(records),
        "n_reports": len(records),
        "n_chunks": len(chunks),
        "index_kind": index_kind(index),
        "chunk_max_chars": max_chars,
        "build_seconds": round(time.perf_counter() - started, 3),
    }
    return IndexBundle(
        records=records,
        chunk_doc=np.array([c.doc_index for c in chunks], dtype=np.int32),
        chunk_spans=np.array([(c.start, c.end) for c in chunks], dtype=np.int32).reshape(-1, 2),
        index=index,
        meta=meta,
    )


def save_bundle(bundle: IndexBundle, out_dir: str | Path) -> Path:
    """Write the index directory (created if needed); files are replaced atomically one by one."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = {name: out / f".{name}.{os.getpid()}.tmp" for name in _FILES}
    write_vector_index(bundle.index, str(tmp["vectors.faiss"]))
    with open(tmp["chunks.npz"], "wb") as fh:
        np.savez(fh, chunk_doc=bundle.chunk_doc, chunk_spans=bundle.chunk_spans)
    tmp["corpus.jsonl"].write_text(
        "".join(json.dumps(r.as_dict(), ensure_ascii=False) + "\n" for r in bundle.records), encoding="utf-8"
    )
    if bundle.lexical_tokens is not None:
        tmp[LEXICAL_TOKENS_FILE] = out / f".{LEXICAL_TOKENS_FILE}.{os.getpid()}.tmp"
        tmp[LEXICAL_TOKENS_FILE].write_text(json.dumps(bundle.lexical_tokens, ensure_ascii=False), encoding="utf-8")
    meta_tmp = tmp.pop("meta.json")
    meta_tmp.write_text(json.dumps(bundle.meta, ensure_ascii=False, indent=2), encoding="utf-8")
    for name, path in tmp.items():
        path.replace(out / name)
    meta_tmp.replace(out / "meta.json")  # last: a directory with meta.json is complete
    return out


def load_bundle(index_dir: str | Path, embedder_identity: str | None = None) -> IndexBundle:
    """Load an index directory; refuse one built by another embedder or left incomplete."""
    d = Path(index_dir)
    if not d.is_dir():
        raise ConfigError(f"索引目录不存在：{d}。请先运行 fulian index build 语料.jsonl --out {d}。")
    missing = [name for name in _FILES if not (d / name).is_file()]
    if missing:
        raise ConfigError(f"索引目录 {d} 不完整（缺少 {', '.join(missing)}），请重新运行 fulian index build。")
    try:
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    except ValueError:
        raise ConfigError(f"索引目录 {d} 的 meta.json 已损坏，请重新构建索引。") from None
    if meta.get("format_version") != FORMAT_VERSION:
        raise ConfigError(f"索引 {d} 的格式版本为 {meta.get('format_version')}，本程序需要 {FORMAT_VERSION}，请重新构建索引。")
    if embedder_identity is not None and meta.get("embedder") != embedder_identity:
        raise ConfigError(
            f"索引 {d} 由嵌入模型“{meta.get('embedder')}”构建，当前使用的是“{embedder_identity}”，"
            "两者的向量不可混用：请改用构建时的嵌入模型，或用当前模型重新运行 fulian index build。"
        )
    records = load_corpus(d / "corpus.jsonl")
    arrays = np.load(d / "chunks.npz")
    bundle = IndexBundle(
        records=records,
        chunk_doc=arrays["chunk_doc"],
        chunk_spans=arrays["chunk_spans"],
        index=read_vector_index(str(d / "vectors.faiss")),
        meta=meta,
        lexical_tokens=_read_lexical_tokens(d / LEXICAL_TOKENS_FILE),
    )
    if bundle.index.ntotal != len(bundle.chunk_doc) or corpus_hash(records) != meta.get("corpus_sha256"):
        raise ConfigError(f"索引目录 {d} 的文件彼此不一致，请重新运行 fulian index build。")
    return bundle


def _read_lexical_tokens(path: Path) -> dict | None:
    """The saved token lists, or None when absent or unreadable (the library then segments again)."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None

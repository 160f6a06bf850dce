"""Span taggers: models that find PER/LOC/ORG spans in Chinese text.

One interface for every backend, so ``privacy/`` asks for a ready tagger and never loads
a model itself::

    class SpanTagger(Protocol):
        name: str
        def tag(self, texts: list[str]) -> list[list[Span]]  # one list per input text

``Span`` offsets index the text given to ``tag``. Backends:

- ``ner``: the character-level model trained by this project (``models/ner``).
- ``thulac``: thulac's POS tagger (np/ns/ni); accurate on news, slow, research-only licence.
- ``jieba``: jieba posseg (nr/ns/nt); fast, weaker.
- ``auto``: ``ner`` when its weights are present, else ``thulac``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

from models.errors import ConfigError


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # "PER", "LOC" or "ORG" (or WEAK_PER)
    score: float = 1.0


# A name that only the NER tagger's second, recall-side decode finds (``recall_bias`` in its weights):
# the privacy scan keeps it only where the document supports it; scorers that count "PER" ignore it.
WEAK_PER = "PER_WEAK"


# What a caller runs between a tagger's batches (a scan's time budget raises there); per thread and task.
_BETWEEN_BATCHES: ContextVar[Callable[[], None] | None] = ContextVar("tagger_between_batches", default=None)


@contextlib.contextmanager
def between_batches_run(check: Callable[[], None]) -> Iterator[None]:
    """Within the block a batching tagger calls ``check`` before each batch; what it raises stops the call."""
    token = _BETWEEN_BATCHES.set(check)
    try:
        yield
    finally:
        _BETWEEN_BATCHES.reset(token)


def between_batches() -> None:
    """Called by a batching tagger before each batch: runs the caller's check, if any."""
    check = _BETWEEN_BATCHES.get()
    if check is not None:
        check()


class SpanTagger(Protocol):
    name: str

    def tag(self, texts: list[str]) -> list[list[Span]]: ...


_BACKENDS = {
    "ner": "models.ner.tagger:load_ner_tagger",
    "thulac": "models.taggers.thulac_tagger:load_thulac_tagger",
    "jieba": "models.taggers.jieba_tagger:load_jieba_tagger",
}


def load_span_tagger(kind: str = "auto", model_dir: str | None = None, *,
                     ner_options: dict | None = None) -> SpanTagger:
    """A ready tagger of the given kind; ``model_dir`` overrides the bundled NER weights;
    ``ner_options``: keywords of ``load_ner_tagger`` (``threads``, ``parallel``)."""
    import importlib

    if kind == "auto":
        try:
            return load_span_tagger("ner", model_dir, ner_options=ner_options)
        except (ConfigError, ModuleNotFoundError):
            return load_span_tagger("thulac")
    if kind not in _BACKENDS:
        raise ConfigError(f"未知的人名识别后端：{kind}（可选：auto、{'、'.join(_BACKENDS)}）")
    module_name, _, func_name = _BACKENDS[kind].partition(":")
    loader = getattr(importlib.import_module(module_name), func_name)
    return loader(model_dir, **(ner_options or {})) if kind == "ner" else loader()

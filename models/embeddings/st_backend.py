"""Any local sentence-transformers model directory (e.g. bge-small-zh, all-MiniLM-L6-v2)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Sequence

import numpy as np

from models.embeddings import Role, check_role, normalise
from models.errors import ConfigError

# Files whose content identifies the model; weights are fingerprinted by name and size.
_CONFIG_FILES = ("modules.json", "config.json", "config_sentence_transformers.json", "sentence_bert_config.json")
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx")


def fingerprint(model_dir: Path) -> str:
    """A short hash of the configs and the weight files' names and sizes."""
    digest = hashlib.sha256()
    for name in _CONFIG_FILES:
        p = model_dir / name
        if p.is_file():
            digest.update(name.encode() + b"\0" + p.read_bytes())
    for p in sorted(model_dir.rglob("*")):
        if p.is_file() and p.suffix in _WEIGHT_SUFFIXES:
            digest.update(f"{p.relative_to(model_dir)}:{p.stat().st_size}".encode())
    return digest.hexdigest()[:12]


def _prompts(model_dir: Path) -> dict[str, str]:
    """Role prompts declared by the model (``config_sentence_transformers.json``), if any."""
    p = model_dir / "config_sentence_transformers.json"
    if not p.is_file():
        return {}
    try:
        prompts = json.loads(p.read_text(encoding="utf-8")).get("prompts") or {}
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in prompts.items() if k in ("query", "passage") and isinstance(v, str)}


class SentenceTransformerEmbedder:
    """Loads a model directory offline; uses its declared query/passage prompts if it has them."""

    def __init__(self, model_dir: str | Path, device: str | None = None):
        model_dir = Path(model_dir).expanduser().resolve()
        if not (model_dir / "modules.json").is_file() and not (model_dir / "config.json").is_file():
            raise ConfigError(f"{model_dir} 不是 sentence-transformers 模型目录（缺少 modules.json 或 config.json）。")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar on the user's terminal
        try:
            self._model = SentenceTransformer(str(model_dir), device=device or "cpu", local_files_only=True)
        except Exception as exc:  # many loader errors; report one clear message
            raise ConfigError(f"无法加载嵌入模型目录 {model_dir}：{exc}") from exc
        self._prompts = _prompts(model_dir)
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.identity = f"sentence-transformers:{model_dir.name}:{fingerprint(model_dir)}"

    def encode(self, texts: Sequence[str], role: Role = "passage", batch_size: int = 16) -> np.ndarray:
        check_role(role)
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            prompt=self._prompts.get(role),
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return normalise(vectors)

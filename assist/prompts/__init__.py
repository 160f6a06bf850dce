"""Prompt data files (Chinese) for the language-model backends, loaded by ``load_prompts``."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from models.errors import ConfigError


@functools.lru_cache(maxsize=None)
def load_prompts(name: str) -> dict:
    """The prompt file ``<name>.yaml`` of this package, checked for its required keys."""
    try:
        text = resources.files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"缺少提示词文件：assist/prompts/{name}.yaml") from None
    data = yaml.safe_load(text) or {}
    missing = [k for k in data.get("required", []) if k not in data]
    if missing:
        raise ConfigError(f"提示词文件 {name}.yaml 缺少字段：{'、'.join(missing)}")
    return data

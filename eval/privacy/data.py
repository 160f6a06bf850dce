"""Loaders for the privacy evaluation sets."""

from __future__ import annotations

import json
import os
from pathlib import Path

from models.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "privacy"
DOMAIN_FILE = DATA_DIR / "domain.jsonl"
HANDWRITTEN_FILE = DATA_DIR / "handwritten.jsonl"
HOLDOUT_FILE = DATA_DIR / "holdout.jsonl"
FRESH_FILE = DATA_DIR / "fresh.jsonl"
REPORTS_FILE = DATA_DIR / "reports.jsonl"
REPORTS_FRESH_FILE = DATA_DIR / "reports_fresh.jsonl"
REPORTS_FRESH2_FILE = DATA_DIR / "reports_fresh2.jsonl"
REPORTS_FRESH3_FILE = DATA_DIR / "reports_fresh3.jsonl"
NER_DEV_FILES = ("cluener.dev.bio", "weibo.dev.bio", "resume.dev.bio")


def default_ner_dir() -> Path:
    """``FULIAN_NER_DATA`` or ``../shared/data/ner`` beside the repository."""
    env = os.environ.get("FULIAN_NER_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"


def load_jsonl(path: str | Path) -> list[dict]:
    """Rows ``{"id", "text", "entities": [{"type", "start", "end", ...}], "negatives"?, "reference_date"?}``."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"评测数据不存在：{p}；可用 python -m eval.privacy.generate 重新生成领域数据。")
    rows = []
    with p.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            for ent in row.get("entities", []):
                if row["text"][ent["start"] : ent["end"]] != ent.get("text", row["text"][ent["start"] : ent["end"]]):
                    raise ConfigError(f"{p}:{lineno}: 实体文本与偏移不一致：{ent}")
            rows.append(row)
    return rows


def load_ner_person(path: str | Path) -> list[dict]:
    """A BIO dev file as rows with PERSON entities (its PER spans)."""
    from models.ner.data import read_bio, spans_from_tags

    rows = []
    for i, sent in enumerate(read_bio(path)):
        ents = [
            {"type": "PERSON", "start": s, "end": e, "text": sent.text[s:e]}
            for s, e, label in spans_from_tags(sent.tags)
            if label == "PER"
        ]
        rows.append({"id": f"{Path(path).stem}-{i}", "text": sent.text, "entities": ents})
    return rows

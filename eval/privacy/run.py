"""``fulian eval privacy``: precision, recall and F2 per entity type on labelled data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eval.privacy.data import (
    DOMAIN_FILE,
    FRESH_FILE,
    HANDWRITTEN_FILE,
    HOLDOUT_FILE,
    NER_DEV_FILES,
    REPORTS_FILE,
    REPORTS_FRESH_FILE,
    REPORTS_FRESH2_FILE,
    REPORTS_FRESH3_FILE,
    load_jsonl,
    load_ner_person,
)
from eval.privacy.document import compare as compare_document
from eval.privacy.metrics import score_rows
from eval.privacy.obfuscation import run as run_obfuscation
from eval.privacy.handwritten import REFERENCE_DATE
from eval.privacy.news_minors import NEWS_FILE, minor_marks, news_document
from eval.privacy.structured import run as run_structured
from eval.privacy.unmasked import count_unmasked
from privacy.scanner import ENTITY_TYPES

DOCUMENT_NER_FILE = "peoples_daily.dev.bio"


def scan_rows(scanner, rows: list[dict]) -> list[dict]:
    preds = []
    default_today = scanner.today
    for row in rows:
        ref = row.get("reference_date")
        scanner.today = dt.date.fromisoformat(ref) if ref else default_today
        preds.append(scanner.scan(row["text"]))
    scanner.today = default_today
    return preds


def evaluate(scanner, *, limit: int | None = None, ner_dir: Path | None = None, include_ner: bool = True) -> dict:
    """Scores on the domain set, the handwritten, held-out and fresh sets and (PERSON only) the NER dev splits."""
    report: dict = {"person_model": scanner.person_model, "datasets": {}}
    for name, path in (("domain", DOMAIN_FILE), ("handwritten", HANDWRITTEN_FILE), ("holdout", HOLDOUT_FILE), ("fresh", FRESH_FILE), ("reports", REPORTS_FILE),
                       ("reports_fresh", REPORTS_FRESH_FILE), ("reports_fresh2", REPORTS_FRESH2_FILE),
                       ("reports_fresh3", REPORTS_FRESH3_FILE)):
        if not Path(path).is_file():
            continue
        rows = load_jsonl(path)[:limit]
        # sets labelled before MINOR_DETAIL existed are not scored on it
        labelled = any(e["type"] == "MINOR_DETAIL" for row in rows for e in row["entities"])
        types = None if labelled else tuple(t for t in ENTITY_TYPES if t != "MINOR_DETAIL")
        preds = scan_rows(scanner, rows)
        scored = score_rows(rows, preds, types=types)
        report["datasets"][name] = {"sentences": len(rows), **scored, "unmasked": count_unmasked(rows, preds)}
    if include_ner and ner_dir is not None:
        for fname in NER_DEV_FILES:
            path = Path(ner_dir) / fname
            if not path.is_file():
                continue
            rows = load_ner_person(path)[:limit]
            scored = score_rows(rows, scan_rows(scanner, rows), types=("PERSON",))
            scored.pop("negatives")
            scored.pop("minor")
            report["datasets"][f"ner:{path.stem}"] = {"sentences": len(rows), **scored}
    report["obfuscation"] = run_obfuscation(scanner)
    report["structured"] = run_structured(scanner)
    if include_ner and ner_dir is not None and (Path(ner_dir) / NEWS_FILE).is_file():
        default_today = scanner.today
        scanner.today = dt.date.fromisoformat(REFERENCE_DATE)
        report["news_minors"] = minor_marks(scanner, news_document(ner_dir, limit=limit))
        scanner.today = default_today
    report["document"] = document_sets(scanner, limit=limit, ner_dir=ner_dir if include_ner else None)
    return report


def document_sets(scanner, *, limit: int | None = None, ner_dir: Path | None = None) -> dict:
    """PERSON F1 of the same rows scanned one by one and joined as one document."""
    rows: list[dict] = []
    for path in (HANDWRITTEN_FILE, HOLDOUT_FILE, FRESH_FILE, REPORTS_FILE, REPORTS_FRESH_FILE, REPORTS_FRESH2_FILE, REPORTS_FRESH3_FILE):
        if Path(path).is_file():
            rows += load_jsonl(path)[:limit]
    default_today = scanner.today
    scanner.today = dt.date.fromisoformat(rows[0]["reference_date"]) if rows and rows[0].get("reference_date") else default_today
    out = {"reports": {"rows": len(rows), **compare_document(scanner, rows)}}
    scanner.today = default_today
    path = Path(ner_dir) / DOCUMENT_NER_FILE if ner_dir is not None else None
    if path is not None and path.is_file():
        news = load_ner_person(path)[:limit]
        out[f"ner:{path.stem}"] = {"rows": len(news), **compare_document(scanner, news)}
    return out


def to_json(report: dict, with_errors: bool = False) -> dict:
    out = {"person_model": report["person_model"], "datasets": {}}
    for name, ds in report["datasets"].items():
        item = {"sentences": ds["sentences"], "types": {t: prf.as_dict() for t, prf in ds["types"].items()}}
        if "minor" in ds:
            item["minor"] = ds["minor"].as_dict()
        if "negatives" in ds:
            item["negatives"] = ds["negatives"]
        if "sensitive" in ds:
            item["sensitive"] = {k: prf.as_dict() for k, prf in ds["sensitive"].items()}
        if "unmasked" in ds:
            item["unmasked"] = {k: v for k, v in ds["unmasked"].items() if with_errors or k != "examples"}
        if with_errors:
            item["errors"] = ds["errors"]
        out["datasets"][name] = item
    if "obfuscation" in report:
        obf = dict(report["obfuscation"])
        if not with_errors:
            obf.pop("missed")
        out["obfuscation"] = obf
    if "structured" in report:
        out["structured"] = {k: v for k, v in report["structured"].items() if with_errors or k not in ("missed", "alarms")}
    if "news_minors" in report:
        out["news_minors"] = {k: v for k, v in report["news_minors"].items() if with_errors or k != "marks"}
    if "document" in report:
        out["document"] = {
            name: {"rows": d["rows"], "sentence": d["sentence"].as_dict(), "document": d["document"].as_dict(),
                   "delta_f1": d["delta_f1"]}
            for name, d in report["document"].items()
        }
    return out

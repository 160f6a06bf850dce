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
    load_jsonl,
    load_ner_person,
)
from eval.privacy.metrics import score_rows


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
    for name, path in (("domain", DOMAIN_FILE), ("handwritten", HANDWRITTEN_FILE), ("holdout", HOLDOUT_FILE), ("fresh", FRESH_FILE), ("reports", REPORTS_FILE)):
        if not Path(path).is_file():
            continue
        rows = load_jsonl(path)[:limit]
        scored = score_rows(rows, scan_rows(scanner, rows))
        report["datasets"][name] = {"sentences": len(rows), **scored}
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
    return report


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
        if with_errors:
            item["errors"] = ds["errors"]
        out["datasets"][name] = item
    return out

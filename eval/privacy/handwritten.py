"""Convert the marked-up handwritten set (``handwritten.txt``) into span-labelled JSONL.

Markup: ``[[TYPE:text]]`` an entity, ``[[TYPE!:text]]`` one that belongs to a minor,
``{{kind:text}}`` a span that must not be flagged, ``<<kind,...>>`` at the end of a line the
sensitive kinds of the sentence. ``python -m eval.privacy.handwritten``
rewrites ``eval/data/privacy/handwritten.jsonl``; ``--holdout`` rewrites ``holdout.jsonl``
(sentences written after the rules were tuned, to check that they generalise); ``--fresh``
rewrites ``fresh.jsonl`` (multi-sentence report passages written without reading the rules); ``--reports`` rewrites
``reports.jsonl`` (passages on coreference, minors' details, obfuscation and false-alarm words);
``--reports-fresh`` rewrites ``reports_fresh.jsonl`` (a second such set, written before the rules of
session 5 changed); ``--reports-fresh2`` rewrites ``reports_fresh2.jsonl`` (20 whole documents
of 300-900 characters written before the rules of session 6 changed: short names, kinship, public figures);
``--reports-fresh3`` rewrites ``reports_fresh3.jsonl`` (15 documents written before the rules of session 7
changed: parents next to children, siblings, 老X and X女士, 某某/化名 forms).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from eval.privacy.data import DATA_DIR

SOURCE = DATA_DIR / "handwritten.txt"
TARGET = DATA_DIR / "handwritten.jsonl"
HOLDOUT_SOURCE = DATA_DIR / "holdout.txt"
HOLDOUT_TARGET = DATA_DIR / "holdout.jsonl"
FRESH_SOURCE = DATA_DIR / "fresh.txt"
FRESH_TARGET = DATA_DIR / "fresh.jsonl"
REPORTS_SOURCE = DATA_DIR / "reports.txt"
REPORTS_TARGET = DATA_DIR / "reports.jsonl"
REPORTS_FRESH_SOURCE = DATA_DIR / "reports_fresh.txt"
REPORTS_FRESH_TARGET = DATA_DIR / "reports_fresh.jsonl"
REPORTS_FRESH2_SOURCE = DATA_DIR / "reports_fresh2.txt"
REPORTS_FRESH2_TARGET = DATA_DIR / "reports_fresh2.jsonl"
REPORTS_FRESH3_SOURCE = DATA_DIR / "reports_fresh3.txt"
REPORTS_FRESH3_TARGET = DATA_DIR / "reports_fresh3.jsonl"
REFERENCE_DATE = "2026-11-26"
_MARK = re.compile(r"\[\[([A-Z_]+)(!?):(.+?)\]\]|\{\{([a-z_]+):(.+?)\}\}")
_KINDS = re.compile(r"<<([a-z_,]*)>>$")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def decode_escapes(line: str) -> str:
    """A ``\\u`` escape with four hex digits in a source line, as the character itself (invisible or unusual characters)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), line)


def parse_line(line: str) -> dict:
    """One marked-up sentence as ``{"text", "entities", "negatives"}`` (+ ``"sensitive_kinds"``)."""
    kinds = _KINDS.search(line)
    if kinds:
        line = line[: kinds.start()]
    row = _parse_spans(line)
    if kinds:
        row["sensitive_kinds"] = sorted(k for k in kinds.group(1).split(",") if k)
    return row


def _parse_spans(line: str) -> dict:
    text_parts: list[str] = []
    entities: list[dict] = []
    negatives: list[dict] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        plain = line[pos : m.start()]
        text_parts.append(plain)
        length += len(plain)
        value = m.group(3) if m.group(1) else m.group(5)
        span = {"start": length, "end": length + len(value), "text": value}
        if m.group(1):
            entities.append({"type": m.group(1), **span, "minor": m.group(2) == "!"})
        else:
            negatives.append({"kind": m.group(4), **span})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(line[pos:])
    return {"text": "".join(text_parts), "entities": entities, "negatives": negatives}


def convert(source: Path = SOURCE, target: Path = TARGET, prefix: str = "hand", lengths: tuple[int, int] | None = None) -> int:
    """Write ``target``; every span is asserted to lie where its text says, and with ``lengths``
    every document to have a length within (min, max)."""
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = parse_line(decode_escapes(line.strip()))
        for span in row["entities"] + row["negatives"]:
            assert row["text"][span["start"] : span["end"]] == span["text"], span
        if lengths is not None:
            assert lengths[0] <= len(row["text"]) <= lengths[1], (len(rows), len(row["text"]))
        rows.append({"id": f"{prefix}-{len(rows):03d}", "reference_date": REFERENCE_DATE, **row})
    with target.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    import sys

    if "--reports-fresh3" in sys.argv:
        convert(REPORTS_FRESH3_SOURCE, REPORTS_FRESH3_TARGET, prefix="rfresh3", lengths=(200, 900))
    elif "--reports-fresh2" in sys.argv:
        convert(REPORTS_FRESH2_SOURCE, REPORTS_FRESH2_TARGET, prefix="rfresh2", lengths=(300, 900))
    elif "--reports-fresh" in sys.argv:
        convert(REPORTS_FRESH_SOURCE, REPORTS_FRESH_TARGET, prefix="rfresh")
    elif "--reports" in sys.argv:
        convert(REPORTS_SOURCE, REPORTS_TARGET, prefix="report")
    elif "--fresh" in sys.argv:
        convert(FRESH_SOURCE, FRESH_TARGET, prefix="fresh")
    elif "--holdout" in sys.argv:
        convert(HOLDOUT_SOURCE, HOLDOUT_TARGET, prefix="holdout")
    else:
        convert()

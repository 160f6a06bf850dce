"""Document-level check: the same sentences scanned one by one and joined into one document.

A scanner that reasons over the whole document (repeated names, a person's minor status)
must not lose precision when the sentences stand together: the two PERSON F1 figures should
agree within 0.01. The joined document puts one sentence per line; gold offsets are shifted.
"""

from __future__ import annotations

from eval.ner_metrics import PRF


def join_rows(rows: list[dict], sep: str = "\n") -> tuple[dict, list[int]]:
    """One row holding every sentence (``sep`` between them) and each sentence's offset."""
    parts, offsets, entities, pos = [], [], [], 0
    for row in rows:
        offsets.append(pos)
        parts.append(row["text"])
        for ent in row["entities"]:
            entities.append({**ent, "start": ent["start"] + pos, "end": ent["end"] + pos})
        pos += len(row["text"]) + len(sep)
    return {"text": sep.join(parts), "entities": entities}, offsets


def _prf(gold: set, got: set) -> PRF:
    return PRF(len(gold & got), len(got), len(gold))


def _spans(entities: list[dict], types: tuple[str, ...], shift: int = 0) -> set:
    return {(e["type"], e["start"] + shift, e["end"] + shift) for e in entities if e["type"] in types}


def compare(scanner, rows: list[dict], types: tuple[str, ...] = ("PERSON",)) -> dict:
    """``{"sentence": PRF, "document": PRF, "delta_f1"}`` over ``types`` for ``rows``."""
    doc, offsets = join_rows(rows)
    gold = _spans(doc["entities"], types)
    by_sentence: set = set()
    for row, off in zip(rows, offsets):
        by_sentence |= _spans(scanner.scan(row["text"])["entities"], types, off)
    whole = _spans(scanner.scan(doc["text"])["entities"], types)
    sent, docu = _prf(gold, by_sentence), _prf(gold, whole)
    return {"sentence": sent, "document": docu, "delta_f1": round(docu.f1 - sent.f1, 4)}

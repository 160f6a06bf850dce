"""One labelled set of whole documents, summarised for a reviewer.

``python -m eval.privacy.report_set reports_fresh2 [ner|rules|...]`` prints per-type P/R, the
minors' mentions missed and the adults' mentions marked minor, the non-personal spans flagged
(with the type and text that flagged them) and the found entities left unmasked after masking.
The scanned text itself is printed only for errors, and the sets are hand-written, not real cases.
"""

from __future__ import annotations

import sys

from eval.privacy.data import DATA_DIR, load_jsonl
from eval.privacy.metrics import score_rows
from eval.privacy.run import scan_rows
from eval.privacy.unmasked import count_unmasked


def summarise(rows: list[dict], preds: list[dict]) -> dict:
    """The figures ``main`` prints, as a dict (tested in tests/eval/test_privacy_eval.py)."""
    scored = score_rows(rows, preds)
    minor_missed: list[str] = []
    adult_marked: list[str] = []
    flagged: list[str] = []
    for row, pred in zip(rows, preds, strict=True):
        got = {(e["start"], e["end"]): e for e in pred["entities"] if e["type"] == "PERSON"}
        for gold in row["entities"]:
            if gold["type"] != "PERSON":
                continue
            hit = got.get((gold["start"], gold["end"]))
            if gold.get("minor") and not (hit and hit.get("minor")):
                minor_missed.append(f"{row['id']} {gold['text']} ({'not found' if hit is None else 'not marked'})")
            if not gold.get("minor") and hit is not None and hit.get("minor"):
                adult_marked.append(f"{row['id']} {gold['text']}")
        for neg in row.get("negatives", []):
            for e in pred["entities"]:
                if e["start"] < neg["end"] and neg["start"] < e["end"]:
                    flagged.append(f"{row['id']} {neg['kind']}:{neg['text']} <- {e['type']}:{row['text'][e['start']:e['end']]}")
    unmasked = count_unmasked(rows, preds)
    return {
        "types": {t: (p.precision, p.recall, p.tp, p.n_pred, p.n_gold) for t, p in scored["types"].items()},
        "minor": (scored["minor"].precision, scored["minor"].recall, scored["minor"].tp, scored["minor"].n_pred, scored["minor"].n_gold),
        "minor_missed": minor_missed,
        "adult_marked_minor": adult_marked,
        "negatives_total": sum(v["total"] for v in scored["negatives"].values()),
        "negatives_flagged": flagged,
        "unmasked": unmasked,
        "errors": scored["errors"],
    }


def main(argv: list[str]) -> None:
    from privacy.scanner import build_scanner

    name = argv[0] if argv else "reports_fresh2"
    model = argv[1] if len(argv) > 1 else "ner"
    rows = load_jsonl(DATA_DIR / f"{name}.jsonl")
    out = summarise(rows, scan_rows(build_scanner(model), rows))
    for t, (p, r, tp, npred, ngold) in out["types"].items():
        print(f"{t:14s} P {p:.3f} R {r:.3f} ({tp}/{npred}/{ngold})")
    p, r, tp, npred, ngold = out["minor"]
    print(f"minor          P {p:.3f} R {r:.3f} ({tp}/{npred}/{ngold})")
    print(f"minor mentions missed {len(out['minor_missed'])}: {out['minor_missed']}")
    print(f"adult mentions marked minor {len(out['adult_marked_minor'])}: {out['adult_marked_minor']}")
    print(f"negatives flagged {len(out['negatives_flagged'])}/{out['negatives_total']}: {out['negatives_flagged']}")
    u = out["unmasked"]
    print(f"left unmasked {u['left_unmasked']} of {u['findings']} found, {u['missed']} not found")
    if "--errors" in argv:
        for err in out["errors"]:
            print(" ", err)


if __name__ == "__main__":
    main(sys.argv[1:])

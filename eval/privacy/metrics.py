"""Span-exact scores per entity type, minors, and hard negatives flagged."""

from __future__ import annotations

from collections import Counter

from eval.ner_metrics import PRF

STRUCTURED_TYPES = ("CN_ID_CARD", "PHONE_NUMBER", "CN_BANK_CARD", "EMAIL_ADDRESS", "WECHAT_ID", "QQ_NUMBER")


def score_rows(rows: list[dict], predictions: list[dict], types: tuple[str, ...] | None = None) -> dict:
    """Compare scan outputs (``{"entities": [...]}``) with gold rows, span-exact.

    Returns per-type PRF, minor-flag PRF over PERSON, and how many negative spans
    (statistics, dates, document numbers ...) overlap a predicted entity.
    """
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    n_gold: Counter = Counter()
    minor_tp = minor_pred = minor_gold = 0
    neg_total: Counter = Counter()
    neg_flagged: Counter = Counter()
    errors: list[dict] = []
    for row, pred in zip(rows, predictions, strict=True):
        gold = {(e["type"], e["start"], e["end"]) for e in row["entities"]}
        got = {(e["type"], e["start"], e["end"]) for e in pred["entities"]}
        if types is not None:
            gold = {g for g in gold if g[0] in types}
            got = {g for g in got if g[0] in types}
        for t, _, _ in gold:
            n_gold[t] += 1
        for t, _, _ in got:
            n_pred[t] += 1
        for t, _, _ in gold & got:
            tp[t] += 1
        if gold != got:
            errors.append(
                {
                    "id": row.get("id"),
                    "missed": [row["text"][s:e] + f"/{t}" for t, s, e in sorted(gold - got, key=lambda x: x[1])],
                    "spurious": [row["text"][s:e] + f"/{t}" for t, s, e in sorted(got - gold, key=lambda x: x[1])],
                }
            )
        gold_minor = {(e["start"], e["end"]) for e in row["entities"] if e["type"] == "PERSON" and e.get("minor")}
        pred_minor = {(e["start"], e["end"]) for e in pred["entities"] if e["type"] == "PERSON" and e.get("minor")}
        if "minor" in str(row["entities"]):
            minor_tp += len(gold_minor & pred_minor)
            minor_pred += len(pred_minor)
            minor_gold += len(gold_minor)
        for neg in row.get("negatives", []):
            neg_total[neg["kind"]] += 1
            if any(e["start"] < neg["end"] and neg["start"] < e["end"] for e in pred["entities"]):
                neg_flagged[neg["kind"]] += 1
    per_type = {t: PRF(tp[t], n_pred[t], n_gold[t]) for t in sorted(set(n_gold) | set(n_pred))}
    out = {
        "types": per_type,
        "minor": PRF(minor_tp, minor_pred, minor_gold),
        "negatives": {k: {"total": neg_total[k], "flagged": neg_flagged[k]} for k in sorted(neg_total)},
        "errors": errors,
    }
    sensitive = score_sensitive(rows, predictions)
    if sensitive:
        out["sensitive"] = sensitive
    return out


def score_sensitive(rows: list[dict], predictions: list[dict]) -> dict:
    """Per kind, sentence-level: does the scan mark a passage of that kind in the sentence?

    Only rows labelled with ``sensitive_kinds`` count.
    """
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    n_gold: Counter = Counter()
    for row, pred in zip(rows, predictions, strict=True):
        if "sensitive_kinds" not in row:
            continue
        gold = set(row["sensitive_kinds"])
        got = {s["kind"] for s in pred.get("sensitive", [])}
        for k in gold:
            n_gold[k] += 1
        for k in got:
            n_pred[k] += 1
        for k in gold & got:
            tp[k] += 1
    kinds = sorted(set(n_gold) | set(n_pred))
    result = {k: PRF(tp[k], n_pred[k], n_gold[k]) for k in kinds}
    if kinds:
        result["all"] = PRF(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return result

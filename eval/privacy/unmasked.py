""""Left unmasked": labelled findings that are still readable after masking, per style.

A gold entity counts as left unmasked in a style when the masked text shows more of it than
that style keeps of it: in ``chinese`` the conventional form of the exact gold value (张某某 keeps the
surname, 138****5678 seven digits, an address down to the district, a minor's name nothing); in
``placeholder`` and ``redact`` nothing. What the masked text shows of an entity is its characters
that no scan entity covers plus the characters of the overlapping replacements that come from it.
Entities the scan did not find at all are counted apart (``missed``): they are recall misses, and
left readable in every style.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from privacy.masking import MINOR_PERSON, STYLES, chinese_rule, mask_text

# what a replacement writes that is not taken from the original: mask symbols, 某, placeholder tags,
# the words of the minor-detail form (某校某年级某班)
_NOT_SHOWN = re.compile(r"\[[^\[\]]*?\d+\]|[*■某]|校|年级|班")


def _readable(ch: str) -> bool:
    return ch.isalnum()


def _shown(chars: str) -> Counter:
    return Counter(ch for ch in _NOT_SHOWN.sub("", chars) if _readable(ch))


def allowed(entity: dict, style: str) -> Counter:
    """The characters of the gold value that ``style`` keeps visible."""
    if style != "chinese":
        return Counter()
    kind = MINOR_PERSON if entity["type"] == "PERSON" and entity.get("minor") else entity["type"]
    form = chinese_rule(kind)(entity["text"])
    return _shown(form) & Counter(entity["text"])


def shown(text: str, gold: dict, masked: list[dict]) -> Counter:
    """Characters of ``gold`` readable in the masked text (``masked``: mask_text entities)."""
    covered = [False] * (gold["end"] - gold["start"])
    out: Counter = Counter()
    value = Counter(gold["text"])
    for ent in masked:
        if ent["start"] < gold["end"] and gold["start"] < ent["end"]:
            for i in range(max(ent["start"], gold["start"]), min(ent["end"], gold["end"])):
                covered[i - gold["start"]] = True
            out += _shown(ent["replacement"]) & value
    out += Counter(ch for ch, c in zip(gold["text"], covered) if not c and _readable(ch) and ch != "某")
    return out


def count_unmasked(rows: list[dict], predictions: list[dict]) -> dict:
    """``{"findings", "missed", "left_unmasked": {style: n}, "examples": {style: [...]}}`` over the gold entities."""
    left = {style: 0 for style in STYLES}
    examples: dict[str, list[str]] = {style: [] for style in STYLES}
    findings = missed = 0
    for row, pred in zip(rows, predictions, strict=True):
        ents = pred["entities"]
        masks = {style: mask_text(row["text"], ents, style) for style in STYLES}
        for gold in row["entities"]:
            if not any(e["start"] < gold["end"] and gold["start"] < e["end"] for e in ents):
                missed += 1
                continue
            findings += 1
            for style, result in masks.items():
                extra = shown(row["text"], gold, result["entities"]) - allowed(gold, style)
                if extra:
                    left[style] += 1
                    if len(examples[style]) < 10:
                        examples[style].append(f"{row.get('id')}: {gold['text']}/{gold['type']}")
    return {"findings": findings, "missed": missed, "left_unmasked": left, "examples": examples}

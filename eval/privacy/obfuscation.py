"""A generated obfuscation suite: phone, ID and bank-card numbers written to dodge matching.

The variants are drawn from Unicode properties, not from a hand list of tricks: every format
character (category Cf) and variation selector inserted between the digits, the fillers, the
decimal digits of every script that has them (``unicodedata.decimal``), full-width digits,
Chinese numerals, and dots, slashes and double spaces as separators. Each variant stands in a
report sentence after its context word; it counts as caught when the scan returns an entity of
its type covering exactly the variant, and as left readable when, after masking in a style,
the replacement shows more of its digits than that style keeps (chinese: 138****5678 keeps 7
of a phone; placeholder and redact keep none).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter

from privacy.masking import STYLES, mask_text
from privacy.normalize import digit_value

BASES = {
    "PHONE_NUMBER": ("联系电话", "13912345678", (3, 4, 4)),
    "CN_ID_CARD": ("身份证号", "130102198503124501", (6, 8, 4)),
    "CN_BANK_CARD": ("银行卡号", "6217000130004456", (4, 4, 4, 4)),
}
# digits the chinese style keeps visible, per type
KEPT_CHINESE = {"PHONE_NUMBER": 7, "CN_ID_CARD": 7, "CN_BANK_CARD": 8}
_CN = "〇一二三四五六七八九"
_PLACEHOLDER_NO = re.compile(r"\d+\]$")


def _invisible_chars() -> list[str]:
    """Every Cf character of the Basic Multilingual Plane and the first supplementary ones, every variation selector."""
    chars = [chr(cp) for cp in range(0x10000) if unicodedata.category(chr(cp)) == "Cf"]
    chars += [chr(cp) for cp in range(0xE0001, 0xE0080) if unicodedata.category(chr(cp)) == "Cf"][:4]
    chars += [chr(cp) for cp in range(0xFE00, 0xFE10)] + ["\U000E0100", "\U000E01EF"]
    chars += ["\u3164", "\u115f", "\u1160", "\uffa0", "\u034f"]
    return chars


def _digit_scripts() -> list[int]:
    """The code point of digit zero of every script whose digits 0-9 are consecutive."""
    zeros = []
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.decimal(ch, None) == 0 and all(unicodedata.decimal(chr(cp + d), None) == d for d in range(10)):
            zeros.append(cp)
    return zeros


def _grouped(digits: str, groups: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for g in groups:
        out.append(digits[pos : pos + g])
        pos += g
    return sep.join(out)


def variants() -> list[tuple[str, str, str]]:
    """``(entity type, variant family, written value)`` for every base and obfuscation."""
    out = []
    for etype, (_, digits, groups) in BASES.items():
        for ch in _invisible_chars():
            family = f"U+{ord(ch):04X} {unicodedata.category(ch)}"
            out.append((etype, family, _grouped(digits, groups, ch)))  # between groups
            out.append((etype, family + " every digit", ch.join(digits)))
        for zero in _digit_scripts():
            out.append((etype, f"digits U+{zero:04X}", "".join(chr(zero + int(d)) for d in digits)))
        out.append((etype, "chinese numerals", "".join(_CN[int(d)] for d in digits)))
        for sep in (".", "/", "  ", "·", "\u3000", " . ", "\u3000\u3000"):
            out.append((etype, f"separator {sep!r}", _grouped(digits, groups, sep)))
    return out


def _digits_shown(replacement: str) -> int:
    return sum(digit_value(ch) is not None for ch in replacement)


def run(scanner) -> dict:
    """Caught / total per type and family, and the variants left readable after masking, per style."""
    caught: Counter = Counter()
    total: Counter = Counter()
    readable = {style: 0 for style in STYLES}
    missed: list[str] = []
    for etype, family, value in variants():
        word = BASES[etype][0]
        text = f"申请人王某某，{word}{value}，请工作人员核实。"
        start = text.index(value)
        found = scanner.scan(text)["entities"]
        hit = [e for e in found if e["type"] == etype and e["start"] == start and e["end"] == start + len(value)]
        total[etype] += 1
        if hit:
            caught[etype] += 1
        else:
            missed.append(f"{etype} {family}")
        for style in STYLES:
            masked = mask_text(text, found, style)
            end = start + len(value)
            covered = [e for e in masked["entities"] if e["start"] < end and start < e["end"]]
            # digits shown: those of the replacements (less a placeholder's own number) and those of
            # the variant that no entity covers
            shown = sum(_digits_shown(_PLACEHOLDER_NO.sub("]", e["replacement"])) for e in covered)
            shown += sum(
                digit_value(text[i]) is not None
                for i in range(start, end)
                if not any(e["start"] <= i < e["end"] for e in covered)
            )
            allowed = KEPT_CHINESE[etype] if style == "chinese" else 0
            if shown > allowed:
                readable[style] += 1
    return {
        "variants": sum(total.values()),
        "caught": {t: {"caught": caught[t], "total": total[t]} for t in total},
        "caught_all": round(sum(caught.values()) / max(1, sum(total.values())), 4),
        "left_readable": readable,
        "missed": missed,
    }


if __name__ == "__main__":  # python -m eval.privacy.obfuscation
    import json

    from privacy.scanner import build_scanner

    report = run(build_scanner(sys.argv[1] if len(sys.argv) > 1 else "rules"))
    report["missed"] = report["missed"][:40]
    print(json.dumps(report, ensure_ascii=False, indent=1))

"""Rule-based polishing operations (the composer backend); pure functions over text."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?[”’」』）)]*")


@functools.lru_cache(maxsize=1)
def phrases() -> dict:
    text = resources.files("assist.polishing").joinpath("phrases.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` (a line break also ends one)."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


_END = ("。", "！", "？", "!", "?", "”", "）")


def split_title(text: str) -> tuple[str, str, str]:
    """(title, subtitle, body): a first line of at most 60 characters without a closing mark,
    followed by more text, is the title; a line opening with —— (or a ——part of the title
    line) is the subtitle."""
    lines = text.strip().split("\n")
    title = subtitle = ""
    first = lines[0].strip()
    if len(lines) > 1 and len(first) <= 60 and not first.endswith(_END):
        title, lines = first, lines[1:]
        if "——" in title.strip("—"):
            title, rest = title.split("——", 1)
            subtitle = "——" + rest
        elif lines and lines[0].strip().startswith(("——", "—", "--")):
            subtitle, lines = lines[0].strip(), lines[1:]
    return title, subtitle, "\n".join(lines).strip()


def _cut_preamble(sentence: str) -> tuple[str, str]:
    """(kept, removed) for one sentence: a leading preamble chain is removed."""
    cfg = phrases()
    starts = [re.compile(p) for p in cfg["preamble_start"]]
    conts = [re.compile(p) for p in cfg["preamble_continue"]]
    clauses = re.split(r"(?<=[，,])", sentence)
    if len(clauses) < 2 or not any(p.search(clauses[0].strip()) for p in starts):
        return sentence, ""
    i = 1
    while i < len(clauses) - 1 and any(p.search(clauses[i].strip()) for p in conts + starts):
        i += 1
    rest = "".join(clauses[i:]).lstrip()
    for tail in cfg["preamble_tail"]:
        if rest.startswith(tail):
            rest = rest[len(tail) :].lstrip("，,：:")
            break
    if len(rest.rstrip("。！？")) < 4:
        return sentence, ""
    return rest, "".join(clauses[:i])


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[\s，。！？、；：,.!?;:“”\"]", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _repeats(new: set[str], old: set[str], threshold: float) -> bool:
    """``new`` mostly says again what ``old`` said (share of its bigrams found in ``old``)."""
    return bool(new and old) and len(new & old) / len(new) >= threshold


def trim(text: str) -> tuple[str, list[dict]]:
    """Cut leading preambles and repeated sentences; returns (text, removed parts)."""
    out, removed, _renumbered = trim_text(text)
    return out, removed


def trim_text(text: str) -> tuple[str, list[dict], list[str]]:
    """``trim`` that also renumbers 一是/二是/三是 lists left with a gap; the third item lists
    the renumberings (“三是→二是”). A title and subtitle line are kept as they are and are not
    compared with the body (a lead may repeat the subtitle)."""
    title, subtitle, body = split_title(text)
    lines = text.strip().split("\n")
    header = lines[: (1 if title else 0) + (1 if subtitle and "——" not in lines[0].strip("—") else 0)]
    out, removed, renumbered = _trim_body(body)
    return "\n".join([*(h.strip() for h in header), out]).strip(), removed, renumbered


def _trim_body(text: str) -> tuple[str, list[dict], list[str]]:
    threshold = phrases()["repetition_threshold"]
    removed: list[dict] = []
    kept_grams: list[set[str]] = []
    out_lines = []
    for line in text.split("\n"):
        out = []
        for start, end in sentences(line):
            sentence = line[start:end].strip()
            sentence, preamble = _cut_preamble(sentence)
            if preamble:
                removed.append({"text": preamble, "kind": "preamble"})
            grams = _bigrams(sentence)
            if len(grams) >= 6 and any(_repeats(grams, g, threshold) for g in kept_grams):
                removed.append({"text": sentence, "kind": "repetition"})
                continue
            kept_grams.append(grams)
            out.append(sentence)
        if out or not line.strip():
            out_lines.append("".join(out))
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(out_lines)).strip()
    out, renumbered = renumber(out) if removed else (out, [])
    return out, removed, renumbered


_NUMERALS = "一二三四五六七八九十"
_LIST_ITEM = re.compile(r"(?:^|(?<=[。；;！？\n]))(\s*)([一二三四五六七八九十])(是|要|抓)(?=\S)")


def renumber(text: str) -> tuple[str, list[str]]:
    """Number 一是/二是/三是 (or 一要…) items in order again: after a removed item the rest close
    up. A list starts again at a 一 or at a numeral not above the one before it."""
    changes: list[str] = []
    out, last, prev = [], 0, 0
    expected = 0
    for m in _LIST_ITEM.finditer(text):
        value = _NUMERALS.index(m[2]) + 1
        if value == 1 or value <= prev or not expected:
            expected = 1
        else:
            expected += 1
        prev = value
        if expected != value and expected <= len(_NUMERALS):
            new = _NUMERALS[expected - 1]
            out.append(text[last : m.start(2)] + new)
            last = m.end(2)
            changes.append(f"{m[2]}{m[3]}→{new}{m[3]}")
    out.append(text[last:])
    return "".join(out), changes


def empty_phrase_findings(text: str) -> list[dict]:
    """Every empty phrase with a message and a suggestion asking for the missing facts."""
    findings = []
    taken: list[tuple[int, int]] = []
    for entry in phrases()["empty_phrases"]:
        for phrase in sorted(entry["phrases"], key=len, reverse=True):
            for m in re.finditer(re.escape(phrase), text):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                taken.append(m.span())
                findings.append(
                    {
                        "kind": "empty_phrase",
                        "text": phrase,
                        "start": m.start(),
                        "end": m.end(),
                        "message": entry["message"],
                        "suggestion": entry["suggestion"],
                    }
                )
    return sorted(findings, key=lambda f: f["start"])


def fit(text: str, max_chars: int) -> str:
    """Whole sentences of ``text`` in order until ``max_chars`` (a line break counts as one)."""
    if len(text) <= max_chars:
        return text
    out = ""
    for line in text.split("\n"):
        for start, end in sentences(line):
            piece = line[start:end]
            if len(out) + len(piece) > max_chars:
                return out.rstrip("\n")
            out += piece
        if len(out) + 1 > max_chars:
            break
        out += "\n"
    return out.rstrip("\n")

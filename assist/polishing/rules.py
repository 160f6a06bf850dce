"""Rule-based polishing operations (the composer backend); pure functions over text."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


@functools.lru_cache(maxsize=1)
def phrases() -> dict:
    text = resources.files("assist.polishing").joinpath("phrases.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` (a line break also ends one)."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


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
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out_lines)).strip(), removed


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


def _clip_sentence(sentence: str, max_chars: int) -> str:
    """Leading clauses of one sentence within ``max_chars``, closed with 。."""
    if len(sentence) <= max_chars:
        return sentence
    out = ""
    for part in re.split(r"(?<=[，,；;])", sentence):
        if len(out) + len(part) + 1 > max_chars:
            break
        out += part
    return (out.rstrip("，,；;") + "。") if out else ""


_HEADING = re.compile(r"^[一二三四五六七八九十]+、\S{2,8}$")


def body_lines(text: str) -> list[str]:
    """Paragraphs without section headings."""
    return [line.strip() for line in text.split("\n") if line.strip() and not _HEADING.match(line.strip())]


def channel_version(text: str, channel: str, tag: str | None = None) -> str:
    """The text shaped for 上报信息稿, 微信公众号 or 微博, within the channel's length."""
    cfg = phrases()["channels"][channel]
    if channel == "微博":
        tag = tag or cfg["default_tag"]
        room = cfg["max_chars"] - len(tag)
        lines = body_lines(text)
        out = ""
        for start, end in sentences(" ".join(lines)):
            piece = " ".join(lines)[start:end].strip()
            if len(out) + len(piece) > room:
                if not out:
                    out = _clip_sentence(piece, room)
                break
            out += piece
        return tag + out
    if channel == "微信公众号":
        paragraphs = []
        for line in text.split("\n"):
            chunk = ""
            for start, end in sentences(line):
                piece = line[start:end]
                if chunk and len(chunk) + len(piece) > cfg["max_paragraph"]:
                    paragraphs.append(chunk)
                    chunk = ""
                chunk += piece
            paragraphs.append(chunk)
        text = "\n".join(p for p in paragraphs if p.strip())
    return fit(text, cfg["max_chars"])

"""Register (语言规范): what shows a draft was copied from notes or a chat, not written.

Chat wording (来了6个医生, 一起搞的), note labels (时间：, 下一步：), note or chat headers
(【群聊记录整理】, 王：…), list numbers run into the text (讲解1、…2、…) and unbalanced
brackets or quotes. Each finding quotes its span.
"""

from __future__ import annotations

import re

from assist.rubric.criteria.base import Context, finding, phrase_hits, result
from assist.rubric.document import Document

PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("【", "】"), ("(", ")"))
_QUOTE = re.compile(r"“[^”]*”")
_SPEAKER_VERB = re.compile(r"(?:说|道|问|答|示|讲|称|介绍)$")


def unbalanced(text: str) -> list[str]:
    """The bracket or quote pairs that do not balance in ``text`` (“…” counted as a pair)."""
    out = []
    for left, right in PAIRS:
        if left not in text and right not in text:
            continue
        depth, broken = 0, False
        for ch in text:
            if ch == left:
                depth += 1
            elif ch == right:
                depth -= 1
                broken = broken or depth < 0
        if depth or broken:
            out.append(left + right)
    return out


def score_language(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    out, lost, flaws = [], 0.0, []
    text = doc.text
    taken: list[tuple[int, int]] = []

    def add(cost: float, message: str, start: int, end: int, suggestion: str) -> None:
        nonlocal lost
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        lost += cost
        out.append(finding(message, start, end, suggestion))

    # headers first (they are the worst), then labels, chat wording, numbers, brackets
    labels = "|".join(re.escape(w) for w in sorted(cfg["note_labels"], key=len, reverse=True))
    label_re = re.compile(rf"(?:^|(?<=[。；！？\s]))(?:{labels})[：:]")
    blocks = ([doc.title] if doc.title else []) + ([doc.subtitle] if doc.subtitle else []) + doc.paragraphs
    for b in blocks:
        for m in cfg["note_header_pattern_re"].finditer(b.text):
            add(d["note_header"], f"照抄了聊天记录或笔记的表头：“{m.group()}”。", b.start + m.start(),
                b.start + m.end(), cfg["header_suggestion"])
            flaws.append("note_header")
    turns = []
    for p in doc.paragraphs:
        m = cfg["speaker_pattern_re"].match(p.text)
        if m and m.group().rstrip("：:") not in cfg["note_labels"] and not _SPEAKER_VERB.search(m.group().rstrip("：:")):
            turns.append((p, m))
    if len(turns) >= 2:
        for p, m in turns:
            add(d["note_header"], f"照抄了聊天记录的发言人：“{m.group()}”。", p.start, p.start + m.end(),
                cfg["header_suggestion"])
        flaws.append("note_header")
    for b in blocks:
        for m in label_re.finditer(b.text):
            add(d["note_label"], f"照抄了笔记里的字段标签：“{m.group()}”。", b.start + m.start(), b.start + m.end(),
                cfg["label_suggestion"])
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]  # what people said may be plain
    for start, end, item in phrase_hits(text, cfg["chat_phrases"]):
        if any(s <= start < e for s, e in quoted):
            continue
        add(d["chat"], f"口语或聊天用语：“{item['phrase']}”。", start, end, item["suggestion"])
    for rx in cfg["chat_patterns_re"]:
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in quoted):
                continue
            add(d["chat"], f"口语化的说法：“{m.group()}”。", m.start(), m.end(), cfg["chat_suggestion"])
    for p in doc.paragraphs:
        hits = [m for m in cfg["run_in_number_pattern_re"].finditer(p.text) if m.start() > 0]
        if hits:
            m = hits[0]
            s = p.start + m.start() + re.search(r"\d", m.group()).start()
            add(d["run_in_number"], f"列表序号混在正文里（“{text[s:s + 8]}……”）。", s, p.start + m.end(),
                cfg["number_suggestion"])
    for b in blocks:
        bad = unbalanced(b.text)
        if bad:
            add(d["unbalanced"], f"{'、'.join(bad)} 不配对：“{b.text[:20]}{'……' if len(b.text) > 20 else ''}”。",
                b.start, b.end, cfg["unbalanced_suggestion"])
    return result(100.0 - min(lost, d["max_total"]), out, flaws=sorted(set(flaws)))

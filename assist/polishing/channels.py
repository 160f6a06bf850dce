"""Channel versions of a report by rules: 上报信息稿, 微信公众号, 微博.

Each version is built only from the report's own sentences (nothing added but punctuation,
a topic tag and layout) and says what it changed, in Chinese:

- 微信公众号: the title lines leave the body (they become the post's title), a hook line
  opens it (a quotation from the report, else its strongest figure, else its first clause),
  headings become ▍ subheads, paragraphs are cut at sentence ends to at most 80 characters.
- 微博: a topic tag, a 【hook】 and the leading sentences in one paragraph within 140.
- 上报信息稿: the report's structure, cut to 1500 characters at a sentence end if longer.
"""

from __future__ import annotations

import re

from assist.drafting.titles import action_phrase, figure_phrase, quote_phrase
from assist.facts import extract_facts
from assist.polishing.norms import norm
from assist.polishing.rules import fit, sentences, split_title

_ORDINAL_HEADING = re.compile(r"^[一二三四五六七八九十]+、(\S{2,10})$")


def _first_clause(body: str, max_len: int) -> str:
    first = next((p for p in body.split("\n") if p.strip() and not _ORDINAL_HEADING.match(p.strip())), "")
    clause = re.split(r"[，,。；;！？]", first.strip(), maxsplit=1)[0]
    return clause if 4 <= len(clause) <= max_len else ""


def hook_for(body: str, max_len: int = 30, quote: bool = True) -> str:
    """A hook line from the report itself: a quotation, the strongest figure, or the first clause."""
    facts = extract_facts(body)
    q = quote_phrase(facts) if quote else ""
    if q and len(q) <= max_len:
        return q
    for phrase in (figure_phrase(facts), action_phrase(facts), _first_clause(body, max_len - 1)):
        if phrase and len(phrase) < max_len:
            return phrase.rstrip("，。；") + "！"
    return ""


# A clause that can open a sentence of its own: a long sentence is cut before one of these
# (its comma becomes a full stop). Written after reading the exemplar set's long paragraphs.
_NEW_SENTENCE = re.compile(r"，(?=(?:同时|并|其中|累计|目前|全年|此外|另外|先后|所有|经|实现|帮助|带动|覆盖|惠及)[^，。]{2})")


def _comma_cuts(sentence: str, side: int = 15) -> list[int]:
    """Commas outside quotes and brackets with at least ``side`` characters either side and a
    clause after them that does not lean on the one before (not 的/和/及/或 …): the last resort
    for a sentence with no clause that opens a sentence of its own."""
    depth, cuts = 0, []
    for i, ch in enumerate(sentence):
        if ch in "“（(《":
            depth += 1
        elif ch in "”）)》":
            depth = max(0, depth - 1)
        elif ch == "，" and depth == 0 and side <= i <= len(sentence) - side:
            if not re.match(r"[的和及或与而但且]|等", sentence[i + 1: i + 2]):
                cuts.append(i)
    return cuts


def split_long_sentence(sentence: str, limit: int) -> list[str]:
    """A sentence over ``limit`` cut after ；, else before a clause that can stand alone
    (the cut nearest the middle; its comma becomes 。); unchanged if neither is found."""
    if len(sentence) <= limit:
        return [sentence]
    parts = [p for p in re.split(r"(?<=[；;])", sentence) if p]
    if len(parts) > 1:
        return [q for p in parts for q in split_long_sentence(p, limit)]
    cuts = [m.start() for m in _NEW_SENTENCE.finditer(sentence)]
    if not cuts:
        cuts = _comma_cuts(sentence)
    if not cuts:
        return [sentence]
    at = min(cuts, key=lambda c: abs(c - len(sentence) / 2))
    head, tail = sentence[:at] + "。", sentence[at + 1 :]
    return split_long_sentence(head, limit) + split_long_sentence(tail, limit)


_ITEM_START = re.compile(r"(?<=[。；;！？])(?=[一二三四五六七八九十](?:是|要)\S)")


def _cut(paragraph: str, limit: int) -> list[str]:
    """A paragraph as pieces of at most ``limit`` characters: each 一是/二是 item starts a piece,
    then pieces are cut after sentences."""
    if len(paragraph) <= limit:
        return [paragraph]
    items = [p for p in _ITEM_START.split(paragraph) if p]
    if len(items) > 1:
        return [piece for item in items for piece in _cut(item, limit)]
    units = [piece for a, b in sentences(paragraph) for piece in split_long_sentence(paragraph[a:b], limit)]
    out, chunk = [], ""
    for unit in units:
        if chunk and len(chunk) + len(unit) > limit:
            out.append(chunk)
            chunk = ""
        chunk += unit
    return out + ([chunk] if chunk else [])


def wechat_version(text: str) -> tuple[str, list[str]]:
    n = norm("微信公众号")
    title, subtitle, body = split_title(text)
    changes = []
    if title:
        changes.append(f"标题移出正文，作为推文标题：{title}" + (f"（副标题“{subtitle.lstrip('—')}”可作推文摘要）" if subtitle else ""))
    paras, headings, before = [], 0, 0
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _ORDINAL_HEADING.match(line)
        if m:
            paras.append(f"▍{m[1]}")
            headings += 1
            continue
        before += 1
        paras += _cut(line, n["max_paragraph"])
    if headings:
        changes.append(f"小标题改为公众号样式（▍），共 {headings} 个")
    after = len(paras) - headings
    if after > before:
        changes.append(f"长段拆短：{before} 段拆为 {after} 段，每段不超过 {n['max_paragraph']} 字")
    hook = hook_for(body, n["hook_max"])
    if hook:
        paras.insert(0, hook)
        changes.append(f"开头加引子：{hook}")
    out = fit("\n".join(paras), n["max_chars"])
    changes.append(f"公众号版 {len(out)} 字（上限 {n['max_chars']} 字）")
    return out, changes


def weibo_version(text: str, tag: str | None = None) -> tuple[str, list[str]]:
    n = norm("微博")
    tag = tag or n["default_tag"]
    title, subtitle, body = split_title(text)
    lines = [ln.strip() for ln in body.split("\n") if ln.strip() and not _ORDINAL_HEADING.match(ln.strip())]
    hook = hook_for(body, n["hook_max"] - 2, quote=False).rstrip("！")
    if not hook and title and len(title) <= n["hook_max"] - 2:
        hook = title
    head = tag + (f"【{hook}】" if hook else "")
    room = n["max_chars"] - len(head)
    joined = "".join(lines)
    spans = sentences(joined)
    out, kept = "", 0
    for a, b in spans:
        piece = joined[a:b].strip()
        if len(out) + len(piece) > room:
            if not out:
                out = _clip(piece, room)
                kept = 1 if out else 0
            break
        out += piece
        kept += 1
    changes = [f"加话题标签 {tag}"]
    if hook:
        changes.append(f"开头加引题：【{hook}】")
    dropped = [p for p in [title, subtitle] + [x.strip() for x in body.split("\n")] if p and p not in lines]
    if dropped:
        changes.append(f"去掉标题和小标题 {len(dropped)} 行")
    if len(lines) > 1:
        changes.append(f"{len(lines)} 段合为一段")
    if kept < len(spans):
        changes.append(f"按微博 {n['max_chars']} 字篇幅保留前 {kept} 句，略去 {len(spans) - kept} 句")
    result = head + out
    changes.append(f"微博版 {len(result)} 字（上限 {n['max_chars']} 字）")
    return result, changes


def _clip(sentence: str, max_chars: int) -> str:
    """Leading clauses of one sentence within ``max_chars``, closed with 。."""
    if len(sentence) <= max_chars:
        return sentence
    out = ""
    for part in re.split(r"(?<=[，,；;])", sentence):
        if len(out) + len(part) + 1 > max_chars:
            break
        out += part
    return (out.rstrip("，,；;") + "。") if out else ""


def report_version(text: str) -> tuple[str, list[str]]:
    n = norm("上报信息稿")
    out = fit(text, n["max_chars"])
    if len(out) < len(text):
        return out, [f"按上报信息稿篇幅（{n['max_chars']} 字内）在句末截断：{len(text)} 字 → {len(out)} 字"]
    return out, [f"保持上报信息稿结构，篇幅 {len(out)} 字（上限 {n['max_chars']} 字）"]


def channel_version(text: str, channel: str, tag: str | None = None) -> tuple[str, list[str]]:
    """(the version of ``text`` for ``channel``, what changed)."""
    if channel == "微博":
        return weibo_version(text, tag)
    if channel == "微信公众号":
        return wechat_version(text)
    return report_version(text)

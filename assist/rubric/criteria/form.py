"""Form criteria: focus (重点不明), redundancy (语言冗余) and structure (示范结构)."""

from __future__ import annotations

import re
from collections import Counter

from assist.figures import parse_chinese_number
from assist.rubric.criteria.base import Context, finding, phrase_hits, result
from assist.rubric.document import Document

_ENUM = re.compile(r"([一二三四五六七八九十]+)是|（([一二三四五六七八九十]+)）")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def score_focus(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    out = []
    total = doc.body_chars
    if not total:
        return result(0, [finding("没有正文。", 0, 0, cfg["suggestion"])])
    figure_starts = [q.start for q in doc.figures() if not q.approx]
    background = [
        p for p in doc.paragraphs
        if any(m in p.text for m in cfg["background_markers"])
        and not any(p.start <= s < p.end for s in figure_starts)
    ]
    share = sum(len(p.text) for p in background) / total
    lo, hi = cfg["max_background_share"], cfg["zero_background_share"]
    score = 100.0
    if share > lo:
        score = 100.0 * max(0.0, (hi - share) / (hi - lo))
        for p in background:
            out.append(finding(f"背景和上级精神篇幅过大（背景段落共占正文 {share:.0%}），核心内容不突出。",
                               p.start, p.end, cfg["suggestion"]))
    first_core = next((i for i, p in enumerate(doc.paragraphs)
                       if any(p.start <= s < p.end for s in figure_starts)), None)
    if first_core is not None and first_core >= cfg["late_core_paragraph"]:
        score -= d["late_core"]
        p = doc.paragraphs[first_core]
        out.append(finding(f"第一个具体数字出现在第 {first_core + 1} 段，重要信息没有放在前面。", p.start, p.end,
                           "运用倒金字塔结构：把最重要的事实和数字放进标题和导语"))
    for p in doc.paragraphs[1:]:
        m = cfg["digression_pattern_re"].search(p.text)
        if m:
            score -= d["digression"]
            out.append(finding("这一段讲的是与本条信息主题无关的其他工作，冲淡了重点。", p.start, p.end,
                               cfg["digression_suggestion"]))
    # the longest enumeration: the highest ordinal written (八是, （八）)
    points = max((parse_chinese_number(m.group(1) or m.group(2)) or 0 for m in _ENUM.finditer(doc.text)),
                 default=0)
    if points > cfg["max_enumerated_points"]:
        score -= d["too_many_points"]
        out.append(finding(f"一口气列举了 {int(points)} 条做法，面面俱到、主次不分。", 0, 0,
                           "确定一个明确的主题，只保留最有特色的 3-5 条做法"))
    return result(score, out)


def score_redundancy(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    out = []
    lost = 0.0
    for start, end, item in phrase_hits(doc.text, cfg["verbose_phrases"]):
        lost += d["verbose_phrase"]
        out.append(finding(f"冗余表述：“{item['phrase']}”。", start, end, item["suggestion"]))
    for m in cfg["stacked_modifiers_re"].finditer(doc.text):
        lost += d["stacked_modifiers"]
        out.append(finding(f"修饰语堆砌：“{m.group()}”。", m.start(), m.end(), "只保留一个修饰语，或全部删去"))
    for s in doc.sentences():
        if len(s.text) > cfg["long_sentence_chars"]:
            lost += d["long_sentence"]
            out.append(finding(f"句子过长（{len(s.text)} 字），表达不够简洁。", s.start, s.end, cfg["sentence_suggestion"]))
    for gram, first in _repeats(doc.text, cfg["repeat_ngram"], cfg["repeat_min_count"]):
        lost += d["repeated_phrase"]
        out.append(finding(f"“{gram}”反复出现，语言重复。", first, first + len(gram), "合并重复内容，换用简洁的说法"))
    return result(100.0 - min(lost, d["max_total"]), out)


def _repeats(text: str, n: int, min_count: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for run in _CJK_RUN.finditer(text):
        s = run.group()
        for i in range(len(s) - n + 1):
            g = s[i:i + n]
            counts[g] += 1
            first.setdefault(g, run.start() + i)
    repeated = [g for g, c in counts.items() if c >= min_count]
    # keep one n-gram per repeated stretch
    repeated.sort(key=lambda g: first[g])
    out, last_end = [], -1
    for g in repeated:
        if first[g] >= last_end:
            out.append((g, first[g]))
            last_end = first[g] + n
    return out


def score_structure(doc: Document, cfg: dict, ctx: Context) -> dict:
    out = []
    score = 100.0
    body = "\n".join(p.text for p in doc.paragraphs)
    for key, sec in cfg["sections"].items():
        present = doc.subtitle is not None if key == "subtitle" else bool(
            sec["pattern_re"] and sec["pattern_re"].search(body))
        if not present:
            score -= sec["deduction"]
            out.append(finding(f"缺少{sec['label']}部分。", 0, 0, sec["suggestion"]))
    if len(doc.paragraphs) < cfg["min_paragraphs"]:
        score -= cfg["deductions"]["few_paragraphs"]
        out.append(finding(f"正文只有 {len(doc.paragraphs)} 段，层次不清。", 0, 0,
                           "按“导语—背景—措施—案例—成效—经验”分段，每段讲一层意思"))
    return result(score, out)

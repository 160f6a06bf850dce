"""Form criteria: focus (重点不明), redundancy (语言冗余) and structure (示范结构)."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

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
    preamble = _preamble(doc, cfg, background)
    if preamble:
        score -= d.get("preamble", 0)
        out.append(finding(f"导语开头先写空泛的铺垫（“{_short(preamble.text, 30)}”），新闻事实被压到了后面。",
                           preamble.start, preamble.end, cfg.get("preamble_suggestion", cfg["suggestion"])))
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


def _preamble(doc: Document, cfg: dict, background: list):
    """The opening sentences of the lead that are an empty preamble (a marker, no figure, no
    date) ahead of the sentence that gives the news, as one block; None when there are none
    or the whole lead is background (counted in the background share already)."""
    from assist.rubric.document import Block

    rx = cfg.get("preamble_pattern_re")
    lead = doc.lead
    if rx is None or lead is None or lead in background:
        return None
    dated = [q.start for q in doc.quantities if not q.approx]  # figures and dates
    sents = list(_split(lead))
    n = 0
    for b in sents:
        if rx.search(b.text) and not any(b.start <= s < b.end for s in dated):
            n += 1
        else:
            break
    if not n or n == len(sents):
        return None
    return Block(sents[0].start, sents[n - 1].end, lead.text[: sents[n - 1].end - lead.start])


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
    repeated = _repeated_sentences(doc, cfg["repeat_sentence_chars"], cfg["repeat_sentence_overlap"])
    for earlier, later in repeated:
        lost += d["repeated_sentence"]
        out.append(finding(f"同一句话写了两遍：“{_short(later.text)}”与前文“{_short(earlier.text)}”重复。",
                           later.start, later.end, "删去重复的一句；每个事实只在最合适的部分写一次"))
    taken = [(b.start, b.end) for _, b in repeated]
    for gram, first in _repeats(doc.text, cfg["repeat_ngram"], cfg["repeat_min_count"]):
        if any(s <= first < e for s, e in taken):
            continue
        lost += d["repeated_phrase"]
        out.append(finding(f"“{gram}”反复出现，语言重复。", first, first + len(gram), "合并重复内容，换用简洁的说法"))
    return result(100.0 - min(lost, d["max_total"]), out, flaws=["repeated_sentence"] if repeated else [])


_PUNCT = re.compile(r"[\s，。；：、！？“”‘’（）《》,.;:!?\"'()]")


def _short(text: str, n: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n] + "……"


def _repeated_sentences(doc: Document, min_chars: int, overlap: float) -> list[tuple]:
    """(earlier, later) sentence pairs in different paragraphs where one common run covers
    ``overlap`` of the shorter sentence (at least ``min_chars`` characters), or where the
    later sentence is stitched from clauses written in earlier paragraphs.

    Such a run contains a ``min_chars``-gram of both sentences, so only sentences that share
    one are compared (an index of those n-grams, not every pair)."""
    sents = []
    for i, p in enumerate(doc.paragraphs):
        for b in _split(p):
            norm = _PUNCT.sub("", b.text)
            if len(norm) >= min_chars:
                sents.append((i, b, norm))
    para_norm = [_PUNCT.sub("", p.text) for p in doc.paragraphs]
    before = ["\n".join(para_norm[:i]) for i in range(len(para_norm))]  # text of the paragraphs before i
    grams: dict[str, list[int]] = {}
    out, seen = [], set()
    for j, (pj, bj, nj) in enumerate(sents):
        earlier = before[pj]
        mine = {nj[k:k + min_chars] for k in range(len(nj) - min_chars + 1)}
        if earlier and _copied_clauses(bj.text, earlier) >= overlap * len(nj):
            out.append((_source(sents, bj, earlier), bj))  # every clause written before
            seen.add(j)
        else:
            candidates = sorted({i for g in mine for i in grams.get(g, ()) if sents[i][0] != pj and i not in seen})
            for i in candidates:
                ni = sents[i][2]
                short = min(len(ni), len(nj))
                run = SequenceMatcher(None, ni, nj, autojunk=False).find_longest_match(0, len(ni), 0, len(nj)).size
                if run >= min_chars and run >= overlap * short:
                    out.append((sents[i][1], bj))
                    seen.add(j)
                    break
        for g in mine:
            grams.setdefault(g, []).append(j)
    return out


def _split(p):
    from assist.rubric.document import Block

    pos = 0
    for m in re.finditer(r"[。！？；]”?", p.text):
        yield Block(p.start + pos, p.start + m.end(), p.text[pos:m.end()])
        pos = m.end()
    if p.text[pos:].strip():
        yield Block(p.start + pos, p.end, p.text[pos:])


_CLAUSE = re.compile(r"[，,；;：:、。！？]")


def _copied_clauses(sentence: str, earlier: str, min_chars: int = 6) -> int:
    """Characters of ``sentence`` in clauses (of ``min_chars`` or more) that occur word for
    word in ``earlier`` (normalised text of the paragraphs before): a sentence stitched from
    clauses already written is a repeat even when no one earlier sentence holds it all."""
    total = 0
    for clause in _CLAUSE.split(sentence):
        norm = _PUNCT.sub("", clause)
        if len(norm) >= min_chars and norm in earlier:
            total += len(norm)
    return total


def _source(sents: list, later, earlier_text: str):
    """The earlier sentence that shares the longest clause with ``later`` (for the message)."""
    clauses = [_PUNCT.sub("", c) for c in _CLAUSE.split(later.text)]
    best = max((c for c in clauses if c in earlier_text), key=len, default="")
    for _, b, n in sents:
        if b.start < later.start and best and best in n:
            return b
    return later


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
    wanted = ctx.genre.get("sections", list(cfg["sections"]))
    min_paragraphs = ctx.genre.get("min_paragraphs", cfg["min_paragraphs"])
    by_content = None  # outlined only when a section's cue words are missing
    for key, sec in cfg["sections"].items():
        if key not in wanted:
            continue
        present = doc.subtitle is not None if key == "subtitle" else bool(
            sec["pattern_re"] and sec["pattern_re"].search(body))
        if not present and key in _OUTLINE_KEYS:
            by_content = _content_sections(doc) if by_content is None else by_content
            present = _OUTLINE_KEYS[key] in by_content
        if not present:
            score -= sec["deduction"]
            out.append(finding(f"缺少{sec['label']}部分。", 0, 0, sec["suggestion"]))
    if len(doc.paragraphs) < min_paragraphs:
        score -= cfg["deductions"]["few_paragraphs"]
        out.append(finding(f"正文只有 {len(doc.paragraphs)} 段，层次不清。", 0, 0,
                           "按“导语—背景—措施—案例—成效—经验”分段，每段讲一层意思"))
    limit = ctx.genre.get("length_limit")
    if limit and doc.body_chars > limit:
        score -= cfg["deductions"]["too_long"]
        out.append(finding(f"{ctx.genre.get('name', '消息')}篇幅过长（正文 {doc.body_chars} 字）。", 0, 0,
                           f"消息要简明扼要，控制在 {limit} 字以内，只写最新事实"))
    for message, start, end, suggestion in _name_lines(doc, cfg):
        score -= cfg["deductions"].get("name_line", 0)
        out.append(finding(message, start, end, suggestion))
    misfiled = _misfiled(doc, cfg)
    for message, start, end, suggestion in misfiled:
        score -= cfg["deductions"]["misfiled"]
        out.append(finding(message, start, end, suggestion))
    return result(score, out, flaws=["misfiled"] if misfiled else [])


# structure's sections and the outline's names for them (retrieval.sections, which the
# 范文对比 uses): one detector of sections from content for the score and the comparison
_OUTLINE_KEYS = {"measures": "measures", "case": "cases", "results": "results", "experience": "experience"}


def _content_sections(doc: Document) -> set[str]:
    """Sections the text carries by its content (cue words and position), headings or not:
    a lead that gives the results has a results section."""
    from retrieval.sections import outline, sections_present

    return set(sections_present(outline(doc.text)))


_KIND_NAMES = {"results": "成效", "plans": "下一步打算", "case": "典型案例", "measures": "主要做法"}


def _sections_by_heading(doc: Document, cfg: dict) -> list[tuple[str, object, list]]:
    """(kind, heading block, paragraphs under it) for each heading the rubric knows."""
    from assist.rubric.genre import is_heading

    out, current = [], None
    for p in doc.paragraphs:
        if is_heading(p.text):
            kinds = [k for k, rx in cfg["headings_re"].items() if rx.search(p.text)]
            kind = kinds[0] if kinds else None
            if {"problems", "proposals"} <= set(kinds):
                kind = None  # 问题与建议: one section of both kinds
            current = (kind, p, []) if kind else None
            if current:
                out.append(current)
        elif current is not None:
            current[2].append(p)
    return out


def _misfiled(doc: Document, cfg: dict) -> list[tuple[str, int, int, str]]:
    """Content that is not of its heading's kind: plans or problems under 成效, done work under
    下一步, no person under 案例."""
    plan, problem, res = cfg["plan_markers_re"], cfg["problem_markers_re"], cfg["result_markers_re"]
    case_re = cfg["case_markers_re"]
    out = []
    for kind, head, paras in _sections_by_heading(doc, cfg):
        if not paras:
            continue
        text = "\n".join(p.text for p in paras)
        start, end = paras[0].start, paras[-1].end
        quote = _short(text, 30)
        if kind == "results":
            sents = [b for p in paras for b in _split(p)]
            bad = [b for b in sents if not res.search(b.text) and (plan.search(b.text) or problem.search(b.text))]
            if len(bad) * 2 < len(sents) and (not sents or sents[0] not in bad):
                bad = []  # a closing plan after the results is ordinary; flag a section that is mostly not results
            for b in bad:
                if plan.search(b.text):
                    out.append((f"“{head.text}”下写的是打算，不是成效：“{_short(b.text, 30)}”。", b.start, b.end,
                                "把这句移到“下一步”部分；成效部分写已经取得的结果和数字"))
                else:
                    out.append((f"“{head.text}”下写的是发现的问题，不是成效：“{_short(b.text, 30)}”。", b.start, b.end,
                                "问题写成调研发现（如“活动中了解到……”），并由它引出下一步打算；成效部分写已取得的结果"))
            if not bad and not res.search(text):
                out.append((f"“{head.text}”下没有写出成效：“{quote}”。", start, end, "用数据和事实写明取得的成效"))
        elif kind == "plans" and res.search(text) and not plan.search(text):
            out.append((f"“{head.text}”下写的是已经做过的事，不是下一步打算：“{quote}”。", start, end,
                        "把已取得的结果移到成效部分；这里写今后的计划，如“下一步，X将……”"))
        elif kind in ("problems", "proposals") and cfg.get("proposal_markers_re") and cfg.get("finding_markers_re"):
            out += _survey_misfiled(kind, head, paras, cfg)
        elif kind == "case" and not case_re.search(text):
            out.append((f"“{head.text}”下没有具体人物或事例：“{quote}”。", start, end,
                        "写一位妇女（可用化名）的具体经历和她的原话"))
    return out


def _survey_misfiled(kind: str, head, paras: list, cfg: dict) -> list[tuple[str, int, int, str]]:
    """Proposals under a 问题 heading, findings under a 建议 heading: flagged when most of the
    section's sentences are of the other kind."""
    proposal, found = cfg["proposal_markers_re"], cfg["finding_markers_re"]
    sents = [b for p in paras for b in _split(p) if b.text.strip("。；！？ ")]
    if kind == "problems":
        bad = [b for b in sents if proposal.search(b.text) and not found.search(b.text)]
        what, advice = "对策建议，不是发现的问题", "把建议移到“对策建议”部分；问题部分写调研发现的事实和数据"
    else:
        bad = [b for b in sents if found.search(b.text) and not proposal.search(b.text)]
        what, advice = "调研发现，不是对策建议", "把调查数据和问题移到“主要问题”部分；建议部分写针对问题的具体举措"
    if not sents or len(bad) * 2 <= len(sents):
        return []
    return [(f"“{head.text}”下写的是{what}：“{_short(b.text, 30)}”。", b.start, b.end, advice) for b in bad]


def _name_lines(doc: Document, cfg: dict) -> list[tuple[str, int, int, str]]:
    """A sentence under 下一步 that is only the name of an event (a noun phrase, no plan)."""
    from assist.rubric.pos import first_word

    name_re, verbs = cfg.get("name_line_pattern_re"), cfg.get("action_verbs_re")
    if name_re is None or verbs is None:
        return []
    plan = cfg["plan_markers_re"]
    out = []
    for kind, head, paras in _sections_by_heading(doc, cfg):
        if kind != "plans":
            continue
        for b in (b for p in paras for b in _split(p)):
            t = b.text.strip()
            if not name_re.search(t) or plan.search(t) or verbs.search(t):
                continue
            if first_word(t.lstrip("“\""))[1] in _LEADING_PREDICATE_TAGS:
                continue  # 深化巾帼家政培训: a verb opens it, so it is a plan without a marker
            out.append((f"“{head.text}”下这一句只是活动名称，没有写打算：“{_short(t, 30)}”。", b.start, b.end,
                        "写成完整的打算：谁、准备什么时候、做什么，如“下一步，X将……”"))
    return out


_LEADING_PREDICATE_TAGS = frozenset({"v", "vd", "vi", "vg", "d", "ad", "p", "t", "c"})

"""Content criteria: 5W1H, specificity (内容空泛) and data support (数据失实)."""

from __future__ import annotations

import re

from assist.rubric.criteria.base import Context, finding, phrase_hits, result, word_hits
from assist.rubric.document import Document


def score_five_w_one_h(doc: Document, cfg: dict, ctx: Context) -> dict:
    text = doc.text
    elements = cfg["elements"]
    per = 100.0 / len(elements)
    score, out = 0.0, []
    for key, el in elements.items():
        found = bool(el["pattern_re"].search(text))
        if key == "when":
            lead = doc.lead
            lead_dated = lead is not None and any(
                q.kind == "date" and lead.start <= q.start < lead.end for q in doc.quantities)
            lead_vague = [] if lead is None or lead_dated else [
                (s + lead.start, e + lead.start, w) for s, e, w in word_hits(lead.text, cfg["weak_when"])]
            dated = any(q.kind == "date" for q in doc.quantities)
            if lead_dated or ((dated or found) and not lead_vague):
                score += per
                continue
            vague = lead_vague or word_hits(text, cfg["weak_when"])
            if vague:
                score += per / 2
                s, e, w = vague[0]
                out.append(finding(f"时间表述模糊（“{w}”）：{el['label']}不明确。", s, e, cfg["weak_when_suggestion"]))
                continue
        if found:
            score += per
        elif key in ctx.genre.get("optional_elements", ()):
            credit = cfg.get("optional_credit", 1.0)
            score += per * credit
            if credit < 1:
                start, end = (doc.lead.start, doc.lead.end) if doc.lead else (0, 0)
                out.append(finding(f"没有写{el['label']}：{ctx.genre.get('name', '本文体')}可以不写，写明更好。",
                                   start, end, el["suggestion"]))
        else:
            start, end = (doc.lead.start, doc.lead.end) if doc.lead else (0, 0)
            out.append(finding(f"缺少{el['label']}要素。", start, end, el["suggestion"]))
    return result(score, out)


def score_specificity(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    out = []
    hits = phrase_hits(doc.text, cfg["empty_phrases"])
    for start, end, item in hits:
        out.append(finding(f"空话套话：“{item['phrase']}”缺乏具体事例和数据支撑。", start, end, item["suggestion"]))
    taken = [(s, e) for s, e, _ in hits]
    for rx in cfg.get("empty_patterns_re", []):
        for m in rx.finditer(doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            hits.append((m.start(), m.end(), None))
            out.append(finding(f"空泛的评价：“{m.group()}”没有事实和数据支撑。", m.start(), m.end(),
                               cfg.get("empty_pattern_suggestion", "用具体数据和事例代替空泛的评价")))
    score = 100.0 - min(d["max_phrase_deduction"], d["empty_phrase"] * len(hits))
    body = "\n".join(p.text for p in doc.paragraphs)
    if ctx.genre.get("example_required", True) and doc.body_chars >= 150 and not cfg["example_markers_re"].search(body):
        score -= d["no_example"]
        start = doc.lead.start if doc.lead else 0
        out.append(finding("全文没有具体事例（人物、原话、典型案例）。", start, start,
                           "加入 1-2 个典型案例：一位妇女（可用化名）的具体经历和她的原话"))
    return result(score, out)


def score_data_support(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    figures = doc.figures()
    exact = [q for q in figures if not q.approx]
    fuzzy = _fuzzy_figures(doc.text, [q for q in figures if q.approx], cfg)
    points = cfg["points_by_count"]
    score = float(points[min(len(exact), len(points) - 1)])
    out = []
    if not exact:
        start, end = (doc.lead.start, doc.lead.end) if doc.lead else (0, 0)
        out.append(finding("全文没有精确数字，说服力不足。", start, end,
                           "补充参与人数、培训场次、带动就业人数、增收金额等具体数据（X 用原始记录中的数字）"))
    seen = set()
    for q in fuzzy:
        if q.text.strip() in seen:
            continue  # the title's figure again in the text: one fault
        seen.add(q.text.strip())
        score -= d["approx_figure"]
        out.append(finding(f"模糊数字“{q.text}”：信息要用精确数字。", q.start, q.end, cfg["approx_suggestion"]))
    for start, end, word in word_hits(doc.text, cfg["vague_comparatives"]):
        score -= d["vague_comparative"]
        out.append(finding(f"“{word}”是没有数据的比较说法，容易被认为夸大。", start, end, cfg["vague_suggestion"]))
    for start, end, word in word_hits(doc.text, cfg["vague_quantities"]):
        before = cfg.get("not_quantity_before_re")
        if any(q.start < end and start < q.end for q in fuzzy) or (
                before.search(doc.text[max(0, start - 2):start]) if before else doc.text[start - 1:start] == "第"):
            continue  # 300多名: already counted as a fuzzy figure; 第一批: an ordinal; 同一批: a determiner
        score -= d["vague_quantity"]
        out.append(finding(f"“{word}”代替了具体数字，说服力不足。", start, end, cfg["approx_suggestion"]))
    return result(score, out)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside “…” (a person's own words): each ” closes the nearest “ before it."""
    return [(m.start(), m.end() - 1) for m in _QUOTED.finditer(text)]


_QUOTED = re.compile(r"“[^“”]*”")


def _fuzzy_figures(text: str, fuzzy: list, cfg: dict) -> list:
    """The approximate figures that are the writer's data: not a bound that defines a group
    or a rule (45岁以上妇女, 月收入超过3000元的有47人, 每节课不超过90分钟, the name “1+N”),
    nor a person's quoted words. Needs ``bound_markers`` in the rubric (else all count)."""
    markers = cfg.get("bound_markers_re")
    if markers is None:
        return fuzzy
    quoted = _quoted_spans(text)
    out = []
    for q in fuzzy:
        t, after = q.text.strip(), text[q.end:q.end + 1]
        if any(s < q.start and q.end <= e for s, e in quoted):
            continue
        if markers.search(t) and (
            after == "的" or text[q.start - 1:q.start] == "不" or (q.unit == "岁")
            or (t.endswith("+") and after.isascii() and after.isalpha())
        ):
            continue
        out.append(q)
    return out

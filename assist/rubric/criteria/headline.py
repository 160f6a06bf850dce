"""Title (标题平淡) and lead (导语) criteria."""

from __future__ import annotations

import re

from assist.rubric.criteria.base import Context, finding, result
from assist.rubric.criteria.language import unbalanced
from assist.rubric.document import Block, Document

# a coined phrase or a saying in quotes (“技能饭碗”, “不愿报、不会报、报了难处理”): the seed's
# 引语式 title is a highlight
_COINED = re.compile(r"[“\"][^”\"]{2,20}[”\"]")


def score_title(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    if doc.title is None:
        return result(100 - d["missing"], [finding(
            "缺少标题：第一行应是简短的主标题（不超过 40 字、不以句号结尾）。", 0, 0,
            "加一行主标题，再加一行以“——”开头的副标题；" + cfg["suggestion"])])
    t = doc.title
    score, out = 100.0, []
    # a figure in the title is an outcome (52名妇女); an ordinal (第三届) is not
    title_figure = any(t.start <= q.start < t.end and doc.text[q.start - 1:q.start] != "第" for q in doc.figures())
    if any(rx.search(t.text) for rx in cfg["flat_patterns_re"]) and not title_figure:
        score -= d["flat"]
        out.append(finding("标题平淡：“xx妇联开展xx活动”式标题无法引起读者兴趣。", t.start, t.end, cfg["suggestion"]))
    if cfg["slogan_pattern_re"].search(t.text) and not cfg["slogan_concrete_re"].search(t.text):
        score -= d["slogan"]
        out.append(finding("口号式标题：只有口号，没有主体、事实和数字。", t.start, t.end, cfg["suggestion"]))
    flaws = []
    note = cfg["note_line_pattern_re"].search(t.text)
    if note:
        score -= d["note_line"]
        flaws.append("title_note_line")
        out.append(finding(f"标题照抄了笔记原句（“{note.group()}”），不是标题。", t.start + note.start(),
                           t.start + note.end(), "另拟标题：写明主体和事件或成效，如“X名妇女参加X 活动”，删去笔记里的时间、标签和口语"))
    bad = unbalanced(t.text)
    if bad:
        score -= d["unbalanced"]
        out.append(finding(f"标题中 {'、'.join(bad)} 不配对：“{t.text}”。", t.start, t.end, "补齐标题中成对的引号或括号"))
    cut = cfg["cut_off_pattern_re"].search(t.text)
    whole = None if cut or note else _cut_before_object(doc, cfg.get("cut_compound_min"))
    if (cut or whole) and not note:
        score -= d["cut_off"]
        said = f"“{cut.group()}”处断开" if cut else f"“{whole[0]}”处断开（正文写的是“{whole[0]}{whole[1]}”）"
        start = t.start + cut.start() if cut else t.end - len(whole[0])
        out.append(finding(f"标题在{said}，话没说完。", start, t.end, "把标题补成完整的短语，写出事件或成效"))
    if not note and cfg["no_event_pattern_re"].search(t.text) and not any(t.start <= q.start < t.end for q in doc.figures()):
        score -= d["no_event"]
        out.append(finding("标题没有写出事件或成效（做了什么、结果如何）。", t.start, t.end, cfg["suggestion"]))
    heading_end = doc.subtitle.end if doc.subtitle else t.end
    has_figure = any(t.start <= q.start < heading_end for q in doc.figures())
    heading = doc.text[t.start:heading_end]  # the main title and its subtitle, judged together
    coined = _COINED.search(heading)
    if not has_figure and not coined and not any(w in heading for w in cfg["highlight_words"]):
        score -= d["no_highlight"]
        out.append(finding("标题没有亮点：既无成效数字，也无热点概念或亮点词。", t.start, t.end, cfg["suggestion"]))
    if len(t.text) < cfg["min_chars"]:
        score -= d["too_short"]
        out.append(finding(f"标题过短（{len(t.text)} 字），信息量不足。", t.start, t.end,
                           "在标题中写明主体和亮点，如“X镇妇联：X项举措助力妇女就业”"))
    elif len(t.text) > cfg["max_chars"]:
        score -= d["too_long"]
        out.append(finding(f"主标题过长（{len(t.text)} 字）。", t.start, t.end,
                           f"主标题控制在 {cfg['max_chars']} 字以内，细节移到副标题"))
    if doc.subtitle is None and ctx.genre.get("subtitle_required", True):
        score -= d["no_subtitle"]
        out.append(finding("缺少副标题：示范结构为“主标题+副标题”。", t.start, t.end,
                           "在主标题下加一行以“——”开头的副标题，点明主体和事件，如“——X县妇联开展X培训”"))
    return result(score, out, flaws=flaws)


def _cut_before_object(doc: Document, least: int | None) -> tuple[str, str] | None:
    """(last word, what the body writes after it) when the title ends on a verb that the
    body, at least ``least`` times, always follows with the same two characters (the title
    …陪伴留守 where the body says 留守儿童): the title was cut before its object."""
    if not least:
        return None
    from assist.rubric.pos import last_word

    word, flag = last_word(doc.title.text)
    if flag != "v" or len(word) < 2:
        return None
    rest = doc.text[doc.title.end:]
    after = [rest[m.end():m.end() + 2] for m in re.finditer(re.escape(word), rest)]
    if len(after) < least or len(set(after)) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", after[0]):
        return None
    return word, after[0]


def _verbless_share(sentence: str, min_parts: int) -> tuple[float, int]:
    """Share of the comma-parted parts of ``sentence`` that have no verb, and the part count."""
    parts = [p for p in re.split(r"[，,；;：:。！？]", sentence) if p.strip()]
    if len(parts) < min_parts:
        return 0.0, len(parts)
    from assist.rubric.pos import has_verb

    return sum(not has_verb(p) for p in parts) / len(parts), len(parts)


def score_lead(doc: Document, cfg: dict, ctx: Context) -> dict:
    d = cfg["deductions"]
    lead = doc.lead
    if lead is None:
        return result(100 - d["missing"], [finding("缺少导语：正文第一段应简明扼要地介绍核心内容。", 0, 0,
                                                    "在正文开头写约 100 字的导语：何时、何地、谁、做了什么、结果如何")])
    if ctx.lead_offset:  # read past the 电头 (本报讯（记者 X）)
        lead = Block(lead.start + ctx.lead_offset, lead.end, lead.text[ctx.lead_offset:])
    score, out, flaws = 100.0, [], []
    first = re.split(r"(?<=[。！？；])", lead.text.strip(), maxsplit=1)[0]
    broken = next((rx.search(first) for rx in cfg["broken_patterns_re"] if rx.search(first)), None)
    if broken:
        score -= d["broken"]
        flaws.append("broken_lead")
        s, e = (lead.start + broken.start(), lead.start + broken.end()) if broken else (lead.start, lead.start + len(first))
        what = f"（“{lead.text[s - lead.start:e - lead.start]}”）" if broken else f"（“{first[:30]}”没有写出做了什么）"
        out.append(finding(f"导语残缺，不是一个完整的句子{what}。", s, e, cfg["broken_suggestion"]))
    if not broken and cfg.get("telegraphic_share"):
        share, parts = _verbless_share(first, cfg.get("telegraphic_min_parts", 2))
        if share >= cfg["telegraphic_share"]:
            score -= d.get("telegraphic", d["broken"])
            flaws.append("telegraphic_lead")
            out.append(finding(f"导语只是词语罗列（{parts} 个短语，多数没有动词），不是完整的句子：“{first[:30]}”。",
                               lead.start, lead.start + len(first), cfg.get("telegraphic_suggestion", cfg["broken_suggestion"])))
    n = len(lead.text)
    if n > cfg["max_chars"]:
        score -= d["too_long"]
        out.append(finding(f"导语过长（{n} 字），核心内容不突出。", lead.start, lead.end,
                           f"导语控制在 100 字左右（不超过 {cfg['max_chars']} 字），背景和细节移到后文"))
    elif n < cfg["min_chars"]:
        score -= d["too_short"]
        out.append(finding(f"导语过短（{n} 字），信息不完整。", lead.start, lead.end,
                           "导语写明何时、何地、谁、做了什么、结果如何，约 100 字"))
    opener = next((w for w in cfg["background_openers"] if lead.text.startswith(w)), None)
    if opener:
        score -= d["background_opening"]
        out.append(finding(f"导语以背景或上级精神（“{opener}……”）开头，核心事实被推后。",
                           lead.start, lead.start + len(opener),
                           "导语直接写核心事实：谁在何时何地做了什么、有什么结果；背景放到后文并精简"))
    in_lead = [q for q in doc.quantities if lead.start <= q.start < lead.end]
    time_re = cfg.get("time_pattern_re")
    if not any(q.kind == "date" for q in in_lead) and not (
        time_re.search(lead.text) if time_re else any(w in lead.text for w in ("上午", "下午", "今年", "本月", "当天", "当日"))
    ):
        score -= d["no_time"]
        out.append(finding("导语没有写明时间。", lead.start, lead.end, "在导语中写明具体日期，如“X月X日”"))
    if not any(q.kind != "date" and not q.approx for q in in_lead):
        score -= d["no_figure"]
        out.append(finding("导语没有具体数字，读者抓不住成效。", lead.start, lead.end,
                           "在导语中点出一个关键数字，如“X名妇女参加”（数字来自原始记录）"))
    if not any(w in lead.text for w in cfg["subject_words"]):
        score -= d["no_subject"]
        out.append(finding("导语没有点明主体（哪一级妇联、哪些妇女）。", lead.start, lead.end,
                           "写明主体，如“X县妇联”“X村妇女”"))
    if not cfg["place_pattern_re"].search(lead.text):
        score -= d["no_place"]
        out.append(finding("导语没有写明地点。", lead.start, lead.end, "在导语中写明地点，如“在X镇X村妇女之家”"))
    return result(score, out, flaws=flaws)

"""The deterministic composer: facts from the notes arranged into the seed's template.

主标题+副标题, a lead of about 100 characters, then 工作背景, 主要做法, 典型案例, 工作成效,
经验启示 and 下一步打算. Every sentence comes from the notes (``assist.facts``); headings and title frames
add no facts. Sections the notes cannot fill are left out and listed in ``missing_sections``.
"""

from __future__ import annotations

import re

from assist.drafting.titles import figures_of, hedged, outcome_rank, rounded, subtitle_for, title_candidates
from assist.facts import Facts, lexicon
from assist.figures import find_quantities

LEAD_TARGET = 100
LEAD_MAX = 150
LEAD_SHORT = 60  # below this the lead takes one more result
SENTENCE_MAX = 90  # the rubric finds longer sentences hard to read
_ORDINALS = "一二三四五六七八九十"


def _first_clauses(text: str, limit: int) -> str:
    """Leading clauses of ``text`` within ``limit`` characters, ending in 。."""
    if len(text) <= limit:
        return text
    parts = re.split(r"(?<=[，,；;])", text)
    out = ""
    for part in parts:
        if len(out) + len(part) > limit:
            break
        out += part
    out = out.rstrip("，,；;") or text[:limit]
    return out + ("" if out.endswith("。") else "。")


def compose_lead(facts: Facts) -> str:
    """Who, when, where, what, then who took part and the strongest result, about 100 characters.

    The main measure (with the unit and a labelled time), a short sentence on the
    participants when the notes give one, then the outcome with the strongest figure
    (people employed or helped, income, growth); each sentence at most ``SENTENCE_MAX``.
    """
    measures, outcomes = facts.texts("measures"), facts.slots["outcomes"]
    main = measures[0] if measures else (outcomes[0].text if outcomes else "")
    if not main:
        first = facts.all_sentences()
        main = first[0].text if first else ""
    if not main:
        return ""
    cues = lexicon()["cues"]["measures"]
    if facts.unit and facts.unit not in main and main.startswith(tuple(cues)):
        main = facts.unit + main
    elif facts.unit and facts.unit not in main and is_event_name(main):
        main = event_sentence(facts, main)
    if facts.time_labelled and facts.time not in main:
        main = f"{facts.time}，{main}"
    elif _DATE_HEAD.match(main):
        main = _DATE_HEAD.sub(r"\1，", main, count=1)  # 5月12日县妇联… → 5月12日，县妇联…
    source_main, lead = main, _first_clauses(main, SENTENCE_MAX)
    who = participants_sentence(facts)
    if who and who.rstrip("。") not in lead and len(lead) + len(who) <= LEAD_TARGET:
        lead += who
    # Then the strongest outcome; without one, the measure that carries the most figures.
    pool = outcomes or [s for s in facts.slots["measures"][1:] if s.figures]
    if pool:
        best = max(pool, key=lambda s: (not _vague(s.text), outcome_rank(s.text), s.figures, -_approx_count(s.text)))
        told = best.text.rstrip("。") in lead or best.text in source_main or (who and who.rstrip("。") in best.text)
        if not told and len(lead) < LEAD_TARGET:
            lead += _first_clauses(best.text, min(SENTENCE_MAX, LEAD_MAX - len(lead)))
    # A short lead takes one more exact result.
    if len(lead) < LEAD_SHORT:
        for s in facts.slots["outcomes"]:
            if s.figures and not _vague(s.text) and not _same(s.text, lead) and s.text not in source_main:
                if len(lead) + len(s.text) <= LEAD_TARGET + 10:
                    lead += s.text
                    break
    return lead


_DATE_HEAD = re.compile(r"^((?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上午|下午|晚上)?)(?=[\u4e00-\u9fa5])(?!份|上午|下午|晚上|[上中下]旬)")
_EVENT_NOUN = re.compile(r"(?:讲座|培训|培训班|培训会|会|节|营|赛|大赛|沙龙|论坛|班)$")
EVENT_NOUN = _EVENT_NOUN


def is_event_name(sentence: str) -> bool:
    """A labelled activity given as a bare name (母亲节“好家风伴成长”家庭教育讲座), no verb, no figure."""
    body = sentence.rstrip("。")
    cues = lexicon()["cues"]["measures"]
    return (
        4 <= len(body) <= 30
        and not re.search(r"[，,；;]", body)
        and not body.startswith(tuple(cues))
        and (_EVENT_NOUN.search(body) is not None or not any(c in body for c in cues))
        and not any(q.kind != "date" for q in find_quantities(body))
    )


def event_sentence(facts: Facts, name: str) -> str:
    """单位：X / 地点：Y / 活动：Z as one sentence: X在Y举办Z (开展 for work that is not an event)."""
    body = name.rstrip("。")
    verb = "举办" if _EVENT_NOUN.search(body) else "开展"
    where = f"在{facts.place}" if facts.place and facts.place not in body else ""
    return f"{facts.unit}{where}{verb}{body}。"


def participants_sentence(facts: Facts) -> str:
    """A short sentence of the notes on who took part (86名农村妇女参加), or ''."""
    words = tuple(lexicon()["participants"])
    for sentence in facts.slots["measures"][1:] + facts.slots["actors"]:
        for clause in re.split(r"[，,；;。]", sentence.text):
            has_figure = bool(figures_of(clause))
            if has_figure and any(w in clause for w in words) and 4 <= len(clause) <= 30 and not _vague(clause):
                return clause + "。"
    return ""


def _vague(text: str) -> bool:
    return hedged(text) or rounded(text)


def _same(a: str, b: str) -> bool:
    """Whether sentence ``a`` is told in ``b`` (commas added to ``b`` do not count)."""
    strip = lambda t: re.sub(r"[，,。]", "", t)  # noqa: E731
    return strip(a) in strip(b)


def _approx_count(text: str) -> int:
    return sum(1 for q in find_quantities(text) if q.approx)


def _enumerate(sentences: list[str]) -> str:
    if len(sentences) <= 1:
        return "".join(sentences)
    return "".join(f"{_ORDINALS[i]}是{s}" if i < len(_ORDINALS) else s for i, s in enumerate(sentences))


def compose_sections(facts: Facts, lead: str = "") -> dict[str, str]:
    """Section bodies; the main measure, already told in full by the lead, is not repeated."""
    measures = facts.texts("measures") + facts.texts("actors")
    outcomes = facts.texts("outcomes")
    if measures and _same(measures[0], lead):
        measures = measures[1:]
    elif not measures and len(outcomes) > 1 and _same(outcomes[0], lead):
        outcomes = outcomes[1:]
    return {
        "background": "".join(facts.texts("background") + facts.texts("problems")),
        "measures": _enumerate(measures),
        "cases": "".join(facts.texts("cases") + facts.texts("quotes")),
        "outcomes": "".join(outcomes),
        "lessons": "".join(facts.texts("lessons")),
        "plans": "".join(plan_line(facts, s) for s in facts.texts("plans")),
    }


_PLAN_VERB = re.compile(r"^(?:计划|准备|打算|将|拟|争取)")


def plan_line(facts: Facts, sentence: str) -> str:
    """A plan under the 下一步打算 heading: 下一步计划在… → 县妇联计划在…."""
    text = re.sub(r"^(?:下一步|下步|接下来|今后)[，,：:]?", "", sentence).strip() or sentence
    if facts.unit and _PLAN_VERB.match(text) and facts.unit not in text:
        text = facts.unit + text
    return text


def compose(facts: Facts) -> dict:
    """``{"title", "subtitle", "text", "lead", "titles", "sections", "missing_sections", "questions"}``.

    ``questions`` ask the officer for the facts the notes lack, one per missing part.
    """
    headings = lexicon()["sections"]
    lead = compose_lead(facts)
    sections = compose_sections(facts, lead)
    paragraphs = [lead] if lead else []
    number = 0
    for key, heading in headings.items():
        if sections[key]:
            paragraphs.append(f"{_ORDINALS[number]}、{heading}")
            paragraphs.append(sections[key])
            number += 1
    titles = title_candidates(facts) or [_first_clauses(lead, 20).rstrip("。")]
    title = titles[0]
    missing = [k for k in headings if not sections[k] and k != "plans"]
    if sections["plans"] and "lessons" in missing:  # a plan answers the lessons question
        missing.remove("lessons")
    questions = lexicon()["questions"]
    asks = [questions[k] for k in missing]
    if not facts.time:
        asks.insert(0, questions["time"])
    return {
        "title": title,
        "subtitle": subtitle_for(facts, title),
        "text": "\n".join(paragraphs),
        "lead": lead,
        "titles": titles[:3],
        "sections": sections,
        "missing_sections": [headings[k] for k in missing] + ([] if lead else ["导语"]),
        "questions": asks,
    }

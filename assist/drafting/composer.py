"""The deterministic composer: facts from the notes arranged into the seed's template.

主标题+副标题, a lead of about 100 characters, then 工作背景, 主要做法, 典型案例, 工作成效,
经验启示. Every sentence comes from the notes (``assist.facts``); headings and title frames
add no facts. Sections the notes cannot fill are left out and listed in ``missing_sections``.
"""

from __future__ import annotations

import re

from assist.drafting.titles import title_candidates, subtitle_for
from assist.facts import Facts, lexicon
from assist.figures import find_quantities

LEAD_TARGET = 100
LEAD_MAX = 150
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
    """The main measure (with the unit and a labelled time), then the strongest outcome.

    Two sentences of at most ``SENTENCE_MAX`` characters each, about 100 in all.
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
    if facts.time_labelled and facts.time not in main:
        main = f"{facts.time}，{main}"
    lead = _first_clauses(main, SENTENCE_MAX)
    # Then the strongest outcome; without one, the measure that carries the most figures.
    pool = outcomes or [s for s in facts.slots["measures"][1:] if s.figures]
    if pool:
        best = max(pool, key=lambda s: (s.figures, -_approx_count(s.text)))
        if best.text.rstrip("。") not in lead and len(lead) < LEAD_TARGET:
            lead += _first_clauses(best.text, min(SENTENCE_MAX, LEAD_MAX - len(lead)))
    return lead


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
    if measures and measures[0].rstrip("。") in lead:
        measures = measures[1:]
    elif not measures and len(outcomes) > 1 and outcomes[0].rstrip("。") in lead:
        outcomes = outcomes[1:]
    return {
        "background": "".join(facts.texts("background") + facts.texts("problems")),
        "measures": _enumerate(measures),
        "cases": "".join(facts.texts("cases") + facts.texts("quotes")),
        "outcomes": "".join(outcomes),
        "lessons": "".join(facts.texts("lessons") + facts.texts("plans")),
    }


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
    missing = [k for k in headings if not sections[k]]
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

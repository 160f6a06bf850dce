"""Titles in the seed's patterns, built only from the facts of the notes.

Patterns (seed, 标题平淡 → 改进建议): figures and results (三年培训万名妇女，就业率提升30%),
a contrast (从5000到3万), a hot-concept phrase (她力量点亮乡村振兴新希望), a quote. Figures,
names and quotes in a title are copied from the notes; the frames add no facts.
"""

from __future__ import annotations

import re

from assist.facts import Facts, QUOTE_RE, lexicon
from assist.figures import find_quantities

_CLAUSE = re.compile(r"[，,；;。！？]")
_CONTRAST = re.compile(r"从[^，。；]{1,10}?(?:增长|增加|提升|提高|扩大|上升|发展|变成|变为)?(?:到|至)[^，。；]{1,10}")
_KIND_RANK = {"percent": 3, "money": 3, "multiplier": 3, "count": 1, "range": 1}
_LEADING = re.compile(r"^(?:目前|截至目前|其中|共|累计|同时|培训后|活动后|此外|已经有|已有|已经|已|还有|有)[，,]?(?=\S)")
_PLACE = re.compile(r"在[一-龥\d]{2,12}?(?:村|社区|镇|乡|街道|广场|中心|会议室|礼堂|活动室|学校|公园|大厅|基地|园区|馆|站|之家|小区)(?:进行)?")
MAX_TITLE = 24
SUBTITLE_ACTION = 20  # a subtitle may name the work at more length than a title


def _tidy(phrase: str) -> str:
    """Headline style: no aspect particle 了, no leading existential 有."""
    phrase = re.sub(r"(?<=[\u4e00-\u9fa5]{2})了(?=[\u4e00-\u9fa5\d“])", "", phrase)
    return re.sub(r"^有(?=\d)", "", phrase)


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c.strip()]


def hedged(text: str) -> bool:
    """Whether ``text`` guesses at a figure (大概, 差不多, 左右...)."""
    return any(h in text for h in lexicon()["hedges"])


def rounded(text: str) -> bool:
    """Whether ``text`` holds a rounded figure (七十多名, 300余人)."""
    return any(q.approx for q in find_quantities(text))


def figures_of(text: str) -> list:
    """Quantities of ``text`` other than dates and idioms (一起, 一场: Chinese numerals under 10)."""
    return [
        q for q in find_quantities(text)
        if q.kind != "date" and not (q.chinese and q.kind != "percent" and q.value < 10)
    ]


def outcome_rank(text: str) -> int:
    """Strength of an outcome: people employed or helped > income > growth > other."""
    strength = lexicon()["outcome_strength"]
    qs = figures_of(text)
    if not qs:
        return 0
    people = [q for q in qs if q.unit == "人" or text.startswith("人", q.end)]  # 52人, 6个人
    rank = max(_KIND_RANK.get(q.kind, 1) + (2 if q in people else 0) for q in qs)
    if any(w in text for w in strength["people"]) and people:
        rank += 6
    elif any(w in text for w in strength["income"]):
        rank += 5
    elif any(w in text for w in strength["growth"]):
        rank += 3
    return rank


def figure_phrases(facts: Facts) -> list[str]:
    """Clauses with a figure, strongest first (outcomes before measures), without guesses."""
    ranked = []
    outcomes = facts.texts("outcomes")
    for sentence in outcomes + facts.texts("measures"):
        if sentence in facts.texts("quotes") or re.search(r"[说讲]", sentence) and QUOTE_RE.search(sentence):
            continue  # quoted speech makes a quote title, not a figure title
        for clause in _clauses(sentence):
            clause = _LEADING.sub("", clause)
            if len(clause) > 18 or hedged(clause):
                continue
            rank = outcome_rank(clause)
            if rank:  # exact figures first: a rounded one only when the notes give no other
                rank += (10 if sentence in outcomes else 0) - (20 if rounded(clause) else 0)
                ranked.append((rank, -len(ranked), _tidy(clause)))
    out: list[str] = []
    for _, _, phrase in sorted(ranked, reverse=True):
        if phrase not in out:
            out.append(phrase)
    return out


def figure_phrase(facts: Facts) -> str:
    """The outcome clause with the strongest figure (people helped > income > growth)."""
    phrases = figure_phrases(facts)
    return phrases[0] if phrases else ""


def action_phrase(facts: Facts, max_len: int = 14) -> str:
    """The main measure as a short verb phrase (开展电商直播培训), or ''.

    The place (在…社区) and a trailing count (共办了12期) are left to the body.
    """
    measures = lexicon()["cues"]["measures"]
    for sentence in facts.texts("measures")[:1]:  # the main measure only
        for clause in _clauses(sentence):
            hits = [clause.find(c) for c in measures if c in clause]
            if not hits:
                continue
            phrase = _tidy(_PLACE.sub("", clause[min(hits) :]))
            figures = [q for q in find_quantities(phrase) if q.kind != "date"]
            head = phrase[: figures[0].start] if figures else ""
            if re.search(r"(?:共|累计)[\u4e00-\u9fa5]{0,2}$", head):  # 开展培训共办12期 → 开展培训
                phrase = re.sub(r"(?:共|累计)[\u4e00-\u9fa5]{0,2}$", "", head)
            if 4 <= len(phrase) <= max_len and not hedged(phrase):
                return phrase
    return ""


def contrast_phrase(facts: Facts) -> str:
    for sentence in facts.texts("outcomes") + facts.texts("measures"):
        for clause in _clauses(sentence):
            if _CONTRAST.search(clause) and len(clause) <= 20:
                return _LEADING.sub("", clause)
    return ""


def _theme(facts: Facts) -> dict | None:
    """The theme whose words the notes use most (the first listed on a tie)."""
    text = "".join(s.text for s in facts.all_sentences())
    best, hits = None, 0
    for theme in lexicon()["themes"]:
        n = sum(1 for w in theme["when"] if w in text)
        if n > hits:
            best, hits = theme, n
    return best


def hot_phrase(facts: Facts) -> str:
    """A 她力量-style frame whose theme the notes mention."""
    theme = _theme(facts)
    return f"{theme['her']}{theme['verb']}{theme['theme']}" if theme else ""


def hot_word(facts: Facts, default: str = "她力量") -> str:
    """The frame's lead word (她力量, 她经济, 巾帼志愿...), e.g. for a topic tag."""
    theme = _theme(facts)
    return theme["her"] if theme else default


def quote_phrase(facts: Facts) -> str:
    spoken = [s for s in facts.texts("quotes") + facts.texts("cases") if re.search(r"[说道讲表示感慨]", s)]
    quotes = [m.group(1) for s in spoken for m in QUOTE_RE.finditer(s)]
    quotes = [q.rstrip("。！") for q in quotes if 4 <= len(q) <= 20]
    return f"“{min(quotes, key=len)}”" if quotes else ""


def title_candidates(facts: Facts) -> list[str]:
    """Titles in the seed's patterns, strongest first, without duplicates."""
    action, figure = action_phrase(facts), figure_phrase(facts)
    hot, contrast, quote = hot_phrase(facts), contrast_phrase(facts), quote_phrase(facts)
    figures = figure_phrases(facts)
    pair = ""
    if len(figures) > 1 and figures[1] not in figures[0] and len(figures[0]) + len(figures[1]) <= 20:
        pair = f"{figures[0]}，{figures[1]}"
    candidates = []
    if hot and figure and len(hot) + len(figure) < MAX_TITLE:
        candidates.append(f"{hot}，{figure}")
    if action and figure and action != figure:
        candidates.append(f"{action}，{figure}")
    if pair:
        candidates.append(pair)
    if contrast:
        candidates.append(f"{hot}：{contrast}" if hot and len(hot) + len(contrast) < MAX_TITLE else contrast)
    if hot:
        candidates.append(hot)
    if quote:
        candidates.append(quote)
    if figure and facts.unit:
        candidates.append(f"{facts.unit}：{figure}")
    if action and facts.unit:
        candidates.append(f"{facts.unit}{action}")
    if figure and len(figure) >= 6:
        candidates.append(figure)
    out: list[str] = []
    for c in candidates:
        if c and c not in out and len(c) <= MAX_TITLE + 6:
            out.append(c)
    return out


EVENT_NOUN = re.compile(r"(?:讲座|培训|培训班|培训会|会|节|营|赛|大赛|沙龙|论坛|班)$")


def is_event_name(sentence: str) -> bool:
    """A labelled activity given as a bare name (母亲节“好家风伴成长”家庭教育讲座), no verb, no figure."""
    body = sentence.rstrip("。")
    cues = lexicon()["cues"]["measures"]
    return (
        4 <= len(body) <= 30
        and not re.search(r"[，,；;]", body)
        and not body.startswith(tuple(cues))
        and (EVENT_NOUN.search(body) is not None or not any(c in body for c in cues))
        and not any(q.kind != "date" for q in find_quantities(body))
    )


def event_name(facts: Facts) -> str:
    """The main activity when the notes name it without a verb (活动：…讲座), as 《…》侧记 wording."""
    measures = facts.texts("measures")
    body = measures[0].rstrip("。") if measures else ""
    if not body or len(body) > SUBTITLE_ACTION or not is_event_name(body):
        return ""
    return f"{body}侧记"


def subtitle_for(facts: Facts, title: str) -> str:
    """——{unit}{main measure}, naming the unit and the work."""
    action = action_phrase(facts, max_len=SUBTITLE_ACTION) or facts.topic or event_name(facts)
    if action and action in title:
        action = "工作侧记" if facts.unit else ""
    body = f"{facts.unit}{action}" if not (facts.unit and action.startswith(facts.unit)) else action
    return f"——{body}" if body and body != title else ""

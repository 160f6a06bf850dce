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
_KIND_RANK = {"percent": 5, "money": 4, "multiplier": 4, "count": 2, "range": 1}
_LEADING = re.compile(r"^(?:目前|截至目前|其中|共|累计|同时|培训后|活动后|此外)[，,]?")
MAX_TITLE = 24
SUBTITLE_ACTION = 20  # a subtitle may name the work at more length than a title


def _tidy(phrase: str) -> str:
    """Headline style: no aspect particle 了, no leading existential 有."""
    phrase = re.sub(r"(?<=[\u4e00-\u9fa5])了(?=[\u4e00-\u9fa5\d])", "", phrase)
    return re.sub(r"^有(?=\d)", "", phrase)


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c.strip()]


def figure_phrase(facts: Facts) -> str:
    """The outcome clause with the strongest figure (percent > money > people > other)."""
    best, best_rank = "", 0
    for sentence in facts.texts("outcomes") + facts.texts("measures"):
        for clause in _clauses(QUOTE_RE.sub("", sentence)):
            qs = [q for q in find_quantities(clause) if q.kind != "date"]
            if not qs or len(clause) > 18:
                continue
            rank = max(_KIND_RANK.get(q.kind, 1) + (1 if q.unit == "人" else 0) for q in qs)
            rank += 5 if sentence in facts.texts("outcomes") else 0
            if rank > best_rank:
                best, best_rank = _tidy(_LEADING.sub("", clause)), rank
    return best


def action_phrase(facts: Facts, max_len: int = 14) -> str:
    """The main measure as a short verb phrase (开展电商直播培训), or ''."""
    measures = lexicon()["cues"]["measures"]
    for sentence in facts.texts("measures"):
        for clause in _clauses(sentence):
            hits = [clause.find(c) for c in measures if c in clause]
            if not hits:
                continue
            phrase = _tidy(clause[min(hits) :])
            if 4 <= len(phrase) <= max_len:
                return phrase
    return ""


def contrast_phrase(facts: Facts) -> str:
    for sentence in facts.texts("outcomes") + facts.texts("measures"):
        for clause in _clauses(sentence):
            if _CONTRAST.search(clause) and len(clause) <= 20:
                return _LEADING.sub("", clause)
    return ""


def _theme(facts: Facts) -> dict | None:
    text = "".join(s.text for s in facts.all_sentences())
    for theme in lexicon()["themes"]:
        if any(w in text for w in theme["when"]):
            return theme
    return None


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
    candidates = []
    if hot and figure and len(hot) + len(figure) < MAX_TITLE:
        candidates.append(f"{hot}，{figure}")
    if action and figure and action != figure:
        candidates.append(f"{action}，{figure}")
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


def subtitle_for(facts: Facts, title: str) -> str:
    """——{unit}{main measure}, naming the unit and the work."""
    action = action_phrase(facts, max_len=SUBTITLE_ACTION) or facts.topic
    if action and action in title:
        action = "工作侧记" if facts.unit else ""
    body = f"{facts.unit}{action}"
    return f"——{body}" if body and body != title else ""

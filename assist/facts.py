"""Facts from rough notes: the sentences of the notes sorted into the template's slots.

``extract_facts(notes) -> Facts``. Pure rules driven by ``drafting/lexicon.yaml``; no
model. Every sentence kept is the officer's own wording after light clean-up (bullets,
spoken fillers, colloquialisms put into report register where the meaning is identical —
来了86名 → 86名…参加, 办了 → 举办了 —, direct speech put in quotes, Chinese numerals written
as digits), so a draft
composed from these facts contains no claim the notes do not make.

Steps: split into items (lines, bullets, sentence ends, spoken connectors) → read
``标签：内容`` items into their slot → clean each sentence → pick time, place and unit →
sort the rest by cue words (plans, lessons, problems, cases, outcomes, background,
measures), with quotes kept whole.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from assist.figures import find_quantities

SLOTS = ("background", "measures", "cases", "outcomes", "lessons", "problems", "plans", "quotes", "actors")


@dataclass
class Sentence:
    text: str
    figures: int = 0  # how many quantities (not dates) it carries


@dataclass
class Facts:
    time: str = ""
    time_labelled: bool = False  # the notes gave the time on a 时间： line
    place: str = ""
    unit: str = ""
    topic: str = ""  # a short heading line the notes open with (“娘家人”维权服务站)
    slots: dict[str, list[Sentence]] = field(default_factory=lambda: {s: [] for s in SLOTS})

    def texts(self, slot: str) -> list[str]:
        return [s.text for s in self.slots[slot]]

    def all_sentences(self) -> list[Sentence]:
        return [s for slot in SLOTS for s in self.slots[slot]]


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    text = resources.files("assist.drafting").joinpath("lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# --- splitting and clean-up --------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•·●○◆■▪►>]+(?!\d)|\d{1,2}(?:\.(?!\d)|[、)）])|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.]|第[一二三四五六七八九十]+[，、])\s*")
_SENT_END = re.compile(r"(?<=[。！？!?；;])")
QUOTE_RE = re.compile(r"[“\"「『]([^”\"」』]{2,200})[”\"」』]")
_SPEECH = re.compile(r"(?:说|道|表示|感慨|讲)[：:，,]?\s*[“\"「『]")
_LABEL = re.compile(r"^\s*([\u4e00-\u9fa5]{1,6})\s*[:：]\s*(.+)$")


def split_items(notes: str) -> list[str]:
    """Lines and sentences of the notes, bullets removed, quotes never split."""
    items: list[str] = []
    for line in notes.replace("\r", "\n").split("\n"):
        line = apply_corrections(_BULLET.sub("", line.replace("\u3000", " ")).strip())
        if not line:
            continue
        # Protect quotes from sentence splitting.
        protected = QUOTE_RE.sub(lambda m: m.group(0).replace("。", "\x00").replace("！", "\x01").replace("？", "\x02"), line)
        for part in _SENT_END.split(protected):
            part = part.replace("\x00", "。").replace("\x01", "！").replace("\x02", "？").strip()
            if part:
                items.extend(_split_run_on(part))
    return items


def _split_run_on(sentence: str) -> list[str]:
    """Split a long sentence at spoken connectors (然后, 另外, ...), outside quotes."""
    if len(sentence) < 40 or QUOTE_RE.search(sentence):
        return [sentence]
    words = sorted(lexicon()["splitters"], key=len, reverse=True)
    pattern = re.compile(r"[，,\s]*(?:" + "|".join(map(re.escape, words)) + r")[，,\s]*")
    parts = [p.strip(" ，,") for p in pattern.split(sentence)]
    return [p for p in parts if len(p) >= 2] or [sentence]


_CN_NUM = re.compile(r"^([零〇一二两三四五六七八九十百千万亿]+)(.*)$")


def _arabic(value: float) -> str:
    return f"{value:.10g}"


def digits_for_numerals(text: str) -> str:
    """Write exact Chinese-numeral quantities in digits (两千元 → 2000元, 百分之三十 → 30%).

    Only exact (not approximate) counts of ten or more, sums and percentages whose value
    ``figures`` parses are rewritten, so the value is unchanged; quotes stay verbatim.
    """
    quoted = [m.span() for m in QUOTE_RE.finditer(text)]
    out, last = [], 0
    for q in find_quantities(text):
        if not q.chinese or q.approx or q.kind not in ("count", "money", "percent"):
            continue
        if q.kind == "percent" and not q.text.startswith("百分之"):
            continue  # 七成 stays 七成 (never 70成), 四分之三 stays
        if any(a <= q.start < b for a, b in quoted) or (q.kind != "percent" and q.value < 10):
            continue  # keep quotes verbatim and idioms such as 一场, 三个
        if q.unit == "届" or text[q.end:q.end + 1] == "届" or text[max(0, q.start - 1):q.start] == "第":
            continue  # an ordinal: 党的二十届四中全会, 第十二次 stay as written
        if q.text.startswith("百分之"):
            new = _arabic(q.value) + "%"
        else:
            m = _CN_NUM.match(q.text)
            if not m:
                continue
            numeral, rest = m.groups()
            if numeral.endswith(("万", "亿")):  # 一百三十万元 → 130万元
                scale = 10_000 if numeral.endswith("万") else 100_000_000
                new = _arabic(q.value / scale) + numeral[-1] + rest
            else:
                new = _arabic(q.value) + rest
        out.append(text[last : q.start] + new)
        last = q.end
    return "".join(out) + text[last:]


_CORRECTION = re.compile(r"[？?，,。\s]*(?:不对|说错了|错了)[，,]\s*(?:应该)?是")


def apply_corrections(text: str) -> str:
    """A spoken self-correction keeps the corrected figure: 发放2.36万元？不对，是2360万元 → 发放2360万元."""
    while True:
        m = _CORRECTION.search(text)
        if not m:
            return text
        before, after = text[: m.start()], text[m.end() :]
        figures = [q for q in find_quantities(before)]
        text = (before[: figures[-1].start] if figures else before + "，") + after


def punctuate_run_on(text: str) -> str:
    """Commas into long unpunctuated stretches, after a figure that a new action follows.

    ``开展讲座28场覆盖家长9800人次还印发了手册`` → ``开展讲座28场，覆盖家长9800人次，还印发了手册``.
    Only stretches of 30 characters or more without a comma are touched, and only
    punctuation is added.
    """
    parts = re.split(r"([，,；;])", text)
    return "".join(_punctuate_clause(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _punctuate_clause(clause: str) -> str:
    if len(clause) < 30:
        return clause
    cues = lexicon()["cues"]
    starters = tuple(cues["measures"] + cues["outcomes"] + lexicon()["run_on_starters"])
    out, last = [], 0
    for q in find_quantities(clause):
        if q.kind == "date" or q.end >= len(clause):
            continue
        if clause.startswith(starters, q.end):
            out.append(clause[last : q.end] + "，")
            last = q.end
    return "".join(out) + clause[last:]


def to_register(text: str) -> str:
    """Spoken phrasing in report register where the meaning is identical (来了86名 → 86名…参加).

    Quotes are left verbatim.
    """
    rules = [(re.compile(p), r) for p, r in lexicon()["register_rewrites"]]
    parts = re.split(r"([“\"「『][^”\"」』]*[”\"」』])", text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            for pattern, repl in rules:
                part = pattern.sub(repl, part)
        out.append(part)
    return "".join(out)


# Someone speaking: a short subject, a speech verb, then a colon (direct speech) or comma.
SPEAKER_RE = re.compile(r"^([^，,。；;“”\"]{1,14}?(?:说|表示|感慨|讲|谈道|坦言))([：:，,])")


_QUOTED_SPEECH = re.compile(r"^([^，,。；;“”\"]{1,14}?(?:说|表示|感慨|讲|谈道|坦言))[：:]?“([^”]+?)”[。]?$")


def quote_direct_speech(text: str) -> str:
    """``学员张桂花说：以前…`` → ``学员张桂花说：“以前…。”``; the words themselves unchanged.

    Speech already in quotes only gets the usual punctuation (说：“…。”).
    """
    q = _QUOTED_SPEECH.match(text)
    if q:
        words = q.group(2)
        return f"{q.group(1)}：“{words}{'' if words[-1] in '。！？!?…' else '。'}”"
    m = SPEAKER_RE.match(text)
    if not m or m.group(2) not in "：:" or QUOTE_RE.search(text):
        return text
    words = text[m.end() :].strip().rstrip("。")
    if len(words) < 2:
        return text
    return f"{m.group(1)}：“{words}。”"


def clean_sentence(text: str) -> str:
    """Spoken fillers and colloquialisms out, numerals as digits, one closing mark."""
    lex = lexicon()
    fillers = sorted(lex["fillers"], key=len, reverse=True)
    filler_re = re.compile(r"(^|[，,；;])\s*(?:" + "|".join(map(re.escape, fillers)) + r")(?:[，,\s]+|(?=[\u4e00-\u9fa5]))")
    prev = None
    while prev != text:
        prev, text = text, filler_re.sub(r"\1", text).strip(" ，,")
    particles = lex["particles"]
    if _figure_count(text):  # 来了200人吧: 吧 marks a guess, so the figure keeps it
        particles = [p for p in particles if p not in lex["hedging_particles"]]
    particles = "|".join(map(re.escape, particles))
    text = re.sub(rf"(?<=[\u4e00-\u9fa5\d])(?:{particles})(?=[，,。！？!?；;]|$)", "", text)
    for old, new in lex["rewrites"].items():
        text = text.replace(old, new)
    text = to_register(text)
    text = quote_direct_speech(text)
    text = punctuate_run_on(digits_for_numerals(text))
    text = re.sub(r"\s+(?=[\u4e00-\u9fa5，。])|(?<=[\u4e00-\u9fa5，。])\s+", "", text)
    text = text.strip(" ，,、")
    if text and text[-1] not in "。！？" and not re.search(r"[。！？]”$", text):
        text = text.rstrip("；;.") + "。"
    return text


# --- time, place, unit ---------------------------------------------------------------------

_PLACE = re.compile(
    r"在([一-龥\d]{2,12}(?:村|社区|镇|乡|街道|广场|中心|会议室|礼堂|活动室|学校|公园|大厅|基地|园区|馆|站|之家|小区))"
)
_UNIT = re.compile(r"[\u4e00-\u9fa5]{0,12}?(?:妇女联合会|妇联)")


def find_time(text: str) -> str:
    dates = [q for q in find_quantities(text) if q.kind == "date" and (q.month or q.year)]
    if dates:
        q = dates[0]
        tail = re.match(r"(上午|下午|晚上|期间|以来)?", text[q.end :]).group(0)
        return q.text + tail
    words = "|".join(map(re.escape, sorted(lexicon()["time_words"], key=len, reverse=True)))
    m = re.search(rf"(?:^|(?<=[，,。；;\n]))({words})", text)
    return m.group(1) if m else ""


def find_unit(text: str) -> str:
    stops = sorted(lexicon()["unit_prefix_stop"], key=len, reverse=True)
    for m in _UNIT.finditer(text):
        name = m.group(0)
        changed = True
        while changed:
            changed = False
            name = re.sub(r"^[\d年月日号份]+", "", name)
            for stop in stops:
                if name.startswith(stop) and len(name) > len(stop) + 1:
                    name, changed = name[len(stop) :], True
                    break
        name = re.split(r"[在是到由与跟及]", name)[-1]
        if name in lexicon()["generic_units"] or name.startswith(("被", "各", "上级")):
            continue
        return name  # the first unit named is the one reporting
    return ""


def find_place(text: str) -> str:
    m = _PLACE.search(text)
    return m.group(1) if m else ""


# --- sorting -----------------------------------------------------------------------------

def _figure_count(text: str) -> int:
    return sum(1 for q in find_quantities(text) if q.kind != "date")


def classify(sentence: str) -> str:
    """The template slot of one cleaned sentence (``measures`` when no cue matches)."""
    return classify_cue(sentence) or "measures"


def classify_cue(sentence: str) -> str | None:
    """The slot a cue word points to, or ``None`` when the sentence has no cue."""
    lex = lexicon()
    cues = lex["cues"]
    if QUOTE_RE.search(sentence) and re.search(r"[说道讲表示感慨]", sentence):
        return "quotes"
    if SPEAKER_RE.match(sentence) and not any(c in sentence for c in cues["plans"]):
        return "quotes"
    for slot in ("plans", "lessons", "problems", "cases"):
        if any(c in sentence for c in cues[slot]):
            return slot
    has_figure = _figure_count(sentence) > 0
    outcome_cues = [c for c in cues["outcomes"] if c in sentence]
    if outcome_cues and set(outcome_cues) <= set(lex["weak_outcomes"]) and (
        sentence.startswith(tuple(cues["measures"])) or any(p in sentence for p in lex["participants"])
    ):  # 邀请女企业家分享创业经验, 参加的创业女性58人: the cue names the topic, not a result
        return "measures"
    if outcome_cues and (
        has_figure or any(c in sentence for c in lex["outcome_without_figure"])
    ):
        return "outcomes"
    background = any(c in sentence for c in cues["background"])
    measure = any(c in sentence for c in cues["measures"])
    if background and (not measure or sentence.startswith(tuple(cues["background"]))):
        return "background"
    return "measures" if measure else None


def split_clauses(sentence: str) -> list[tuple[str, str]]:
    """A long sentence as runs of clauses that share a slot: [(text, slot)].

    Clauses without a cue continue the run before them. Sentences with quoted speech and
    short sentences are kept whole.
    """
    clauses = [c for c in re.split(r"[，,]", sentence.rstrip("。！？")) if c.strip()]
    if len(sentence) < 45 or len(clauses) < 3 or _SPEECH.search(sentence):
        return [(sentence, classify(sentence))]
    runs: list[list] = []
    for clause in clauses:
        slot = classify_cue(clause)
        if runs and (slot is None or slot == runs[-1][1]):
            runs[-1][0].append(clause)
        else:
            runs.append([[clause], slot or "measures"])
    return [("，".join(parts) + "。", slot) for parts, slot in runs]


def _is_topic(item: str) -> bool:
    """A short first line without figures, clauses or a label: the notes' heading."""
    return (
        2 <= len(item) <= 16
        and not re.search(r"[，,。；;！？]", item.rstrip("。：:"))
        and not _LABEL.match(item)
        and not find_quantities(item)
    )


def _is_meta(text: str) -> bool:
    body = text.rstrip("。！？")
    return any(re.search(p, body) for p in lexicon()["meta_sentences"])


def extract_facts(notes: str) -> Facts:
    """Sort the notes' sentences into template slots and pick time, place and unit."""
    lex = lexicon()
    label_slot = {word: slot for slot, words in lex["labels"].items() for word in words}
    facts = Facts()
    seen: set[str] = set()
    items = split_items(notes)
    first = clean_sentence(items[0]) if items else ""
    if first and _is_topic(first.rstrip("。")) and not _is_meta(first):
        facts.topic = first.rstrip("。：:")
    for item in items:
        slot = None
        m = _LABEL.match(item)
        if m and m.group(1) in label_slot:
            slot, item = label_slot[m.group(1)], m.group(2)
            if slot in ("time", "place", "unit"):
                value = item.strip(" 。；;，,")
                if value and not getattr(facts, slot):
                    setattr(facts, slot, value)
                    facts.time_labelled = facts.time_labelled or slot == "time"
                continue
        text = clean_sentence(item)
        if slot == "actors" and _figure_count(text) and not any(p in text for p in lex["participants"]):
            text = text.rstrip("。") + "参加。"  # 参加人员：家长和孩子共180人 → 家长和孩子共180人参加
        if len(text) < 3 or text in seen or _is_meta(text):
            continue
        seen.add(text)
        for part, part_slot in [(text, slot)] if slot else split_clauses(text):
            facts.slots[part_slot].append(Sentence(part, _figure_count(part)))
    joined = "\n".join(s.text for s in facts.all_sentences())
    facts.time = facts.time or find_time(joined)
    facts.unit = facts.unit or find_unit(notes)
    facts.place = facts.place or find_place(joined)
    return facts

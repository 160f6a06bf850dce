"""The privacy scanner: ``build_scanner(...).scan(text)`` and ``.mask(text, style)``.

Pipeline: validate → normalise (offset map kept) → Presidio analyzer (one recognizer per
type, PERSON from tagger + rules) → resolve overlaps between types → minors → sensitive
passages → offsets mapped back to the original string.
"""

from __future__ import annotations

import datetime as dt

import regex as re
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from app.textinput import DEFAULT_MAX_CHARS, check_text
from models.taggers import SpanTagger
from privacy.analyzer import LANGUAGE, SCORE_THRESHOLD, build_analyzer
from privacy.masking import mask_text
from privacy.minor_details import ENTITY as DETAIL
from privacy.minor_details import SCORE as DETAIL_SCORE
from privacy.minor_details import find_details
from privacy.minors import find_minors
from privacy.normalize import normalize
from privacy.persons import person_groups
from privacy.recognizers.bank_card import BANK_CONTEXT
from privacy.sensitive import find_sensitive
from privacy.spans import DisjointSpans

ENTITY_TYPES = (
    "PERSON",
    "CN_ID_CARD",
    "PHONE_NUMBER",
    "CN_BANK_CARD",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "WECHAT_ID",
    "QQ_NUMBER",
    "MINOR_DETAIL",
)
# Lower wins when spans of different types overlap.
_PRIORITY = {
    "EMAIL_ADDRESS": 0,
    "CN_ID_CARD": 1,
    "CN_BANK_CARD": 1,
    "WECHAT_ID": 2,
    "QQ_NUMBER": 2,
    "PHONE_NUMBER": 3,
    "ADDRESS": 4,
    "PERSON": 5,
    "MINOR_DETAIL": 6,
}
_BANK_WORDS = re.compile("|".join(BANK_CONTEXT))


class PrivacyScanner:
    """Loads nothing per call: the analyzer (and its tagger) are built once."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
        today: dt.date | None = None,
        person_model: str = "rules",
    ):
        self.analyzer = analyzer
        self.max_chars = max_chars
        self.today = today
        self.person_model = person_model

    def scan(self, text: str) -> dict:
        check_text(text, max_chars=self.max_chars)
        if not text.strip():
            return {"entities": [], "sensitive": []}
        norm = normalize(text)
        if len(norm.text) > self.max_chars:  # U+FDFA alone expands to 18 characters
            check_text(norm.text, max_chars=self.max_chars)
        raw = self.analyzer.analyze(norm.text, language=LANGUAGE, score_threshold=SCORE_THRESHOLD)
        kept = resolve_overlaps(norm.text, raw)

        persons = [(r.start, r.end) for r in kept if r.entity_type == "PERSON"]
        ids = [
            (r.start, r.end, "".join(c for c in norm.text[r.start : r.end] if c.isalnum()))
            for r in kept
            if r.entity_type == "CN_ID_CARD"
        ]
        minor_persons, minor_ids = find_minors(norm.text, persons, ids, today=self.today)
        # a minor's status reaches every mention of the same person (雨桐 of 李雨桐) and no one else
        groups = person_groups(norm.text, persons)
        minor_groups = {groups[i] for i in minor_persons}
        minor_persons |= {i for i, g in enumerate(groups) if g in minor_groups}
        minor_spans = {persons[i] for i in minor_persons} | {ids[j][:2] for j in minor_ids}
        group_of = dict(zip(persons, groups))

        entities = []
        for r in kept:
            start, end = norm.span(r.start, r.end)
            entities.append(
                {
                    "type": r.entity_type,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "score": round(float(r.score), 2),
                    "minor": (r.start, r.end) in minor_spans,
                }
            )
            if r.entity_type == "PERSON":
                entities[-1]["person"] = group_of[(r.start, r.end)]  # mentions of one person share it
        sensitive = []
        for item in find_sensitive(norm.text, persons):
            start, end = norm.span(item["start"], item["end"])
            sensitive.append({"kind": item["kind"], "start": start, "end": end})
        taken = DisjointSpans()
        for r in kept:
            taken.add(r.start, r.end)
        for a, b in find_details(norm.text, [persons[i] for i in sorted(minor_persons)]):
            if taken.add(a, b):  # a school already found as an address stays an address
                start, end = norm.span(a, b)
                entities.append({"type": DETAIL, "start": start, "end": end, "text": text[start:end],
                                 "score": DETAIL_SCORE, "minor": True})
        entities.sort(key=lambda e: (e["start"], e["end"]))
        return {"entities": entities, "sensitive": sensitive}

    def mask(self, text: str, style: str = "chinese") -> dict:
        found = self.scan(text)
        return mask_text(text, found["entities"], style)


def resolve_overlaps(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep non-overlapping results: higher-priority type, then longer span, then higher score.

    An 18-digit number that is both a valid ID and a Luhn-valid card is a card only when
    a bank word (银行卡, 卡号, 账户 ...) stands just before it.
    """

    def rank(r: RecognizerResult) -> tuple:
        priority = _PRIORITY.get(r.entity_type, 9)
        if r.entity_type in ("CN_ID_CARD", "CN_BANK_CARD"):
            bank_word = bool(_BANK_WORDS.search(text, max(0, r.start - 12), r.start))
            prefer_bank = bank_word == (r.entity_type == "CN_BANK_CARD")
            priority += 0 if prefer_bank else 0.5
        return (priority, -(r.end - r.start), -r.score, r.start)

    taken = DisjointSpans()
    kept = [r for r in sorted(results, key=rank) if taken.add(r.start, r.end)]
    return sorted(kept, key=lambda r: r.start)


def build_scanner(
    person_model: str = "auto",
    ner_model_dir: str | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    tagger: SpanTagger | None = None,
    today: dt.date | None = None,
) -> PrivacyScanner:
    """A ready scanner. ``person_model``: auto | ner | thulac | jieba | rules (no tagger).

    ``tagger`` injects a ready span tagger instead (tests, or one shared with other services).
    """
    if tagger is None and person_model != "rules":
        from models.taggers import load_span_tagger

        tagger = load_span_tagger(person_model, ner_model_dir)
    name = getattr(tagger, "name", "rules") if tagger is not None else "rules"
    return PrivacyScanner(build_analyzer(tagger, today), max_chars=max_chars, today=today, person_model=name)

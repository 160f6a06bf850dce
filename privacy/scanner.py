"""The privacy scanner: ``build_scanner(...).scan(text)`` and ``.mask(text, style)``.

One flow over one object, stage by stage (``PrivacyScanner.analyze``):

1. prepare: check, normalise and split the text once (``privacy.prepared``);
2. recognize: the Presidio analyzer, one recognizer per type (PERSON from tagger + rules),
   on the prepared text and its sentences;
3. resolve: overlaps between types (``resolve_overlaps``), then the document level: which
   mentions are one person (``privacy.persons``), minors, sensitive passages, minors' details;
4. result: a ``ScanResult`` with offsets into the original string, which ``mask`` and the
   release review reuse (``privacy.result``).

A time budget (``timeout_s``) is checked between the stages, and by a model that works in batches
between its batches (``privacy.limits.check_active``): past it the scan stops with ``ScanTimeout``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import regex as re
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from models.taggers import SpanTagger
from privacy.analyzer import LANGUAGE, SCORE_THRESHOLD, build_analyzer
from privacy.entity_types import SCANNED_TYPES, entity_type
from privacy.limits import DEFAULT_MAX_CHARS, Deadline
from privacy.masking import check_style
from privacy.minor_details import ENTITY as DETAIL
from privacy.minor_details import SCORE as DETAIL_SCORE
from privacy.minor_details import find_details
from privacy.minors import CUE_NAME_SCORE, cue_names, find_minors
from privacy.normalize import is_invisible
from privacy.persons import REPEAT_SCORE, adult_address, canonical, cut_glued_given, minor_mentions, person_groups
from privacy.prepared import PreparedText, prepare
from privacy.recognizers.bank_card import BANK_CONTEXT
from privacy.public_figures import public_mentions
from privacy.result import Finding, Passage, PublicMention, ScanResult
from privacy.sensitive import find_sensitive
from privacy.spans import DisjointSpans

ENTITY_TYPES = SCANNED_TYPES  # the scan's type keys (eval and tests import them from here)
_BANK_WORDS = re.compile("|".join(BANK_CONTEXT))
MINOR_SENTENCE_CHARS = 400  # the minor rules read a longer window than the other sentence rules


class PrivacyScanner:
    """Loads nothing per call: the analyzer (and its tagger) are built once."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
        timeout_s: float | None = None,
        today: dt.date | None = None,
        person_model: str = "rules",
    ):
        self.analyzer = analyzer
        self.max_chars = max_chars
        self.timeout_s = timeout_s
        self.today = today
        self.person_model = person_model

    def scan(self, text: str) -> dict:
        """The scan contract as a dict (``ScanResult.to_dict``)."""
        return self.analyze(text).to_dict()

    def mask(self, text: str, style: str = "chinese") -> dict:
        check_style(style)
        return self.analyze(text).mask(style)

    def analyze(self, text: str) -> ScanResult:
        """Every stage of one scan, over one prepared text."""
        deadline = Deadline(self.timeout_s)
        doc = prepare(text, max_chars=self.max_chars)
        if doc.blank:
            return ScanResult(text)
        deadline.check()
        with deadline.active():  # a model working in batches checks it between them (check_active)
            kept = self._recognize(doc)
        deadline.check()
        return self._resolve(doc, kept, deadline)

    def _recognize(self, doc: PreparedText) -> list[RecognizerResult]:
        artifacts = self.analyzer.nlp_engine.artifacts(doc, LANGUAGE)
        raw = self.analyzer.analyze(doc.text, language=LANGUAGE, score_threshold=SCORE_THRESHOLD,
                                    nlp_artifacts=artifacts)
        return resolve_overlaps(doc.text, raw)

    def _resolve(self, doc: PreparedText, kept: list[RecognizerResult], deadline: Deadline) -> ScanResult:
        text = doc.text
        # a name right after a child cue that no recognizer found (留守女孩向小满。): a person, whose
        # minor status and short forms the document rules below give
        added = cue_names(text, [(r.start, r.end) for r in kept])
        if added:
            kept = sorted(kept + [RecognizerResult("PERSON", s, e, CUE_NAME_SCORE) for s, e in added],
                          key=lambda r: (r.start, r.end))
        kept, public = _public_apart(doc, kept)
        kept = _cut_glued(text, kept)
        persons = [(r.start, r.end) for r in kept if r.entity_type == "PERSON"]
        ids = [
            (r.start, r.end, "".join(c for c in text[r.start : r.end] if c.isalnum()))
            for r in kept
            if r.entity_type == "CN_ID_CARD"
        ]
        groups = person_groups(text, persons)
        minor_persons, minor_ids = find_minors(text, persons, ids, today=self.today,
                                               sentences=doc.sentences(MINOR_SENTENCE_CHARS), groups=groups)
        # a minor's status reaches every mention of the same person (雨桐 of 李雨桐) and no one else
        minor_groups = {groups[i] for i in minor_persons}
        minor_persons |= {i for i, g in enumerate(groups) if g in minor_groups}
        # a form of address for an elder or an adult (老杨, 孟大爷, 柯女士) is never a child's mention
        minor_persons -= {i for i, (s, e) in enumerate(persons) if adult_address(text[s:e])}
        kept, persons, groups, minor_persons = _minor_short_forms(text, kept, persons, groups, minor_persons)
        minor_spans = {persons[i] for i in minor_persons} | {ids[j][:2] for j in minor_ids}
        group_of = dict(zip(persons, groups))
        deadline.check()

        found = [self._finding(doc, r.entity_type, r.start, r.end, round(float(r.score), 2),
                               (r.start, r.end) in minor_spans, group_of.get((r.start, r.end))) for r in kept]
        taken = DisjointSpans()
        for r in kept:
            taken.add(r.start, r.end)
        for a, b in find_details(text, [persons[i] for i in sorted(minor_persons)], sentences=doc.sentences()):
            if taken.add(a, b):  # a school already found as an address stays an address
                found.append(self._finding(doc, DETAIL, a, b, DETAIL_SCORE, True))
        passages = tuple(Passage(item["kind"], *doc.span(item["start"], item["end"]))
                         for item in find_sensitive(text, persons, sentences=doc.sentences()))
        found.sort(key=lambda e: (e.start, e.end))
        return ScanResult(doc.original, _take_edges(doc.original, found), passages, public=public)

    @staticmethod
    def _finding(doc: PreparedText, entity_type: str, start: int, end: int, score: float, minor: bool,
                 person: int | None = None) -> Finding:
        a, b = doc.span(start, end)
        return Finding(entity_type, a, b, doc.original[a:b], score, minor, person)


def _take_edges(original: str, found: list[Finding]) -> tuple[Finding, ...]:
    """Each structured finding widened over the invisible characters (``privacy.normalize.is_invisible``:
    format characters, variation selectors, fillers) that touch its edges in the original text
    (\u202d139\u202c 6418 2570, \u2066177 0732 9185\u2069), up to its neighbours, so masking removes them."""
    out = list(found)
    for k, f in enumerate(out):
        if not entity_type(f.type).structured:
            continue
        lo = out[k - 1].end if k else 0
        hi = out[k + 1].start if k + 1 < len(out) else len(original)
        a, b = f.start, f.end
        while a > lo and is_invisible(original[a - 1]):
            a -= 1
        while b < hi and is_invisible(original[b]):
            b += 1
        if (a, b) != (f.start, f.end):
            out[k] = replace(f, start=a, end=b, text=original[a:b])
    return tuple(out)


def _public_apart(doc: PreparedText, kept: list[RecognizerResult]) -> tuple[list[RecognizerResult], tuple[PublicMention, ...]]:
    """The PERSON results that name a public figure, a theory or an idiom (``privacy.public_figures``)
    taken out of the findings, before any person or minor is resolved, as mentions for the reviewer."""
    people = [r for r in kept if r.entity_type == "PERSON"]
    kinds = public_mentions(doc.text, [(r.start, r.end) for r in people])
    if not kinds:
        return kept, ()
    out = {id(people[i]) for i in kinds}
    mentions = []
    for i in sorted(kinds):
        a, b = doc.span(people[i].start, people[i].end)
        mentions.append(PublicMention(kinds[i], a, b, doc.original[a:b]))
    return [r for r in kept if id(r) not in out], tuple(mentions)


def _cut_glued(text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
    """A person span that is a verb glued to a given name found in another full name (管|朗澈) cut to the
    given name before the document rules group the mentions (privacy.persons.cut_glued_given)."""
    index = [k for k, r in enumerate(kept) if r.entity_type == "PERSON"]
    cut = cut_glued_given(text, [(kept[k].start, kept[k].end) for k in index])
    if not cut:
        return kept
    kept = list(kept)
    for i, (s, e) in cut.items():
        r = kept[index[i]]
        kept[index[i]] = RecognizerResult(r.entity_type, s, e, r.score, recognition_metadata=r.recognition_metadata)
    return kept


def _minor_short_forms(text, kept, persons, groups, minor_persons):
    """A child's short forms (晨曦 of 陈晨曦, 小花 of 王小花) as further minor mentions of that child, and
    a found span glued to one (向雨萱) cut back to it (privacy.persons.minor_mentions); local to the scan,
    the NER model and its propagation rules are unchanged."""
    if not minor_persons:
        return kept, persons, groups, minor_persons
    new, cut = minor_mentions(text, persons, minor_persons)
    if not new and not cut:
        return kept, persons, groups, minor_persons
    group_by_name = {canonical(text[s:e]): g for (s, e), g in zip(persons, groups)}
    minor_set = {persons[i] for i in minor_persons}
    group_of = dict(zip(persons, groups))
    index = {p: i for i, p in enumerate(persons)}
    out = []
    for r in kept:
        i = index.get((r.start, r.end)) if r.entity_type == "PERSON" else None
        if i is not None and i in cut:
            s, e, owner = cut[i]
            r = RecognizerResult("PERSON", s, e, r.score, r.recognition_metadata)
            minor_set.add((s, e))
            group_of[(s, e)] = group_by_name.get(owner, -1)
        out.append(r)
    spans = DisjointSpans()
    for r in out:
        spans.add(r.start, r.end)
    for s, e, owner in new:
        if spans.add(s, e):
            out.append(RecognizerResult("PERSON", s, e, REPEAT_SCORE))
            minor_set.add((s, e))
            group_of[(s, e)] = group_by_name.get(owner, len(group_by_name))
    out.sort(key=lambda r: (r.start, r.end))
    persons = [(r.start, r.end) for r in out if r.entity_type == "PERSON"]
    groups = [group_of.get(p, -1) for p in persons]
    return out, persons, groups, {i for i, p in enumerate(persons) if p in minor_set}


def resolve_overlaps(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep non-overlapping results: higher-priority type, then longer span, then higher score.

    An 18-digit number that is both a valid ID and a Luhn-valid card is a card only when
    a bank word (银行卡, 卡号, 账户 ...) stands just before it.
    """

    def rank(r: RecognizerResult) -> tuple:
        priority: float = entity_type(r.entity_type).priority  # an unknown type ranks last
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
    timeout_s: float | None = None,
    tagger: SpanTagger | None = None,
    today: dt.date | None = None,
) -> PrivacyScanner:
    """A ready scanner. ``person_model``: auto | ner | thulac | jieba | rules (no tagger).

    ``tagger`` injects a ready span tagger instead (tests, or one shared with other services);
    ``max_chars`` and ``timeout_s`` bound each scan (``privacy.limits``).
    """
    if tagger is None and person_model != "rules":
        from models.taggers import load_span_tagger

        tagger = load_span_tagger(person_model, ner_model_dir)
    name = getattr(tagger, "name", "rules") if tagger is not None else "rules"
    return PrivacyScanner(build_analyzer(tagger, today), max_chars=max_chars, timeout_s=timeout_s, today=today,
                          person_model=name)

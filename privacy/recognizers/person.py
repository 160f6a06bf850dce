"""PERSON: an injected span tagger (PER spans) merged with the rules of ``privacy.person_rules``.

The tagger is called once per document with the batch of its sentences. Where a rule span
and a tagger span overlap, the rule span wins (陈某某 rather than the tagger's 陈某);
otherwise the longest span wins.
"""

from __future__ import annotations

from typing import List, Optional

from presidio_analyzer import EntityRecognizer, RecognizerResult

from models.taggers import SpanTagger
from privacy import person_rules
from privacy.names import common_words, surname_words, surnames
from privacy.sentences import sentence_spans
from privacy.spans import DisjointSpans

TAGGER_SCORE = 0.75
# Words that a tagger sometimes calls a person but are not people in these reports.
_NOT_NAMES = frozenset({"妇联", "巾帼", "木兰", "红娘", "娘家", "妈妈", "姐妹", "老人", "孩子", "孙女", "孙子", "某某"})
# Characters that do not occur inside names; a tagger span holding one is dropped.
_NOT_IN_NAME = frozenset("的了是在和与及说到从向把被让给对为于也都就还又将已并等们个这那其她他我你您之而或但且卡款援助银行法律女士先生")
# One-character words that a segmenter glues to the front of a name (和赵敏, 向龙涛).
_GLUED_BEFORE = frozenset("和与及向对给被把跟同让由为从叫")
_LEFT_WORDS = frozenset(person_rules._LEFT_WORDS)


class ChinesePersonRecognizer(EntityRecognizer):
    ENTITY = "PERSON"

    def __init__(self, tagger: SpanTagger | None = None, supported_language: str = "zh"):
        self.tagger = tagger
        super().__init__(
            supported_entities=[self.ENTITY],
            name=f"ChinesePersonRecognizer[{getattr(tagger, 'name', 'rules')}]",
            supported_language=supported_language,
        )

    def load(self) -> None:
        pass

    def tagger_spans(self, text: str) -> list[tuple[int, int, float]]:
        if self.tagger is None:
            return []
        sentences = sentence_spans(text)
        tagged = self.tagger.tag([text[a:b] for a, b in sentences])
        out = []
        for (offset, _), spans in zip(sentences, tagged):
            for span in spans:
                if span.label != "PER":
                    continue
                fixed = repair_span(text, offset + span.start, offset + span.end)
                if fixed is not None:
                    out.append((*fixed, min(TAGGER_SCORE, span.score)))
        return out

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        rules = person_rules.find_names(text)
        tagged = self.tagger_spans(text)
        rules += person_rules.extend_lists(text, rules + tagged)
        merged = merge_spans(rules, tagged)
        return [
            RecognizerResult(
                self.ENTITY,
                start,
                end,
                score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end, score in merged
        ]


def repair_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Fix the usual segmentation slips of a tagger's PER span, or drop it (None).

    - a function character glued in front (和赵敏 → 赵敏);
    - a compound surname split from its given name (诸葛 + 佳 → 诸葛佳);
    - a given name split from a one-character surname (张 + 玉兰 → 张玉兰);
    - ordinary words and spans holding characters that never occur in names are dropped.
    """
    single, compound = surnames()
    if end - start >= 3 and text[start] in _GLUED_BEFORE and text[start + 1] in single:
        start += 1
    word = text[start:end]
    if word in compound:
        grown = person_rules._name_starting_at(text, start)
        if grown is None or grown - start <= 2:
            return None
        end = grown
    elif (
        end - start == 2
        and start >= 1
        and text[start - 1] in single
        and text[start - 1 : start + 1] not in surname_words()
        and text[start] not in single
        and (start < 2 or text[start - 2 : start] not in compound)
        and (start < 2 or not "\u4e00" <= text[start - 2] <= "\u9fff" or text[start - 2] in _GLUED_BEFORE or text[start - 2 : start] in _LEFT_WORDS)
    ):
        start -= 1
    elif end - start == 2 and start >= 2 and text[start - 2 : start] in compound:
        start -= 2
    word = text[start:end]
    if (
        len(word) < 2
        or len(word) > 4
        or word in _NOT_NAMES
        or word in common_words()
        or any(ch in _NOT_IN_NAME for ch in word[1:])
        or not all("\u4e00" <= c <= "\u9fff" or c == "·" for c in word)
    ):
        return None
    return start, end


def merge_spans(
    preferred: list[tuple[int, int, float]], others: list[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """Non-overlapping spans: ``preferred`` first (highest score, then longest), then ``others``."""
    chosen: list[tuple[int, int, float]] = []
    taken = DisjointSpans()
    for group in (preferred, others):
        for s, e, score in sorted(set(group), key=lambda x: (-x[2], -(x[1] - x[0]), x[0])):
            if taken.add(s, e):
                chosen.append((s, e, score))
    return sorted(chosen)

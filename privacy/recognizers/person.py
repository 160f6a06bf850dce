"""PERSON: an injected span tagger (PER spans) merged with the rules of ``privacy.person_rules``.

The tagger is called once per document with the batch of its sentences. Where a rule span
and a tagger span overlap, the rule span wins (陈某某 rather than the tagger's 陈某);
otherwise the longest span wins.
"""

from __future__ import annotations

from typing import List

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

from models.taggers import SpanTagger
from privacy import person_rules
from privacy.names import common_words, surname_words, surnames
from privacy.persons import filter_spans, repeat_mentions, trim_to_known  # document level: privacy.persons
from privacy.sentences import sentence_spans
from privacy.spans import DisjointSpans

TAGGER_SCORE = 0.75  # a tagger span at full confidence
TAGGER_FLOOR = 0.45  # ... and at none (still above the analyzer's threshold)
STRICT_TAGGERS = frozenset({"jieba"})
# Words that a tagger sometimes calls a person but are not people in these reports.
_NOT_NAMES = frozenset({
    "妇联", "巾帼", "木兰", "红娘", "娘家", "妈妈", "姐妹", "老人", "孩子", "孙女", "孙子", "某某",
    # kinship and role nouns a tagger sometimes takes for names (32岁的宝妈孙丽)
    "宝妈", "宝爸", "二宝", "奶奶", "爷爷", "外婆", "姥姥", "婆婆", "大妈", "大娘", "大姐", "阿姨",
    "媳妇", "丈夫", "妻子", "女儿", "儿子", "母亲", "父亲", "老伴", "女婿", "闺女",
})
# Characters that do not occur inside names; a tagger span holding one is dropped.
_NOT_IN_NAME = frozenset("的了是在和与及说到从向把被让给对为于也都就还又将已并等们个这那其她他我你您之而或但且卡款援助银行法律女士先生")
# One-character words that a segmenter glues to the front of a name (和赵敏, 向龙涛).
_GLUED_BEFORE = frozenset("和与及向对给被把跟同让由为从叫")
_LEFT_WORDS = frozenset(person_rules._LEFT_WORDS)
_TRAILING = person_rules.TRAILING_VERBS
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z·•\-. ]{2,30}")
_PLACE_AFTER = re.compile(r"(?:省|市|县|区|镇|乡|村|街道|社区|妇联)")
# the issuing office's abbreviation of a document number: 石妇字〔2024〕9号, 国办发[2023]
_DOC_NUMBER_AFTER = re.compile(r"[字发函]?\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]")


class ChinesePersonRecognizer(EntityRecognizer):
    ENTITY = "PERSON"

    def __init__(self, tagger: SpanTagger | None = None, supported_language: str = "zh"):
        self.tagger = tagger
        # segmenter-based taggers (jieba) call many ordinary words names: keep only spans
        # that start like a Chinese name; a trained model's foreign names are kept
        self.strict = getattr(tagger, "name", "") in STRICT_TAGGERS
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
        # the NER tagger splits and batches a whole document itself (one feature pass per call)
        sentences = ((0, len(text)),) if getattr(self.tagger, "splits_documents", False) else sentence_spans(text)
        tagged = self.tagger.tag([text[a:b] for a, b in sentences])
        out = []
        for (offset, _), spans in zip(sentences, tagged):
            for span in spans:
                if span.label != "PER":
                    continue
                fixed = repair_span(text, offset + span.start, offset + span.end, strict=self.strict)
                if fixed is not None:
                    # the tagger has already decided; its confidence only orders the merge
                    out.append((*fixed, TAGGER_FLOOR + (TAGGER_SCORE - TAGGER_FLOOR) * min(1.0, span.score)))
        return out

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        rules = person_rules.find_names(text)
        tagged = self.tagger_spans(text)
        rules += person_rules.extend_lists(text, rules + tagged)
        merged = merge_spans(trim_to_known(text, filter_spans(text, rules + tagged)))
        merged = merge_spans(merged + repeat_mentions(text, merged))
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


def repair_span(text: str, start: int, end: int, strict: bool = True) -> tuple[int, int] | None:
    """Fix the usual segmentation slips of a tagger's PER span, or drop it (None).

    - a function character glued in front (和赵敏 → 赵敏);
    - a compound surname split from its given name (诸葛 + 佳 → 诸葛佳);
    - a given name split from a one-character surname (张 + 玉兰 → 张玉兰);
    - a verb or an ordinary word glued to the end of four characters (陈秀英拉着, 白露每周);
    - ordinary words and spans holding characters that never occur in names are dropped;
      with ``strict``, so is anything that does not start like a Chinese name (a surname,
      小/老/阿, or a doubled character).
    """
    single, compound = surnames()
    if end - start >= 3 and text[start] in _GLUED_BEFORE and text[start + 1] in single:
        start += 1
    if end - start == 3 and text[end - 1] in _TRAILING:
        end -= 1  # 杨玉住(在): a verb glued to the end
    if start >= 1 and text[start - 1 : start + 1] in compound:
        start -= 1  # 公孙红琳 tagged as 孙红琳
    if end - start == 3 and start >= 1 and text[start] in person_rules.AGENT_SUFFIXES and "\u4e00" <= text[start - 1] <= "\u9fff":
        start += 1  # 咨询师白露 tagged as 师白露
    if (
        end - start == 3
        and text[start : start + 2] in compound
        and end < len(text)
        and person_rules._is_given(text[end])
        and (end + 1 == len(text) or not "\u4e00" <= text[end + 1] <= "\u9fff")
    ):
        end += 1  # 上官婉清 tagged as 上官婉: a compound surname takes two given characters
    if end - start == 4 and text[start] in single and text[start : start + 2] not in compound:
        if person_rules.aspect_follows(text, end):
            end -= 1  # 陈秀英拉(着): an aspect particle shows the last character is a verb
        elif text[end - 2 : end] in common_words():
            end -= 2  # 白露每周: an ordinary word glued to the end
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
        and text[start - 1] not in _GLUED_BEFORE
        and text[start - 1] not in person_rules.AGENT_SUFFIXES
        and text[start - 1 : start + 1] not in surname_words()
        and (start < 2 or text[start - 2 : start] not in compound)
        and person_rules.at_boundary(text, start - 1)
    ):
        start -= 1
    elif end - start == 2 and start >= 2 and text[start - 2 : start] in compound:
        start -= 2
    word = text[start:end]
    if _PLACE_AFTER.match(text, end) or "妇联" in word or _DOC_NUMBER_AFTER.match(text, end):
        # 白云县, 秀英县妇联: a place; 石妇(字〔2024〕9号): a document number; not a person
        return None
    starts_like_name = (
        word[:2] in compound
        or (word[0] in single and word[:2] not in surname_words() and word[:2] not in common_words() and len(word) <= 3)
        or word[0] in "小老阿"
        or (len(word) == 2 and word[0] == word[1])
    )
    chinese = all("\u4e00" <= c <= "\u9fff" for c in word)
    if (
        len(word) < 2
        or word in _NOT_NAMES
        or word in common_words()
        or (word[:2] in common_words() and word[:2] not in compound)  # 维权站, 简明(扼要)
        or (chinese and any(ch in _NOT_IN_NAME for ch in word[1:]))
        or (chinese and word[0] in _NOT_IN_NAME and word[0] not in single)  # 之夫, 其女
    ):
        return None
    if strict and (not starts_like_name or not chinese or len(word) > 4):
        return None
    if not strict and not _NAME_CHARS.fullmatch(word):
        return None
    return start, end


def merge_spans(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Non-overlapping spans, highest score first, then the longest.

    Strong rules (某 forms, 化名, nicknames: 0.8-0.9) beat the tagger (0.75), which beats
    the weak context rules (0.65-0.7).
    """
    chosen: list[tuple[int, int, float]] = []
    taken = DisjointSpans()
    for s, e, score in sorted(set(spans), key=lambda x: (-x[2], -(x[1] - x[0]), x[0])):
        if taken.add(s, e):
            chosen.append((s, e, score))
    return sorted(chosen)

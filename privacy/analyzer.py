"""Build the Presidio ``AnalyzerEngine`` for Chinese, offline, once per scanner."""

from __future__ import annotations

import datetime as dt

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from models.taggers import SpanTagger
from privacy.context import CharWindowContextEnhancer
from privacy.nlp_engine import ChineseNlpEngine
from privacy.recognizers import PATTERN_RECOGNIZERS, ChinesePersonRecognizer, CnIdCardRecognizer

LANGUAGE = "zh"
SCORE_THRESHOLD = 0.4


def build_analyzer(tagger: SpanTagger | None, today: dt.date | None = None) -> AnalyzerEngine:
    """An analyzer with one recognizer per entity type; ``tagger`` feeds PERSON (None = rules only).

    ``today`` is the day an ID's birth date must not be after (None reads the clock).
    """
    nlp_engine = ChineseNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer_cls in PATTERN_RECOGNIZERS:
        if recognizer_cls is CnIdCardRecognizer:
            registry.add_recognizer(CnIdCardRecognizer(supported_language=LANGUAGE, today=today))
        else:
            registry.add_recognizer(recognizer_cls(supported_language=LANGUAGE))
    registry.add_recognizer(ChinesePersonRecognizer(tagger, supported_language=LANGUAGE))
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=CharWindowContextEnhancer(),
    )

"""Build the Presidio ``AnalyzerEngine`` for Chinese, offline, once per scanner."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from models.taggers import SpanTagger
from privacy.context import CharWindowContextEnhancer
from privacy.nlp_engine import ChineseNlpEngine
from privacy.recognizers import PATTERN_RECOGNIZERS, ChinesePersonRecognizer

LANGUAGE = "zh"
SCORE_THRESHOLD = 0.4


def build_analyzer(tagger: SpanTagger | None) -> AnalyzerEngine:
    """An analyzer with one recognizer per entity type; ``tagger`` feeds PERSON (None = rules only)."""
    nlp_engine = ChineseNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer_cls in PATTERN_RECOGNIZERS:
        registry.add_recognizer(recognizer_cls(supported_language=LANGUAGE))
    registry.add_recognizer(ChinesePersonRecognizer(tagger, supported_language=LANGUAGE))
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=CharWindowContextEnhancer(),
    )

"""Context words for unsegmented Chinese.

Presidio's ``LemmaContextAwareEnhancer`` compares whole lemmas of space-separated tokens,
which never match inside unsegmented Chinese. ``CharWindowContextEnhancer`` instead looks
for the recognizer's context words as substrings of a character window before (and a
shorter one after) each match, and lets a recognizer veto a match from its surroundings
(``ContextPatternRecognizer.NEGATIVE_BEFORE`` / ``NEGATIVE_AFTER``).
"""

from __future__ import annotations

from typing import List, Optional

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


def words_regex(words: list[str] | tuple[str, ...]) -> re.Pattern | None:
    """One case-insensitive alternation of literal words, longest first."""
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


class CharWindowContextEnhancer(ContextAwareEnhancer):
    """Raise the score of a match when a context word occurs in a character window near it."""

    def __init__(
        self,
        context_similarity_factor: float = 0.35,
        min_score_with_context_similarity: float = 0.5,
        context_prefix_count: int = 12,
        context_suffix_count: int = 4,
    ):
        super().__init__(
            context_similarity_factor=context_similarity_factor,
            min_score_with_context_similarity=min_score_with_context_similarity,
            context_prefix_count=context_prefix_count,
            context_suffix_count=context_suffix_count,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: List[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: List[EntityRecognizer],
        context: Optional[List[str]] = None,
    ) -> List[RecognizerResult]:
        by_id = {r.id: r for r in recognizers}
        extra = words_regex(context) if context else None
        kept = []
        for result in raw_results:
            recognizer = by_id.get(result.recognition_metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            before_n = getattr(recognizer, "CONTEXT_BEFORE", self.context_prefix_count)
            after_n = getattr(recognizer, "CONTEXT_AFTER", self.context_suffix_count)
            before = text[max(0, result.start - before_n) : result.start]
            after = text[result.end : result.end + after_n]
            vetoed = getattr(recognizer, "vetoed", None)
            if vetoed is not None and vetoed(text, result.start, result.end):
                continue
            found = getattr(recognizer, "context_regex", None)
            hit = bool(found and (found.search(before) or found.search(after)))
            hit = hit or bool(extra and (extra.search(before) or extra.search(after)))
            if hit and result.score < self.MAX_SCORE:
                result.score = min(
                    self.MAX_SCORE,
                    max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
                )
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(result)
        return kept

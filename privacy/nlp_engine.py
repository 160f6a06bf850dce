"""The Presidio NLP engine for Chinese: a blank spaCy ``zh`` pipeline, nothing downloaded.

No recognizer here needs per-character tokens (context is matched on raw character
windows, names come from an injected span tagger), and building a spaCy token per
character costs more than the whole scan is allowed. So the engine hands Presidio a
``Doc`` whose tokens are the sentences of the text; ``is_stopword``/``is_punct`` use the
blank pipeline's stop-word list and Unicode punctuation classes.

Each call builds its ``Doc`` on a throwaway ``Vocab``: the shared vocabulary of the
pipeline would otherwise keep every scanned sentence as a string for the life of the
process (memory growth, and personal data held in memory after the request).

The scanner hands Presidio the artifacts of its prepared text (``artifacts``), so the text is
split once per scan; ``process_text`` (Presidio's own entry point) splits the text it is given.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator, List, Optional, Tuple, Union

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc
from spacy.vocab import Vocab

from privacy.normalize import Normalized
from privacy.prepared import PreparedText
from privacy.sentences import sentence_bounds


class ChineseNlpArtifacts(NlpArtifacts):
    """Presidio's artifacts plus the scan's sentence spans (``PreparedText.sentences()``), so that a
    recognizer that works sentence by sentence does not split the text again."""

    def __init__(self, *args, sentences: tuple[tuple[int, int], ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.sentences = sentences


class ChineseNlpEngine(NlpEngine):
    engine_name = "spacy-blank-zh"

    def __init__(self) -> None:
        self.nlp: dict[str, spacy.language.Language] | None = None

    def load(self) -> None:
        self.nlp = {"zh": spacy.blank("zh")}  # character segmenter: no model, no download

    def is_loaded(self) -> bool:
        return self.nlp is not None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        # Presidio's own entry point: ``text`` is what the recognizers match, taken as it is
        return self.artifacts(PreparedText(Normalized(text, text), sentence_bounds(text)), language)

    def artifacts(self, prepared: PreparedText, language: str = "zh") -> ChineseNlpArtifacts:
        """The artifacts of a prepared text: its sentences as tokens, and ``sentences`` for the recognizers."""
        if not self.nlp:
            self.load()
        text = prepared.text
        spans = prepared.sentences(10_000) or [(0, len(text))]
        # Tokens must cover the text exactly; whitespace between sentences is folded into them.
        bounds = [0] + [s for s, _ in spans[1:]] + [len(text)]
        words = [text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a] or [""]
        doc = Doc(Vocab(), words=words, spaces=[False] * len(words))
        indices = [a for a, b in zip(bounds, bounds[1:]) if b > a] or [0]
        return ChineseNlpArtifacts(
            entities=[],
            tokens=doc,
            tokens_indices=indices,
            lemmas=words,
            nlp_engine=self,
            language=language,
            scores=[],
            sentences=prepared.sentences(),
        )

    def process_batch(
        self,
        texts: Union[List[str], List[Tuple[str, object]]],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[Optional[NlpArtifacts]]:
        for item in texts:
            text = item[0] if as_tuples else item
            yield (text, self.process_text(text, language)) if as_tuples else self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        if not self.nlp:
            self.load()
        return word in self.nlp[language].Defaults.stop_words

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(unicodedata.category(ch).startswith("P") for ch in word)

    def get_supported_entities(self) -> List[str]:
        return []

    def get_supported_languages(self) -> List[str]:
        return ["zh"]

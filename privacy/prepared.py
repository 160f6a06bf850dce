"""The text of one scan, prepared once: checked, normalised, split into sentences.

``prepare(text)`` checks what was read (length, NUL), normalises it once (``privacy.normalize``,
offset map kept), applies the size limit once on the normalised text (``privacy.limits``) and
splits it at sentence ends once. Every later stage of the scan reads this object: the
recognizers get ``sentences()`` through the NLP artifacts, the minor, sensitive-passage and
detail rules get theirs from the scanner, and ``span`` maps a finding back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from privacy.limits import DEFAULT_MAX_CHARS, check_normalised, check_read
from privacy.normalize import Normalized, normalize
from privacy.sentences import cut_spans, sentence_bounds

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class PreparedText:
    norm: Normalized
    bounds: Spans  # sentence ends of the normalised text, uncut
    _cuts: dict[int, Spans] = field(default_factory=dict, repr=False, compare=False)

    @property
    def original(self) -> str:
        return self.norm.original

    @property
    def text(self) -> str:
        """The normalised text that every recognizer and rule matches."""
        return self.norm.text

    @property
    def blank(self) -> bool:
        return not self.norm.text.strip()

    def sentences(self, max_len: int = 200) -> Spans:
        """Sentence spans of the normalised text, long ones cut at commas to ``max_len``."""
        if max_len not in self._cuts:
            self._cuts[max_len] = cut_spans(self.text, self.bounds, max_len)
        return self._cuts[max_len]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-string span of a normalised span."""
        return self.norm.span(start, end)


def prepare(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> PreparedText:
    """Check, normalise and split ``text`` (``InputTooLarge``/``InputError`` when it cannot be scanned)."""
    check_read(text, max_chars=max_chars)
    norm = normalize(text)
    check_normalised(len(text), len(norm.text), max_chars=max_chars)
    return PreparedText(norm, sentence_bounds(norm.text))

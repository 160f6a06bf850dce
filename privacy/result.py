"""The result of one scan, which masking and the release review reuse instead of scanning again.

``ScanResult.to_dict()`` is the scan contract (DESIGN.md): ``{"entities": [{"type", "label",
"start", "end", "text", "score", "minor"[, "person"]}], "sensitive": [{"kind", "label",
"start", "end"}][, "public": [{"kind", "label", "start", "end", "text"}]]}``, offsets into the original
text, labels from ``privacy.entity_types``; ``public`` (only when there are any) lists names that are no
one's personal information (``privacy.public_figures``), for the reviewer to see, never masked.
``reviewed(keep, extra)`` applies a reviewer's choices and ``mask(style)`` masks what is left.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from privacy.entity_types import OTHER, kind_label, label_of
from privacy.spans import DisjointSpans


@dataclass(frozen=True)
class Finding:
    type: str
    start: int
    end: int
    text: str
    score: float
    minor: bool = False
    person: int | None = None  # mentions of one person share it (PERSON only)

    @property
    def label(self) -> str:
        return label_of(self.type, self.minor)

    def to_dict(self) -> dict:
        out = {"type": self.type, "label": self.label, "start": self.start, "end": self.end, "text": self.text,
               "score": self.score, "minor": self.minor}
        if self.person is not None:
            out["person"] = self.person
        return out

    @classmethod
    def from_dict(cls, d: dict) -> Finding:
        return cls(str(d["type"]), int(d["start"]), int(d["end"]), str(d.get("text", "")), float(d.get("score", 1.0)),
                   bool(d.get("minor", False)), d.get("person"))


@dataclass(frozen=True)
class Passage:
    kind: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class PublicMention:
    """A name the scan read as a person's but that is no personal information: a historic or public
    figure, a theory or an idiom named after one (``privacy.public_figures``). Shown, never masked."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        from privacy.public_figures import KIND_LABELS

        return KIND_LABELS.get(self.kind, self.kind)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ScanResult:
    text: str  # the original text, which every offset indexes
    entities: tuple[Finding, ...] = ()
    sensitive: tuple[Passage, ...] = ()
    kept: frozenset[str] = field(default_factory=frozenset)  # found texts the reviewer keeps unmasked
    public: tuple[PublicMention, ...] = ()  # public figures' names: for the reviewer to see, not findings

    def to_dict(self) -> dict:
        out = {"entities": [e.to_dict() for e in self.entities], "sensitive": [s.to_dict() for s in self.sensitive]}
        if self.public:  # only where there are any: the contract's two keys stay as they were
            out["public"] = [m.to_dict() for m in self.public]
        return out

    @classmethod
    def from_dict(cls, text: str, found: dict) -> ScanResult:
        """The result of a scan answered as a dict (by a pool worker, or a stand-in scanner)."""
        return cls(text, tuple(Finding.from_dict(e) for e in found.get("entities", [])),
                   tuple(Passage(str(s["kind"]), int(s["start"]), int(s["end"])) for s in found.get("sensitive", [])),
                   public=tuple(PublicMention(str(m["kind"]), int(m["start"]), int(m["end"]), str(m.get("text", "")))
                                for m in found.get("public", [])))

    @property
    def minors(self) -> int:
        return sum(1 for e in self.entities if e.minor)

    def reviewed(self, keep: Iterable[str] = (), extra: Iterable[str] = ()) -> ScanResult:
        """The reviewer's choices: found texts in ``keep`` stay readable; every occurrence of an
        ``extra`` term (longest first) that no masked finding covers becomes an ``OTHER`` finding."""
        kept = frozenset(k.strip() for k in keep if k.strip())
        taken = DisjointSpans()
        for e in self.entities:
            if e.text not in kept:
                taken.add(e.start, e.end)
        added = []
        for term in sorted({t.strip() for t in extra if t.strip()}, key=len, reverse=True):
            pos = self.text.find(term)
            while pos >= 0:
                end = pos + len(term)
                if taken.add(pos, end):
                    added.append(Finding(OTHER, pos, end, term, 1.0))
                pos = self.text.find(term, end)
        entities = tuple(sorted((*self.entities, *added), key=lambda e: (e.start, e.end)))
        return replace(self, entities=entities, kept=kept)

    def to_mask(self) -> list[Finding]:
        """The findings that masking covers: all but the kept ones (a reviewer's own terms always)."""
        return [e for e in self.entities if e.type == OTHER or e.text not in self.kept]

    def mask(self, style: str = "chinese") -> dict:
        """``{"text": masked, "entities": [... each with "replacement"]}``."""
        from privacy.masking import mask_text

        return mask_text(self.text, [e.to_dict() for e in self.to_mask()], style)

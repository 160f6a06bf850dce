"""What every criterion returns, and the context it may use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from assist.rubric.document import Document


@dataclass
class Context:
    reference_date: dt.date
    notes: str | None = None
    scanner: Any = None  # privacy.scanner.PrivacyScanner or None
    tagger: Any = None  # models.taggers.SpanTagger for fidelity, jieba when None
    genre: dict = field(default_factory=dict)  # the assumed genre's profile (rubric ``genres.KEY``)
    lead_offset: int = 0  # characters of a 电头 before the lead proper


def finding(message: str, start: int, end: int, suggestion: str) -> dict:
    return {"message": message, "start": start, "end": end, "suggestion": suggestion}


def result(score: float, findings: list[dict], **extra) -> dict:
    return {"score": int(round(max(0.0, min(100.0, score)))), "findings": findings, **extra}


Criterion = Callable[[Document, dict, Context], dict]


def phrase_hits(text: str, phrases: list[dict]) -> list[tuple[int, int, dict]]:
    """Non-overlapping occurrences of configured phrases, longest first."""
    taken: list[tuple[int, int]] = []
    hits = []
    for item in sorted(phrases, key=lambda p: len(p["phrase"]), reverse=True):
        start = text.find(item["phrase"])
        while start >= 0:
            end = start + len(item["phrase"])
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                hits.append((start, end, item))
            start = text.find(item["phrase"], end)
    return sorted(hits, key=lambda h: h[0])


def word_hits(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    return [(s, e, item["phrase"]) for s, e, item in phrase_hits(text, [{"phrase": w} for w in words])]

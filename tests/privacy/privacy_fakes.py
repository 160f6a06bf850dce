"""Test doubles for the privacy tests (a module name no other test directory uses)."""

from __future__ import annotations

import datetime as dt

from models.taggers import Span

TODAY = dt.date(2026, 11, 26)


class FakeTagger:
    """Tags as PER every occurrence of the names it was given; records its calls."""

    name = "fake"

    def __init__(self, names: tuple[str, ...] = ()):
        self.names = names
        self.calls: list[list[str]] = []

    def tag(self, texts: list[str]) -> list[list[Span]]:
        self.calls.append(list(texts))
        out = []
        for text in texts:
            spans = []
            for name in self.names:
                start = text.find(name)
                while start >= 0:
                    spans.append(Span(start, start + len(name), "PER"))
                    start = text.find(name, start + len(name))
            out.append(spans)
        return out

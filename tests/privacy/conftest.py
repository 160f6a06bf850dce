"""Shared fixtures: one rules-only scanner and one with a fake tagger, built once per session."""

from __future__ import annotations

import datetime as dt

import pytest

from models.taggers import Span
from privacy.scanner import build_scanner

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


@pytest.fixture(scope="session")
def scanner():
    return build_scanner("rules", today=TODAY)


def _found(result: dict, entity_type: str) -> list[str]:
    return [e["text"] for e in result["entities"] if e["type"] == entity_type]


@pytest.fixture
def found():
    return _found

"""Small stand-ins for the capability objects, used only to test error and role handling."""

from __future__ import annotations

import re

from app.api.capabilities import Capabilities, Capability

PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


class FakeScanner:
    backend = "fake"

    def scan(self, text: str) -> dict:
        entities = [
            {"type": "PHONE_NUMBER", "start": m.start(), "end": m.end(), "text": m.group(), "score": 1.0, "minor": False}
            for m in PHONE.finditer(text)
        ]
        for m in re.finditer("张三|李小红", text):
            entities.append({"type": "PERSON", "start": m.start(), "end": m.end(), "text": m.group(), "score": 0.9,
                             "minor": m.group() == "李小红"})
        return {"entities": sorted(entities, key=lambda e: e["start"]), "sensitive": []}

    def mask(self, text: str, style: str = "chinese") -> dict:
        entities = self.scan(text)["entities"]
        out = text
        for e in sorted(entities, key=lambda e: -e["start"]):
            out = out[: e["start"]] + ("某某" if style == "chinese" else f"<{e['type']}>") + out[e["end"]:]
        return {"text": out, "entities": entities}


class FakeScorer:
    def score(self, text, notes=None, reference_date=None, genre=None):
        return {"total": 60, "criteria": {"title": {"score": 60, "findings": []}}, "unsupported": []}


class FakeLibrary:
    def search(self, query, k=5, mode="hybrid"):
        return {"results": [{"id": "ex1", "title": "范文一", "score": 0.9}][:k]}

    def compare(self, draft, exemplar_id, scorer=None):
        return {"exemplar": {"id": exemplar_id}, "criteria": {}}


class FakeDrafter:
    def draft(self, notes):
        return {"title": "标题", "subtitle": None, "text": notes, "backend": "fake", "unsupported": [], "privacy": {}}


class FakePolisher:
    def polish(self, text, operations=None, channel=None):
        return {"text": text, "titles": [], "findings": [], "unsupported": [], "privacy": {}, "backend": "fake"}


class Boom:
    """Every call raises an unexpected error whose message quotes the input (as real bugs may)."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise RuntimeError(f"cannot handle {args!r}")

        return fail


def fake_capabilities(**replace) -> Capabilities:
    objs = {"scanner": FakeScanner(), "scorer": FakeScorer(), "library": FakeLibrary(), "generator": object(),
            "drafter": FakeDrafter(), "polisher": FakePolisher(), **replace}
    items = {}
    for name, obj in objs.items():
        items[name] = Capability(name=name, obj=obj, status="ready") if obj is not None else Capability(name=name)
    return Capabilities(items)

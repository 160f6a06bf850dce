"""A report split into title, subtitle and body paragraphs, with offsets into the text.

Parsed once per scoring call and shared by every criterion (``preprocess`` step).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assist.figures import Quantity, find_quantities

_SENTENCE_END = re.compile(r"[。！？!?；;]+|\n+")
_SUBTITLE_MARK = re.compile(r"^\s*(?:——|--|—|－－|副标题[:：])")
_MAX_TITLE = 40
_MAIN_SUB = re.compile(r"^[^。；]{4,40}——[^。；]{4,60}$")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str


@dataclass
class Document:
    text: str
    title: Block | None
    subtitle: Block | None
    paragraphs: list[Block]
    quantities: list[Quantity] = field(default_factory=list)

    @property
    def lead(self) -> Block | None:
        return self.paragraphs[0] if self.paragraphs else None

    @property
    def body_chars(self) -> int:
        return sum(len(p.text) for p in self.paragraphs)

    def sentences(self) -> list[Block]:
        out = []
        for p in self.paragraphs:
            pos = 0
            for m in _SENTENCE_END.finditer(p.text):
                piece = p.text[pos:m.end()]
                if piece.strip():
                    out.append(Block(p.start + pos, p.start + m.end(), piece))
                pos = m.end()
            if p.text[pos:].strip():
                out.append(Block(p.start + pos, p.end, p.text[pos:]))
        return out

    def figures(self) -> list[Quantity]:
        """Quantities that are figures (dates and the article 一 left out)."""
        return [q for q in self.quantities
                if q.kind != "date" and not (q.chinese and q.value <= 1 and not q.approx)]


def parse_document(text: str) -> Document:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            lines.append(Block(start, start + len(stripped), stripped))
        pos += len(raw)
    title = subtitle = None
    if lines and _MAIN_SUB.match(lines[0].text):  # 主标题——副标题 on one line
        first = lines.pop(0)
        cut = first.text.index("——", 1)
        title = Block(first.start, first.start + len(first.text[:cut].rstrip()), first.text[:cut].rstrip())
        subtitle = Block(first.start + cut, first.end, first.text[cut:])
    elif lines and _looks_like_title(lines[0].text):
        title = lines.pop(0)
        if lines and (_SUBTITLE_MARK.match(lines[0].text) or (
            _looks_like_title(lines[0].text) and len(lines) > 1 and len(lines[1].text) > _MAX_TITLE
        )):
            subtitle = lines.pop(0)
    elif title is None and lines and _SUBTITLE_MARK.match(lines[0].text):
        subtitle = lines.pop(0)
    return Document(text=text, title=title, subtitle=subtitle, paragraphs=lines,
                    quantities=find_quantities(text))


def _looks_like_title(line: str) -> bool:
    return len(line) <= _MAX_TITLE and not line.endswith(("。", "；", "，", "：", ":"))

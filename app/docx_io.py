"""Word (.docx) input and output with python-docx.

An upload is checked before python-docx sees it: the zip directory (member count, each
member's and the total uncompressed size), the same sizes again while inflating (a directory
may lie), then the number of paragraphs and the time to find them in ``word/document.xml``
(a streaming count that stops at the limit). Only a document within every limit is parsed.
"""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from models.errors import InputError, InputTooLarge

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CHUNK = 1 << 16


@dataclass(frozen=True)
class DocxLimits:
    max_members: int = 2000
    max_member_bytes: int = 50_000_000
    max_total_bytes: int = 100_000_000
    max_paragraphs: int = 50_000
    parse_timeout_s: float = 10.0

    @classmethod
    def from_settings(cls, settings) -> "DocxLimits":
        return cls(settings.docx_max_members, settings.docx_max_member_bytes, settings.docx_max_total_bytes,
                   settings.docx_max_paragraphs, settings.docx_parse_timeout_s)


def _bad() -> InputError:
    return InputError("无法读取 Word 文档：文件不是有效的 .docx。", code="bad_docx")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


def check_docx(data: bytes, limits: DocxLimits) -> bytes:
    """Raise unless ``data`` is a zip within ``limits``; returns the inflated ``word/document.xml``."""
    started = time.monotonic()
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _bad() from None
    with archive:
        members = archive.infolist()
        if len(members) > limits.max_members:
            raise InputTooLarge(f"Word 文档的内部文件过多（{len(members)} 个，上限 {limits.max_members} 个）；文件可能已损坏。")
        declared = 0
        for info in members:
            if info.file_size > limits.max_member_bytes:
                raise InputTooLarge(f"Word 文档解压后过大（单个内部文件超过 {_mb(limits.max_member_bytes)}）；请删去图片或分段处理。")
            declared += info.file_size
        if declared > limits.max_total_bytes:
            raise InputTooLarge(f"Word 文档解压后过大（超过 {_mb(limits.max_total_bytes)}）；请删去图片或分段处理。")
        names = {info.filename for info in members}
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise _bad()
        total, document = 0, b""
        # the main document first, its paragraphs counted as it inflates, so a flood stops early
        for info in sorted(members, key=lambda i: i.filename != "word/document.xml"):
            size, parts = 0, []
            counter = _ParagraphCounter(limits, started) if info.filename == "word/document.xml" else None
            try:
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > limits.max_member_bytes or total > limits.max_total_bytes:
                            raise InputTooLarge(f"Word 文档解压后过大（超过 {_mb(limits.max_total_bytes)}）；请删去图片或分段处理。")
                        if counter is not None:
                            counter.feed(chunk)
                            parts.append(chunk)
                        _deadline(started, limits)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError, RuntimeError):
                raise _bad() from None
            if counter is not None:
                counter.close()
                document = b"".join(parts)
    return document


def _deadline(started: float, limits: DocxLimits) -> None:
    if time.monotonic() - started > limits.parse_timeout_s:
        raise InputError(f"Word 文档过于复杂，{limits.parse_timeout_s:g} 秒内未能读完；请另存为较简单的文档或分段处理。",
                         code="docx_too_complex")


class _ParagraphCounter:
    """Counts ``w:p`` elements in a streamed document.xml; raises past the paragraph or time limit."""

    def __init__(self, limits: DocxLimits, started: float):
        from lxml import etree

        self.etree, self.limits, self.started, self.count = etree, limits, started, 0
        self.parser = etree.XMLPullParser(events=("start",), tag=f"{{{W_NS}}}p", resolve_entities=False,
                                          no_network=True, huge_tree=False)

    def feed(self, chunk: bytes) -> None:
        try:
            self.parser.feed(chunk)
            self._drain()
        except self.etree.XMLSyntaxError:
            raise _bad() from None
        _deadline(self.started, self.limits)

    def _drain(self) -> None:
        for _event, element in self.parser.read_events():
            self.count += 1
            element.clear()
        if self.count > self.limits.max_paragraphs:
            raise InputTooLarge(f"Word 文档的段落过多（超过 {self.limits.max_paragraphs} 段）；请分段处理。")

    def close(self) -> None:
        try:
            self.parser.close()
            self._drain()
        except self.etree.XMLSyntaxError:
            raise _bad() from None


def read_docx(source: str | Path | bytes, limits: DocxLimits | None = None) -> str:
    """Paragraph text of a .docx file, one paragraph a line (checked against ``limits`` first)."""
    from docx import Document

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    check_docx(data, limits or DocxLimits())
    try:
        doc = Document(BytesIO(data))
    except Exception:  # python-docx raises several types for corrupt files
        raise _bad() from None
    return "\n".join(p.text for p in doc.paragraphs)


# characters XML 1.0 cannot carry (python-docx raises ValueError on them)
_XML_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str, line_break: str) -> str:
    text = text.replace("\x0b", line_break).replace("\x0c", line_break)  # Word's line and page breaks
    bad = _XML_INVALID.search(text)
    if bad:
        raise InputError(f"文本中含有 Word 文档不能保存的控制字符（U+{ord(bad.group()):04X}，第 {bad.start() + 1} 字）；请删除后重试。",
                         code="control_characters")
    return text


def write_docx(title: str, body: str, subtitle: str | None = None) -> bytes:
    """A .docx with a title, an optional subtitle and one paragraph per line of body."""
    from docx import Document

    title, body = _clean(title, " "), _clean(body, "\n")
    subtitle = _clean(subtitle, " ") if subtitle else subtitle
    doc = Document()
    if title:
        doc.add_heading(title, level=1)
    if subtitle:
        doc.add_heading(subtitle, level=2)
    for line in body.splitlines():
        if line.strip():
            doc.add_paragraph(line.strip())
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()

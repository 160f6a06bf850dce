"""Word (.docx) input and output with python-docx."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from models.errors import InputError


def read_docx(source: str | Path | bytes) -> str:
    """Paragraph text of a .docx file, one paragraph a line."""
    from docx import Document

    try:
        doc = Document(BytesIO(source) if isinstance(source, bytes) else str(source))
    except Exception:  # python-docx raises several types for corrupt files
        raise InputError("无法读取 Word 文档：文件不是有效的 .docx。", code="bad_docx") from None
    return "\n".join(p.text for p in doc.paragraphs)


def write_docx(title: str, body: str, subtitle: str | None = None) -> bytes:
    """A .docx with a title, an optional subtitle and one paragraph per line of body."""
    from docx import Document

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

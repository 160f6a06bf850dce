"""A small .docx must not exhaust the server: zip bombs and paragraph floods get a fast 4xx."""

from __future__ import annotations

import functools
import zipfile
from io import BytesIO

import pytest
from test_api_errors import assert_error

from app.docx_io import DocxLimits, check_docx, read_docx, write_docx
from models.errors import InputError, InputTooLarge

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _repack(base: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


BASE = write_docx("标题", "正文第一段\n第二段")


@functools.lru_cache(maxsize=4)
def paragraph_flood(n: int) -> bytes:
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode() + b"<w:p/>" * n + \
        b"</w:body></w:document>"
    return _repack(BASE, {"word/document.xml": xml})


@functools.lru_cache(maxsize=4)
def zip_bomb(inflated: int) -> bytes:
    return _repack(BASE, {}, {"word/media/pad.bin": b"\0" * inflated})


def lying_directory(inflated: int, declared: int) -> bytes:
    """A zip whose directory declares ``declared`` bytes for a member that inflates to ``inflated``."""
    data = bytearray(zip_bomb(inflated))
    # patch the uncompressed size in the central directory entry of the last member
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = declared.to_bytes(4, "little")
    lh = data.rfind(b"PK\x03\x04", 0, cd)
    data[lh + 22:lh + 26] = declared.to_bytes(4, "little")
    return bytes(data)


def test_ordinary_document_reads():
    assert read_docx(BASE).splitlines() == ["标题", "正文第一段", "第二段"]


def test_zip_bomb_is_refused_from_the_directory_without_inflating(monkeypatch):
    bomb = zip_bomb(120_000_000)  # about 120 KB on disk
    assert len(bomb) < 1_000_000
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("a member was inflated"))
    with pytest.raises(InputTooLarge, match="解压后过大"):
        check_docx(bomb, DocxLimits())


def test_lying_directory_is_caught_while_inflating():
    # the directory says 1 KB; zipfile itself stops at the declared size and the CRC check fails
    with pytest.raises(InputError):
        check_docx(lying_directory(5_000_000, 1024), DocxLimits(max_total_bytes=2_000_000))


def test_too_many_members():
    with pytest.raises(InputTooLarge, match="内部文件过多"):
        check_docx(_repack(BASE, {}, {f"x/{i}.xml": b"<a/>" for i in range(30)}), DocxLimits(max_members=20))


def test_paragraph_flood_is_refused_before_it_is_read(monkeypatch):
    from app import docx_io

    flood = paragraph_flood(2_000_000)
    assert len(flood) < 300_000
    inflated = zipfile.ZipFile(BytesIO(flood)).getinfo("word/document.xml").file_size
    fed = []
    feed = docx_io._ParagraphCounter.feed
    monkeypatch.setattr(docx_io._ParagraphCounter, "feed", lambda self, chunk: (fed.append(len(chunk)), feed(self, chunk))[1])
    with pytest.raises(InputTooLarge, match="段落过多"):
        check_docx(flood, DocxLimits())
    # counted while it inflates: refused after the first limit's worth, not after 2M paragraphs
    # (the time this takes is measured by the upload bench, not here)
    assert 0 < sum(fed) < inflated / 10


def test_parse_time_limit():
    with pytest.raises(InputError, match="秒内未能读完") as info:
        check_docx(paragraph_flood(400_000), DocxLimits(max_paragraphs=10**7, parse_timeout_s=0.001))
    assert info.value.code == "docx_too_complex"


def test_entities_are_not_expanded():
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "{"x" * 1000}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&b;&b;&b;</w:t></w:r></w:p></w:body></w:document>').encode()
    text = read_docx(_repack(BASE, {"word/document.xml": xml}))
    assert len(text) < 1000


@pytest.mark.parametrize("make, status", [(lambda: zip_bomb(120_000_000), 413), (lambda: paragraph_flood(2_000_000), 413),
                                          (lambda: b"PK\x03\x04 not a zip", 422)],
                         ids=["zip-bomb", "paragraphs", "corrupt"])
def test_upload_gets_a_4xx_with_a_chinese_message(fake_client, make, status):
    # how early each is refused is tested on check_docx above (what is inflated), not by a clock
    with fake_client() as client:
        response = client.post("/v1/docx/text", files={"file": ("a.docx", make(), DOCX)})
        assert_error(response, status)


def test_upload_of_a_normal_document(fake_client):
    with fake_client() as client:
        response = client.post("/v1/docx/text", files={"file": ("a.docx", BASE, DOCX)})
        assert response.status_code == 200 and "正文第一段" in response.json()["text"]

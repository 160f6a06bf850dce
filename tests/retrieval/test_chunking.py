"""Chunking: whole paragraphs up to a size, long paragraphs cut at sentence ends."""

from __future__ import annotations

import pytest

from retrieval.chunking import chunk_report, chunk_spans, embedding_input

NO_PUNCT = "无标点的超长段落" * 10
LONG_PARAGRAPH = "。".join(f"第{i}句讲的是妇联开展的第{i}项工作" for i in range(30)) + "。"


@pytest.mark.parametrize(
    "text, max_chars, expected_chunks",
    [
        ("短文。", 100, ["短文。"]),
        ("第一段。\n第二段。\n第三段。", 100, ["第一段。\n第二段。\n第三段。"]),
        ("第一段写得很长很长很长。\n\n第二段也写得很长很长。", 20, ["第一段写得很长很长很长。", "第二段也写得很长很长。"]),
        ("第一段写得很长很长很长。\n\n第二段也写得很长很长。", 30, ["第一段写得很长很长很长。\n\n第二段也写得很长很长。"]),
        ("  前后有空格。  \n", 100, ["前后有空格。"]),
        (NO_PUNCT, 25, [NO_PUNCT[0:25], NO_PUNCT[25:50], NO_PUNCT[50:75], NO_PUNCT[75:80]]),
    ],
)
def test_chunks(text, max_chars, expected_chunks):
    assert [text[s:e] for s, e in chunk_spans(text, max_chars)] == expected_chunks


@pytest.mark.parametrize("max_chars", [40, 80, 320])
def test_long_paragraph_is_split_at_sentence_ends(max_chars):
    spans = chunk_spans(LONG_PARAGRAPH, max_chars)
    assert len(spans) > 1
    assert all(e - s <= max_chars for s, e in spans)
    assert all(LONG_PARAGRAPH[e - 1] == "。" for s, e in spans)
    assert "".join(LONG_PARAGRAPH[s:e] for s, e in spans) == LONG_PARAGRAPH


def test_chunk_report_keeps_offsets_and_doc_index():
    text = "导语一句。\n" + LONG_PARAGRAPH
    chunks = chunk_report(7, text, max_chars=60)
    assert all(c.doc_index == 7 and text[c.start : c.end] == c.text for c in chunks)


def test_too_small_max_chars_is_rejected():
    with pytest.raises(ValueError):
        chunk_spans("x", 5)


def test_embedding_input_carries_the_title():
    assert embedding_input("标题", "正文") == "标题\n正文"

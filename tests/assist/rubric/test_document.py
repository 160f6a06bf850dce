"""Splitting a report into title, subtitle and paragraphs (assist.rubric.document)."""

import pytest

from assist.rubric.document import parse_document


@pytest.mark.parametrize(
    "text, title, subtitle, n_paragraphs",
    [
        ("主标题\n——副标题\n正文第一段。\n正文第二段。", "主标题", "——副标题", 2),
        ("主标题\n正文第一段。\n正文第二段。", "主标题", None, 2),
        ("  主标题  \n\n——副标题\n\n正文。", "主标题", "——副标题", 1),
        ("这是一段很长的正文，没有标题，直接从导语开始写，写了很多内容，超过了四十个字的标题长度上限。", None, None, 1),
        ("正文只有一句。", None, None, 1),
        ("主标题\n副标题：某县妇联开展培训\n正文。", "主标题", "副标题：某县妇联开展培训", 1),
    ],
)
def test_parse(text, title, subtitle, n_paragraphs):
    doc = parse_document(text)
    assert (doc.title.text if doc.title else None) == title
    assert (doc.subtitle.text if doc.subtitle else None) == subtitle
    assert len(doc.paragraphs) == n_paragraphs
    for block in [doc.title, doc.subtitle, *doc.paragraphs]:
        if block:
            assert text[block.start:block.end] == block.text


def test_sentences_keep_offsets():
    text = "标题\n第一句。第二句！第三句没有句号\n第二段；分号后"
    doc = parse_document(text)
    sentences = doc.sentences()
    assert [s.text for s in sentences] == ["第一句。", "第二句！", "第三句没有句号", "第二段；", "分号后"]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_figures_leave_out_dates_and_articles():
    doc = parse_document("标题\n4月10日，一次培训，97名妇女参加。")
    assert [q.text for q in doc.figures()] == ["97名"]


def test_title_and_subtitle_on_one_line():
    text = "山里姐妹端上“技能饭碗”——桐川县妇联培训助312名妇女就业\n正文。"
    doc = parse_document(text)
    assert doc.title.text == "山里姐妹端上“技能饭碗”"
    assert doc.subtitle.text == "——桐川县妇联培训助312名妇女就业"
    assert text[doc.subtitle.start:doc.subtitle.end] == doc.subtitle.text

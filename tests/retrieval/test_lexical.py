"""BM25 over jieba tokens."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.lexical import LexicalIndex, tokenize


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("县妇联开展母婴护理培训", {"母婴", "护理", "培训"}, {"的", "妇联"}),
        ("两癌筛查，覆盖38个村！", {"筛查", "38"}, {"，", "！"}),
        ("Family Education 讲座", {"family", "education", "讲座"}, {" "}),
    ],
)
def test_tokenize(text, present, absent):
    tokens = set(tokenize(text))
    assert present <= tokens and not (absent & tokens)


def test_scores_rank_the_document_sharing_words():
    index = LexicalIndex(["母婴护理培训班开班", "两癌筛查进乡村", "巾帼调解室化解纠纷"])
    scores = index.scores("参加护理培训的妇女")
    assert int(np.argmax(scores)) == 0 and scores[1] == scores[2] == 0


@pytest.mark.parametrize("query", ["火星探测", "的了和", ""])
def test_query_without_known_words_scores_zero(query):
    index = LexicalIndex(["母婴护理培训班开班", "两癌筛查进乡村"])
    assert not index.scores(query).any()


DOCS = ["母婴护理培训班开班", "两癌筛查进乡村"]


def test_saved_tokens_are_used_when_their_key_matches(monkeypatch):
    saved = LexicalIndex(DOCS).cache_entry
    monkeypatch.setattr("retrieval.lexical.tokenize", lambda text: pytest.fail("segmented again"))
    index = LexicalIndex(DOCS, saved=saved)
    assert index.cache_entry == saved


@pytest.mark.parametrize(
    "stale",
    [
        lambda key: {"key": "0" * 64, "tokens": [["火星"], ["探测"]]},  # another text, tokenizer or stop-word list
        lambda key: {"key": key, "tokens": [["火星"]]},  # not one list per report
        lambda key: {"key": key},
        lambda key: "not a dict",
    ],
)
def test_stale_or_damaged_saved_tokens_are_ignored(stale):
    fresh = LexicalIndex(DOCS)
    index = LexicalIndex(DOCS, saved=stale(fresh.cache_entry["key"]))
    assert index.cache_entry == fresh.cache_entry
    assert int(np.argmax(index.scores("护理培训"))) == 0


def test_the_key_follows_the_documents_text():
    from retrieval.lexical import tokens_key

    assert tokens_key(DOCS) != tokens_key([DOCS[0], DOCS[1] + "。"]) != tokens_key(DOCS[::-1])

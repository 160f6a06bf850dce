"""Corpus format: validation with line numbers, hashing, the bundled corpus."""

from __future__ import annotations

import json

import pytest

from models.errors import InputError
from retrieval.corpus import CATEGORIES, CorpusError, corpus_hash, load_corpus, parse_corpus

GOOD = {"id": "a1", "title": "标题", "text": "正文。", "category": "业务信息"}


def _line(**changes) -> str:
    obj = {**GOOD, **changes}
    return json.dumps({k: v for k, v in obj.items() if v is not ...}, ensure_ascii=False)


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ("{not json", "不是有效的 JSON"),
        ("[1, 2]", "JSON 对象"),
        (_line(title=...), "缺少字段 title"),
        (_line(text=""), "text 必须是非空字符串"),
        (_line(category=3), "category 必须是非空字符串"),
        (_line(year=1800), "year"),
        (_line(year="二〇二四"), "year"),
        (_line(award=5), "award"),
        (_line(author="某人"), "未知字段 author"),
    ],
)
def test_bad_line_is_reported_with_its_number(bad_line, message):
    lines = [_line(id="a1"), "", bad_line]
    with pytest.raises(CorpusError) as info:
        parse_corpus(lines, source="x.jsonl")
    assert info.value.problems[0][0] == 3
    assert message in info.value.problems[0][1]
    assert "第 3 行" in info.value.message and "x.jsonl" in info.value.message


def test_every_bad_line_is_listed_and_duplicates_named():
    lines = [_line(id="a1"), "oops", _line(id="a1"), _line(id="a2", text=" ")]
    with pytest.raises(CorpusError) as info:
        parse_corpus(lines)
    assert [n for n, _ in info.value.problems] == [2, 3, 4]
    assert "与第 1 行重复" in info.value.problems[1][1]


@pytest.mark.parametrize(
    "extra, expected",
    [({}, {}), ({"award": "省级优秀信息", "year": 2024}, {"award": "省级优秀信息", "year": 2024}), ({"year": "2023"}, {"year": 2023})],
)
def test_valid_lines_parse(extra, expected):
    [record] = parse_corpus([_line(**extra)])
    assert record.id == "a1" and record.category == "业务信息"
    for key, value in expected.items():
        assert getattr(record, key) == value


def test_empty_corpus_is_an_input_error():
    with pytest.raises(InputError, match="空"):
        parse_corpus(["", "  "])


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="不存在"):
        load_corpus(tmp_path / "none.jsonl")


def test_hash_changes_with_content(mini_records):
    from dataclasses import replace

    changed = [replace(mini_records[0], text=mini_records[0].text + "。")] + mini_records[1:]
    assert corpus_hash(mini_records) == corpus_hash(list(mini_records))
    assert corpus_hash(changed) != corpus_hash(mini_records)


def test_bundled_corpus_is_valid_and_covers_the_categories():
    records = load_corpus()
    assert len(records) >= 60
    assert {r.category for r in records} == set(CATEGORIES)

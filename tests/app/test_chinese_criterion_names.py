"""No English criterion key reaches a user: every string field of the score and compare
responses, and the UI's renderings of them, are free of rubric keys such as ``privacy``.

Dict keys (``criteria.privacy``) and the fields named in ``MACHINE_FIELDS`` are identifiers
for programs; every other string is shown to people and is walked here.
"""

from __future__ import annotations

import re

import pytest
from app_testutil import need

from app.ui import views
from assist.rubric.criteria import CRITERIA
from retrieval.sections import SECTIONS

# identifiers; each stands beside its Chinese label (outline items: section + label, asserted below)
MACHINE_FIELDS = {"key", "id", "exemplar_id", "kind", "type", "code", "reference_date", "section", "sections", "also"}
# rubric criterion keys, genre keys and outline section keys: identifiers, never words for a user
ASCII_KEYS = sorted({*CRITERIA, "structure", "xiaoxi", "jingyan", "diaoyan", "xinmeiti", *SECTIONS}, key=len,
                    reverse=True)
_KEY_RE = re.compile(r"(?<![A-Za-z_])(?:" + "|".join(map(re.escape, ASCII_KEYS)) + r")(?![A-Za-z_])")

DRAFT = ("县妇联开展活动\n县妇联开展活动。取得了良好效果，反响热烈。\n"
         "为深入贯彻落实上级精神，县妇联高度重视。联系人电话13812345678。")
NOTES = "3月8日 培训 妇女100名"


def user_strings(value, path="$"):
    """(path, text) for every string a user may read."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in MACHINE_FIELDS:
                yield from user_strings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from user_strings(v, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def english_keys(value) -> list[tuple[str, str]]:
    return [(path, m.group()) for path, text in user_strings(value) for m in [_KEY_RE.search(text)] if m]


@pytest.mark.parametrize("text", ["评分项 privacy 比范文低 25 分", "缺少 measures 部分", "文体：xiaoxi"])
def test_the_walk_catches_an_english_key(text):
    assert english_keys({"advice": [text]}), text


def test_the_walk_leaves_identifiers_and_dict_keys_alone():
    assert english_keys({"criteria": {"privacy": {"name": "隐私保护", "key": "privacy"}}}) == []


def test_score_response_names_criteria_in_chinese(real_client):
    need(real_client, "scorer")
    for body in ({"text": DRAFT}, {"text": DRAFT, "notes": NOTES, "reference_date": "2025-03-10"},
                 {"text": DRAFT, "genre": "消息"}):
        result = real_client.post("/v1/assist/score", json=body).json()
        assert result["criteria"], result
        assert result["genre"]["name"] and not result["genre"]["name"].isascii()
        if body.get("genre"):
            assert result["genre"]["name"] == "消息" and not result["genre"]["detected"]
        assert english_keys(result) == []
        for key, row in result["criteria"].items():
            assert row["name"] and not row["name"].isascii(), key
        rendered = [views.findings_markdown(result, DRAFT), views.total_markdown(result),
                    *(str(cell) for row in views.criteria_rows(result) for cell in row)]
        assert english_keys(rendered) == []


def test_compare_response_names_criteria_in_chinese(real_client):
    need(real_client, "library")
    need(real_client, "scorer")
    found = real_client.post("/v1/retrieval/search", json={"query": "妇女 技能培训 就业", "k": 2}).json()["results"]
    assert english_keys(found) == []
    for hit in found:
        result = real_client.post("/v1/retrieval/compare", json={"draft": DRAFT, "exemplar_id": hit["id"]}).json()
        assert result["rubric"]["criteria"] and result["advice"]
        assert english_keys(result) == []
        for key, row in result["rubric"]["criteria"].items():
            assert row["name"] and not row["name"].isascii(), key
        for side in ("draft", "exemplar"):
            assert all(item["label"] and not item["label"].isascii() for item in result[side]["outline"])
        assert all(not s["label"].isascii() for s in result["sections"])
        assert english_keys([views.comparison_markdown(result)]) == []

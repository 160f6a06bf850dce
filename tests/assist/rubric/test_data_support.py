"""data_support reads a bound, a quote, a name and a determiner as what they are."""

from __future__ import annotations

import pytest

from assist.rubric.scorer import load_scorer

BASE = "县妇联培训妇女\n2024年3月8日，县妇联组织妇女126人参加培训，98人取得证书，41人就业，平均月收入4600元。{}"


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


def fuzzy(scorer, sentence):
    row = scorer.score(BASE.format(sentence), reference_date="2024-03-20")["criteria"]["data_support"]
    return [f["quote"] for f in row["findings"] if f["message"].startswith(("模糊数字", "“"))]


@pytest.mark.parametrize("sentence", [
    "其中45岁以上妇女52人。",                 # an age bound defines a group
    "月收入超过3000元的有47人。",             # a bound followed by 的
    "每节课不超过90分钟。",                   # a rule's limit
    "县妇联搭建“1+N”服务矩阵。",              # a name
    "学员王女士说：“一个月能挣两千多。”",      # a person's own words
    "企业愿意录用同一批学员。",               # a determiner, not a vague quantity
])
def test_not_a_fuzzy_figure(scorer, sentence):
    assert fuzzy(scorer, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("全县培训妇女1400余人。", ["1400余人"]),
    ("比例不足三成。", ["不足三成"]),
    ("带动了一批妇女就业。", ["一批"]),
    ("受益妇女超过3000人。", ["超过3000人"]),
])
def test_still_a_fuzzy_figure(scorer, sentence, expected):
    assert fuzzy(scorer, sentence) == expected


def test_a_title_repeating_the_texts_fuzzy_figure_is_one_fault(scorer):
    once = scorer.score("县妇联培训妇女\n2024年3月8日，县妇联培训妇女1400余人，98人取得证书。",
                        reference_date="2024-03-20")["criteria"]["data_support"]["score"]
    twice = scorer.score("县妇联培训妇女1400余人\n2024年3月8日，县妇联培训妇女1400余人，98人取得证书。",
                         reference_date="2024-03-20")["criteria"]["data_support"]["score"]
    assert once == twice

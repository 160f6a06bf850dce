"""Facts and figures: numbers with units, dates, organisations."""

from __future__ import annotations

import pytest

from retrieval.facts import extract_facts, find_dates, find_figures, find_organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("培训农村妇女137人，平均月增收2000元", ["137人", "2000元"]),
        ("满意率达98.5%，增长3.5个百分点", ["98.5%", "3.5个百分点"]),
        ("前3个月每月回访，覆盖12个村", ["3个月", "12个"]),
        ("惠及1400余人，发放1.2万元", ["1400余人", "1.2万元"]),
        ("占比百分之三十", ["百分之三十"]),
        ("2024年3月5日，共有300名学员", ["300名"]),  # the date is not a figure
        ("编号A12，第3", []),
    ],
)
def test_figures(text, expected):
    assert [f["text"] for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024年以来", ["2024年"]),
        ("2023年10月12日举办", ["2023年10月12日"]),
        ("3月8日前后，10月底完成", ["3月8日", "10月底"]),
        ("共12人", []),
    ],
)
def test_dates(text, expected):
    assert [d["text"] for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("桐川县妇联联合县人社局、县职教中心开展培训", ["桐川县妇联", "县人社局", "县职教中心"]),
        ("某市开发区妇联2023年联合区人社分局", ["某市开发区妇联", "区人社分局"]),
        ("邀请市妇幼保健院专家，与县人民法院建立机制", ["市妇幼保健院", "县人民法院"]),
        ("以服务为中心，推动妇联工作", []),
        ("县妇联和县妇联再次合作", ["县妇联"]),  # listed once
    ],
)
def test_organisations(text, expected):
    assert [o["text"] for o in find_organisations(text)] == expected


def test_offsets_index_the_input():
    text = "2024年，县妇联培训300人。"
    facts = extract_facts(text)
    for items in facts.values():
        for item in items:
            assert text[item["start"] : item["end"]] == item["text"]

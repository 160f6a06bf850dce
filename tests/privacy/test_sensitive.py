import pytest


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("张某某长期遭受丈夫家暴，多次被打伤。", ["domestic_violence"]),
        ("她说丈夫酒后多次动手打人。", ["domestic_violence"]),
        ("法院禁止被申请人周某骚扰、跟踪申请人。", ["domestic_violence"]),
        ("她曾遭受性侵，至今不愿提起。", ["sexual_assault"]),
        ("张某（女，41岁）患有乳腺癌，生活十分困难。", ["health"]),
        ("小宇因先天性心脏病需长期服药，他的父母离异。", ["family", "health"]),
        ("她丈夫欠下高利贷，家中负债累累。", ["finance"]),
        # topics without a person are not passages about someone
        ("全市开展反家暴宣传活动，发放宣传册5000份。", []),
        ("开展两癌筛查，覆盖农村妇女2万人。", []),
    ],
)
def test_sensitive_kinds(scanner, text, kinds):
    result = scanner.scan(text)
    assert sorted({s["kind"] for s in result["sensitive"]}) == kinds
    for s in result["sensitive"]:
        assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]


def test_passages_index_the_original_text(scanner):
    text = "第一段。\u200b她遭受家暴，电话１３８１２３４５６７８。"
    [passage] = scanner.scan(text)["sensitive"]
    assert text[passage["start"] : passage["end"]].endswith("５６７８。")

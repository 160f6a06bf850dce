"""Register rules added for the blind set's chat words: English workshop words and 搞一次."""

import pytest

from assist.drafting.register import to_report


@pytest.mark.parametrize(
    "raw, want, gone",
    [
        ("导师讲 business plan 怎么写", "商业计划书", "business"),
        ("下午：roadshow，每人5分钟", "项目路演", "roadshow"),
        ("希望多来几次 one-on-one 辅导", "一对一", "one"),
        ("Feedback：大家希望多来几次", "反馈意见", "Feedback"),
        ("想每学期搞一次", "开展一次", "搞"),
        ("导师讲business plan怎么写", "商业计划书", "business"),
        ("多来几次one-on-one辅导", "一对一", "one"),
    ],
)
def test_english_and_gao_become_report_wording(raw, want, gone):
    out = to_report(raw)
    assert want in out and gone not in out


def test_figures_kept():
    assert "5分钟" in to_report("roadshow，每人5分钟 pitch")

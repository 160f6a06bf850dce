"""A number with a thousands separator is one number in the frame, the figures and the checks."""

import pytest

from assist.checks.detectors import invented_numbers
from assist.drafting.frame import join_thousands
from assist.figures import find_quantities


@pytest.mark.parametrize(
    "text, want",
    [
        ("服务：1,024人次", "服务：1024人次"),
        ("服务：1，024人次", "服务：1024人次"),
        ("奖励12,000元", "奖励12000元"),
        ("共1,234,567人", "共1234567人"),
        ("第1，2场", "第1，2场"),  # not a thousands group
        ("3.1,024", "3.1,024"),  # a decimal is left alone
    ],
)
def test_join_thousands(text, want):
    assert join_thousands(text) == want


@pytest.mark.parametrize("notes", ["服务：1,024人次", "服务：1，024人次"])
def test_figure_read_as_one_number(notes):
    values = [q.value for q in find_quantities(notes)]
    assert values == [1024]


@pytest.mark.parametrize(
    "notes, draft, invented",
    [
        ("服务：1,024人次", "服务群众1024人次。", 0),
        ("服务：1，024人次", "服务群众1024人次。", 0),
        ("服务：1,024人次", "服务群众1,024人次。", 0),
        ("服务：1,024人次", "服务群众1人次、024人次。", 1),
    ],
)
def test_invented_check_on_separated_numbers(notes, draft, invented):
    assert (len(invented_numbers(draft, notes)) > 0) == bool(invented)


@pytest.mark.parametrize("label", ["代表发言：", "门：", "建议:"])
def test_bare_label_is_no_fact(label):
    from assist.drafting.frame import read_frame

    frame = read_frame(f"11月10日 县妇联会议室\n{label}\n“这笔钱救了急。”")
    texts = [f.text for f in frame.facts] if hasattr(frame, "facts") else [str(frame)]
    assert not any(t.strip().endswith(("：", ":")) for t in texts)


@pytest.mark.parametrize("line, where", [("11月3日 镇妇联活动室", "镇妇联活动室"), ("11月3日\n县妇联会议室", "县妇联会议室")])
def test_unit_room_is_the_place(line, where):
    from assist.drafting.frame import read_frame

    frame = read_frame(f"{line}\n县妇联通报：今年为43名患病妇女发放救助金")
    assert frame.where == where
    assert not any(f.text == where for f in frame.facts)


def test_label_with_a_figure_keeps_the_figure():
    from assist.drafting.frame import read_frame

    frame = read_frame("11月3日 镇妇联活动室\n课程3门：\n1. AI 写作工具入门")
    assert any("3门" in f.text for f in frame.facts)
    assert not any(f.text.endswith(("：", ":")) for f in frame.facts)

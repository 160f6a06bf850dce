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

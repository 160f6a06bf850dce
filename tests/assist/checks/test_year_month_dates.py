"""A dotted year.month heading (2025.9 月度统计) is a date in the checks, not the figure 2025.9."""

import pytest

from assist.checks.detectors import invented_numbers, missing_facts

CASES = [
    # (notes, draft, missing expected, invented expected)
    ("2025.9 月度统计（北关街道妇联）\n接待来访31人次", "2025年9月，北关街道妇联接待来访31人次。", False, False),
    ("2025.9 月度统计（北关街道妇联）\n接待来访31人次", "北关街道妇联接待来访31人次。", False, False),
    ("2025.9 月度统计（北关街道妇联）\n接待来访31人次", "2025年10月，北关街道妇联接待来访31人次。", False, True),
    ("合格率2025.9分", "合格率为2025.9分。", False, False),  # no 月 after it: still a figure
    ("合格率2025.9分", "合格率为2025分。", True, True),
]


@pytest.mark.parametrize("notes,draft,missing,invented", CASES)
def test_year_month_heading(notes, draft, missing, invented):
    assert bool(missing_facts(draft, notes)) is missing
    assert bool(invented_numbers(draft, notes)) is invented

"""A slashed month/day range in the notes (11/22–11/23) is a date range in the checks: the draft's
11月22日至23日 is supported and the day 23 is no figure the draft must keep or may not invent."""

import pytest

from assist.checks.detectors import invented_numbers, missing_facts

CASES = [
    # (notes, draft, missing expected, invented expected)
    ("11/22–11/23 编程营，学员64人", "11月22日至23日，市妇联举办编程营，64名学员参加。", False, False),
    ("11/22-11/23 编程营，学员64人", "11月22日至23日，学员64人。", False, False),
    ("11/30-12/2 培训，学员40人", "11月30日至12月2日举办培训，学员40人。", False, False),
    ("11/22–11/23 编程营，学员64人", "11月22日至24日，学员64人。", False, True),  # a day the notes do not give
    ("11/22–11/23 编程营，学员64人", "11月22日至23日举办编程营。", True, False),  # 64 left out
    ("11/5 联合镇卫生院走访23户", "11月5日，联合镇卫生院走访23户。", False, False),
]


@pytest.mark.parametrize("notes,draft,missing,invented", CASES)
def test_slash_date_range(notes, draft, missing, invented):
    assert bool(missing_facts(draft, notes)) is missing
    assert bool(invented_numbers(draft, notes)) is invented


@pytest.mark.parametrize("notes,draft,missing,invented", [
    ("Nov 12-13 县妇联 training，学员45人", "11月12日至13日，县妇联举办培训，学员45人。", False, False),
    ("Nov 12-13 县妇联 training，学员45人", "11月12日至14日，县妇联举办培训，学员45人。", False, True),
    # Day 1 / Day 2 name the event's days (首日, 次日): no figure to keep
    ("Day 1：入门课，导师8位\nDay 2：实操", "首日开设入门课，导师8位；次日进行实操。", False, False),
    ("Day 1：入门课，导师8位\nDay 2：实操", "首日开设入门课；次日进行实操。", True, False),
])
def test_month_name_ranges_and_day_markers(notes, draft, missing, invented):
    assert bool(missing_facts(draft, notes)) is missing
    assert bool(invented_numbers(draft, notes)) is invented

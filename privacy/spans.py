"""A set of non-overlapping ``[start, end)`` intervals with O(log n) overlap checks."""

from __future__ import annotations

import bisect


class DisjointSpans:
    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def is_free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:  # the interval that starts at or before us
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def add(self, start: int, end: int) -> bool:
        """Add the interval if it overlaps none; return whether it was added."""
        if not self.is_free(start, end):
            return False
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


def within(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> range:
    """Indices of the sorted, disjoint ``spans`` (whose starts are ``starts``) inside ``[start, end)``."""
    lo = bisect.bisect_left(starts, start)
    hi = lo
    while hi < len(spans) and spans[hi][1] <= end:
        hi += 1
    return range(lo, hi)

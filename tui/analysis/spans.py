"""Fast questions about sets of character spans, so rules stay linear on long articles."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanSet:
    """Which positions some span covers, in O(log n) whatever the overlap between the spans."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        # the furthest end among the spans that start at or before each one
        self._reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos


class SpanIndex(Generic[T]):
    """Spans with a value each; `overlapping(start, end)` finds the values of those that overlap."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self._items = sorted(items, key=lambda x: (x[0], x[1]))
        self._starts = [s for s, _, _ in self._items]
        self._longest = max((e - s for s, e, _ in self._items), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [v for s, e, v in self._items[lo:hi] if s < end and start < e]

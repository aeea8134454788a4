"""Find the boxes of a page that span a height, without looking at every box each time.

Steps that pair glyphs with OCR words asked every glyph about every word: on a dense page (a
paper's 5 000 glyphs, 800 words, read with OCR because its fonts have no Unicode map) that is
millions of comparisons a page, minutes under load. A box is filed under each whole point of
height it covers, so a question about one height looks only at the boxes on that line. Pure.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence

MAX_ROWS_A_BOX = 2_000  # points: a taller box (a rule down a poster) is kept aside and asked every time


class RowIndex:
    """The indices of `spans` ((top, bottom) pairs, points) whose closed range holds a height."""

    def __init__(self, spans: Sequence[tuple[float, float]]):
        self._rows: dict[int, list[int]] = defaultdict(list)
        self._tall: list[int] = []  # boxes too tall to file row by row, or with no finite height
        self._spans = spans
        for index, (top, bottom) in enumerate(spans):
            if not (math.isfinite(top) and math.isfinite(bottom)) or bottom - top > MAX_ROWS_A_BOX:
                self._tall.append(index)
                continue
            for row in range(math.floor(top), math.floor(bottom) + 1):
                self._rows[row].append(index)

    def at(self, y: float) -> list[int]:
        """The indices of the spans with top <= y <= bottom, in the order they were given."""
        if not math.isfinite(y):
            return []
        found = self._rows.get(math.floor(y), []) + self._tall
        return sorted(i for i in found if self._spans[i][0] <= y <= self._spans[i][1])


class SortedPoints:
    """The indices of `values` (one number per item) that lie within a closed range."""

    def __init__(self, values: Sequence[float]):
        self._order = sorted(range(len(values)), key=lambda i: values[i])
        self._sorted = [values[i] for i in self._order]

    def within(self, low: float, high: float) -> list[int]:
        """The indices of the values with low <= value <= high, in the order they were given."""
        return sorted(self._order[bisect_left(self._sorted, low) : bisect_right(self._sorted, high)])

"""A page of digits each in a box of its own (dart_pdf's widgets-wrap golden file: 13 pages, rows of boxed numbers)
took 100 s to import (h34, read part 1): the office box's search paired every two sides of like height, and each
pair passed over all the page's horizontal rules for its top and bottom edges (190 000 pairs). The sides of like
height and the edges at a height are now windows of them sorted by top: the same frames in the same order (the old
search is the definition here), and the reads of the rules counted, never timed."""

from __future__ import annotations

import random

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.signing import _frames, strip_office_box
from bilagor.extractor.words import Page, Word


def _definition(page: Page) -> list[tuple[float, float, float, float]]:
    """_frames as it was before h34: every pair of sides, each against every edge."""
    tops = [r for r in page.rules if r[3] - r[1] <= 1.5]
    sides = [r for r in page.rules if r[2] - r[0] <= 1.5 and r[3] - r[1] > 10]
    frames = []
    for left in sides:
        for right in sides:
            if right[0] - left[0] < 40 or abs(right[1] - left[1]) > 2 or abs(right[3] - left[3]) > 2:
                continue
            x0, x1, top, bottom = left[0], right[0], left[1], left[3]
            edges = [r for r in tops if r[0] <= x0 + 2 and r[2] >= x1 - 2]
            if any(abs(r[1] - top) <= 2 for r in edges) and any(abs(r[1] - bottom) <= 2 for r in edges):
                frames.append((x0, top, x1, bottom))
    return frames


def _boxes(rng: random.Random, rows: int, per_row: int, width: float, jitter: float) -> list[tuple]:
    """Rows of boxes drawn by their four rules, the rules a little off their places (up to `jitter`: about the
    tolerance), and stray rules across them."""
    rules = []
    for row in range(rows):
        top = 60.0 + 30 * row
        for k in range(per_row):
            x0, x1 = 40.0 + width * k, 40.0 + width * (k + 1)
            j = lambda: rng.choice([0.0, 0.0, rng.uniform(-jitter, jitter), 2.0, -2.0])  # noqa: E731
            rules += [
                (x0 + j(), top + j(), x1 + j(), top + 0.5),
                (x0 + j(), top + 20 + j(), x1 + j(), top + 20.5),
                (x0, top + j(), x0 + 0.5, top + 20 + j()),
                (x1, top + j(), x1 + 0.5, top + 20 + j()),
            ]
    for _ in range(rng.randint(0, 6)):
        y = rng.uniform(40, 60 + 30 * rows)
        rules.append((rng.uniform(0, 200), y, rng.uniform(200, 560), y + 0.5))
    rng.shuffle(rules)
    return [(a, b, max(a, c), max(b, d)) for a, b, c, d in rules]


def test_the_frames_are_the_definitions():
    rng = random.Random(34)
    found = 0
    for _ in range(150):
        page = Page(
            1, 595, 842, [], _boxes(rng, rng.randint(1, 5), rng.randint(1, 8), rng.choice([14.0, 45.0, 90.0]), 3.0)
        )
        expected = _definition(page)
        assert _frames(page) == expected
        found += len(expected)
    assert found  # the pages hold frames, not only rules


class _CountedBox(tuple):
    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)


def test_a_page_of_boxed_digits_reads_each_rule_a_bounded_number_of_times():
    """20 rows of 30 boxed digits: before, 30 000 pairs of sides each passed over the 1 200 edges (37 M reads of the
    rules); now windows of them (0.4 M)."""
    rules = [_CountedBox(r) for r in _boxes(random.Random(5), 20, 30, 14.0, 0.0)]
    words = [
        Word(str(k % 10), 44.0 + 14 * k, 50.0 + 14 * k, 64.0 + 30 * row, 74.0 + 30 * row, "F", 9.0)
        for row in range(20)
        for k in range(30)
    ]
    page = Page(1, 595, 842, words, rules)
    _CountedBox.reads = 0
    assert strip_office_box([page], DEFAULT_SETTINGS)[0].words == words  # no office box: the digits stay
    assert _CountedBox.reads < 300 * len(rules)  # 15 500 a rule before, 150 now

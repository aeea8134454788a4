"""A 64-page instruction booklet (pdf2json's dc_ins_40: 38 000 words, its pages' cells filled white and grey) ran past
its time-out; 100 s of its reading under a profile were the covered-text check, which judged each character drawn
before the page's last white fill with a pass over all the page's fills (h33, issue #12). Now a block of characters
is judged against all fills at once, over arrays: the same judgement as `unseen`'s, character by character."""

from __future__ import annotations

import random

from bilagor.extractor.covered_text import Paint, seen, unseen


def _page(rng: random.Random) -> tuple[list[tuple[int, tuple, bool]], list[Paint]]:
    """Characters and fills drawn in one order: cells filled white or grey before and after the text, boxes
    touching and nested, characters on a fill's very edge, white characters."""
    drawn = []
    for order in range(rng.randint(0, 120)):
        x, y = rng.choice([float(rng.randint(0, 20)) * 10, rng.uniform(0, 200)]), float(rng.randint(0, 20)) * 10
        if rng.random() < 0.3:
            w, h = rng.choice([10.0, 20.0, 50.0, 0.0, rng.uniform(0, 80)]), rng.choice([10.0, 20.0, 0.0])
            drawn.append(Paint(order, (x, y, x + w, y + h), paper=rng.random() < 0.6))
        else:
            drawn.append((order, (x - 5.0, y - 5.0, x + 5.0, y + rng.choice([5.0, 6.0])), rng.random() < 0.2))
    paints = [d for d in drawn if isinstance(d, Paint)]
    chars = [d for d in drawn if not isinstance(d, Paint)]
    return chars, paints


def test_each_character_is_judged_as_unseen_judges_it():
    rng = random.Random(33)
    hidden = 0
    for _ in range(400):
        chars, paints = _page(rng)
        expected = [not unseen(order, box, paper, paints) for order, box, paper in chars]
        assert seen(chars, paints) == expected
        hidden += expected.count(False)
    assert hidden  # the pages hide characters, not only show them


class _CountedPaints(list):
    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def test_a_dense_page_is_not_passed_over_once_a_character():
    """2 000 characters under a late white fill and 300 cell fills: before, a pass over the fills for each of them
    (2 000 and more); now a few a block of characters."""
    rng = random.Random(5)
    paints = _CountedPaints(
        Paint(i, (rng.uniform(0, 500), rng.uniform(0, 700), rng.uniform(500, 600), rng.uniform(700, 800)), True)
        for i in range(300)
    )
    chars = [(300 + i, (float(i % 500), float(i // 5), i % 500 + 5.0, i // 5 + 8.0), False) for i in range(2000)]
    paints.append(Paint(5000, (0.0, 0.0, 50.0, 50.0), paper=True))  # a white box drawn last: every character looked at
    _CountedPaints.passes = 0
    seen(chars, paints)
    assert _CountedPaints.passes < 40

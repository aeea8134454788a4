"""Tuning set of issue #12's twenty-eighth round (h33/f-textforms): a label | answer table of one row, drawn with
reportlab's canvas (not a word processor), `rl_onerow`: under the title one table row, the first field's bold label
in a narrow cell (wrapped onto two lines, or one line beside an answer wrapped in its cell), both cells set from
the row's top or centred in it, the cells ruled or not; then every other field a bold heading in body type over
its answer. A table of one row shows no value column (a column needs rows).

The bases are the boxes' set's; content and truth are fixturegen's. Seed 28 is the tuning part; seed 2801 is kept
aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.onerowforms [--seed 28] [--count 14] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap, draw_headed_rows
from .spec import ReportSpec, normalise
from .textclasses import _build


def _draw_onerow(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A table of one row under the title: the first field's bold label in a narrow cell (wrapped, or one line
    beside a wrapped answer), both cells set from the row's top or centred in it, ruled or not; then every other
    field a bold heading in body type over its answer."""
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((10, 10.5, 11)))
    lead = s.size * rng.choice((1.2, 1.3))
    pager.title(spec)
    rows = list(spec.rows)
    first = rows.pop(0)
    width = PAGE_W - 2 * s.margin
    label_w = rng.choice((62.0, 72.0, 90.0))
    answer_w = rng.choice((150.0, 200.0, 260.0))
    label = _wrap(normalise(first.label), s.bold, s.size, label_w - 8)
    answer = _wrap(normalise(first.text), s.font, s.size, answer_w - 8) or [""]
    depth = max(len(label), len(answer))
    centred = rng.random() < 0.5
    top = pager.y - 6
    for x, lines, font, w in ((s.margin, label, s.bold, label_w), (s.margin + label_w, answer, s.font, answer_w)):
        y = top - ((depth - len(lines)) * lead / 2 if centred else 0.0)
        for line in lines:
            y -= lead
            pager.text(x + 4, y + 2, line, font, s.size)
        if rng.random() < 0.5:
            pager.c.setLineWidth(0.5)
            pager.c.rect(x, top - depth * lead - 4, w, depth * lead + 4)
    pager.y = top - depth * lead - 10
    draw_headed_rows(pager, rows, s, width, lead, heading_step=1.2)


def build_one_row_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir."""
    return _build(out_dir, count, seed, {"rl_onerow": _draw_onerow}, ("onerowforms", "or", "reportlab-canvas"))


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_one_row_forms, 28, 14, "name the files that missed")

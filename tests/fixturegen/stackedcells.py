"""Tuning set of issue #12's twenty-seventh round (h32/f-textforms): a header grid of stacked cells (each label
above its value, two or three cells a row) sized to its content with no cell padding, drawn with reportlab's canvas.

- `rl_tightcells`: each column as wide as its widest label or value line (a value wraps at 150 to 210 pt) plus one
  word space or a little more, so a value as wide as its column ends a word space from the next cell's value
  ("Trygg väg till skolan 450 000 kr"); labels bold or small grey, values plain; the other sections a label |
  answer table under the grid.

Seeds 27 and 28 are the tuning part; seed 2701 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.stackedcells [--seed 27] [--count 16] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from .boxforms import _Pager, _short, _wrap
from .spec import ReportSpec, Row, normalise
from .twotables import _table

SHAPES = ("rl_tightcells",)


def _draw_tight_cells(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    pager.title(spec)
    s = pager.style
    # The short fields first (at most eight) make the grid.
    n = next((k for k, row in enumerate(spec.rows) if k >= 8 or not _short(row)), len(spec.rows))
    head: list[Row] = spec.rows[:n]
    rows = spec.rows[n:]
    per_row = rng.choice((2, 3))
    label_font, label_size, grey = rng.choice(((s.bold, s.size, 0.0), (s.font, s.size - 2, 0.4)))
    space = stringWidth(" ", s.font, s.size)
    wrap_at = rng.choice((150.0, 180.0, 210.0))
    lead = s.size * 1.25
    for k in range(0, len(head), per_row):
        cells = head[k : k + per_row]
        values = [_wrap(row.text, s.font, s.size, wrap_at) for row in cells]
        widths = [
            max(
                [
                    stringWidth(normalise(row.label), label_font, label_size),
                    *(stringWidth(v, s.font, s.size) for v in vs),
                ]
            )
            + space * rng.choice((1.0, 1.1, 1.3))
            for row, vs in zip(cells, values)
        ]
        x = s.margin
        top = pager.y
        depth = max((len(vs) for vs in values), default=0)
        for row, vs, width in zip(cells, values, widths):
            pager.text(x, top - label_size * 1.2, normalise(row.label), label_font, label_size, grey)
            for n, line in enumerate(vs):
                pager.text(x, top - label_size * 1.2 - (n + 1) * lead, line, s.font, s.size)
            x += width
        pager.y = top - label_size * 1.2 - max(depth, 1) * lead - s.size
    pager.y -= s.size
    _table(pager, rows, s.margin, rng.choice((110.0, 125.0)), 10.0)


def build_tight_cell_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir."""
    from .textclasses import _build

    return _build(
        out_dir, count, seed, {"rl_tightcells": _draw_tight_cells}, ("tightcellforms", "tk", "reportlab-canvas")
    )


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_tight_cell_forms, 27, 16, "name the files that missed")

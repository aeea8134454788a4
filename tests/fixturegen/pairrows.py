"""Tuning set of issue #12's twenty-ninth round (h34/f-textforms): a table of one row holding two or three label |
answer pairs, drawn with reportlab's canvas, `rl_pairrow`: under the title one row of cells, each short field's
bold label in a narrow cell (wrapped onto two or three lines) beside its answer's cell (wrapped or not), every
cell centred on the row's middle or set from its top, ruled or not; then every other field a bold heading over
its answer. A table of one row shows no value column (a column needs rows), and centred cells of unlike depth
interleave their lines.

The bases are the boxes' set's; content and truth are fixturegen's. Seed 34 is the tuning part; seed 3401 is kept
aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.pairrows [--seed 34] [--count 14] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap, draw_headed_rows
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build


def _draw_pairrow(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """One row of label | answer cell pairs under the title (see the module's docstring), then headed answers."""
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((9.5, 10, 11)))
    lead = s.size * rng.choice((1.15, 1.25))
    pager.title(spec)
    rows, head = list(spec.rows), []
    most = rng.choice((2, 2, 3))
    while rows and len(head) < most and rows[0].style != MARKER and len(normalise(rows[0].text)) <= 90:
        head.append(rows.pop(0))
    width = PAGE_W - 2 * s.margin
    label_w = rng.choice((58.0, 68.0, 80.0))
    answer_w = (width - len(head) * label_w) / len(head) if head else 0.0
    cells = []
    for row in head:
        cells.append((_wrap(normalise(row.label), s.bold, s.size, label_w - 8) or [""], s.bold, label_w))
        cells.append((_wrap(normalise(row.text), s.font, s.size, answer_w - 10) or [""], s.font, answer_w))
    depth = max((len(lines) for lines, _, _ in cells), default=0)
    centred = rng.random() < 0.6
    ruled = rng.random() < 0.5
    top, x = pager.y - 6, s.margin
    for lines, font, w in cells:
        y = top - ((depth - len(lines)) * lead / 2 if centred else 0.0)
        for line in lines:
            y -= lead
            pager.text(x + 4, y + 2, line, font, s.size)
        if ruled:
            pager.c.setLineWidth(0.5)
            pager.c.rect(x, top - depth * lead - 4, w, depth * lead + 4)
        x += w
    pager.y = top - depth * lead - 12
    draw_headed_rows(pager, rows, s, width, lead, heading_step=1.3)


def build_pair_row_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir."""
    return _build(out_dir, count, seed, {"rl_pairrow": _draw_pairrow}, ("pairrowforms", "pr", "reportlab-canvas"))


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_pair_row_forms, 34, 14, "name the files that missed")

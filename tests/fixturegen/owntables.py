"""Held-out pages of issue #12's thirtieth round (h35/f-textforms) for one class, written after its fix was: a
form in parts, each part a table of its own sized to its labels (as a browser or html2ps sizes each table), so
each part's answers start at an x of their own, some left of the page's value column; the bold labels wrap in
their narrow cells beside their answers' lines (reportlab's canvas; not html2ps).

- `rl_owntables`: the title, then the fields in two to four parts, each under a bold part heading, each part's
  label column 62-150 pt wide, a label's lines set in bold beside its answer's first lines, Times or Helvetica,
  ruled rows or none.

Seed 37 was the only one looked at (three files, to check the drawing); seed 3701 is held out, scored in aggregate:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.owntables [--seed 37] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _listed
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build
from .textlayer29 import _parts

SHAPES = ("rl_owntables",)


def _draw_owntables(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Parts, each a label | answer table whose label column is as wide as that part's own."""
    c = pager.c
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((9, 10, 11)))
    lead = s.size * rng.choice((1.2, 1.3))
    width = PAGE_W - 2 * s.margin
    ruled = rng.random() < 0.5
    pager.title(spec)
    for k, part in enumerate(_parts(spec, rng.choice((2, 3, 4))), 1):
        label_w = rng.uniform(62.0, 150.0)
        pad = 4.0
        pager.y -= lead * 1.2
        pager.text(s.margin, pager.y, f"Del {k}", s.bold, s.size + 1)
        pager.y -= lead * 0.4
        for row in part:
            if row.style == MARKER:
                pager.marker(row.text, lead * 1.3, 4)
                continue
            label = _wrap(normalise(row.label), s.bold, s.size, label_w - 2 * pad) or [""]
            answer = _wrap(row.text, s.font, s.size, width - label_w - 2 * pad) or [""]
            high = max(len(label), len(answer)) * lead + 2 * pad
            if pager.y - high < pager.bottom:
                pager.new_page()
            top = pager.y
            y = top - pad
            for line in label:
                y -= lead
                pager.text(s.margin + pad, y + 2, line, s.bold, s.size)
            y = top - pad
            for line in answer:
                y -= lead
                pager.text(s.margin + label_w + pad, y + 2, line, s.font, s.size)
            pager.y = top - high
            if ruled:
                c.setLineWidth(0.5)
                c.line(s.margin, pager.y, s.margin + width, pager.y)


def build_own_tables(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir."""
    return _build(out_dir, count, seed, {"rl_owntables": _listed(_draw_owntables, "-")})


__all__ = ["SHAPES", "build_own_tables"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_own_tables, 37, 12, "name the files that missed")

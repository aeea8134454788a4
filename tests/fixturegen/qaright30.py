"""Tuning set of issue #12's thirtieth round (h35/c-text): text-layer forms drawn with reportlab's canvas (not
FPDF or pydyf), each a class of construction seen on the page:

- `rl_right`: the answers in the wide column from the left margin, each label bold in a narrow column at the
  RIGHT of the page on the line of its answer's first line (left- or right-aligned in its column, wrapped there
  when long), a hairline down between the columns and under each row (or no rules at all); a long answer broken
  by a page break goes on with the label column empty;
- `rl_qa`: a question-and-answer protocol: "Fråga N:" (or "Fråga N"), small and grey, at the margin, the bold
  label at an indent of 50-66 pt on its line; under it "Svar:" small and grey at the margin with the answer's first
  line at the label's indent, the answer's further lines at the indent; the stage marker bold at the margin.

The bases are the boxes' set's; content and truth are fixturegen's. Seed 30 is the tuning part; seed 3001 is kept
aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.qaright30 [--seed 30] [--count 16] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _listed
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build
from .undercaps import _dnr

SHAPES = ("rl_right", "rl_qa")


def _header(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A running header line: "Bilaga N" (or the office) left, the Dnr right, small."""
    s = pager.style
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, random.Random(spec.name))
    pager.y -= 9
    pager.text(s.margin, pager.y, office, s.font, 8)
    pager.c.setFont(s.font, 8)
    pager.c.drawRightString(PAGE_W - s.margin, pager.y, dnr)
    pager.y -= 14


def _draw_right(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Answers from the left margin, bold labels in a narrow column at the right, on the answer's first line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = pager.c
    s = pager.style
    s.font, s.bold = "Helvetica", "Helvetica-Bold"
    s.size = float(rng.choice((9, 10, 11)))
    lead = s.size * rng.choice((1.2, 1.3, 1.4))
    width = PAGE_W - 2 * s.margin
    label_w = rng.choice((105.0, 120.0, 135.0))
    # A form sized for its labels: the column at least as wide as the longest word of a label.
    words = [w for row in spec.rows if row.style != MARKER for w in normalise(row.label).split()]
    label_w = max(label_w, *(stringWidth(w, s.bold, s.size) + 2 for w in words))
    gap = rng.choice((8.0, 12.0))
    answer_w = width - label_w - 2 * gap
    divider = s.margin + answer_w + gap
    align_right = rng.random() < 0.5
    ruled = rng.random() < 0.75
    pager.on_new_page = lambda p: _header(p, spec, rng)
    _header(pager, spec, rng)
    pager.title(spec)
    c.setLineWidth(0.3)
    if ruled:
        c.line(s.margin, pager.y, PAGE_W - s.margin, pager.y)

    def label_at(y: float, line: str) -> None:
        if align_right:
            x = PAGE_W - s.margin - stringWidth(line, s.bold, s.size)
        else:
            x = divider + gap
        pager.text(x, y, line, s.bold, s.size)

    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, lead * 1.3, 4)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, label_w) or [""]
        answer = _wrap(row.text, s.font, s.size, answer_w) or [""]
        while answer:
            room = int((pager.y - pager.bottom - 4) // lead)
            if room < min(2, len(answer), len(label)):
                pager.new_page()
                if ruled:
                    c.setLineWidth(0.3)
                    c.line(s.margin, pager.y, PAGE_W - s.margin, pager.y)
                continue
            take, answer = answer[:room], answer[room:]
            top = pager.y
            y = top - 3
            for line in take:
                y -= lead
                if line:
                    pager.text(s.margin, y, line, s.font, s.size)
            ly = top - 3
            for line in label:
                ly -= lead
                label_at(ly, line)
            label = []
            bottom = min(y, ly) - lead * 0.45
            if ruled:
                c.setLineWidth(0.3)
                c.line(divider, top, divider, bottom)
                c.line(s.margin, bottom, PAGE_W - s.margin, bottom)
            pager.y = bottom
            if answer:
                pager.new_page()
                if ruled:
                    c.setLineWidth(0.3)
                    c.line(s.margin, pager.y, PAGE_W - s.margin, pager.y)


def _draw_qa(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """ "Fråga N:" and "Svar:" small and grey at the margin, the bold label and its answer at one indent."""
    s = pager.style
    s.font, s.bold = "Helvetica", "Helvetica-Bold"
    s.size = float(rng.choice((9.5, 10, 11)))
    small = s.size - rng.choice((1.5, 2.0, 2.5))
    grey = rng.choice((0.45, 0.5, 0.55, 0.6))
    lead = s.size * rng.choice((1.2, 1.3))
    indent = rng.uniform(50, 66)
    colon = rng.random() < 0.7
    width = PAGE_W - 2 * s.margin - indent
    pager.on_new_page = lambda p: _header(p, spec, rng)
    _header(pager, spec, rng)
    pager.title(spec)
    number = 0
    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, lead * 1.3, 4)
            continue
        number += 1
        label = _wrap(normalise(row.label), s.bold, s.size, width) or [""]
        answer = _wrap(row.text, s.font, s.size, width) or [""]
        if pager.y - lead * (len(label) + min(len(answer), 2) + 1) < pager.bottom:
            pager.new_page()
        pager.y -= lead * 0.6
        for k, line in enumerate(label):
            pager.y -= lead
            if k == 0:
                pager.text(s.margin, pager.y, f"Fråga {number}" + (":" if colon else ""), s.font, small, grey)
            pager.text(s.margin + indent, pager.y, line, s.bold, s.size)
        pager.y -= lead * 0.25
        first = pager.y - lead
        if first < pager.bottom:
            pager.new_page()
            first = pager.y - lead
        pager.text(s.margin, first, "Svar" + (":" if colon else ""), s.font, small, grey)
        pager.y = pager.lines_down(s.margin + indent, pager.y, answer, s.font, s.size, lead)


def build_text_layer_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {"rl_right": _listed(_draw_right, "-"), "rl_qa": _listed(_draw_qa, "-")}
    return _build(out_dir, count, seed, shapes)


__all__ = ["SHAPES", "build_text_layer_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_text_layer_forms, 30, 16, "name the files that missed")

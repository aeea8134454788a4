"""Tuning set of issue #12's twenty-ninth round (h34/f-ocrlayout): three layouts of the twenty-eighth round's forms,
for their clean scans (`bench/clean_scans.py`'s source `t_ocrlayouts29`):

- `rl_guided`: c-text's shape (`charrules`): a label column and an answer column split by hairlines, a small grey
  oblique help text under each bold label;
- `rl_legendframes` (new here): each answer in a frame whose top line is broken for its bold label (a legend set
  in the gap, a little left of the frame's start, the line going on after it); the short fields two frames a row;
  a long legend wrapped, its second line inside the frame above the answer; the stage a line of its own;
- `rl_writinglines` (new here): a paper form's writing lines: each bold label above its answer, the answer typed
  on ruled lines one lead apart (a line under every typed line and one or two empty lines more), the stage as two
  square tick boxes drawn with the pen, the chosen one crossed by two strokes or an "X" typed in it, each caption
  right of its box.

Content and truth are fixturegen's (the boxes' set's bases); only the drawing is this module's. Helvetica or
Times, base-14, except `rl_guided` (Liberation Sans).

    build_ocr_layout29_forms(out_dir, count, seed) -> list[Path]
    PYTHONPATH=tests .venv/bin/python -m fixturegen.legendlines [--seed 29] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import FONTS, PAGE_W, _Pager, _wrap
from .charrules import STAGES, _draw_guided, _header_and_title, _listed
from .spec import MARKER, ReportSpec, Row, normalise
from .textclasses import _build
from .undercaps import _head

SHAPES = ("rl_guided", "rl_legendframes", "rl_writinglines")


def _stage_line(pager: _Pager, row: Row, lead: float) -> None:
    s = pager.style
    pager.y -= lead * 1.4
    if pager.y < pager.bottom:
        pager.new_page()
        pager.y -= lead
    pager.text(s.margin, pager.y, normalise(row.text), s.bold, s.size)
    pager.y -= lead * 0.4


def _legend_frame(
    pager: _Pager,
    x: float,
    width: float,
    top: float,
    legend: list[str],
    answer: list[str],
    size: float,
    lead: float,
    legend_size: float,
    inset: float,
) -> float:
    """A frame from `top` down round `answer`, its top line broken for the legend's first line; the frame's
    bottom y."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    first = legend[0] if legend else ""
    gap_x = x + inset
    gap_w = stringWidth(first, s.bold, legend_size) + 6
    c = pager.c
    c.setLineWidth(0.6)
    c.line(x, top, gap_x, top)
    c.line(gap_x + gap_w, top, x + width, top)
    pager.text(gap_x + 3, top - legend_size * 0.35, first, s.bold, legend_size)
    y = top - legend_size * 0.35
    for line in legend[1:]:
        y -= legend_size * 1.2
        pager.text(x + inset + 3, y, line, s.bold, legend_size)
    y -= 3
    for line in answer or [""]:
        y -= lead
        if line:
            pager.text(x + 6, y, line, s.font, size)
    bottom = y - lead * 0.5
    c.line(x, top, x, bottom)
    c.line(x + width, top, x + width, bottom)
    c.line(x, bottom, x + width, bottom)
    return bottom


def _draw_legendframes(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Each answer in a frame whose top line its bold label interrupts; two short fields a row."""
    s = pager.style
    s.font, s.bold = rng.choice(FONTS)
    s.size = float(rng.choice((9.5, 10, 10.5)))
    legend_size = s.size - rng.choice((0.0, 0.5, 1.0))
    lead = s.size * rng.choice((1.2, 1.3))
    inset = rng.choice((6.0, 10.0, 14.0))
    width = PAGE_W - 2 * s.margin
    gap = rng.choice((12.0, 18.0, 24.0))
    _header_and_title(pager, spec)
    rows, head = _head(spec, 4)
    pager.y -= 6
    while head:
        group, head = head[:2], head[2:]
        cell = (width - gap * (len(group) - 1)) / len(group)
        top = pager.y - legend_size
        bottoms = []
        for k, row in enumerate(group):
            x = s.margin + k * (cell + gap)
            legend = _wrap(normalise(row.label), s.bold, legend_size, cell - 2 * inset - 6) or [""]
            answer = _wrap(normalise(row.text), s.font, s.size, cell - 12)
            bottoms.append(_legend_frame(pager, x, cell, top, legend, answer, s.size, lead, legend_size, inset))
        pager.y = min(bottoms) - 8
    for row in rows:
        if row.style == MARKER:
            _stage_line(pager, row, lead)
            continue
        legend = _wrap(normalise(row.label), s.bold, legend_size, width - 2 * inset - 6) or [""]
        answer = _wrap(row.text, s.font, s.size, width - 12) or [""]
        while answer:
            room = int((pager.y - pager.bottom - legend_size * 1.2 * len(legend) - 16) // lead)
            if room < min(2, len(answer)):
                pager.new_page()
                continue
            take, answer = answer[:room], answer[room:]
            top = pager.y - legend_size
            pager.y = _legend_frame(pager, s.margin, width, top, legend, take, s.size, lead, legend_size, inset) - 8
            if answer:
                pager.new_page()


def _tick_boxes(pager: _Pager, row: Row, rng: random.Random, lead: float) -> None:
    """The stage as two square tick boxes drawn with the pen, the chosen one crossed, each caption after it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    stage = normalise(row.text)
    other = next((w for w in STAGES if w != stage), STAGES[1])
    order = [(stage, True), (other, False)]
    if rng.random() < 0.5:
        order.reverse()
    pager.y -= lead * 1.5
    if pager.y < pager.bottom:
        pager.new_page()
        pager.y -= lead
    side = s.size * rng.choice((0.9, 1.0, 1.1))
    apart = rng.choice((None, 140.0, 170.0))
    typed = rng.random() < 0.5
    x = s.margin
    c = pager.c
    for word, ticked in order:
        c.setLineWidth(0.6)
        c.rect(x, pager.y - 1, side, side)
        if ticked and typed:
            pager.text(x + side * 0.15, pager.y + side * 0.1, "X", s.font, side * 0.95)
        elif ticked:
            c.setLineWidth(0.9)
            c.line(x + 1.5, pager.y + 0.5, x + side - 1.5, pager.y + side - 2.5)
            c.line(x + 1.5, pager.y + side - 2.5, x + side - 1.5, pager.y + 0.5)
        pager.text(x + side + 5, pager.y, word, s.font, s.size)
        x += apart or side + 5 + stringWidth(word, s.font, s.size) + s.size * 2
    pager.y -= lead * 0.5


def _draw_writinglines(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Bold labels above answers typed on ruled writing lines; the stage as two tick boxes."""
    s = pager.style
    s.font, s.bold = rng.choice(FONTS)
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice((1.6, 1.8, 2.0))  # a writing line's pitch: room for a hand
    width = PAGE_W - 2 * s.margin
    indent = rng.choice((0.0, 2.0, 4.0))
    spare = rng.choice((1, 2))  # empty writing lines after an answer
    _header_and_title(pager, spec)
    c = pager.c
    for row in spec.rows:
        if row.style == MARKER:
            _tick_boxes(pager, row, rng, lead)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, width) or [""]
        answer = _wrap(row.text, s.font, s.size, width - indent - 4) or [""]
        first = True
        while answer:
            room = int((pager.y - pager.bottom) // lead) - (len(label) if first else 0) - 1
            if room < min(2, len(answer)):
                pager.new_page()
                continue
            if first:
                pager.y -= s.size * 0.8
                for line in label:
                    pager.y -= s.size * 1.3
                    pager.text(s.margin, pager.y, line, s.bold, s.size)
                pager.y -= lead * 0.35
                first = False
            take, answer = answer[:room], answer[room:]
            blanks = 0 if answer else min(spare, max(0, room - len(take)))
            c.setLineWidth(0.4)
            for line in take + [""] * blanks:
                pager.y -= lead
                if line:
                    pager.text(s.margin + indent, pager.y + 2.5, line, s.font, s.size)
                c.line(s.margin, pager.y, s.margin + width, pager.y)
            if answer:
                pager.new_page()
        pager.y -= 4


def build_ocr_layout29_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    shapes = {
        "rl_guided": _listed(_draw_guided),
        "rl_legendframes": _listed(_draw_legendframes),
        "rl_writinglines": _listed(_draw_writinglines),
    }
    return _build(out_dir, count, seed, shapes, ("legendlines", "ll", "reportlab-canvas"))


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_layout29_forms, 29, 12, "name the files that missed")

"""Tuning sets of issue #12's thirty-first round (h36/f-textforms): text-layer forms drawn with reportlab's canvas
(not FPDF or GMT), each a class of construction seen on the page. `build_text_layer_forms`:

- `rl_rightempty`: answers from the left margin, each label bold in a narrow column at the RIGHT (as qaright30's
  `rl_right`), a full-width rule under every row and the rows' padding tight (1-3 pt), and the form's last fields
  left EMPTY: their labels stand alone, each right under its row's rule;
- `rl_leftempty`: a ruled two-column table, bold labels at the left, answers at the right, a full-width rule under
  every row and the rows' padding tight, the last fields empty (a label alone under each rule);
- `rl_greycol`: Word's shaded form fields in the value column: every label in the REGULAR weight in a left column
  (wrapping there), its answer on a grey rectangle (greys 0.72-0.95, one per field or one per line, flush or
  inset) starting on the label's first line, wrapping in the column; an empty answer an empty grey field.

`build_grey_forms`, Word's shaded fields with every label in the REGULAR weight (the answers' own type):

- `rl_greyunder`: each answer, short ones too, on a grey field (greys 0.72-0.95, flush or inset, one block per
  answer or one strip per line) under its label at the same x, the label's line and the field 0.2-0.6 leadings
  apart, labels with or without a colon; an empty answer an empty grey field;
- `rl_greymixed`: the first fields' short answers on a grey field at a tab stop on their label's line (labels
  wider than the tab put their field under them), the rest under their labels as `rl_greyunder`.

All carry a running header "Bilaga N" (or "Trafikkontoret") with the Dnr; list items after "-" in one form of two
(the truth holds the mark the page prints). The bases are the boxes' set's. Seeds 36, 37 (and 38 for the grey
forms) are the tuning part; seeds 3601 (the first builder) and 3602 (the grey forms) are kept aside and scored in
aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ftextforms36 [--grey] [--seed 36] [--count 12] [--keep DIR]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _listed
from .qaright30 import _header
from .shadednumbered30 import tab_row
from .spec import MARKER, ReportSpec, Row, normalise
from .textclasses import _build

SHAPES = ("rl_rightempty", "rl_leftempty", "rl_greycol")
GREY_SHAPES = ("rl_greyunder", "rl_greymixed")


def _empty_last(spec: ReportSpec, rng: random.Random) -> None:
    """The form's pictures left empty; a form without them has its last one or two fields empty."""
    fields = [row for row in spec.rows if row.style != MARKER]
    pictures = [row for row in fields if row.key in ("bilder_fore", "bilder_efter")]
    for row in pictures or fields[-rng.choice((1, 2)) :]:
        row.text = ""
        row.caption = None


def _fields(pager: _Pager, spec: ReportSpec, lead: float) -> Iterator[Row]:
    """The form's field rows in turn, each stage marker drawn where it stands."""
    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, lead * 1.3, 4)
            continue
        yield row


def _parts(pager: _Pager, lines: list[str], need: int, lead: float, top: Callable[[], None]) -> Iterator[list[str]]:
    """`lines` in the parts each page holds (the first part `need` lines at least), `top` drawn atop a new page."""
    while lines:
        room = int((pager.y - pager.bottom - 4) // lead)
        if room < min(need, len(lines)):
            pager.new_page()
            top()
            continue
        take, lines = lines[:room], lines[room:]
        need = 0
        yield take
        if lines:
            pager.new_page()
            top()


def _fill(pager: _Pager, grey: float, x: float, y_top: float, w: float, h: float) -> None:
    pager.c.setFillGray(grey)
    pager.c.rect(x, y_top - h, w, h, stroke=0, fill=1)
    pager.c.setFillGray(0)


def _typed(pager: _Pager, x: float, y: float, lines: list[str], font: str, size: float, lead: float) -> float:
    """`lines` typed at `x` from the baseline `y` down, `lead` apart; the baseline after the last."""
    for line in lines:
        if line:
            pager.text(x, y, line, font, size)
        y -= lead
    return y


def _draw_ruled(pager: _Pager, spec: ReportSpec, rng: random.Random, right: bool) -> None:
    """A full-width rule under each row, padding tight: bold labels at the right of their answers, or at the left."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _empty_last(spec, rng)
    c = pager.c
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((9, 10, 11)))
    lead = s.size * rng.choice((1.15, 1.2, 1.3))
    pad = rng.uniform(1.0, 3.0)
    width = PAGE_W - 2 * s.margin
    if right:
        words = [w for row in spec.rows if row.style != MARKER for w in normalise(row.label).split()]
        label_w = max(rng.choice((110.0, 125.0, 140.0)), *(stringWidth(w, s.bold, s.size) + 2 for w in words))
        gap = rng.choice((10.0, 14.0))
        answer_w = width - label_w - 2 * gap
        divider = s.margin + answer_w + gap
        align_right = rng.random() < 0.5
        answer_x = s.margin
    else:
        label_w = rng.choice((130.0, 150.0, 170.0))
        answer_x = s.margin + label_w + 8
        answer_w = PAGE_W - s.margin - answer_x
        walls = rng.random() < 0.5

    def label_x(line: str) -> float:
        if not right:
            return s.margin + 2
        return PAGE_W - s.margin - stringWidth(line, s.bold, s.size) if align_right else divider + gap

    def rule() -> None:
        c.setLineWidth(0.4)
        c.line(s.margin, pager.y, PAGE_W - s.margin, pager.y)

    pager.on_new_page = lambda p: _header(p, spec, rng)
    _header(pager, spec, rng)
    pager.title(spec)
    rule()
    for row in _fields(pager, spec, lead):
        label = _wrap(normalise(row.label), s.bold, s.size, label_w - (0 if right else 4)) or [""]
        answer = _wrap(row.text, s.font, s.size, answer_w) or [""]
        for take in _parts(pager, answer, min(2, len(label)), lead, rule):
            top = pager.y
            y = ly = top - pad - s.size * 0.8
            y = _typed(pager, answer_x, y, take, s.font, s.size, lead)
            for line in label:
                pager.text(label_x(line), ly, line, s.bold, s.size)
                ly -= lead
            label = []
            bottom = min(y, ly) + lead - s.size * 0.25 - pad
            c.setLineWidth(0.4)
            c.line(s.margin, bottom, PAGE_W - s.margin, bottom)
            if not right and walls:
                c.line(answer_x - 4, top, answer_x - 4, bottom)
            pager.y = bottom


def _grey_style(pager: _Pager, rng: random.Random, leads: tuple[float, ...]) -> tuple[float, float, bool, float, bool]:
    """The grey forms' type (set on the pager's style) and their leading, grey, fields a line each or not, the
    answers' inset in their field and the labels' colon."""
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice(leads)
    return lead, rng.uniform(0.72, 0.95), rng.random() < 0.4, rng.choice((0.0, 2.0, 4.0)), rng.random() < 0.5


def _draw_grey(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Regular-weight labels in a left column, each answer on grey fields in the value column from its first line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    lead, grey, per_line, inset, colon = _grey_style(pager, rng, (1.2, 1.3, 1.4))
    # A column at least as wide as a label's longest word (with its colon): no label overprints its answer.
    words = [w + ":" for row in spec.rows if row.style != MARKER for w in normalise(row.label).split()]
    label_w = max(rng.choice((120.0, 140.0, 160.0)), *(stringWidth(w, s.font, s.size) + 2 for w in words))
    value_x = s.margin + label_w + rng.choice((8.0, 12.0, 20.0))
    answer_w = PAGE_W - s.margin - value_x - 2 * inset
    pager.on_new_page = lambda p: _header(p, spec, rng)
    _header(pager, spec, rng)
    pager.title(spec)
    for row in _fields(pager, spec, lead):
        label = _wrap(normalise(row.label) + (":" if colon else ""), s.font, s.size, label_w) or [""]
        answer = _wrap(row.text, s.font, s.size, answer_w) or [""]
        for take in _parts(pager, answer, min(2, len(label)), lead, lambda: None):
            top = pager.y - lead * 0.5
            if per_line:
                for k in range(len(take)):
                    _fill(pager, grey, value_x, top - k * lead, answer_w + 2 * inset, lead - 1.5)
            else:
                _fill(pager, grey, value_x, top, answer_w + 2 * inset, lead * len(take) + 2)
            y = _typed(pager, value_x + inset, top - s.size, take, s.font, s.size, lead)
            ly = _typed(pager, s.margin, top - s.size, label, s.font, s.size, lead)
            label = []
            pager.y = min(y, ly) + lead - lead * 0.3


def _draw_under(pager: _Pager, spec: ReportSpec, rng: random.Random, tab_rows: int) -> None:
    """Labels in the answers' type; answers on grey fields, the first `tab_rows` short ones at a tab stop."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    lead, grey, per_line, inset, colon = _grey_style(pager, rng, (1.2, 1.3))
    gap = rng.uniform(0.2, 0.6) * lead
    tab = rng.uniform(150, 180)
    width = PAGE_W - 2 * s.margin
    pager.on_new_page = lambda p: _header(p, spec, rng)
    _header(pager, spec, rng)
    pager.title(spec)
    for number, row in enumerate(_fields(pager, spec, lead), start=1):
        label = normalise(row.label) + (":" if colon else "")
        short = _wrap(row.text, s.font, s.size, width - tab - 2 * inset)
        if number <= tab_rows and len(short) <= 1 and stringWidth(label, s.font, s.size) <= tab - 10:
            tab_row(
                pager,
                label,
                short,
                tab,
                inset,
                lead,
                lambda top: _fill(pager, grey, s.margin + tab, top, width - tab, lead),
            )
            continue
        lines = _wrap(row.text, s.font, s.size, width - 2 * inset) or [""]
        if pager.y - lead * 3 < pager.bottom:
            pager.new_page()
        for part in _wrap(label, s.font, s.size, width):
            pager.y -= lead
            pager.text(s.margin, pager.y, part, s.font, s.size)
        pager.y -= gap
        while lines:
            room = max(1, int((pager.y - pager.bottom) // lead))
            take, lines = lines[:room], lines[room:]
            if per_line:
                for k in range(len(take)):
                    _fill(pager, grey, s.margin, pager.y - k * lead, width, lead - 1.5)
            else:
                _fill(pager, grey, s.margin, pager.y, width, lead * len(take) + 2)
            pager.y = _typed(pager, s.margin + inset, pager.y - lead + 2.5, take, s.font, s.size, lead) + lead - 5.5
            if lines:
                pager.new_page()
        pager.y -= lead * 0.6


def build_text_layer_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {
        "rl_rightempty": _listed(lambda p, spec, rng: _draw_ruled(p, spec, rng, True), "-"),
        "rl_leftempty": _listed(lambda p, spec, rng: _draw_ruled(p, spec, rng, False), "-"),
        "rl_greycol": _listed(_draw_grey, "-"),
    }
    return _build(out_dir, count, seed, shapes, ("ftextforms36", "ft", "reportlab-canvas"))


def build_grey_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs of the grey shapes (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {
        "rl_greyunder": _listed(lambda p, spec, rng: _draw_under(p, spec, rng, 0), "-"),
        "rl_greymixed": _listed(lambda p, spec, rng: _draw_under(p, spec, rng, 4), "-"),
    }
    return _build(out_dir, count, seed, shapes, ("ftextgrey36", "fg", "reportlab-canvas"))


__all__ = ["GREY_SHAPES", "SHAPES", "build_grey_forms", "build_text_layer_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    grey = "--grey" in sys.argv
    if grey:
        sys.argv.remove("--grey")
    corpus_command(build_grey_forms if grey else build_text_layer_forms, 36, 12, "name the files that missed")

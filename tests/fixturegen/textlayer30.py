"""Tuning set of issue #12's thirtieth round (h35/f-textforms): text-layer forms drawn with reportlab's canvas
(not Gri, ploticus, html2ps or Grace), each a class of construction seen on the page:

- `rl_pairwrap`: "Label: answer" inline pairs two a row whose wrapped lines go back to the pair's left edge, under
  its label (not hanging at the answer's start), then the long fields under bold labels centred on rules or set
  as headings; Helvetica, Times or Liberation Sans;
- `rl_shyhyphen`: a bold "Label:" column beside answers at a tab stop, every hyphen of the page (title, labels,
  answers, list marks) drawn as the soft hyphen U+00AD with a hyphen's glyph and width (Liberation Sans or Serif,
  embedded), as Gri's Latin-1 PostScript sets its hyphens as code 0xAD, which that encoding names "hyphen": the
  reader meets U+00AD drawn in the middle of a line;
- `rl_discs`: the label column with list items after a bullet drawn as a small filled circle, no character;
- `rl_vcentremark`: a ruled label | answer table, each label cell vertically centred on its answer, the stage
  marker ("Delredovisning") set in bold at the foot of the row above it, after a blank line, inside its cell.

The bases are the boxes' set's; content and truth are fixturegen's. Seed 35 is the tuning part; seed 3501 is kept
aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.textlayer30 [--seed 35] [--count 24] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import MONO_DIR, _listed
from .spec import MARKER, ReportSpec, Row, normalise
from .textclasses import _build, _minus
from .textlayer29 import _sans_fonts, headed_rows, label_column_rows, pair_rows

SHAPES = ("rl_pairwrap", "rl_shyhyphen", "rl_discs", "rl_vcentremark")
SOFT_HYPHEN = "\u00ad"


def _fonts(rng: random.Random) -> tuple[str, str, bool]:
    """A regular and a bold font, and whether the page's hyphens are minus signs (Liberation Sans)."""
    pick = rng.choice(("helvetica", "times", "liberation"))
    if pick == "liberation":
        return (*_sans_fonts(), True)
    return ("Helvetica", "Helvetica-Bold", False) if pick == "helvetica" else ("Times-Roman", "Times-Bold", False)


def _draw_pairwrap(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Inline pairs two a row, each pair's lines wrapped back to its left edge; long fields below."""

    s = pager.style
    s.font, s.bold, minus = _fonts(rng)
    ink = _minus if minus else (lambda t: t)
    s.size = float(rng.choice((9, 10, 11)))
    lead = s.size * rng.choice((1.2, 1.3))
    width = PAGE_W - 2 * s.margin
    on_rules = rng.random() < 0.6
    pager.title(spec)
    rows, head = list(spec.rows), []
    while rows and len(head) < 8 and rows[0].style != MARKER and "\n" not in rows[0].text:
        if len(normalise(rows[0].text)) > 140 or rows[0].key is None:
            break
        head.append(rows.pop(0))
    pair_rows(pager, head, lead, rng.choice((18.0, 24.0, 30.0)), ink, lambda: rng.choice((0.4, 0.8)), back=True)
    pager.y -= lead * 0.5
    headed_rows(pager, rows, lead, width, ink, on_rules)


def _label_column(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A bold "Label:" column beside answers at a tab stop."""
    s = pager.style
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice((1.2, 1.3, 1.4))
    tab = rng.choice((140.0, 160.0, 180.0))
    width = PAGE_W - 2 * s.margin - tab
    pager.title(spec)
    label_column_rows(pager, spec, lead, tab, width)


def _embedded(family: str) -> tuple[str, str]:
    """Liberation Sans or Serif, embedded: its soft hyphen has the hyphen's glyph and width (a standard font's
    metrics in reportlab give code 0xAD no width, which no viewer would show)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = (f"Liberation{family}-Regular", f"Liberation{family}-Bold")
    for name in names:
        pdfmetrics.registerFont(TTFont(name, f"{MONO_DIR}/{name}.ttf"))
    return names


def _draw_shyhyphen(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """The label column with every hyphen drawn as the soft hyphen's glyph (U+00AD, a hyphen's width)."""
    s = pager.style
    s.font, s.bold = _embedded(rng.choice(("Sans", "Serif")))
    typed = pager.text

    def text(x: float, y: float, line: str, font: str, size: float, grey: float = 0.0) -> None:
        typed(x, y, line.replace("-", SOFT_HYPHEN), font, size, grey)

    pager.text = text  # type: ignore[method-assign]
    _label_column(pager, spec, rng)


def _draw_discs(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """The label column whose list items open with a filled circle drawn before them, not a character."""
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    typed = pager.text
    radius, indent = rng.choice((0.15, 0.2, 0.25)), rng.choice((0.9, 1.2, 1.5))

    def text(x: float, y: float, line: str, font: str, size: float, grey: float = 0.0) -> None:
        if line.startswith("• "):
            pager.c.setFillGray(0)
            pager.c.circle(x + size * radius, y + size * 0.32, size * radius, stroke=0, fill=1)
            x, line = x + size * indent, line[2:]
        typed(x, y, line, font, size, grey)

    pager.text = text  # type: ignore[method-assign]
    _label_column(pager, spec, rng)


def _with_marks_in_cells(rows: list[Row]) -> list[tuple[Row, str | None]]:
    """Each answer row with the stage marker that follows it (set at the foot of its cell), markers dropped."""
    out: list[tuple[Row, str | None]] = []
    for row in rows:
        if row.style == MARKER and out and out[-1][1] is None:
            out[-1] = (out[-1][0], normalise(row.text))
        elif row.style != MARKER:
            out.append((row, None))
    return out


def _draw_vcentremark(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A ruled label | answer table, each label centred on its row; a stage marker at the foot of the row above."""
    c = pager.c
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((9, 10, 11, 12)))
    lead = s.size * rng.choice((1.2, 1.3, 1.45))
    width = PAGE_W - 2 * s.margin
    label_w = rng.choice((130.0, 160.0, 190.0))
    pad = rng.choice((4.0, 6.0, 8.0))
    pager.title(spec)
    c.setLineWidth(0.6)
    c.line(s.margin, pager.y, s.margin + width, pager.y)
    for row, mark in _with_marks_in_cells(list(spec.rows)):
        label = _wrap(normalise(row.label), s.bold, s.size, label_w - 2 * pad) or [""]
        answer = [(line, s.font) for line in _wrap(row.text, s.font, s.size, width - label_w - 2 * pad)]
        if mark:
            answer += [("", s.font), (mark, s.bold)]
        answer = answer or [("", s.font)]
        high = max(len(answer), len(label)) * lead + 2 * pad
        if pager.y - high < pager.bottom:
            pager.new_page()
            c.setLineWidth(0.6)
            c.line(s.margin, pager.y, s.margin + width, pager.y)
        top, bottom = pager.y, pager.y - high
        y = top - pad
        for line, font in answer:
            y -= lead
            if line:
                pager.text(s.margin + label_w + pad, y + 2, line, font, s.size)
        y = (top + bottom) / 2 + len(label) * lead / 2
        for line in label:
            y -= lead
            pager.text(s.margin + pad, y + 2, line, s.bold, s.size)
        c.setLineWidth(0.6)
        for x in (s.margin, s.margin + label_w, s.margin + width):
            c.line(x, top, x, bottom)
        c.line(s.margin, bottom, s.margin + width, bottom)
        pager.y = bottom


def build_text_layer30_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {
        "rl_pairwrap": _listed(_draw_pairwrap, "-"),
        "rl_shyhyphen": _listed(_draw_shyhyphen, "-"),
        "rl_discs": _listed(_draw_discs),
        "rl_vcentremark": _listed(_draw_vcentremark, "-"),
    }
    return _build(out_dir, count, seed, shapes)


__all__ = ["SHAPES", "build_text_layer30_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_text_layer30_forms, 35, 24, "name the files that missed")

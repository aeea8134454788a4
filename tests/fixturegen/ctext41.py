"""Tuning set of issue #12's thirty-sixth round (h41/c-text): the thirty-sixth held-out forms' printed
spreadsheet (`excel_sheet`), drawn from its description only, this module's own geometry, varied around it:

- `rl_excel` (reportlab's canvas, A4 portrait): a sheet printed WITH ITS HEADINGS AND GRIDLINES: a grey heading
  row of column letters "A"–"F" across the top of every page, a grey column of ROW NUMBERS (counting on over the
  pages) down the left, a gridline under every row, column lines at the sheet's edges and between A and B; the
  title bold in the first row(s), overflowing column A; each label bold in column A, its wrapped lines in rows of
  their own; the answer from column B, ONE LINE A ROW (a row's label and answer on one baseline); an empty numbered
  row between fields; the stage marker bold in column B in a row of its own; a long field goes on over a page break
  with column A empty;
- `rl_excel_grid`: the same sheet with every column line drawn (a full grid A–F), the letters and numbers centred,
  each word its own text run;
- `rl_excel_bare`: headings printed but no gridlines at all, the labels bold in one form of two (regular in the
  others), the row numbers right-aligned.

The running header ("Bilaga N" or "Trafikkontoret", the Dnr) over the sheet and a page number under it on every
page; rows 12–17 pt, text 8.5–10.5 pt; column A 110–190 pt; Liberation Sans, DejaVu Sans or Helvetica. Lists in one
form of two, the longest answer lengthened in one of two. Seed 41 is tuning, 4101 kept aside before any fix
(aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext41 [--seed 41] [--count 9] [--keep DIR]
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen import canvas

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import _font, _paragraphs, _width, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("rl_excel", "rl_excel_grid", "rl_excel_bare")
PAGE_W, PAGE_H = 595.0, 842.0
LETTERS = "ABCDEF"


@dataclass
class _Row:
    label: str = ""  # column A
    answer: str = ""  # from column B
    bold_answer: bool = False


@dataclass
class _Geometry:
    margin: float
    num_w: float  # the row numbers' column
    col_a: float
    row_h: float
    size: float
    top: float  # the heading row's top
    rows_a_page: int
    cols: list[float] = field(default_factory=list)  # every column's left edge, A first, and the sheet's right edge


def _geometry(rng: random.Random) -> _Geometry:
    margin = rng.uniform(28.0, 50.0)
    num_w = rng.uniform(18.0, 30.0)
    col_a = rng.uniform(110.0, 190.0)
    size = rng.choice((8.5, 9.0, 9.5, 10.0, 10.5))
    row_h = max(size * 1.25, rng.uniform(12.0, 17.0))
    top = rng.uniform(60.0, 80.0)
    rows = int((PAGE_H - top - rng.uniform(55.0, 75.0)) // row_h) - 1
    g = _Geometry(margin, num_w, col_a, row_h, size, top, rows)
    left = margin + num_w
    right = PAGE_W - margin
    rest = (right - left - col_a) / 5
    g.cols = [left, left + col_a] + [left + col_a + rest * k for k in range(1, 5)] + [right]
    return g


def _rows(spec: ReportSpec, g: _Geometry, font: str, bold: str) -> list[_Row | None]:
    """The sheet's rows in order; None is a page break forced before a row (never used: pages break anywhere)."""
    rows: list[_Row | None] = []
    answer_w = g.cols[-1] - g.cols[1] - 4.0
    label_w = g.col_a - 4.0
    rows.extend(_Row(label=line) for line in _wrap(normalise(spec.title), bold, g.size + 1.5, answer_w + g.col_a))
    rows.append(_Row())
    for row in spec.rows:
        if row.style == MARKER:
            rows.append(_Row(answer=normalise(row.text), bold_answer=True))
            rows.append(_Row())
            continue
        labels = _wrap(normalise(row.label), bold, g.size, label_w) or [normalise(row.label)]
        answer: list[str] = []
        for para in _paragraphs(row.text):
            answer.extend(_wrap(para, font, g.size, answer_w))
        for k in range(max(len(labels), len(answer))):
            rows.append(_Row(labels[k] if k < len(labels) else "", answer[k] if k < len(answer) else ""))
        rows.append(_Row())
    return rows


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    shape = spec.variant
    sans = rng.choice(
        (("LiberationSans", "LiberationSans-Bold"), ("DejaVuSans", "DejaVuSans-Bold"), ("Helvetica", "Helvetica-Bold"))
    )
    font = _font(sans[0], "Helvetica") if sans[0] != "Helvetica" else "Helvetica"
    bold = _font(sans[1], "Helvetica-Bold") if sans[1] != "Helvetica-Bold" else "Helvetica-Bold"
    label_face = font if shape == "rl_excel_bare" and rng.random() < 0.5 else bold
    g = _geometry(rng)
    rows = [r for r in _rows(spec, g, font, bold) if r is not None]
    title_rows = next(k for k, r in enumerate(rows) if not r.label)
    pages = [rows[k : k + g.rows_a_page] for k in range(0, len(rows), g.rows_a_page)]
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, rng)
    footer = rng.choice(("Sida {n} ({m})", "Sida {n} av {m}", "{n}/{m}", "- {n} -", "{n} ({m})"))
    grey = rng.uniform(0.82, 0.92)
    word_runs = shape == "rl_excel_grid"
    c = canvas.Canvas(str(pdf), pagesize=(PAGE_W, PAGE_H))

    def put(x: float, base: float, text: str, face: str, size: float, align: str = "left") -> None:
        c.setFont(face, size)
        w = _width(text, face, size)
        x -= w if align == "right" else w / 2 if align == "centre" else 0.0
        for piece in text.split(" ") if word_runs else [text]:
            c.drawString(x, PAGE_H - base, piece)
            x += _width(piece + " ", face, size)

    number = 0
    for n, page_rows in enumerate(pages, 1):
        c.setFillGray(0.0)
        put(g.margin, 36.0, office, font, 8.0)
        put(PAGE_W - g.margin, 36.0, dnr, font, 8.0, "right")
        put(PAGE_W / 2, PAGE_H - 30.0, footer.format(n=n, m=len(pages)), font, 8.0, "centre")
        left, right = g.margin, g.cols[-1]
        head_bottom = g.top + g.row_h
        bottom = head_bottom + len(page_rows) * g.row_h
        # the grey headings: a row of letters over the sheet, a column of numbers down its left
        c.setFillGray(grey)
        c.rect(left, PAGE_H - head_bottom, right - left, g.row_h, stroke=0, fill=1)
        c.rect(left, PAGE_H - bottom, g.num_w, bottom - head_bottom, stroke=0, fill=1)
        c.setFillGray(0.0)
        base_dy = (g.row_h + g.size * 0.7) / 2
        for k, letter in enumerate(LETTERS):
            put((g.cols[k] + g.cols[k + 1]) / 2, g.top + base_dy, letter, font, g.size - 0.5, "centre")
        for k, row in enumerate(page_rows):
            number += 1
            base = head_bottom + k * g.row_h + base_dy
            if shape == "rl_excel_bare":
                put(left + g.num_w - 3.0, base, str(number), font, g.size - 0.5, "right")
            else:
                put(left + g.num_w / 2, base, str(number), font, g.size - 0.5, "centre")
            first_page_title = n == 1 and (k + (n - 1) * g.rows_a_page) < title_rows
            if row.label:
                face, size = (bold, g.size + 1.5) if first_page_title else (label_face, g.size)
                put(g.cols[0] + 2.0, base, row.label, face, size)
            if row.answer:
                put(g.cols[1] + 2.0, base, row.answer, bold if row.bold_answer else font, g.size)
        # the gridlines
        c.setStrokeGray(rng.choice((0.0, 0.5, 0.7)))
        c.setLineWidth(rng.uniform(0.3, 0.8))
        c.rect(left, PAGE_H - bottom, right - left, bottom - g.top, stroke=1, fill=0)
        if shape != "rl_excel_bare":
            for k in range(len(page_rows) + 1):
                y = head_bottom + k * g.row_h
                c.line(left, PAGE_H - y, right, PAGE_H - y)
            inner = g.cols[:-1] if shape == "rl_excel_grid" else g.cols[:2]
            for x in inner:
                c.line(x, PAGE_H - g.top, x, PAGE_H - bottom)
        else:
            c.line(left, PAGE_H - head_bottom, right, PAGE_H - head_bottom)
            c.line(g.cols[0], PAGE_H - g.top, g.cols[0], PAGE_H - bottom)
        c.showPage()
    c.save()


def build_ctext41_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the spreadsheet shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext41", "c41", "reportlab"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_ctext41_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ctext41_forms, 41, 9, "name the files that missed")

"""Tuning set of issue #12's thirty-first round (h36/c-text2): forms drawn with reportlab's canvas (not
PDF::Builder), core Helvetica, this module's own geometry:

- `rl_corner`: every answer inside a ruled box the full width, its label small (2–3 pt under the answer's
  9.5–10.5 pt, regular weight) in the box's top-left corner, the answer's lines under it inside the box; two short
  one-line fields in a row (an application's header: project, amount, committee …) four times in five share the
  row as two half-width boxes side by side (touching, or 6–12 pt apart), so two labels and two answers stand on
  the same two lines; the boxes stacked touching or a few points apart; an empty answer an empty box one line
  high; a long answer broken by a page break goes on in a box without a label at the next page's top; the stage
  marker alone, bold, unboxed; the title bold and larger; the running header "Bilaga N" (or "Trafikkontoret")
  with the Dnr, "Sida N" at the foot; lists after "•" in one form of two; in one form of two the longest answer runs on to the next page.

Seeds 31 and 32 tuning, 3103 kept aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.cornerboxes31 [--seed 31] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from . import boxforms
from .boxforms import _wrap
from .html import _as_bullets, _lengthen, draw_in_turn
from .spec import FIELD, MARKER, PLACEHOLDER, ReportSpec, Row, normalise
from .undercaps import _dnr

SHAPES = ("rl_corner",)
PAGE_W, PAGE_H = 595.0, 842.0
FONT, BOLD = "Helvetica", "Helvetica-Bold"


class _Sheet:
    """A reportlab canvas with y measured down from the page's top."""

    def __init__(self, path: Path, spec: ReportSpec, size: float, margin: float) -> None:
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.size, self.margin = size, margin
        self.office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
        self.dnr = _dnr(spec, random.Random(spec.name))
        self.page = 0
        self.top = 0.0
        self.new_page()

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        small = self.size - 1.5
        self.text(self.margin, 36, self.office, small)
        self.text(PAGE_W - self.margin - stringWidth(self.dnr, FONT, small), 36, self.dnr, small)
        self.text(PAGE_W / 2 - 15, PAGE_H - 40, f"Sida {self.page}", small)
        self.top = 70.0

    def text(self, x: float, top: float, text: str, size: float, font: str = FONT) -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, PAGE_H - top - size * 0.78, text)

    def box(self, x0: float, top: float, x1: float, bottom: float, pen: float) -> None:
        self.c.setLineWidth(pen)
        self.c.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top, stroke=1, fill=0)


def _short(row: Row, width: float, size: float) -> bool:
    text = normalise(row.text)
    return (
        row.style != MARKER
        and "\n" not in row.text.strip()
        and stringWidth(text, FONT, size) <= width
        and stringWidth(normalise(row.label), FONT, size - 2.5) <= width
    )


def varied(spec: ReportSpec, rng: random.Random) -> None:
    """Answers of several sentences as bullet lists in one form of two; the longest answer run on to the next
    page in one form of two."""
    if rng.random() < 0.5:
        _as_bullets(spec, rng)
    if rng.random() < 0.5 and any(r.style == FIELD and normalise(r.text) != PLACEHOLDER for r in spec.rows):
        _lengthen(spec, rng)


def _draw(spec: ReportSpec, pdf: Path, seed: int, *, apart: bool = False) -> None:
    """One form; `apart` (ftextforms37's): each label 3–7 pt further over its answer, nearer its box's top rule,
    and the answer's last line 0.5–2 pt over the box's foot."""
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    size = rng.choice((9.5, 10.0, 10.5))
    small = size - rng.choice((2.0, 2.5, 3.0))
    lead = size * rng.uniform(1.2, 1.35)
    pad = rng.uniform(2.5, 4.5)
    pen = rng.uniform(0.4, 0.9)
    stack_gap = rng.choice((0.0, 0.0, 4.0, 8.0))
    pair_gap = rng.choice((0.0, 6.0, 12.0))
    sheet = _Sheet(pdf, spec, size, rng.choice((50.0, 57.0, 64.0)))
    gap, foot = (rng.uniform(3.0, 7.0), rng.uniform(0.5, 2.0) - (lead - size)) if apart else (0.0, pad)
    x0, x1 = sheet.margin, PAGE_W - sheet.margin
    limit = PAGE_H - 70
    for line in _wrap(normalise(spec.title), BOLD, size + 4, x1 - x0):
        sheet.text(x0, sheet.top, line, size + 4, BOLD)
        sheet.top += (size + 4) * 1.25
    sheet.top += size
    rows = list(spec.rows)
    half = (x1 - x0 - pair_gap) / 2
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.style == MARKER:
            if sheet.top + lead > limit:
                sheet.new_page()
            sheet.text(x0, sheet.top + 2, normalise(row.text), size, BOLD)
            sheet.top += lead + 4
            i += 1
            continue
        pair = i + 1 < len(rows) and all(_short(r, half - 2 * pad, size) for r in rows[i : i + 2])
        if pair and rng.random() < 0.8:
            height = pad + small * 1.2 + gap + lead + foot
            if sheet.top + height > limit:
                sheet.new_page()
            for k, other in enumerate(rows[i : i + 2]):
                bx = x0 + k * (half + pair_gap)
                sheet.box(bx, sheet.top, bx + half, sheet.top + height, pen)
                sheet.text(bx + pad, sheet.top + pad, normalise(other.label), small)
                sheet.text(bx + pad, sheet.top + pad + small * 1.2 + gap, normalise(other.text), size)
            sheet.top += height + stack_gap
            i += 2
            continue
        lines = _wrap(row.text, FONT, size, x1 - x0 - 2 * pad) or [""]
        label_lines = _wrap(normalise(row.label), FONT, small, x1 - x0 - 2 * pad)
        if sheet.top + pad + small * 1.2 * len(label_lines) + gap + lead + foot > limit:
            sheet.new_page()
        box_top = sheet.top
        for k, line in enumerate(label_lines):
            sheet.text(x0 + pad, sheet.top + pad + k * small * 1.2, line, small)
        y = sheet.top + pad + small * 1.2 * len(label_lines) + gap
        for line in lines:
            if y + lead + foot > limit:  # goes on in a box without a label on the next page
                sheet.box(x0, box_top, x1, y + foot, pen)
                sheet.new_page()
                box_top, y = sheet.top, sheet.top + pad
            if line:
                sheet.text(x0 + pad, y, line, size)
            y += lead if line else lead * 0.5
        sheet.box(x0, box_top, x1, y + foot, pen)
        sheet.top = y + foot + stack_gap
        i += 1
    sheet.c.save()


def build_corner_box_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` corner-label PDFs (with .truth.json) into out_dir."""
    return draw_in_turn(out_dir, count, seed, ("cornerboxes31", "cb", "reportlab"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_corner_box_forms", "varied"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_corner_box_forms, 31, 8, "name the files that missed")

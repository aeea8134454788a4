"""Scans of the thirty-fourth forms' four layouts, for the layout of OCR'd pages (issue #12, thirty-fifth round,
h40/f-ocrlayout): each form drawn from the set's description, then scanned, so only Tesseract's words reach the
layout (no type size class for small capitals or raised markers, no fill for grey bands, columns as pixels):

- the layouts, in turn: grey row bands without rules (`ctext39`'s `rl_bands`, the band's grey drawn anywhere from
  0.68 to 0.95, past the description's 0.88); labels in the left margin in small capitals with the answer indented
  as a block quote behind a grey bar (this module's own drawer: the label column 100-150 pt, the capitals 0.66-0.82
  of the size, the quote 18-40 pt from the column, the bar 1-3 pt, grey 0.5-0.8, or no bar in one form of four);
  labels only as numbered footnotes (`ctext39`'s `rl_footnotes`: raised markers of varied size and height, numbers
  joined to their labels or not); three label/answer columns on landscape pages (`ctext2_39`'s `rl_triples`);
- the scans, in turn (as `fibres_lens_roll39` draws them, past the set's numbers): grey recycled paper with fibres,
  a magnifying glass on the page, a rolled page on a flatbed.

Seed 40 is the tuning part; seed 4001 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ocrshapes34 [--seed 40] [--count 12] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from .spec import HEADING, MARKER, ReportSpec, normalise

SCANS = ("fibres", "lens", "roll")
LAYOUTS = ("bands", "smallcaps", "footnotes", "triples")


class _GreyRng(random.Random):
    """The drawer's random source, its band grey (drawn from 0.80-0.92 by `rl_bands`) widened to 0.68-0.95."""

    def uniform(self, a: float, b: float) -> float:
        if (a, b) == (0.80, 0.92):
            return super().uniform(0.68, 0.95)
        return super().uniform(a, b)


def _small_caps(sheet, x: float, top: float, text: str, size: float, font: str, ratio: float) -> None:
    """Each word's first letter at `size`, the rest capitals at `ratio` of it, as separate runs."""
    from .ctext2_32 import _width

    for word in text.split():
        head, rest = word[:1].upper(), word[1:].upper()
        sheet.text(x, top, head, size, font)
        x += _width(head, font, size)
        if rest:
            # the smaller capitals stand on the same baseline
            sheet.text(x, top + 0.78 * size * (1 - ratio), rest, size * ratio, font)
            x += _width(rest, font, size * ratio)
        x += _width(" ", font, size)


def _smallcaps(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    from .ctext2_32 import PAGE_W, _paragraphs, _Sheet, _width, _wrap
    from .ctext39 import _FOOT, _fonts

    font, bold = _fonts(rng)
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.18, 1.35)
    ratio = rng.uniform(0.66, 0.82)
    margin = rng.choice((40.0, 50.0, 57.0))
    longest = max((_width(w.upper(), font, size) for r in spec.rows for w in normalise(r.label).split()), default=0)
    column = max(rng.uniform(100.0, 150.0), longest + 4)
    quote_in = rng.uniform(18.0, 40.0)
    right_in = rng.uniform(12.0, 36.0)
    bar_w = rng.uniform(1.0, 3.0) if rng.random() > 0.25 else 0.0
    bar_grey = rng.uniform(0.5, 0.8)
    field_gap = rng.uniform(4.0, 14.0)
    sheet = _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, PAGE_W - margin
    ax = x0 + column + quote_in
    width = x1 - right_in - ax
    for line in _wrap(normalise(spec.title), bold, 14.0, x1 - x0):
        sheet.text(x0, sheet.top, line, 14.0, bold)
        sheet.top += 17.5
    sheet.top += size

    def bar(top: float, bottom: float) -> None:
        if bar_w:
            sheet.c.setFillGray(bar_grey)
            sheet.c.rect(ax - 6 - bar_w, 842 - bottom, bar_w, bottom - top, stroke=0, fill=1)
            sheet.c.setFillGray(0)

    for row in spec.rows:
        if row.style == MARKER:
            if sheet.top + lead > _FOOT:
                sheet.new_page()
            sheet.text(ax, sheet.top, normalise(row.text), size, bold)
            sheet.top += lead + field_gap
            continue
        labels = _wrap(normalise(row.label), font, size, column - 4)
        lines = [line for t in _paragraphs(row.text) for line in _wrap(t, font, size, width)]
        if sheet.top + lead * max(2, len(labels)) > _FOOT:
            sheet.new_page()
        for k, label in enumerate(labels):
            _small_caps(sheet, x0, sheet.top + k * lead, label, size, bold if row.style == HEADING else font, ratio)
        start = sheet.top
        y = sheet.top
        for line in lines:
            if y + lead > _FOOT:
                bar(start - 2, y)
                sheet.new_page()
                y = start = sheet.top
            sheet.text(ax, y, line, size, font)
            y += lead
        if lines:
            bar(start - 2, y)
        sheet.top = max(y, sheet.top + len(labels) * lead) + field_gap
    sheet.save()


def _draw_smallcaps(spec: ReportSpec, pdf: Path, seed: int) -> None:
    from .cornerboxes31 import varied

    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _smallcaps(spec, pdf, rng)


def _draw_bands(spec: ReportSpec, pdf: Path, seed: int) -> None:
    from .cornerboxes31 import varied
    from .ctext39 import _bands

    rng = _GreyRng(f"{spec.name}-{seed}")
    varied(spec, rng)
    _bands(spec, pdf, rng)


def _drawn(out: Path, count: int, seed: int) -> list[Path]:
    from . import boxforms
    from .ctext2_39 import build_ctext2_39_forms
    from .ctext39 import build_ctext39_forms
    from .html import draw_in_turn

    per = (count + 3) // 4
    bands = draw_in_turn(
        out / "b", per, seed, ("ocrshapes34", "o34b", "reportlab"), ("rl_bands",), boxforms.BASES, _draw_bands
    )
    caps = draw_in_turn(
        out / "s", per, seed, ("ocrshapes34", "o34s", "reportlab"), ("rl_smallcaps",), boxforms.BASES, _draw_smallcaps
    )
    notes = [p for p in build_ctext39_forms(out / "f", 3 * per, seed + 1) if "footnotes" in p.name][:per]
    triples = [p for p in build_ctext2_39_forms(out / "t", 2 * per, seed + 2) if "rl_triples" in p.name][:per]
    drawn: list[Path] = []
    for k in range(count):
        group = (bands, caps, notes, triples)[k % 4]
        if k // 4 < len(group):
            drawn.append(group[k // 4])
    return drawn


def build_ocr_shape34_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` image-only PDFs (with .truth.json) into out_dir: the layouts in turn, each drawn then scanned
    (the scans in turn, shifted by one each round of layouts so every layout meets every scan)."""
    from .fibres_lens_roll39 import degraded

    out = Path(out_dir)
    pdfs = []
    for k, pdf in enumerate(_drawn(out / "drawn", count, seed)):
        scan = SCANS[(k + k // 4) % len(SCANS)]
        rng = random.Random(f"ocrshapes34-{seed}-{k}")
        pdfs.append(degraded(pdf, out / f"{k:02d}-{LAYOUTS[k % 4]}-{scan}-{pdf.name}", rng, scan))
    return pdfs


__all__ = ["LAYOUTS", "SCANS", "build_ocr_shape34_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ocr_shape34_forms, 40, 12, "name the files that missed")

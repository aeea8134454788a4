"""Tuning set of issue #12's twenty-sixth round (h31/c-text): three text-layer forms drawn with reportlab's canvas
(not R, not Inkscape, not Gnumeric), each a class of construction seen on the page:

- `rl_minuscells`: a printed fillable form, every answer in a framed cell whose label is a small grey caption in
  the cell's top left corner; an application's short fields two cells a row sharing their edges; whole-point
  sizes; every hyphen of the page (title, running header, Dnr, labels, answers, district names) set as the
  minus sign U+2212, as some plotting and statistics devices write it (DejaVu Sans, which has the glyph);
- `rl_badges`: each section headed by a dark square badge with a white letter A, B, C … and the bold label
  beside it, the answer on a pale grey panel under the label;
- `rl_sheet`: a spreadsheet printout on A4 landscape: a shaded head row "Fråga | Svar | <a comment column's
  head>" repeated at the top of every page, one sheet row a line (the label bold down column A on the section's
  first line, the answer's lines down column B, column C empty), the sections' rows shaded in turn, the running
  header and the Dnr in the sheet's header and the page number in its footer; a section that runs over a page
  goes on at the top of the next page with column A empty.

The bases are the boxes' set's; content and truth are fixturegen's. Seed 26 is the tuning part; seed 2601 is kept
aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.textclasses [--seed 26] [--count 21] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from . import boxforms
from .boxforms import PAGE_H, PAGE_W, _Pager, _short, _wrap
from .captionforms import _running_header
from .fonts import family
from .spec import MARKER, ReportSpec, Row, normalise

SHAPES = ("rl_minuscells", "rl_badges", "rl_sheet")
MINUS = "\u2212"
COMMENT_HEADS = ("Förvaltningens kommentar", "Kommentar", "Handläggarens anteckning")


def _minus(text: str) -> str:
    return text.replace("-", MINUS)


def _draw_minus_cells(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Framed cells, each label a grey caption in the top left corner, every hyphen a minus sign."""
    dejavu = family("dejavu-sans")
    s = pager.style
    s.font, s.bold = dejavu.regular, dejavu.bold
    s.size = float(rng.choice((9, 10, 11)))
    s.label_size = float(rng.choice((6, 7)))
    lead = s.size + rng.choice((2.0, 3.0))
    pad = rng.choice((2.0, 3.0))
    width = PAGE_W - 2 * s.margin
    minus_header_and_title(pager, spec, rng)
    rows = list(spec.rows)
    head: list[Row] = []
    while "application" in spec.name and rows and _short(rows[0]) and len(head) < 6:
        head.append(rows.pop(0))
    pager.c.setLineWidth(0.6)
    groups = [head[start : start + 2] for start in range(0, len(head), 2)]
    for group in groups:
        boxforms.empty_one(group, rng)
        cell = width / len(group)
        cells = [_wrap(normalise(r.text), s.font, s.size, cell - 2 * pad - 2) or [""] for r in group]
        height = pad + s.label_size + 2 + max(len(c) for c in cells) * lead + pad
        top = pager.y
        for k, (row, lines) in enumerate(zip(group, cells)):
            _cell(pager, s.margin + k * cell, top, cell, height, row.label, lines, (pad, lead))
        pager.y = top - height
    for row in rows:
        if row.style == MARKER:
            pager.y -= s.size * 1.6
            pager.text(s.margin, pager.y, _minus(normalise(row.text)), s.bold, s.size)
            pager.y -= 4
            continue
        lines = _wrap(row.text, s.font, s.size, width - 2 * pad - 2) or [""]
        label = row.label
        while lines:
            room = int((pager.y - pager.bottom - 2 * pad - s.label_size - 2) // lead)
            if room < min(2, len(lines)):
                pager.new_page()
                continue
            take, lines = lines[:room], lines[room:]
            height = pad + s.label_size + 2 + len(take) * lead + pad
            top = pager.y
            _cell(pager, s.margin, top, width, height, label, take, (pad, lead))
            pager.y = top - height
            label = ""
            if lines:
                pager.new_page()


def minus_header_and_title(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Every page's running header ("Bilaga N" and a Dnr) and the title, each hyphen a minus sign."""
    s = pager.style
    left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = f"Dnr {rng.choice(('1.5.1', '2.1.2', '3.2'))}-{rng.randint(100, 999)}-{spec.year or 2020}"

    def furniture(p: _Pager) -> None:
        p.text(s.margin, PAGE_H - s.margin + 16, _minus(left), s.font, 8.0)
        p.c.setFont(s.font, 8.0)
        p.c.drawRightString(PAGE_W - s.margin, PAGE_H - s.margin + 16, _minus(dnr))

    pager.on_new_page = furniture
    furniture(pager)
    for line in _wrap(normalise(spec.title), s.bold, s.size + 4, PAGE_W - 2 * s.margin):
        pager.y -= (s.size + 4) * 1.25
        pager.text(s.margin, pager.y, _minus(line), s.bold, s.size + 4)
    pager.y -= s.size


def _cell(
    pager: _Pager,
    x: float,
    top: float,
    w: float,
    h: float,
    label: str,
    lines: list[str],
    spacing: tuple[float, float],
) -> None:
    s = pager.style
    pad, lead = spacing
    if label:
        pager.text(x + pad, top - pad - s.label_size * 0.8, _minus(normalise(label)), s.font, s.label_size, 0.45)
    y = top - pad - s.label_size - 2
    for line in lines:
        y -= lead
        if line:
            pager.text(x + pad + 1, y + s.size * 0.25, _minus(line), s.font, s.size)
    pager.c.rect(x, top - h, w, h)


def _draw_badges(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A dark square badge with a white letter before each bold label, the answer on a pale panel under it."""
    s = pager.style
    width = PAGE_W - 2 * s.margin
    lead = s.size * 1.3
    badge = s.size + rng.choice((3.0, 5.0, 7.0))
    gap = rng.choice((5.0, 7.0, 9.0))
    shade = rng.choice((0.92, 0.94, 0.96))
    dark = rng.choice((0.15, 0.2, 0.3))
    pad = rng.choice((4.0, 6.0))
    shift = rng.choice((0.0, 0.0, 2.0, -2.0))  # the label's baseline against the letter's (centred in its badge)
    header = _running_header(spec)
    pager.on_new_page = lambda p: header(p, s.margin, PAGE_W - s.margin)
    header(pager, s.margin, PAGE_W - s.margin)
    pager.title(spec)
    letter = 0
    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, s.size * 1.6, 4)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, width - badge - gap)
        lines = _wrap(row.text, s.font, s.size, width - 2 * pad) or [""]
        if pager.y - badge - 2 * lead - 2 * pad < pager.bottom:
            pager.new_page()
        pager.y -= s.size
        top = pager.y
        pager.c.setFillGray(dark)
        pager.c.rect(s.margin, top - badge, badge, badge, stroke=0, fill=1)
        mark = chr(ord("A") + letter % 26)
        letter += 1
        pager.c.setFillGray(1)
        pager.c.setFont(s.bold, s.size)
        pager.c.drawCentredString(s.margin + badge / 2, top - badge / 2 - s.size * 0.35, mark)
        pager.c.setFillGray(0)
        y = top - (badge - s.size) / 2 - s.size * 0.85 + shift
        for k, line in enumerate(label):
            pager.text(s.margin + badge + gap, y - k * lead, line, s.bold, s.size)
        pager.y = min(top - badge, y - (len(label) - 1) * lead - s.size * 0.4) - 4
        while lines:
            room = int((pager.y - pager.bottom - 2 * pad) // lead)
            if room < 1:
                pager.new_page()
                continue
            take, lines = lines[:room], lines[room:]
            height = len(take) * lead + 2 * pad
            top = pager.y
            pager.c.setFillGray(shade)
            pager.c.rect(s.margin, top - height, width, height, stroke=0, fill=1)
            pager.c.setFillGray(0)
            for k, line in enumerate(take):
                if line:
                    pager.text(s.margin + pad, top - pad - (k + 1) * lead + s.size * 0.3, line, s.font, s.size)
            pager.y = top - height
            if lines:
                pager.new_page()


def _draw_sheet(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A landscape spreadsheet printout: Fråga | Svar | comment, head row on every page, one row a line."""
    page_w, page_h = PAGE_H, PAGE_W
    pager.c.setPageSize((page_w, page_h))
    s = pager.style
    s.size = rng.choice((9.0, 10.0))
    margin = rng.choice((36.0, 42.0))
    widths = (rng.choice((150.0, 170.0, 190.0)), rng.choice((380.0, 420.0)))
    cols = (margin, margin + widths[0], margin + widths[0] + widths[1], page_w - margin)
    heads = ("Fråga", "Svar", rng.choice(COMMENT_HEADS))
    lead = s.size * rng.choice((1.3, 1.45))
    pad = 2.5
    shades = (rng.choice((0.9, 0.93)), 1.0) if rng.random() < 0.7 else (1.0, rng.choice((0.9, 0.93)))
    gridlines = rng.random() < 0.5
    head_font = s.bold if rng.random() < 0.5 else s.font  # the head row's captions bold, or plain on their grey
    left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = f"Dnr {rng.choice(('1.5.1', '2.1.2', '3.2'))}-{rng.randint(100, 999)}/{spec.year or 2020}"
    page = [1]

    def furniture(p: _Pager) -> None:
        p.c.setPageSize((page_w, page_h))
        p.c.setFont("Helvetica", 8)
        p.c.setFillGray(0)
        p.c.drawString(margin, page_h - 24, left)
        p.c.drawRightString(page_w - margin, page_h - 24, dnr)
        p.c.drawCentredString(page_w / 2, 20, f"Sida {page[0]}")
        p.y = page_h - 40
        p.y -= lead + 2 * pad
        p.c.setFillGray(0.8)
        p.c.rect(cols[0], p.y, cols[3] - cols[0], lead + 2 * pad, stroke=1, fill=1)
        p.c.setFillGray(0)
        for k, word in enumerate(heads):
            p.text(cols[k] + pad, p.y + pad + s.size * 0.35, word, head_font, s.size)

    def next_page() -> None:
        pager.c.showPage()
        page[0] += 1
        furniture(pager)

    furniture(pager)
    bottom = 40.0
    rows: list[tuple[str, str, bool]] = [(normalise(spec.title), "", True)]
    shade_of: list[int] = [0]
    for index, row in enumerate(spec.rows):
        if row.style == MARKER:
            rows.append(("", normalise(row.text), True))
            shade_of.append(index)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, widths[0] - 2 * pad)
        lines = _wrap(row.text, s.font, s.size, widths[1] - 2 * pad) or [""]
        for k in range(max(len(label), len(lines))):
            rows.append((label[k] if k < len(label) else "", lines[k] if k < len(lines) else "", False))
            shade_of.append(index + 1)
    for (label, answer, bold), section in zip(rows, shade_of):
        if pager.y - lead - 2 * pad < bottom:
            next_page()
        pager.y -= lead
        grey = shades[section % 2]
        if grey < 1.0:
            pager.c.setFillGray(grey)
            pager.c.rect(cols[0], pager.y, cols[3] - cols[0], lead, stroke=0, fill=1)
            pager.c.setFillGray(0)
        if gridlines:
            pager.c.setLineWidth(0.3)
            pager.c.setStrokeGray(0.6)
            for x in cols:
                pager.c.line(x, pager.y, x, pager.y + lead)
            pager.c.line(cols[0], pager.y, cols[3], pager.y)
            pager.c.setStrokeGray(0)
        base = pager.y + lead * 0.3
        if label:
            pager.text(cols[0] + pad, base, label, s.bold, s.size)
        if answer:
            pager.text(cols[1] + pad, base, answer, s.bold if bold else s.font, s.size)
    pager.c.showPage()
    pager.c.save()
    pager.save = lambda: None  # type: ignore[method-assign]


def build_text_class_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    shapes = {"rl_minuscells": _draw_minus_cells, "rl_badges": _draw_badges, "rl_sheet": _draw_sheet}
    return _build(out_dir, count, seed, shapes)


def _build(
    out_dir: str | Path,
    count: int,
    seed: int,
    shapes: dict[str, boxforms.Drawing],
    names: tuple[str, str, str] = ("textclassforms", "tc", "reportlab-canvas"),
) -> list[Path]:
    from .html import draw_in_turn

    def draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
        rng = random.Random(f"{spec.name}-{seed}")
        pager = _Pager(pdf, boxforms._style(rng, spec))
        shapes[spec.variant](pager, spec, rng)
        pager.save()

    return draw_in_turn(out_dir, count, seed, names, tuple(shapes), boxforms.BASES, draw)


if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_text_class_forms, 26, 21, "name the files that missed")

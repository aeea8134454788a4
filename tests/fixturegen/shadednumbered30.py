"""Tuning set of issue #12's thirtieth round (h35/c-text2): text-layer forms drawn with reportlab's canvas (not
GMT or PDF::Reuse), each a class of construction seen on the page:

- `rl_shaded`: Word's form fields shaded grey and every label in the REGULAR weight (bold only for the title and
  the stage marker): a short answer in a grey field at a tab stop 150-180 pt from the margin on its label's line,
  a longer answer (two lines or more, or under a label
  wider than the tab stop) in a grey block the full width under its label, an empty answer an empty
  grey field at the tab stop; labels with or without a colon; Helvetica or Times;
- `rl_numbered`: a paper questionnaire: each field a numbered question, its running number in a small ruled
  square in the left margin, the bold label beside it, the answer typed on ruled writing lines under the label
  (a rule under every line, the lines 1.25-1.45 leadings apart), one or two spare empty ruled lines after each
  answer, an empty answer only its empty ruled lines.

Both carry a running header "Bilaga N" (or "Trafikkontoret") with the Dnr, and "Sida N" at the foot; list items
after "-" in one form of two. The bases are the boxes' set's; content and truth are fixturegen's. Seeds 30 and 31
are the tuning part; seed 3001 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.shadednumbered30 [--seed 30] [--count 16] [--keep DIR]
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from .boxforms import PAGE_H, PAGE_W, _Pager, _wrap
from .charrules import _listed
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build
from .undercaps import _dnr

SHAPES = ("rl_shaded", "rl_numbered")


def _header(pager: _Pager, spec: ReportSpec, size: float) -> None:
    """The running header: the appendix (or the office) at the left, the Dnr at the right."""
    s = pager.style
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    y = PAGE_H - s.margin + 14
    pager.text(s.margin, y, office, s.font, size)
    pager.c.setFont(s.font, size)
    pager.c.drawRightString(PAGE_W - s.margin, y, _dnr(spec, random.Random(spec.name)))


def _paragraph_lines(text: str, font: str, size: float, width: float) -> list[str]:
    return _wrap(text, font, size, width) if text.strip() else []


def tab_row(
    pager: _Pager, label: str, short: list[str], tab: float, pad: float, lead: float, shade: Callable[[float], None]
) -> None:
    """A label on a line of its own type with its short answer at the tab stop, `shade(top)` drawing the field."""
    s = pager.style
    if pager.y - lead * 2 < pager.bottom:
        pager.new_page()
    y = pager.y - lead
    shade(y + s.size)
    pager.text(s.margin, y, label, s.font, s.size)
    if short:
        pager.text(s.margin + tab + pad, y, short[0], s.font, s.size)
    pager.y = y - lead * 0.6


def _draw_shaded(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Labels in the regular weight; answers on grey fields, short ones at a tab stop, long ones in a block under."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = pager.c
    s = pager.style
    s.font, s.bold = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice((1.2, 1.25, 1.3))
    grey = rng.uniform(0.82, 0.92)
    colon = rng.random() < 0.5
    tab = rng.uniform(150, 180)
    width = PAGE_W - 2 * s.margin
    pad = 2.0
    pager.on_new_page = lambda p: _header(p, spec, s.size - 1.5)
    _header(pager, spec, s.size - 1.5)
    pager.title(spec)

    def field(x: float, y_top: float, w: float, h: float) -> None:
        c.setFillGray(grey)
        c.rect(x, y_top - h, w, h, stroke=0, fill=1)
        c.setFillGray(0)

    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, lead * 1.3, 4)
            continue
        label = normalise(row.label) + (":" if colon else "")
        short = _paragraph_lines(row.text, s.font, s.size, width - tab - 2 * pad)
        fits = stringWidth(label, s.font, s.size) <= tab - 10  # a longer label puts its field under it
        if len(short) <= 1 and "\n" not in row.text and fits:
            fw = rng.uniform(160, width - tab) if not short else width - tab
            tab_row(pager, label, short, tab, pad, lead, lambda top, fw=fw: field(s.margin + tab, top, fw, lead))
            continue
        lines = _wrap(row.text, s.font, s.size, width - 2 * pad) or [""]
        if pager.y - lead * 3 < pager.bottom:
            pager.new_page()
        pager.y -= lead
        pager.text(s.margin, pager.y, label, s.font, s.size)
        pager.y -= lead * 0.35
        while lines:
            room = max(1, int((pager.y - pager.bottom) // lead))
            take, lines = lines[:room], lines[room:]
            field(s.margin, pager.y, width, lead * len(take) + 3)
            y = pager.y
            for line in take:
                y -= lead
                if line:
                    pager.text(s.margin + pad, y + 2.5, line, s.font, s.size)
            pager.y = y - 3
            if lines:
                pager.new_page()
        pager.y -= lead * 0.6


def _draw_numbered(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Numbered questions in ruled squares at the margin, bold labels beside, answers on ruled writing lines."""
    c = pager.c
    s = pager.style
    s.font, s.bold = "Helvetica", "Helvetica-Bold"
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice((1.2, 1.25))
    pitch = lead * rng.uniform(1.25, 1.45)
    box = s.size + rng.choice((3.0, 4.0, 5.0))
    indent = box + rng.choice((6.0, 8.0, 10.0))
    spare_max = rng.choice((1, 2))
    width = PAGE_W - 2 * s.margin - indent
    x = s.margin + indent
    pager.on_new_page = lambda p: _header(p, spec, s.size - 1.5)
    _header(pager, spec, s.size - 1.5)
    pager.title(spec)
    number = 0
    c.setLineWidth(0.4)

    def ruled_line(text: str) -> None:
        if pager.y - pitch < pager.bottom:
            pager.new_page()
            c.setLineWidth(0.4)
        pager.y -= pitch
        if text:
            pager.text(x + 1, pager.y + 2, text, s.font, s.size)
        c.line(x, pager.y - 1.5, PAGE_W - s.margin, pager.y - 1.5)

    for row in spec.rows:
        if row.style == MARKER:
            pager.marker(row.text, lead * 1.5, 4)
            continue
        number += 1
        label = _wrap(normalise(row.label), s.bold, s.size, width) or [""]
        if pager.y - lead * (len(label) + 2) - pitch * 2 < pager.bottom:
            pager.new_page()
            c.setLineWidth(0.4)
        pager.y -= lead * 1.5
        c.rect(s.margin, pager.y - (box - s.size) / 2 - 1.5, box, box)
        c.setFont(s.font, s.size - 1)
        c.drawCentredString(s.margin + box / 2, pager.y + 0.5, str(number))
        for k, line in enumerate(label):
            if k:
                pager.y -= lead
            pager.text(x, pager.y, line, s.bold, s.size)
        for line in _paragraph_lines(row.text, s.font, s.size, width - 4):
            ruled_line(line)
        for _ in range(rng.randint(1, spare_max) if row.text.strip() else rng.randint(2, 3)):
            ruled_line("")


def build_shaded_numbered_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {"rl_shaded": _listed(_draw_shaded, "-"), "rl_numbered": _listed(_draw_numbered, "-")}
    return _build(out_dir, count, seed, shapes)


__all__ = ["SHAPES", "build_shaded_numbered_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_shaded_numbered_forms, 30, 16, "name the files that missed")

"""Tuning set of issue #12's twenty-third round (h28/f-boxes): two e-service prints drawn with reportlab's
canvas, every line placed by hand (not jsPDF, not PDFBox).

- `rl_boxes`: an e-service's receipt: each label small and grey (2 to 3 pt under the body) on a line of its
  own, its answer inside a framed box under it (several lines, or none: an empty box); the first short fields
  (the header) two or three boxes a row, each with its label above; a box that does not fit is closed at the
  foot of the page and opened again on the next;
- `rl_numbered`: a case system's print: a three-column table Nr | Rubrik | Svar (column heads of several
  wordings) under a shaded head row repeated at the top of every page, numbers "1.", "2", "3 a", ruled or
  not; an answer that runs over a page break goes on in the next page's answer cell with the number and label
  cells empty; the stage marker a row of its own in the answer column.

Content and truth are fixturegen's (`spec_in_turn`, `truth`); only the drawing is this module's.

    build_box_forms(out_dir, count, seed) -> list[Path]
    PYTHONPATH=tests .venv/bin/python bench/boxforms_tuning.py [--seed 28] [--count 28] [--keep DIR]
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .html import draw_in_turn
from .spec import FIELD, MARKER, ReportSpec, Row, normalise

SHAPES = ("rl_boxes", "rl_numbered")
BASES = (
    "application",
    "followup_borderless",
    "climate_application",
    "traffic_final_report",
    "followup_short_labels",
    "climate_followup",
    "followup_pagebreak",
)
HEADS = (("Nr", "Fråga", "Svar"), ("Nr", "Rubrik", "Svar"), ("Nr", "Uppgift", "Beskrivning"), ("#", "Fält", "Innehåll"))
FONTS = (("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"))
PAGE_W, PAGE_H = 595.0, 842.0


@dataclass
class _Style:
    font: str
    bold: str
    size: float
    label_size: float
    grey: float
    margin: float
    per_row: int  # rl_boxes: header boxes a row
    pad: float  # rl_boxes: box padding
    numbering: str  # rl_numbered: "dot" | "plain" | "letter"
    ruled: bool  # rl_numbered: cell rules
    heads: tuple[str, str, str]
    head_bold: bool  # rl_numbered: the head row's captions bold, or plain on their shading
    label_col: float  # rl_numbered: label column width


def _style(rng: random.Random, spec: ReportSpec) -> _Style:
    font, bold = rng.choice(FONTS)
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    application = "application" in spec.name
    return _Style(
        font=font,
        bold=bold,
        size=size,
        label_size=size - rng.choice((2.0, 2.5, 3.0)),
        grey=rng.choice((0.35, 0.45, 0.55)),
        margin=rng.choice((42.0, 50.0, 57.0)),
        per_row=3 if application else rng.choice((2, 3)),
        pad=rng.choice((3.0, 4.0, 5.0)),
        numbering=rng.choice(("dot", "plain", "letter")),
        ruled=rng.random() < 0.6,
        heads=rng.choice(HEADS),
        head_bold=rng.random() < 0.5,
        label_col=rng.choice((120.0, 140.0, 165.0)),
    )


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width`; "\n" forces a break, a blank line is kept as a paragraph gap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[str] = []
    for raw in text.replace("\u00a0", " ").split("\n"):
        words = raw.split()
        if not words:
            if out and out[-1] != "":
                out.append("")
            continue
        line = words[0]
        for word in words[1:]:
            if stringWidth(f"{line} {word}", font, size) <= width:
                line = f"{line} {word}"
            else:
                out.append(line)
                line = word
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


class _Pager:
    """A reportlab canvas with a cursor running down the page; `on_new_page` draws a page's furniture."""

    def __init__(self, path: Path, style: _Style, on_new_page=None) -> None:
        from reportlab.pdfgen import canvas

        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.c.setAuthor("e-tjänst")
        self.style = style
        self.on_new_page = on_new_page
        self.y = PAGE_H - style.margin
        self.page = 1

    @property
    def bottom(self) -> float:
        return self.style.margin + 20

    def new_page(self) -> None:
        self.c.setFont(self.style.font, 8)
        self.c.setFillGray(0)
        self.c.drawRightString(PAGE_W - self.style.margin, self.style.margin - 10, f"Sida {self.page}")
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - self.style.margin
        if self.on_new_page:
            self.on_new_page(self)

    def text(self, x: float, y: float, text: str, font: str, size: float, grey: float = 0.0) -> None:
        self.c.setFillGray(grey)
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        self.c.setFillGray(0)

    def lines_down(self, x: float, y: float, lines: list[str], font: str, size: float, lead: float) -> float:
        """Type `lines` at `x` down from `y`, `lead` apart, going on at a new page's top; the last line's y."""
        for line in lines:
            if y - lead < self.bottom:
                self.new_page()
                y = self.y
            y -= lead
            if line:
                self.text(x, y, line, font, size)
        return y

    def marker(self, text: str, lead: float, after: float) -> None:
        """A stage marker ("Slutredovisning") in bold on a line of its own, `after` points above the next row."""
        self.y -= lead
        if self.y < self.bottom:
            self.new_page()
            self.y -= lead
        self.text(self.style.margin, self.y, normalise(text), self.style.bold, self.style.size)
        self.y -= after

    def title(self, spec: ReportSpec) -> None:
        s = self.style
        for line in _wrap(normalise(spec.title), s.bold, s.size + 4, PAGE_W - 2 * s.margin):
            self.y -= (s.size + 4) * 1.25
            self.text(s.margin, self.y, line, s.bold, s.size + 4)
        self.y -= s.size

    def save(self) -> None:
        self.c.setFont(self.style.font, 8)
        self.c.drawRightString(PAGE_W - self.style.margin, self.style.margin - 10, f"Sida {self.page}")
        self.c.save()


def draw_headed_rows(pager: _Pager, rows: list[Row], s: _Style, width: float, lead: float, heading_step: float) -> None:
    """The rest of a form after its first rows: each field a bold heading over its answer, markers as markers."""
    for row in rows:
        if row.style == MARKER:
            pager.marker(row.text, lead, 4.0)
            continue
        if pager.y - 3 * lead < pager.bottom:
            pager.new_page()
        for line in _wrap(normalise(row.label), s.bold, s.size, width):
            pager.y -= lead * heading_step
            pager.text(s.margin, pager.y, line, s.bold, s.size)
        for line in _wrap(row.text, s.font, s.size, width) or [""]:
            if pager.y - lead < pager.bottom:
                pager.new_page()
            pager.y -= lead
            if line:
                pager.text(s.margin, pager.y, line, s.font, s.size)
        pager.y -= lead * 0.5


def _short(row: Row) -> bool:
    return row.style == FIELD and len(normalise(row.text)) <= 46 and "\n" not in row.text and row.key is not None


def empty_one(group: list[Row], rng: random.Random) -> None:
    """One cell in five of a row left empty (never the project's name or place)."""
    if rng.random() < 0.2:
        empty = rng.choice(group)
        if empty.key not in ("projektnamn", "insats", "plats"):
            empty.text = ""


def _draw_boxes(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    s = pager.style
    lead = s.size * 1.3
    label_lead = s.label_size * 1.3
    width = PAGE_W - 2 * s.margin
    rows = list(spec.rows)
    head: list[Row] = []
    while rows and _short(rows[0]) and len(head) < 6:
        head.append(rows.pop(0))
    gap = 8.0
    for start in range(0, len(head), s.per_row):
        group = head[start : start + s.per_row]
        cell = (width - gap * (s.per_row - 1)) / s.per_row
        fits = all(
            len(_wrap(normalise(r.label), s.font, s.label_size, cell)) == 1
            and len(_wrap(normalise(r.text), s.font, s.size, cell - 2 * s.pad)) <= 1
            for r in group
        )
        if not fits:  # a field too wide for its cell gets a row of its own
            rows[0:0] = head[start:]
            head = head[:start]
            break
        empty_one(group, rng)
        pager.y -= label_lead
        for k, row in enumerate(group):
            x = s.margin + k * (cell + gap)
            pager.text(x, pager.y, normalise(row.label), s.font, s.label_size, s.grey)
        box_h = lead + 2 * s.pad
        for k, row in enumerate(group):
            x = s.margin + k * (cell + gap)
            pager.c.rect(x, pager.y - 3 - box_h, cell, box_h)
            if row.text:
                pager.text(x + s.pad, pager.y - 3 - s.pad - s.size, normalise(row.text), s.font, s.size)
        pager.y -= 3 + box_h + 6
    for row in rows:
        if row.style == MARKER:
            pager.marker(row.text, lead, 6)
            continue
        lines = _wrap(row.text, s.font, s.size, width - 2 * s.pad)
        if pager.y - label_lead - 3 - (min(len(lines), 2) or 1) * lead - 2 * s.pad < pager.bottom:
            pager.new_page()
        pager.y -= label_lead
        pager.text(s.margin, pager.y, normalise(row.label), s.font, s.label_size, s.grey)
        top = pager.y - 3
        cursor = top - s.pad
        if not lines:
            cursor -= lead
        for line in lines:
            if cursor - lead < pager.bottom:  # close the box here, open it again on the next page
                pager.c.rect(s.margin, cursor - s.pad, width, top - cursor + s.pad)
                pager.new_page()
                top = pager.y
                cursor = top - s.pad
            cursor -= lead
            if line:
                pager.text(s.margin + s.pad, cursor + s.size * 0.25, line, s.font, s.size)
        pager.c.rect(s.margin, cursor - s.pad, width, top - cursor + s.pad)
        pager.y = cursor - s.pad - 8


def _number(index: int, style: _Style, rng: random.Random) -> str:
    if style.numbering == "dot":
        return f"{index}."
    if style.numbering == "letter" and rng.random() < 0.3:
        return f"{index} {'abc'[rng.randrange(3)]}"
    return str(index)


def _draw_numbered(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    s = pager.style
    lead = s.size * 1.25
    nr_w = 34.0
    left = s.margin
    right = PAGE_W - s.margin
    pad = 4.0
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # A label's longest word fits its cell (a case system sizes the column to its labels).
    widest = max((stringWidth(w, s.font, s.size) for r in spec.rows for w in r.label.split()), default=0.0)
    label_col = max(s.label_col, widest + 2 * pad + 2)
    cols = (left, left + nr_w, left + nr_w + label_col, right)

    def head_row(p: _Pager) -> None:
        p.y -= lead + 2 * pad
        p.c.setFillGray(0.85)
        p.c.rect(left, p.y, right - left, lead + 2 * pad, stroke=1 if s.ruled else 0, fill=1)
        p.c.setFillGray(0)
        for k, word in enumerate(s.heads):
            p.text(cols[k] + pad, p.y + pad + s.size * 0.3, word, s.bold if s.head_bold else s.font, s.size)

    pager.on_new_page = head_row
    head_row(pager)
    number = 0
    for row in spec.rows:
        if row.style == MARKER:
            nr, label = "", []
        else:
            number += 1
            nr = _number(number, s, rng)
            text = normalise(row.label)
            own = re.match(r"(\d+(?:\.\d+)*\.?) (.+)", text)
            if own:  # a section's own number ("1.1 Behovsanalys") goes in the number cell
                nr, text = own.group(1), own.group(2)
            label = _wrap(text, s.font, s.size, label_col - 2 * pad)
        answer = _wrap(row.text, s.font, s.size, cols[3] - cols[2] - 2 * pad) or [""]
        label_done = False
        i = 0
        while i < len(answer) or not label_done:
            room = int((pager.y - pager.bottom - 2 * pad) // lead)
            need = max(len(label) if not label_done else 0, 1)
            if room < min(need, 2):
                pager.new_page()
                continue
            take = answer[i : i + room]
            first = not label_done
            height = max(len(take), len(label) if first else 0, 1) * lead + 2 * pad
            top = pager.y
            for k, line in enumerate(take):
                if line:
                    pager.text(cols[2] + pad, top - pad - (k + 1) * lead + s.size * 0.25, line, s.font, s.size)
            if first:
                pager.text(cols[0] + pad, top - pad - lead + s.size * 0.25, nr, s.font, s.size)
                for k, line in enumerate(label):
                    pager.text(cols[1] + pad, top - pad - (k + 1) * lead + s.size * 0.25, line, s.font, s.size)
            if s.ruled:
                pager.c.rect(left, top - height, right - left, height)
                for x in cols[1:3]:
                    pager.c.line(x, top, x, top - height)
            pager.y = top - height
            label_done = True
            i += len(take)
            if i < len(answer):
                pager.new_page()


Drawing = Callable[[_Pager, ReportSpec, random.Random], None]


def titled(draw: Drawing) -> Drawing:
    """`draw` under the form's title at the top of page 1."""

    def drawn(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        pager.title(spec)
        draw(pager, spec, rng)

    return drawn


def build_in_turn(
    out_dir: str | Path,
    count: int,
    seed: int,
    name: tuple[str, str],
    bases: tuple[str, ...],
    shapes: dict[str, Drawing],
) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, `shapes` (name -> drawing) in turn over
    `bases`; `name` is the set's (key, file prefix)."""

    def draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
        rng = random.Random(f"{spec.name}-{seed}")  # the drawing's choices differ from seed to seed too
        pager = _Pager(pdf, _style(rng, spec))
        shapes[spec.variant](pager, spec, rng)
        pager.save()

    return draw_in_turn(out_dir, count, seed, (*name, "reportlab-canvas"), tuple(shapes), bases, draw)


def build_box_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the two shapes in turn."""
    shapes = {"rl_boxes": titled(_draw_boxes), "rl_numbered": titled(_draw_numbered)}
    return build_in_turn(out_dir, count, seed, ("boxforms", "bx"), BASES, shapes)

"""Tuning set of issue #12's twenty-fourth round (h29/f-textforms): three table prints laid out by reportlab's
platypus (Table and Paragraph flowables, the rows sized by the tables themselves; not a canvas placed by hand,
not Prawn, not PDFBox, not TCPDF).

- `pt_stacked`: a header of short fields as a table of cells, two or three a row, each cell's label on a row of
  its own (bold, shaded or not) over its value's row, every row of the table the same height (so the step from
  a label to its value is the step from a value to the next row's labels), ruled, banded or bare; an empty
  cell left empty or holding Word's placeholder; then the long fields as bold headings over indented answers,
  often short ones (a one-page application whose few answer lines leave the header's two columns most of the
  page's lines);
- `pt_numbered`: a Nr | label | answer table under a repeated head row whose label column is sized to its
  labels' widest word (or a fixed width), each label keeping a section's own number ("1. Beskrivning …" in the
  label cell, the row's number in the Nr cell), ruled or not;
- `pt_typed`: a borderless label | answer table with bold labels, a date row ("Datum", "Upprättad",
  "Reviderad") right under the project's row, its answer a date (ISO or written out);
- `pt_centred`: a header grid of label | value pairs two a row, every cell centred in its row (a value or label
  wrapped in its narrow cell straddles the row's one-line cells), over the long fields as headings.

Content and truth are fixturegen's (`spec_in_turn`, `write_truth`); only the drawing is this module's.

    build_grid_bands(out_dir, count, seed) -> list[Path]
    PYTHONPATH=tests .venv/bin/python bench/gridbands_tuning.py [--seed 29] [--count 30] [--keep DIR]
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from .html import draw_in_turn
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, ReportSpec, Row, normalise

SHAPES = ("pt_stacked", "pt_numbered", "pt_typed", "pt_centred")
BASES = (
    "application",
    "climate_application",
    "followup_borderless",
    "climate_followup",
    "traffic_final_report",
    "followup_short_labels",
)
FONTS = (("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"))
DATE_LABELS = ("Datum", "Upprättad", "Reviderad", "Datum för rapport")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober", "november")
HEADS = (("Nr", "Rubrik", "Svar"), ("Nr", "Fråga", "Beskrivning"), ("Nr.", "Uppgift", "Innehåll"))


@dataclass
class _Style:
    font: str
    bold: str
    size: float
    margin: float
    per_row: int  # pt_stacked: cells a row
    rules: str  # "grid" | "bands" | "bare"
    shade: bool  # pt_stacked: the label rows shaded
    placeholder: bool  # pt_stacked: an empty cell holds Word's placeholder
    short_answers: bool  # answers cut to their first sentence or two
    widest_word: bool  # pt_numbered: the label column sized to the labels' widest word
    heads: tuple[str, str, str]
    date_row: str  # pt_typed: "" or the date row's label
    written_date: bool  # pt_typed: "14 februari 2025", not "2025-02-14"


def _style(rng: random.Random) -> _Style:
    font, bold = rng.choice(FONTS)
    return _Style(
        font=font,
        bold=bold,
        size=rng.choice((9.0, 9.5, 10.0, 10.5)),
        margin=rng.choice((45.0, 56.0, 62.0)),
        per_row=rng.choice((2, 2, 3)),
        rules=rng.choice(("grid", "bands", "bare")),
        shade=rng.random() < 0.6,
        placeholder=rng.random() < 0.5,
        short_answers=rng.random() < 0.6,
        widest_word=rng.random() < 0.6,
        heads=rng.choice(HEADS),
        date_row=rng.choice(DATE_LABELS) if rng.random() < 0.85 else "",
        written_date=rng.random() < 0.4,
    )


def _short(row: Row) -> bool:
    return row.style == FIELD and row.key is not None and "\n" not in row.text and len(normalise(row.text)) <= 40


def _cut(text: str, rng: random.Random) -> str:
    """The answer's first sentence or two (a short application's answers), and a sentence naming a year (the
    form's year told in its text, as the project's forms tell it)."""
    sentences = re.split(r"(?<=[.!?])\s+", normalise(text))
    keep = rng.choice((1, 2))
    return " ".join(x for i, x in enumerate(sentences) if i < keep or re.search(r"\b20\d\d\b", x))


def _para(text: str, font: str, size: float, indent: float = 0.0):  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.25, leftIndent=indent)
    return Paragraph(escape(normalise(text)).replace("\n", "<br/>"), style)


def _title(spec: ReportSpec, s: _Style) -> list:
    from reportlab.platypus import Spacer

    return [_para(spec.title, s.bold, s.size + 4), Spacer(0, s.size)]


def _table_style(s: _Style, rows: int, label_rows: list[int]):  # type: ignore[no-untyped-def]
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3)]
    commands.append(("BOTTOMPADDING", (0, 0), (-1, -1), 3))
    if s.rules == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif s.rules == "bands":
        commands += [("LINEBELOW", (0, r), (-1, r), 0.5, colors.grey) for r in range(rows)]
    if s.shade:
        commands += [("BACKGROUND", (0, r), (-1, r), colors.Color(0.87, 0.87, 0.87)) for r in label_rows]
    return TableStyle(commands)


def _body(rows: list[Row], s: _Style, rng: random.Random) -> list:
    """Long fields as bold headings over indented answers, a stage marker as a bold line."""
    from reportlab.platypus import Spacer

    out: list = []
    for row in rows:
        if row.style == MARKER:
            out += [_para(row.text, s.bold, s.size), Spacer(0, s.size * 0.5)]
            continue
        if s.short_answers and normalise(row.text) != PLACEHOLDER:
            row.text = _cut(row.text, rng)
        out.append(_para(row.label, s.bold, s.size))
        if normalise(row.text):
            out.append(_para(row.text, s.font, s.size, indent=s.size * 0.5))
        out.append(Spacer(0, s.size * 0.8))
    return out


def _stacked(spec: ReportSpec, s: _Style, rng: random.Random, width: float) -> list:
    from reportlab.platypus import Spacer, Table

    rows = list(spec.rows)
    head: list[Row] = []
    while rows and _short(rows[0]) and len(head) < 4 * s.per_row:
        head.append(rows.pop(0))
    cells: list[list] = []
    label_rows = []
    for start in range(0, len(head), s.per_row):
        group = head[start : start + s.per_row]
        label_rows.append(len(cells))
        cells.append([_para(r.label, s.bold, s.size) for r in group] + [""] * (s.per_row - len(group)))
        values = []
        for r in group:
            text = normalise(r.text)
            if text == PLACEHOLDER and not s.placeholder:
                r.text = text = ""
            values.append(_para(text, s.font, s.size) if text else "")
        cells.append(values + [""] * (s.per_row - len(group)))
    out = _title(spec, s)
    if cells:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        # Every row one line high (the table's rows keep one pitch) unless a cell wraps: then rows as tall as
        # their cells.
        cell = width / s.per_row - 12
        one_line = all(stringWidth(normalise(r.text), s.font, s.size) <= cell for r in head)
        heights = [s.size * 1.25 + 6] * len(cells) if one_line else None
        table = Table(cells, colWidths=[width / s.per_row] * s.per_row, rowHeights=heights, hAlign="LEFT")
        table.setStyle(_table_style(s, len(cells), label_rows))
        out += [table, Spacer(0, s.size)]
    return out + _body(rows, s, rng)


def _numbered(spec: ReportSpec, s: _Style, rng: random.Random, width: float) -> list:
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table

    pad = 6.0  # reportlab's cell padding, both sides
    if s.widest_word:
        label_w = max(stringWidth(w, s.font, s.size) for r in spec.rows if r.key for w in r.label.split()) + 2 * pad + 1
    else:
        label_w = rng.choice((130.0, 150.0))
    nr_w = 30.0
    cells: list[list] = [[_para(h, s.bold, s.size) for h in s.heads]]
    number = 0
    for row in spec.rows:
        if row.style == MARKER:
            cells.append(["", "", _para(row.text, s.bold, s.size)])
            continue
        number += 1
        text = normalise(row.text)
        cells.append([str(number), _para(row.label, s.font, s.size), _para(text, s.font, s.size) if text else ""])
    table = Table(cells, colWidths=[nr_w, label_w, width - nr_w - label_w], repeatRows=1, hAlign="LEFT")
    style = _table_style(s, len(cells), [])
    style.add("BACKGROUND", (0, 0), (-1, 0), Color(0.85, 0.85, 0.85))
    style.add("FONTNAME", (0, 0), (-1, -1), s.font)
    style.add("FONTSIZE", (0, 0), (-1, -1), s.size)
    table.setStyle(style)
    return [*_title(spec, s), table]


def _date(rng: random.Random, year: int, written: bool) -> str:
    """A date in `year`: an application is dated in its year, a follow-up early in the next."""
    month, day = rng.randrange(len(MONTHS)), rng.randint(1, 28)
    return f"{day} {MONTHS[month]} {year}" if written else f"{year}-{month + 1:02d}-{day:02d}"


def _typed(spec: ReportSpec, s: _Style, rng: random.Random, width: float) -> list:
    from reportlab.platypus import Table

    rows = list(spec.rows)
    if s.date_row:
        first = next((i for i, r in enumerate(rows) if r.key in ("projektnamn", "insats")), 0)
        key = re.sub(r"[^a-z]+", "_", normalise(s.date_row).lower().translate(str.maketrans("åäö", "aao"))).strip("_")
        year = (spec.year or 2020) + (spec.form_kind == "uppfoljning")
        date = Row(s.date_row, _date(rng, year, s.written_date), key, FIELD, 0)
        spec.rows.insert(spec.rows.index(rows[first]) + 1, date)
        rows.insert(first + 1, date)
    label_w = rng.choice((0.3, 0.35, 0.4)) * width
    cells: list[list] = []
    for row in rows:
        text = normalise(row.text)
        if row.style == MARKER:
            cells.append(["", _para(text, s.font, s.size)])
        elif row.style == HEADING:
            cells.append([_para(row.label, s.bold, s.size), ""])
            cells.append(["", _para(text, s.font, s.size) if text else ""])
        else:
            cells.append([_para(row.label, s.bold, s.size), _para(text, s.font, s.size) if text else ""])
    table = Table(cells, colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(_table_style(replace_rules(s), len(cells), []))
    return [*_title(spec, s), table]


def _centred(spec: ReportSpec, s: _Style, rng: random.Random, width: float) -> list:
    """A header grid of label | value pairs, two a row, every cell centred in its row (a value wrapped over two
    or three lines in its narrow cell straddles the row's one-line cells), over the long fields as headings."""
    from reportlab.platypus import Spacer, Table

    rows = list(spec.rows)
    head: list[Row] = []
    while rows and _short(rows[0]) and len(head) < 8:
        head.append(rows.pop(0))
    cells: list[list] = []
    for start in range(0, len(head), 2):
        row: list = []
        for r in head[start : start + 2]:
            text = normalise(r.text)
            if text == PLACEHOLDER and not s.placeholder:
                r.text = text = ""
            row += [_para(r.label, s.bold, s.size), _para(text, s.font, s.size) if text else ""]
        cells.append(row + [""] * (4 - len(row)))
    out = _title(spec, s)
    if cells:
        label_w = rng.choice((0.16, 0.18, 0.2)) * width  # narrow: a long label or value wraps in its cell
        table = Table(cells, colWidths=[label_w, width / 2 - label_w] * 2, hAlign="LEFT")
        style = _table_style(s, len(cells), [])
        style.add("VALIGN", (0, 0), (-1, -1), "MIDDLE")
        table.setStyle(style)
        out += [table, Spacer(0, s.size)]
    return out + _body(rows, s, rng)


def replace_rules(s: _Style) -> _Style:
    """A borderless table: the typed shape draws no rules (its labels are told by their type alone)."""
    from dataclasses import replace

    return replace(s, rules="bare", shade=False)


def _draw(spec: ReportSpec, path: Path, seed: int) -> None:
    from reportlab.platypus import SimpleDocTemplate

    rng = random.Random(f"{spec.name}-{seed}")
    s = _style(rng)
    width = 595.0 - 2 * s.margin
    doc = SimpleDocTemplate(
        str(path),
        pagesize=(595.0, 842.0),
        leftMargin=s.margin,
        rightMargin=s.margin,
        topMargin=s.margin,
        bottomMargin=s.margin,
        title=normalise(spec.title),
        author="handläggare",
        invariant=1,
    )
    build = {"pt_stacked": _stacked, "pt_numbered": _numbered, "pt_typed": _typed, "pt_centred": _centred}
    doc.build(build[spec.variant](spec, s, rng, width))


def build_grid_bands(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` platypus PDFs (with .truth.json) into out_dir, the four shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("gridbands", "gb", "reportlab-platypus"), SHAPES, BASES, _draw)

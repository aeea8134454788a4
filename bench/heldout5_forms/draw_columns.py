"""Label column beside the answer, drawn line by line on a canvas.

Rules: vertical only (column and table edges), horizontal only (between rows), or none. Label
styles: as written, capitals, bold, a size of their own; the label column may be narrow enough
that long labels wrap over many lines. Headings of applications' numbered sections run across
the whole width with their text below.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .content import HEADING, MARKER, Row
from .draw_common import Pen, wrap


@dataclass
class ColumnLook:
    rules: str = "none"  # none | vertical | horizontal
    label_w: float = 140.0
    gap: float = 12.0
    label_bold: bool = False
    label_caps: bool = False
    label_size_delta: float = 0.0
    row_gap: float = 6.0


def random_look(rng: random.Random, rules: str, narrow: bool = False) -> ColumnLook:
    return ColumnLook(
        rules=rules,
        label_w=rng.uniform(68, 92) if narrow else rng.uniform(110, 170),
        gap=rng.uniform(8, 18),
        label_bold=rng.random() < 0.5,
        label_caps=narrow and rng.random() < 0.6,
        label_size_delta=rng.choice((0, 0, -1, -1.5, 1)),
        row_gap=rng.uniform(3, 10),
    )


def answer_lines(row: Row, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for n, para in enumerate(row.paragraphs):
        if n and not para.startswith(("– ", "- ")) and not para[:2].rstrip(")").isdigit():
            lines.append("")  # a blank line between paragraphs, none between list items
        lines += wrap(para, font, size, width)
    return lines


def draw_heading_row(pen: Pen, index: int, row: Row, rng: random.Random) -> None:
    s = pen.style
    pen.y -= s.leading * 0.6
    pen.need(s.leading * 3)
    pen.y -= s.leading
    pen.text(pen.x0, pen.y, row.label, s.bold, s.size + 1)
    pen.section_pages[index] = pen.page
    for line in answer_lines(row, s.regular, s.size, s.width):
        pen.need(s.leading)
        pen.y -= s.leading
        if line:
            pen.text(pen.x0, pen.y, line, s.regular, s.size)


def draw_rows(pen: Pen, rows: list[tuple[int, Row]], look: ColumnLook, rng: random.Random) -> None:
    """The two-column table of `rows` ((index in the form, row)), from pen.y down."""
    s = pen.style
    lab_size = s.size + look.label_size_delta
    lab_font = s.bold if look.label_bold else s.regular
    col_x = pen.x0 + look.label_w + look.gap
    value_w = pen.x1 - col_x
    edges = (pen.x0 - 4, col_x - look.gap / 2, pen.x1 + 4)
    seg = {"top": pen.y}

    def close_segment(p: Pen) -> None:
        if look.rules == "vertical":
            bottom = p.y - s.leading * 0.4
            for x in edges:
                p.vline(x, bottom, seg["top"])

    def open_segment(p: Pen) -> None:
        seg["top"] = p.y

    pen.before_break.append(close_segment)
    pen.on_new_page.append(open_segment)
    if look.rules == "horizontal":
        pen.hline(pen.y, edges[0], edges[2])
    for index, row in rows:
        label = row.label.upper() if look.label_caps else row.label
        labels = wrap(label, lab_font, lab_size, look.label_w) if row.style != MARKER else []
        answers = answer_lines(row, s.regular, s.size, value_w)
        pen.need(s.leading * min(2, max(len(labels), len(answers), 1)) + look.row_gap)
        pen.y -= look.row_gap / 2
        for j in range(max(len(labels), len(answers), 1)):
            pen.need(s.leading)
            pen.y -= s.leading
            if j == 0 and row.key is not None:
                pen.section_pages[index] = pen.page
            if j < len(labels):
                pen.text(pen.x0, pen.y, labels[j], lab_font, lab_size)
            if j < len(answers) and answers[j]:
                pen.text(col_x, pen.y, answers[j], s.regular, s.size)
        pen.y -= look.row_gap / 2 + s.leading * 0.3
        if look.rules == "horizontal":
            pen.hline(pen.y, edges[0], edges[2])
    close_segment(pen)
    pen.before_break.remove(close_segment)
    pen.on_new_page.remove(open_segment)


def draw_form(pen: Pen, rng: random.Random, look: ColumnLook) -> None:
    """Title, then the table; headings of numbered sections below it across the full width."""
    pen.title(rng)
    table = [(i, r) for i, r in enumerate(pen.form.rows) if r.style != HEADING]
    draw_rows(pen, table, look, rng)
    for i, r in enumerate(pen.form.rows):
        if r.style == HEADING:
            draw_heading_row(pen, i, r, rng)

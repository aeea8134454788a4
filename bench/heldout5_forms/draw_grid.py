"""A header grid of two or three label/value pairs per row, then the rest beside a label column."""

from __future__ import annotations

import random

from reportlab.pdfbase.pdfmetrics import stringWidth

from .content import HEADING, Row
from .draw_columns import draw_heading_row, draw_rows, random_look
from .draw_common import Pen, wrap


def _grid_rows(rows: list[Row], rng: random.Random, form_kind: str) -> tuple[list[list[int]], int]:
    """Groups of row indices drawn side by side, and how many leading rows the grid takes."""
    if form_kind == "ansokan":
        groups = [[0, 1], [2, 3], [4, 5, 6] if rng.random() < 0.6 else [4, 5], [7]]
        if len(groups[2]) == 2:
            groups[3] = [6, 7]
        return groups, 8
    if rows[-1].key == "datum":
        return [[0, len(rows) - 2, len(rows) - 1], [1]], 2
    return [[0, len(rows) - 1], [1]], 2


def _fits(text: str, font: str, size: float, width: float) -> bool:
    return all(stringWidth(word, font, size) <= width for word in text.split())


def draw_form(pen: Pen, rng: random.Random) -> None:
    s = pen.style
    form = pen.form
    if form.form_kind == "uppfoljning":  # the grid's own fields, appended to the form's rows
        form.rows.append(Row("Diarienr", [form.dnr], "diarienr"))
        if rng.random() < 0.4:
            form.rows.append(Row("Datum", [form.date], "datum"))
    pen.title(rng)
    groups, _ = _grid_rows(form.rows, rng, form.form_kind)
    bordered = rng.random() < 0.5
    lab_font = s.bold if rng.random() < 0.6 else s.regular
    lab_size = s.size - rng.choice((0, 1))
    pad = 3.0
    queue = list(groups)
    while queue:
        group = queue.pop(0)
        cell_w = (pen.x1 - pen.x0) / len(group)
        lab_w = cell_w * rng.uniform(0.32, 0.42) if len(group) > 1 else 120
        if len(group) > 1 and not all(
            _fits(form.rows[i].label, lab_font, lab_size, lab_w - 2 * pad)
            and _fits(" ".join(form.rows[i].paragraphs), s.regular, s.size, cell_w - lab_w - 2 * pad - 4)
            for i in group
        ):  # a word wider than its cell (an e-mail address): these pairs get a row each
            queue[:0] = [[i] for i in group]
            continue
        cells = []
        for i in group:
            row = form.rows[i]
            labels = wrap(row.label, lab_font, lab_size, lab_w - 2 * pad)
            values = wrap(" ".join(row.paragraphs), s.regular, s.size, cell_w - lab_w - 2 * pad - 4)
            cells.append((i, labels, values))
        height = max(max(len(lab), len(val), 1) for _, lab, val in cells)
        pen.need(s.leading * height + 2 * pad)
        y_top = pen.y
        for k, (i, labels, values) in enumerate(cells):
            x = pen.x0 + k * cell_w
            y = y_top - pad
            for line in labels:
                y -= s.leading
                pen.text(x + pad, y, line, lab_font, lab_size)
            y = y_top - pad
            for line in values:
                y -= s.leading
                pen.text(x + lab_w + pad + 4, y, line, s.regular, s.size)
            form_row = form.rows[i]
            if form_row.key is not None:
                pen.section_pages[i] = pen.page
            if bordered:
                pen.vline(x + lab_w, y_top - s.leading * height - 2 * pad, y_top)
        pen.y = y_top - s.leading * height - 2 * pad
        if bordered:
            pen.hline(y_top, pen.x0, pen.x1)
            pen.hline(pen.y, pen.x0, pen.x1)
            for k in range(len(group) + 1):
                pen.vline(pen.x0 + k * cell_w, pen.y, y_top)
    pen.y -= s.leading
    in_grid = {i for g in groups for i in g}
    rest = [(i, r) for i, r in enumerate(form.rows) if i not in in_grid and r.style != HEADING]
    look = random_look(rng, rng.choice(("none", "vertical", "horizontal")))
    draw_rows(pen, rest, look, rng)
    for i, r in enumerate(form.rows):
        if r.style == HEADING:
            draw_heading_row(pen, i, r, rng)

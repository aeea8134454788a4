"""Label above its answer, the answer in a drawn box (a box continued over a page break)."""

from __future__ import annotations

import random

from .content import MARKER
from .draw_columns import answer_lines
from .draw_common import Pen, wrap


def draw_form(pen: Pen, rng: random.Random) -> None:
    s = pen.style
    pen.title(rng)
    pad = rng.uniform(3, 6)
    label_caps = rng.random() < 0.3
    label_font = s.bold if rng.random() < 0.7 else s.regular
    label_size = s.size - rng.choice((0, 0.5, 1.5))
    min_lines = rng.choice((1, 2))  # an empty answer still gets a box of this many lines
    for index, row in enumerate(pen.form.rows):
        answers = answer_lines(row, s.regular, s.size, s.width - 2 * pad)
        pen.y -= rng.uniform(4, 9)
        if row.style != MARKER:
            label = row.label.upper() if label_caps else row.label
            labels = wrap(label, label_font, label_size, s.width)
            pen.need(s.leading * (len(labels) + 2))
            for line in labels:
                pen.y -= s.leading
                pen.text(pen.x0, pen.y, line, label_font, label_size)
            pen.section_pages[index] = pen.page
        else:
            pen.need(s.leading * 2)
        pen.y -= s.leading * 0.3
        top = pen.y
        box = {"top": top}

        def close(p: Pen, box: dict = box) -> None:
            p.c.setLineWidth(0.5)
            p.c.rect(p.x0, p.style.bottom - 2, p.x1 - p.x0, box["top"] - p.style.bottom + 2)

        def reopen(p: Pen, box: dict = box) -> None:
            box["top"] = p.y

        pen.before_break.append(close)
        pen.on_new_page.append(reopen)
        pen.y -= pad
        for line in answers or [""] * min_lines:
            pen.need(s.leading + pad)
            pen.y -= s.leading
            if line:
                pen.text(pen.x0 + pad, pen.y, line, s.regular, s.size)
        pen.y -= pad + s.leading * 0.3
        pen.before_break.remove(close)
        pen.on_new_page.remove(reopen)
        pen.c.setLineWidth(0.5)
        pen.c.rect(pen.x0, pen.y, pen.x1 - pen.x0, box["top"] - pen.y)

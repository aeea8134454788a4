"""'Label: answer' on full-width lines; continuation lines hang under the answer or return to the margin."""

from __future__ import annotations

import random

from reportlab.pdfbase.pdfmetrics import stringWidth

from .content import HEADING, MARKER
from .draw_common import Pen


def _fill(words: list[str], font: str, size: float, first_w: float, rest_w: float) -> list[str]:
    lines, line, width = [], "", first_w
    for word in words:
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line, width = word, rest_w
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def draw_form(pen: Pen, rng: random.Random) -> None:
    s = pen.style
    pen.title(rng)
    hanging = rng.random() < 0.5
    label_font = s.bold if rng.random() < 0.7 else s.regular
    for index, row in enumerate(pen.form.rows):
        pen.y -= rng.uniform(3, 8)
        if row.style == HEADING:
            pen.need(s.leading * 3)
            pen.y -= s.leading * 1.2
            pen.text(pen.x0, pen.y, row.label, s.bold, s.size + 1)
            pen.section_pages[index] = pen.page
            label_w = 0.0
        elif row.style == MARKER:
            pen.need(s.leading)
            pen.y -= s.leading
            pen.text(pen.x0 + rng.choice((0, 40)), pen.y, row.paragraphs[0], s.bold, s.size)
            continue
        else:
            # A label wider than the line wraps; the answer follows its last line.
            *head, last = _fill(f"{row.label}:".split(), label_font, s.size, s.width, s.width)
            pen.need(s.leading * (len(head) + 2))
            for line in head:
                pen.y -= s.leading
                pen.text(pen.x0, pen.y, line, label_font, s.size)
            pen.y -= s.leading
            label = f"{last} "  # the space is written, as a word processor does
            pen.text(pen.x0, pen.y, label, label_font, s.size)
            pen.section_pages[index] = pen.page
            label_w = stringWidth(label, label_font, s.size)
        # The answer starts on the label's line unless the label leaves too little room there.
        first = row.style != HEADING and s.width - label_w >= s.width * 0.3
        indent = label_w if hanging and label_w <= s.width * 0.4 else 0.0
        for para in [p for p in row.paragraphs if p.strip()]:
            if first:
                lines = _fill(para.split(), s.regular, s.size, s.width - label_w, s.width - indent)
            else:
                lines = _fill(para.split(), s.regular, s.size, s.width - indent, s.width - indent)
            for n, line in enumerate(lines):
                if first and n == 0:
                    pen.text(pen.x0 + label_w, pen.y, line, s.regular, s.size)
                    continue
                pen.need(s.leading)
                pen.y -= s.leading
                pen.text(pen.x0 + indent, pen.y, line, s.regular, s.size)
            first = False

"""Tuning set of issue #12's thirty-fifth round (h40/c-text): one class of the thirty-fifth held-out forms drawn
from its description only (labels as questions run in with their answer after a dash, like @libpdf/core's
question_dash pages), with reportlab's canvas (not @libpdf/core), this module's own geometry, varied around the
description's numbers and beyond them:

- each field ONE PARAGRAPH: its label bold (Helvetica-Bold or Liberation Sans Bold, 9–11 pt), a trailing colon
  dropped and a "?" added, then a dash (a hyphen "-" in most forms, an en dash or an em dash in others); in one
  form of five the label kept as it is, with no "?", and a hyphen, an en dash, or a colon or a full stop right
  after the label; in one form of five with a "?" that "?" in body type; the dash 0.3–2.5 word spaces from
  the label and 0.8–2.5 from the answer (0–0.15 in one form of seven, set against it), and the answer RUN IN on the same line in regular type, its lines
  wrapping back to the left margin; a long label wraps first and the answer starts after its last line; an empty
  answer leaves the question and the separator alone; later paragraphs and list items (their "•" printed "-" in
  one form of two) on lines of their own;
- `rl_questions` draws label, separator and answer as runs of their own; `rl_questions_one` writes each line as
  ONE text object with the font switched inside it (the separator and its spaces in the string, as a producer
  that writes the whole line at once); `rl_questions_plain` the same with the label in body type too, no weight
  to tell it: only the "?" and the dash (or the mark) end it.

Each form runs its longest answer on to a second page in one form of two (the boxforms bases); the stage marker
bold on a line of its own. Seed 40 tuning; 4001 built before any fix and kept aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext40 [--seed 40] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import PAGE_H, _font, _paragraphs, _Sheet, _width, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise

SHAPES = ("rl_questions", "rl_questions_one", "rl_questions_plain")


def _fonts(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        (
            ("Helvetica", "Helvetica-Bold"),
            ("Helvetica", "Helvetica-Bold"),
            (_font("LiberationSans", "Helvetica"), _font("LiberationSans-Bold", "Helvetica-Bold")),
        )
    )


def _questions(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    one_string = spec.variant != "rl_questions"
    font, bold = _fonts(rng)
    label_font = font if spec.variant == "rl_questions_plain" else bold
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.15, 1.45)
    margin = rng.choice((50.0, 57.0, 64.0, 72.0))
    sheet = _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, sheet.c._pagesize[0] - margin
    width = x1 - x0
    limit = PAGE_H - 64
    para_gap = size * rng.choice((0.0, 0.3, 0.6))
    field_gap = size * rng.uniform(0.4, 1.2)
    question = rng.random() > 0.2
    dash_seps = ("-", "-", "-", "\u2013", "\u2014")
    sep = rng.choice(dash_seps) if question else rng.choice(("-", "\u2013", ":", "."))
    glued = sep in ":."  # a colon or full stop follows the label at once
    space = _width(" ", font, size)
    before = 0.0 if glued else space * rng.uniform(0.3, 2.5)
    after = space * rng.uniform(0.8, 2.5)
    if rng.random() < 0.15:  # the dash set right against the answer's first word
        after = space * rng.uniform(0.0, 0.15)
    mark_regular = question and rng.random() < 0.2  # the "?" in body type, after the bold label
    dashes = rng.random() < 0.5  # "•" printed "-"
    for line in _wrap(normalise(spec.title), bold, size + 4, width):
        sheet.text(x0, sheet.top, line, size + 4, bold)
        sheet.top += (size + 4) * 1.3
    sheet.top += size

    def line_break() -> None:
        sheet.top += lead
        if sheet.top + lead > limit:
            sheet.new_page()

    def runs(x: float, parts: list[tuple[str, str]]) -> None:
        """Runs on one line at x: each its own text object, or one object switching font."""
        if not one_string:
            for text, f in parts:
                if text:
                    sheet.text(x, sheet.top, text, size, f)
                x += _width(text, f, size)
            return
        t = sheet.c.beginText(x, PAGE_H - sheet.top - size * 0.78)
        for text, f in parts:
            t.setFont(f, size)
            t.textOut(text)
        sheet.c.drawText(t)

    for row in spec.rows:
        if sheet.top + 2 * lead > limit:
            sheet.new_page()
        if row.style == MARKER:
            sheet.text(x0, sheet.top, normalise(row.text), size, bold)
            line_break()
            sheet.top += field_gap
            continue
        label = normalise(row.label).rstrip(":").rstrip()
        if question and not mark_regular:
            label += "?"
        label_lines = _wrap(label, label_font, size, width - 4 * size)
        for line in label_lines[:-1]:
            sheet.text(x0, sheet.top, line, size, label_font)
            line_break()
        last = label_lines[-1]
        x = x0 + _width(last, label_font, size)
        mark = "?" if mark_regular else ""
        paras = [p.replace("•", "-") if dashes else p for p in _paragraphs(row.text)]
        if one_string:  # spaces inside the string, as near the measured gaps as whole spaces go
            gap = " " * max(0, round(before / space)) + sep + " " * round(after / space)
            head = [(last, label_font), (mark + gap, font)]
            x_answer = x + _width(head[1][0], font, size)
        else:
            head = [(last, bold), ("", font)]
            if mark:
                sheet.text(x, sheet.top, mark, size, font)
                x += _width(mark, font, size)
            sheet.text(x + before, sheet.top, sep, size, font)
            x_answer = x + before + _width(sep, font, size) + after
            x = x0
        first_words: list[str] = []
        if paras and not paras[0].startswith(("•", "- ")):
            first_words = paras.pop(0).split()
        line = ""
        while first_words and _width(f"{line} {first_words[0]}".strip(), font, size) <= x1 - x_answer:
            line = f"{line} {first_words.pop(0)}".strip()
        if one_string:
            runs(x0, [*head, (line, font)])
        else:
            sheet.text(x0, sheet.top, last, size, bold)
            if line:
                sheet.text(x_answer, sheet.top, line, size, font)
        for text in _wrap(" ".join(first_words), font, size, width):
            line_break()
            sheet.text(x0, sheet.top, text, size, font)
        for para in paras:
            line_break()
            sheet.top += para_gap
            for k, text in enumerate(_wrap(para, font, size, width)):
                if k:
                    line_break()
                sheet.text(x0, sheet.top, text, size, font)
        line_break()
        sheet.top += field_gap
    sheet.save()


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _questions(spec, pdf, rng)


def build_ctext40_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext40", "c40", "reportlab"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_ctext40_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ctext40_forms, 40, 8, "name the files that missed")

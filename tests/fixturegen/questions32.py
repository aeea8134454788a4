"""Tuning set of issue #12's thirty-second round (h37/c-text): text-layer forms drawn with reportlab's canvas (not
PostScript::Simple) as a paper QUESTIONNAIRE:

- each label printed as a numbered question "N. <label>?" in bold (the number counts every field from 1, a trailing
  colon dropped, "?" appended), wrapped under its own text (a hanging indent) or back at the number;
- on the line under it two small tick boxes (6-9 pt squares, ruled), each followed by its word, "Ja" and "Nej" (the
  first, the second or none marked by a small solid square inside), at the number's x or at the question's indent;
- then the free-text answer under them, indented 10-20 pt (an empty answer a blank line), lists after "-";
- the stage marker after its field, indented, in the body type or bold; questions 4-12 pt apart;
- `rl_questions_lines`: every line drawn as one string; `rl_questions_words`: each word placed by itself, no space
  characters, and the tick boxes drawn as filled outlines (four thin rectangles) rather than stroked squares;
- `ps_questions_lines`: the lines' page printed again by Perl's PostScript::Simple (Helvetica re-encoded ISO
  Latin-1) and Ghostscript's ps2pdf (replay32.py; reportlab when they are missing).

Standard Helvetica (unembedded), as PostScript printers use. The bases are the boxes' set's; content and truth are
fixturegen's. Seeds 32 and 33 are the tuning part; seed 3201 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.questions32 [--seed 32] [--count 16] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _listed
from .spec import MARKER, ReportSpec, normalise
from .replay32 import build_replayed
from .turned31 import _header as _turned_header
from .turned31 import _say

SHAPES = ("rl_questions_lines", "rl_questions_words", "ps_questions_lines")


def _header(pager: _Pager, spec: ReportSpec) -> None:
    """The turned forms' running header line, 2 pt more room under it."""
    _turned_header(pager, spec)
    pager.y -= 2


def question_text(label: str) -> str:
    """The label as the questionnaire prints it after its number: a trailing colon dropped, "?" appended."""
    text = normalise(label).rstrip()
    text = text[:-1].rstrip() if text.endswith(":") else text
    return text if text.endswith("?") else f"{text}?"


def _tick(pager: _Pager, x: float, y: float, side: float, marked: bool, outlined: bool) -> None:
    """A tick box with its foot on the baseline `y`: stroked, or four thin filled bars; a solid square when marked."""
    c = pager.c
    if outlined:
        w = 0.45
        c.rect(x, y, side, w, stroke=0, fill=1)
        c.rect(x, y + side - w, side, w, stroke=0, fill=1)
        c.rect(x, y, w, side, stroke=0, fill=1)
        c.rect(x + side - w, y, w, side, stroke=0, fill=1)
    else:
        c.setLineWidth(0.5)
        c.rect(x, y, side, side, stroke=1, fill=0)
    if marked:
        inset = side * 0.25
        c.rect(x + inset, y + inset, side - 2 * inset, side - 2 * inset, stroke=0, fill=1)


def _draw_questions(pager: _Pager, spec: ReportSpec, rng: random.Random, spaced: bool) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    s.font, s.bold = "Helvetica", "Helvetica-Bold"
    s.size = float(rng.choice((9.5, 10, 10.5, 11)))
    lead = s.size * rng.choice((1.2, 1.25, 1.35))
    left = s.margin
    width = PAGE_W - 2 * s.margin
    indent = rng.choice((10.0, 14.0, 14.0, 18.0, 20.0))
    hanging = rng.random() < 0.6
    ticks_at_indent = rng.random() < 0.5
    side = rng.choice((6.0, 7.0, 7.0, 8.0, 9.0))
    gap = rng.uniform(4, 12)
    marker_bold = rng.random() < 0.5
    pager.on_new_page = lambda p: _header(p, spec)
    _header(pager, spec)
    pager.title(spec)

    def down(step: float) -> None:
        if pager.y - step < pager.bottom:
            pager.new_page()
        pager.y -= step

    number = 0
    for row in spec.rows:
        if row.style == MARKER:
            down(lead)
            font = s.bold if marker_bold else s.font
            _say(pager, left + indent, pager.y, normalise(row.text), font, s.size, spaced)
            continue
        number += 1
        head = f"{number}."
        head_w = stringWidth(head + " ", s.bold, s.size)
        text = question_text(row.label)
        # The question, its ticks and the answer's first line kept together on one page.
        if pager.y - gap - 4 * lead < pager.bottom:
            pager.new_page()
        pager.y -= gap
        if hanging:
            lines = _wrap(text, s.bold, s.size, width - head_w)
            down(lead)
            _say(pager, left, pager.y, head, s.bold, s.size, spaced)
            _say(pager, left + head_w, pager.y, lines[0], s.bold, s.size, spaced)
            for line in lines[1:]:
                down(lead)
                _say(pager, left + head_w, pager.y, line, s.bold, s.size, spaced)
        else:
            lines = _wrap(f"{head} {text}", s.bold, s.size, width)
            for line in lines:
                down(lead)
                _say(pager, left, pager.y, line, s.bold, s.size, spaced)
        down(lead * rng.choice((1.0, 1.15, 1.3)))
        x = left + (head_w if ticks_at_indent else 0.0)
        marked = rng.choice((0, 1, None))
        for k, word in enumerate(("Ja", "Nej")):
            _tick(pager, x, pager.y - 0.5, side, marked == k, outlined=not spaced)
            x += side + rng.uniform(3, 5)
            pager.text(x, pager.y, word, s.font, s.size)
            x += stringWidth(word, s.font, s.size) + rng.uniform(14, 26)
        answer = _wrap(row.text, s.font, s.size, width - indent) or [""]
        down(lead * rng.choice((1.0, 1.2, 1.4)))
        for k, line in enumerate(answer):
            if k:
                down(lead)
            if line:
                _say(pager, left + indent, pager.y, line, s.font, s.size, spaced)


def build_question_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the shapes in turn."""
    lines, words = partial(_draw_questions, spaced=True), partial(_draw_questions, spaced=False)
    shapes = {
        "rl_questions_lines": (_listed(lines, "-"), "reportlab"),
        "rl_questions_words": (_listed(words, "-"), "reportlab"),
        "ps_questions_lines": (_listed(lines, "-"), "pssimple"),
    }
    return build_replayed(out_dir, count, seed, shapes, ("questions32", "qn", "reportlab-canvas"))


__all__ = ["SHAPES", "build_question_forms", "question_text"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_question_forms, 32, 16, "name the files that missed")

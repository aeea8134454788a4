"""Page geometry of the twenty-fifth generator's hand-placed producers (FPDF, PDF::Reuse, GMT, pydyf) and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew:
`right_labels` (the answers in a wide column from the left margin, the labels in a narrow bold margin column at the
**right**, each on the line of its answer's first line, a hairline down between the columns and under each row; a
long answer broken by a page break goes on with the label column empty); `numbered_lines` (a paper questionnaire:
each field a **numbered question**, its running number in a small ruled square in the left margin, the bold label
beside it, the answer typed on **ruled writing lines** under the label, one or two spare empty ruled lines after
each answer, an empty answer only its empty lines); `shaded_fields` (Word's form fields shaded grey: the labels in
the **regular weight, not bold**, each answer on a light grey shading; a short answer's field at a tab stop on the
label's line, a longer one a shaded block the full width under its label, an empty answer an empty grey field);
`qa_pairs` (a question-and-answer protocol: each field "Fråga N:" in small grey then the bold label, under it
"Svar:" in small grey then the answer at the same indent as the label).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

for number in (16, 23):  # the text measure and line breaker, the page model
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _title, paragraphs  # noqa: E402
from h30_content import ANSWER, QUESTION, Form, Section  # noqa: E402

__all__ = ["A4", "LAYOUTS", "MARGIN", "Box", "Page", "Text", "layout", "text_width", "wrap"]

LAYOUTS = ("right_labels", "numbered_lines", "shaded_fields", "qa_pairs")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
SHADE = 0.86  # the grey of Word's field shading (0 ink, 1 paper)


def lines_of(section: Section, size: float, width: float) -> list[str]:
    """The answer's lines, paragraphs one after another."""
    return [line for para in paragraphs(section, size, width) for line in para]


def _stage(flow: Flow, x: float) -> None:
    marker = flow.form.stage_marker
    if marker:
        flow.room(flow.leading * 1.8)
        flow.y += flow.leading * 1.2
        flow.text(x, marker, True)
        flow.y += flow.leading * 0.5


# --- labels in a margin column at the right -----------------------------------------------------------------------


def _right_labels(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(118, 140)
    split = RIGHT - label_w - 8  # the hairline between answers and labels
    answer_w = split - 10 - MARGIN
    _title(flow)
    flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w, bold=True)
        lines = lines_of(section, flow.size, answer_w) or [""]
        flow.room(flow.leading * max(len(labels), min(3, len(lines))) + 8)
        top, page = flow.y, flow.page
        for j, line in enumerate(labels):
            page.texts.append(Text(split + 8, top + 4 + (j + 1) * flow.leading, line, flow.size, True))
        flow.y += 4
        column_top = top
        for line in lines:
            if not flow.fits(flow.leading + 4):
                flow.page.boxes.append(Box(split, column_top, split, flow.y + 4))
                flow.new_page()
                flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
                column_top = flow.y
                flow.y += 4
            flow.y += flow.leading
            if line:
                flow.text(MARGIN, line)
        if flow.page is page:
            flow.y = max(flow.y, top + 4 + len(labels) * flow.leading)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += 6
        flow.page.boxes += [Box(split, column_top, split, flow.y), Box(MARGIN, flow.y, RIGHT, flow.y)]


# --- numbered questions on ruled writing lines --------------------------------------------------------------------


def _numbered_lines(flow: Flow, rng: random.Random) -> None:
    indent = 26.0
    x = MARGIN + indent
    gap = flow.leading * rng.uniform(1.25, 1.45)  # writing lines are wider apart than print
    spare = rng.choice((1, 2))
    _title(flow)
    for number, section in enumerate(flow.form.sections, 1):
        labels = wrap(section.label, flow.size, RIGHT - x, bold=True)
        lines = lines_of(section, flow.size, RIGHT - x - 4)
        flow.room(flow.leading * len(labels) + gap * (min(2, len(lines)) + 1))
        flow.y += flow.leading * 0.6
        square = flow.y + flow.leading - flow.size - 2
        flow.page.boxes.append(Box(MARGIN, square, MARGIN + 16, square + 16))
        digits = str(number)
        flow.text(MARGIN + 8 - text_width(digits, flow.size - 1) / 2, digits, size=flow.size - 1)
        flow.page.texts[-1].y = square + 8 + (flow.size - 1) * 0.36
        for line in labels:
            flow.y += flow.leading
            flow.text(x, line, True)
        for line in lines + [""] * (spare + (0 if lines else 1)):
            flow.room(gap + 4)
            flow.y += gap
            if line:
                flow.text(x + 2, line)
            flow.page.boxes.append(Box(x, flow.y + 3, RIGHT, flow.y + 3))
        if section.key == flow.form.stage_after:
            _stage(flow, x)
        flow.y += flow.leading * 0.4


# --- Word's shaded form fields ------------------------------------------------------------------------------------


def _shaded_fields(flow: Flow, rng: random.Random) -> None:
    tab = rng.uniform(150, 180)
    pad = 2.0
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, tab - 10)
        short = wrap(" ".join(section.lines()), flow.size, RIGHT - MARGIN - tab - 2 * pad) if section.lines() else [""]
        if len(labels) <= 2 and len(short) == 1 and len(section.lines()) <= 1:
            flow.room(flow.leading * len(labels) + 8)
            flow.y += flow.leading
            top = flow.y - flow.size - pad
            width = max(60.0, text_width(short[0], flow.size) + 2 * pad + rng.uniform(0, 30))
            flow.page.boxes.append(Box(MARGIN + tab, top, min(RIGHT, MARGIN + tab + width), top + flow.leading + pad,
                                       fill=SHADE, stroke=False))  # fmt: skip
            flow.text(MARGIN, labels[0])
            if short[0]:
                flow.text(MARGIN + tab + pad, short[0])
            for line in labels[1:]:
                flow.y += flow.leading
                flow.text(MARGIN, line)
        else:
            labels = wrap(section.label, flow.size, WIDTH)
            lines = lines_of(section, flow.size, WIDTH - 2 * pad) or [""]
            flow.room(flow.leading * (len(labels) + min(3, len(lines))) + 8)
            for line in labels:
                flow.y += flow.leading
                flow.text(MARGIN, line)
            flow.y += 3
            top = flow.y
            for line in lines:
                if not flow.fits(flow.leading + pad):
                    flow.page.boxes.insert(0, Box(MARGIN, top, RIGHT, flow.y + pad + 2, fill=SHADE, stroke=False))
                    flow.new_page()
                    top = flow.y
                flow.y += flow.leading
                if line:
                    flow.text(MARGIN + pad, line)
            flow.page.boxes.insert(0, Box(MARGIN, top, RIGHT, flow.y + pad + 2, fill=SHADE, stroke=False))
            flow.y += pad
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + tab)
        flow.y += flow.leading * 0.7


# --- question and answer pairs ------------------------------------------------------------------------------------


def _qa_pairs(flow: Flow, rng: random.Random) -> None:
    small = flow.size - 1.5
    indent = rng.uniform(54, 64)
    x = MARGIN + indent
    grey = rng.choice((0.35, 0.45, 0.55))
    _title(flow)
    for number, section in enumerate(flow.form.sections, 1):
        labels = wrap(section.label, flow.size, RIGHT - x, bold=True)
        lines = lines_of(section, flow.size, RIGHT - x)
        flow.room(flow.leading * (len(labels) + min(2, len(lines)) + 1))
        flow.y += flow.leading
        flow.text(MARGIN, f"{QUESTION} {number}:", size=small, grey=grey)
        flow.text(x, labels[0], True)
        for line in labels[1:]:
            flow.y += flow.leading
            flow.text(x, line, True)
        flow.y += flow.leading * 1.15
        flow.text(MARGIN, f"{ANSWER}:", size=small, grey=grey)
        for k, line in enumerate(lines):
            if k:
                flow.room(flow.leading)
                flow.y += flow.leading
            flow.text(x, line)
        if section.key == flow.form.stage_after:
            _stage(flow, x)
        flow.y += flow.leading * 0.8


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "- {n} -"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {"right_labels": _right_labels, "numbered_lines": _numbered_lines, "shaded_fields": _shaded_fields,
     "qa_pairs": _qa_pairs}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

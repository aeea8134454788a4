"""Page geometry of the twenty-sixth generator's hand-placed producers (PDF::Builder, MetaPost, pdfjs, XeTeX) and
scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top; `Turned` a text set upwards, turned 90° anticlockwise, its x and y the
start of its baseline), laid out here in four layouts of real forms none of the earlier generators drew:
`corner_boxes` (an official form: every answer inside a ruled box the full width, its label printed SMALL (2.5 pt
under the answer's size, regular weight) in the box's top-left corner and the answer under it in the box; two short
one-line fields in a row share it as two half-width boxes; a long answer broken by a page break goes on in a box
without a label on the next page); `band_boxes` (each label in the regular weight on a light grey band the full
width, the answer under the band, band and answer framed together as one box; an empty answer an empty frame);
`two_columns` (the page in two columns with a rule down the gutter, each label bold on a line of its own and its
answer under it in the column; a long answer flows on from the foot of the left column to the top of the right, and
from the right column to the next page's left); `turned_labels` (a table of rows, each label turned 90° reading
upwards in a narrow left column (wrapped into up to three turned lines), the answer beside it in the wide column, the
row as tall as the longer of the two; a long answer broken by a page break goes on in a row with no label).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

for number in (16, 23, 30):  # the text measure and line breaker, the page model, an answer's lines and the marker
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _title  # noqa: E402
from h30_layout import _stage, lines_of  # noqa: E402
from h31_content import Form, Section  # noqa: E402

__all__ = ["A4", "LAYOUTS", "MARGIN", "Box", "Page", "Text", "Turned", "layout", "text_width", "wrap"]

LAYOUTS = ("corner_boxes", "band_boxes", "two_columns", "turned_labels")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
BAND = 0.84  # the grey of the label bands (0 ink, 1 paper)


@dataclass
class Turned(Text):
    """A text turned 90° anticlockwise: it reads upwards from (x, y)."""


def _boxed_lines(flow: Flow, lines: list[str], x0: float, x1: float, top: float, first: float) -> None:
    """`lines` in a ruled box from `top` (its first line `first` below), a page break closing the box and opening
    another one without a label."""
    flow.y = top + first
    for k, line in enumerate(lines):
        if k and not flow.fits(flow.leading + 5):
            flow.page.boxes.append(Box(x0, top, x1, flow.y + 5))
            flow.new_page()
            top = flow.y
            flow.y += 4
        flow.y += flow.leading if k else 0
        if line:
            flow.text(x0 + 4, line)
    flow.y += 5
    flow.page.boxes.append(Box(x0, top, x1, flow.y))


# --- labels small in the boxes' corners ---------------------------------------------------------------------------


def _corner_boxes(flow: Flow, rng: random.Random) -> None:
    small = flow.size - 2.5
    _title(flow)
    sections = list(flow.form.sections)
    half = (WIDTH - 6) / 2

    def short(s: Section) -> bool:
        text = " ".join(s.lines())
        return len(s.lines()) <= 1 and text_width(text, flow.size) < half - 10 and text_width(s.label, small) < half - 8

    i = 0
    while i < len(sections):
        section = sections[i]
        pair = [section]
        if short(section) and i + 1 < len(sections) and short(sections[i + 1]) and rng.random() < 0.8:
            pair.append(sections[i + 1])
        if len(pair) == 2:
            flow.room(small + flow.leading * 2 + 10)
            top = flow.y
            for k, s in enumerate(pair):
                x0 = MARGIN + k * (half + 6)
                flow.page.texts.append(Text(x0 + 3, top + small + 2, s.label, small))
                answer = " ".join(s.lines())
                if answer:
                    flow.page.texts.append(Text(x0 + 4, top + small + 4 + flow.leading, answer, flow.size))
                flow.page.boxes.append(Box(x0, top, x0 + half, top + small + flow.leading + 9))
            flow.y = top + small + flow.leading + 9 + 5
            i += 2
            continue
        labels = wrap(section.label, small, WIDTH - 8)
        lines = lines_of(section, flow.size, WIDTH - 8) or [""]
        head = (small + 1) * len(labels) + 3
        flow.room(head + flow.leading * min(3, len(lines)) + 8)
        top = flow.y
        for j, line in enumerate(labels):
            flow.page.texts.append(Text(MARGIN + 3, top + 2 + small + j * (small + 1), line, small))
        _boxed_lines(flow, lines, MARGIN, RIGHT, top, head + flow.leading)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += 5
        i += 1


# --- labels on grey bands over framed answers ---------------------------------------------------------------------


def _band_boxes(flow: Flow, rng: random.Random) -> None:
    pad = 3.0
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH - 2 * pad)
        lines = lines_of(section, flow.size, WIDTH - 8) or [""]
        band = flow.leading * len(labels) + 2 * pad
        flow.room(band + flow.leading * min(3, len(lines)) + 8)
        top = flow.y
        flow.page.boxes.append(Box(MARGIN, top, RIGHT, top + band, fill=BAND))
        for j, line in enumerate(labels):
            flow.page.texts.append(Text(MARGIN + pad, top + pad + flow.size + j * flow.leading, line, flow.size))
        _boxed_lines(flow, lines, MARGIN, RIGHT, top, band + flow.leading + 1)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += rng.uniform(6, 10)


# --- two columns, the answers flowing on -------------------------------------------------------------------------


def _two_columns(flow: Flow, rng: random.Random) -> None:
    gutter = rng.uniform(18, 26)
    column = (WIDTH - gutter) / 2
    _title(flow)
    state = {"col": 0, "top": flow.y}
    page_top = flow.y

    def x() -> float:
        return MARGIN + state["col"] * (column + gutter)

    def gutter_rule() -> None:
        middle = MARGIN + column + gutter / 2
        flow.page.boxes.append(Box(middle, state["top"] - 4, middle, A4[1] - 66))

    def room(height: float) -> None:
        if flow.fits(height):
            return
        if state["col"] == 0:
            state["col"] = 1
            flow.y = state["top"]
        else:
            gutter_rule()
            flow.new_page()
            state["col"], state["top"] = 0, flow.y

    flow.y = page_top
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, column, bold=True)
        lines = lines_of(section, flow.size, column)
        room(flow.leading * (len(labels) + min(2, len(lines))) + 4)
        flow.y += flow.leading * 0.5
        for line in labels:
            flow.y += flow.leading
            flow.text(x(), line, True)
        for line in lines:
            room(flow.leading)
            flow.y += flow.leading
            flow.text(x(), line)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            room(flow.leading * 2)
            flow.y += flow.leading * 1.3
            flow.text(x(), flow.form.stage_marker, True)
        flow.y += flow.leading * 0.5
    gutter_rule()


# --- labels turned upwards in a left column -----------------------------------------------------------------------


def _turned_labels(flow: Flow, rng: random.Random) -> None:
    size = flow.size - 1
    band = rng.uniform(30, 38)  # room for up to three turned lines
    split = MARGIN + band
    answer_w = RIGHT - split - 10
    _title(flow)
    for section in flow.form.sections:
        lines = lines_of(section, flow.size, answer_w) or [""]
        need = flow.leading * len(lines) + 10
        span = max(need, 90.0)
        labels = wrap(section.label, size, span - 8)
        while len(labels) > 3:
            span += 40
            labels = wrap(section.label, size, span - 8)
        span = max(span, max(text_width(line, size) for line in labels) + 10)
        flow.room(min(span, 260) + 4)
        top, first_page, first_end = flow.y, flow.page, None
        flow.y = top + 4
        for k, line in enumerate(lines):
            if k and not flow.fits(flow.leading + 5):
                flow.page.boxes += [Box(MARGIN, top, RIGHT, flow.y + 5), Box(split, top, split, flow.y + 5)]
                first_end = first_end or flow.y + 5
                flow.new_page()
                top = flow.y
                flow.y += 4
            flow.y += flow.leading
            if line:
                flow.text(split + 6, line)
        end = flow.y + 6 if first_end else max(flow.y + 6, top + span)
        flow.y = end
        flow.page.boxes += [Box(MARGIN, top, RIGHT, end), Box(split, top, split, end)]
        gap = band / (len(labels) + 1)
        for j, line in enumerate(labels):  # the first line leftmost, each reading upwards from the row's foot
            first_page.texts.append(Turned(MARGIN + gap * (j + 1) + size * 0.35, (first_end or end) - 5, line, size))
        if section.key == flow.form.stage_after:
            _stage(flow, split + 6)
            flow.y += 4


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {"corner_boxes": _corner_boxes, "band_boxes": _band_boxes, "two_columns": _two_columns,
     "turned_labels": _turned_labels}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

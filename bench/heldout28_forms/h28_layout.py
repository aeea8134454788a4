"""Page geometry of the twenty-third generator's hand-placed producers (Dia, GLE) and its scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in three layouts of real paper forms none of the earlier
generators drew:
`guided_rows` (a label column and an answer column split by hairlines between the rows; under each bold label the
form's own help text in small grey italics, "Beskriv kortfattat …", which belongs neither to the label nor to the
answer; rows continued over a page break with the label cell empty); `legend_frames` (each answer in a frame whose
top edge the label interrupts, as a fieldset's legend: the label sits in a gap of the frame's top line; the short
fields two frames a row, the long answers full width, a frame broken at a page's foot going on without its label);
`ruled_checkbox` (a paper form's writing lines: each bold label above its answer, every answer line typed on a ruled
line across the page and one spare ruled line after the answer; a follow-up's stage given as two tick boxes, the
one that holds a cross being the stage).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

for number in (15, 16, 23, 26):  # the text measure and line breaker, the page model, the ops writer
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, paragraphs  # noqa: E402
from h28_content import GUIDANCE, Form, Section  # noqa: E402

__all__ = ["LAYOUTS", "STAGES", "Hint", "Page", "Text", "layout", "stage_boxes", "text_width", "wrap"]

LAYOUTS = ("guided_rows", "legend_frames", "ruled_checkbox")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
STAGES = ("Slutredovisning", "Delredovisning")


@dataclass
class Hint(Text):
    """A form's help text under a label: small, grey, set in italics where the producer has them."""


def lines_of(section: Section, size: float, width: float) -> list[str]:
    """The answer's lines, paragraphs one after another."""
    return [line for para in paragraphs(section, size, width) for line in para]


def stage_boxes(form: Form) -> list[tuple[str, bool]]:
    """The two tick boxes of a follow-up's stage: each option and whether it is crossed."""
    if not form.stage_marker:
        return []
    return [(option, option == form.stage_marker) for option in STAGES]


def _title(flow: Flow) -> None:
    size = flow.size + 3.5
    for line in wrap(flow.form.title, size, WIDTH, bold=True):
        flow.y += size * 1.3
        flow.text(MARGIN, line, True, size)
    flow.y += flow.leading * 1.2


def _guided_rows(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(150, 175)
    answer_x = MARGIN + label_w + 8
    hint = flow.size - 2
    _title(flow)
    flow.page.boxes.append(Box(MARGIN, flow.y - flow.leading * 0.6, RIGHT, flow.y - flow.leading * 0.6))
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w - 6, bold=True)
        hints = wrap(GUIDANCE.get(section.key, ""), hint, label_w - 6) if GUIDANCE.get(section.key) else []
        lines = lines_of(section, flow.size, RIGHT - answer_x) or [""]
        left_h = len(labels) * flow.leading + len(hints) * hint * 1.25
        flow.room(max(left_h, flow.leading * min(3, len(lines))) + 8)
        top, page = flow.y, flow.page
        y = top
        for line in labels:
            y += flow.leading
            page.texts.append(Text(MARGIN, y, line, flow.size, True))
        for line in hints:
            y += hint * 1.25
            page.texts.append(Hint(MARGIN, y, line, hint, False, 0.4))
        for line in lines:
            flow.room(flow.leading + 4)
            flow.y += flow.leading
            if line:
                flow.text(answer_x, line)
        if flow.page is page:
            flow.y = max(flow.y, y)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 1.5)
            flow.y += flow.leading * 1.3
            flow.text(answer_x, flow.form.stage_marker, True)
        flow.y += 6
        flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))


def _frame(page: Page, x0: float, y0: float, x1: float, y1: float, gap: tuple[float, float] | None) -> None:
    """A frame as four rules, its top line broken by `gap` (the legend's span) when given."""
    if gap:
        page.boxes.append(Box(x0, y0, gap[0], y0))
        page.boxes.append(Box(gap[1], y0, x1, y0))
    else:
        page.boxes.append(Box(x0, y0, x1, y0))
    page.boxes += [Box(x0, y1, x1, y1), Box(x0, y0, x0, y1), Box(x1, y0, x1, y1)]


def _legend(page: Page, x: float, y: float, label: str, size: float) -> tuple[float, float]:
    """The label set on the frame's top line at `y`; the gap it leaves in the line."""
    page.texts.append(Text(x + 10, y + size * 0.35, label, size, True))
    return x + 6, x + 14 + text_width(label, size, True)


def _legend_frames(flow: Flow, rng: random.Random) -> None:
    pad, small = 7.0, flow.size - 1
    _title(flow)
    grid = flow.form.header or [s for s in flow.form.sections if s.key in ("projektnamn", "plats")]
    half = (WIDTH - 12) / 2
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        width = half if len(row) == 2 else WIDTH
        cells = [lines_of(s, flow.size, width - 2 * pad) or [""] for s in row]
        height = max(map(len, cells)) * flow.leading + 2 * pad
        flow.room(height + 16)
        top = flow.y + 6
        for k, (section, lines) in enumerate(zip(row, cells)):
            x = MARGIN + k * (half + 12)
            label = wrap(section.label, small, width - 24, bold=True)[0]
            _frame(flow.page, x, top, x + width, top + height, _legend(flow.page, x, top, label, small))
            for j, line in enumerate(lines):
                flow.page.texts.append(Text(x + pad, top + pad + (j + 1) * flow.leading - 1, line, flow.size))
        flow.y = top + height + 10
    for section in flow.form.sections:
        if section in grid:
            continue
        label = section.label
        if text_width(label, small, True) > WIDTH - 30:
            label = wrap(label, small, WIDTH - 30, bold=True)
            extra = label[1:]
            label = label[0]
        else:
            extra = []
        lines = lines_of(section, flow.size, WIDTH - 2 * pad) or ["", ""]
        flow.room(flow.leading * (min(3, len(lines)) + len(extra)) + 2 * pad + 16)
        top, page = flow.y + 6, flow.page
        gap: tuple[float, float] | None = _legend(page, MARGIN, top, label, small)
        flow.y = top + pad * 0.6
        for line in extra:  # a long label's rest, inside the frame under its legend
            flow.y += small * 1.2
            flow.text(MARGIN + 10, line, True, small)
        flow.y += 2
        for line in lines:
            if not flow.fits(flow.leading + pad):
                _frame(page, MARGIN, top, RIGHT, flow.y + pad, gap)
                flow.new_page()
                top, page, gap = flow.y, flow.page, None
                flow.y += pad * 0.6
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad
        _frame(page, MARGIN, top, RIGHT, flow.y, gap)
        flow.y += 6
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 2)
            flow.y += flow.leading + 2
            flow.text(MARGIN + pad, flow.form.stage_marker, True)
            flow.y += 6


def _checkboxes(flow: Flow) -> None:
    flow.room(flow.leading * 2)
    flow.y += flow.leading + 4
    x = MARGIN
    side = flow.size
    for option, crossed in stage_boxes(flow.form):
        flow.page.boxes.append(Box(x, flow.y - side + 1, x + side, flow.y + 1))
        if crossed:
            flow.page.texts.append(Text(x + (side - text_width("X", side)) / 2, flow.y - 0.5, "X", side))
        flow.page.texts.append(Text(x + side + 5, flow.y, option, flow.size))
        x += side + 5 + text_width(option, flow.size) + 28
    flow.y += flow.leading * 0.6


def _ruled_checkbox(flow: Flow, rng: random.Random) -> None:
    step = flow.leading * rng.uniform(1.3, 1.45)  # the ruled lines' pitch
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH, bold=True)
        lines = lines_of(section, flow.size, WIDTH - 6) + [""]  # one spare line to write on
        flow.room(flow.leading * len(labels) + step * min(3, len(lines)) + 4)
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line, True)
        for line in lines:
            flow.room(step)
            flow.y += step
            if line:
                flow.text(MARGIN + 3, line)
            flow.page.boxes.append(Box(MARGIN, flow.y + 2.5, RIGHT, flow.y + 2.5))
        flow.y += flow.leading * 0.5
        if section.key == flow.form.stage_after:
            _checkboxes(flow)


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {"guided_rows": _guided_rows, "legend_frames": _legend_frames, "ruled_checkbox": _ruled_checkbox}[name](flow, rng)
    flow.furniture()
    return flow.pages

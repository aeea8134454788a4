"""Page geometry of the twenty-second generator's hand-placed producers (fig2dev, PyX, PDF::Create) and its scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in three layouts of real paper forms none of the earlier
generators drew:
`comb_grid` (a form to fill in by hand: each label printed small above its empty frame, the short fields two
frames a row, a phone number or an amount in a comb of one cell per character, one character centred in each cell;
the long answers in full-width frames under their bold labels); `margin_rule` (a long vertical rule down every page
splitting a label margin from the answers: each label bold and set flush right against the rule, its answer flush
left beyond it, a short tick across the rule where a section starts); `under_captions` (the caption under the
line, as on a signature block: each short answer typed on a solid rule with its label printed small under the rule,
two such fields a row; each long answer in a frame with its label small under the frame's bottom edge, so a label
always follows its answer).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

for number in (15, 16, 23, 26):  # the text measure and line breaker, the page model, the ops writer
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, paragraphs  # noqa: E402
from h26_layout import ops  # noqa: E402
from h27_content import Form, Section  # noqa: E402

__all__ = ["COMB", "LAYOUTS", "Page", "comb_fields", "layout", "ops", "text_width", "wrap"]

LAYOUTS = ("comb_grid", "margin_rule", "under_captions")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
COMB = ("telefon", "sokt_belopp")  # the short fields a paper form gives a comb of character cells
COMB_MAX = 22  # characters: a longer answer gets a plain frame


def comb_fields(form: Form) -> list[Section]:
    """The sections `comb_grid` draws one character a cell."""
    return [s for s in form.header if s.key in COMB and 0 < len(s.text) <= COMB_MAX]


def _lines(section: Section, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in paragraphs(section, size, width):
        out.extend(para)
    return out


def _title(flow: Flow, centred: bool = False) -> None:
    size = flow.size + 3.5
    for line in wrap(flow.form.title, size, WIDTH, bold=True):
        flow.y += size * 1.3
        x = (A4[0] - text_width(line, size, True)) / 2 if centred else MARGIN
        flow.text(x, line, True, size)
    flow.y += flow.leading * 1.3


def _grid(form: Form) -> list[Section]:
    return form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]


def _stage_box(flow: Flow, x: float, right: float) -> None:
    if not flow.form.stage_marker:
        return
    flow.room(flow.leading * 2 + 8)
    top = flow.y + 4
    flow.y = top + flow.leading + 2
    flow.text(x + 5, flow.form.stage_marker, True)
    flow.y += 5
    flow.page.boxes.append(Box(x, top, right, flow.y))
    flow.y += 6


def _comb_grid(flow: Flow, rng: random.Random) -> None:
    small, pad = flow.size - 1.5, 5.0
    cell = round(flow.size * rng.uniform(1.15, 1.35), 1)
    _title(flow)
    grid = _grid(flow.form)
    combs = comb_fields(flow.form)
    half = (WIDTH - 14) / 2
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        width = half if len(row) == 2 else WIDTH
        cells = [[] if s in combs else _lines(s, flow.size, width - 2 * pad) or [""] for s in row]
        height = max(1, *map(len, cells)) * flow.leading + 2 * pad
        flow.room(small * 1.4 + height + 8)
        flow.y += small * 1.2
        top = flow.y + 3
        for k, (section, lines) in enumerate(zip(row, cells)):
            x = MARGIN + k * (half + 14)
            flow.page.texts.append(Text(x, flow.y, wrap(section.label, small, width)[0], small))
            if section in combs:
                for j, char in enumerate(section.text):
                    x0 = x + j * cell
                    flow.page.boxes.append(Box(x0, top, x0 + cell, top + flow.leading + 2 * pad))
                    if char != " ":
                        cx = x0 + (cell - text_width(char, flow.size)) / 2
                        flow.page.texts.append(Text(cx, top + pad + flow.leading - 2, char, flow.size))
                continue
            flow.page.boxes.append(Box(x, top, x + width, top + height))
            for j, line in enumerate(lines):
                flow.page.texts.append(Text(x + pad, top + pad + (j + 1) * flow.leading - 2, line, flow.size))
        flow.y = top + height + 6
    flow.y += 4
    for section in flow.form.sections:
        if section in grid:
            continue
        labels = wrap(section.label, flow.size, WIDTH, bold=True)
        lines = _lines(section, flow.size, WIDTH - 2 * pad) or [""]
        flow.room(flow.leading * (len(labels) + min(3, len(lines))) + 2 * pad + 6)
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line, True)
        flow.y += 3
        top, page = flow.y, flow.page
        for line in lines:
            if not flow.fits(flow.leading + pad):
                page.boxes.append(Box(MARGIN, top, RIGHT, flow.y + pad))
                flow.new_page()
                top, page = flow.y, flow.page
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad + 2
        page.boxes.append(Box(MARGIN, top, RIGHT, flow.y))
        flow.y += 6
        if section.key == flow.form.stage_after:
            _stage_box(flow, MARGIN, MARGIN + WIDTH / 2)


def _margin_rule(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(125, 150)
    rule = MARGIN + label_w
    answer_x = rule + 10
    _title(flow, centred=rng.random() < 0.6)
    starts = {0: flow.y}  # the rule's top on each page

    def head(f: Flow) -> None:
        starts[len(f.pages) - 1] = f.y

    flow.on_new_page.append(head)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w - 14, bold=True)
        lines = _lines(section, flow.size, RIGHT - answer_x) or [""]
        flow.room(flow.leading * (min(3, max(len(labels), len(lines))) + 1))
        top, page = flow.y, flow.page
        page.boxes.append(Box(rule - 5, top + 3, rule + 5, top + 3))
        for j, label in enumerate(labels):
            y = top + (j + 1) * flow.leading + 3
            page.texts.append(Text(rule - 8 - text_width(label, flow.size, True), y, label, flow.size, True))
        flow.y += 3
        for line in lines:
            flow.room(flow.leading)
            flow.y += flow.leading
            if line:
                flow.text(answer_x, line)
        if flow.page is page:
            flow.y = max(flow.y, top + 3 + len(labels) * flow.leading)
        flow.y += flow.leading * 0.9
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 2)
            flow.y += flow.leading
            flow.text(answer_x, flow.form.stage_marker, True)
            flow.y += flow.leading * 0.9
    for n, page in enumerate(flow.pages):
        bottom = flow.y if page is flow.page else A4[1] - 72
        page.boxes.append(Box(rule, starts.get(n, 80.0), rule, bottom))


def _under_captions(flow: Flow, rng: random.Random) -> None:
    small, pad = flow.size - 2, 5.0
    _title(flow)
    grid = _grid(flow.form)
    half = (WIDTH - 18) / 2
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        width = half if len(row) == 2 else WIDTH
        cells = [_lines(s, flow.size, width - 4) or [""] for s in row]
        depth = max(map(len, cells))
        flow.room(depth * flow.leading * 1.25 + small * 1.5 + 8)
        top = flow.y
        for k, (section, lines) in enumerate(zip(row, cells)):
            x = MARGIN + k * (half + 18)
            for j in range(depth):
                y = top + (j + 1) * flow.leading * 1.25
                if j < len(lines) and lines[j]:
                    flow.page.texts.append(Text(x + 2, y - 2, lines[j], flow.size))
                if j == depth - 1:  # the rule the answer stands on, its caption under it
                    flow.page.boxes.append(Box(x, y + 1, x + width, y + 1))
                    flow.page.texts.append(Text(x, y + 1 + small * 1.15, section.label, small))
        flow.y = top + depth * flow.leading * 1.25 + small * 1.5 + 8
    flow.y += 6
    for section in flow.form.sections:
        if section in grid:
            continue
        labels = wrap(section.label, small, WIDTH)
        lines = _lines(section, flow.size, WIDTH - 2 * pad) or ["", ""]
        flow.room(flow.leading * min(3, len(lines)) + 2 * pad + small * 1.2 * len(labels) + 6)
        top = flow.y
        for line in lines:
            if not flow.fits(flow.leading + pad + small * 1.2 * len(labels) + 4):
                flow.page.boxes.append(Box(MARGIN, top, RIGHT, flow.y + pad))
                flow.new_page()
                top = flow.y
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad
        flow.page.boxes.append(Box(MARGIN, top, RIGHT, flow.y))
        for line in labels:  # the caption under the frame
            flow.y += small * 1.2
            flow.text(MARGIN, line, False, small)
        flow.y += 10
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 2)
            flow.y += flow.leading
            flow.text(MARGIN + pad, flow.form.stage_marker, True)
            flow.y += flow.leading
            flow.page.boxes.append(Box(MARGIN, flow.y - 6, MARGIN + WIDTH / 3, flow.y - 6))
            flow.y += 6


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {"comb_grid": _comb_grid, "margin_rule": _margin_rule, "under_captions": _under_captions}[name](flow, rng)
    flow.furniture()
    return flow.pages

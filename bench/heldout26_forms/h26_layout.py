"""Page geometry of the twenty-first generator's hand-placed producers (R, gnuplot, Inkscape, borb) and its scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew this way:
`caption_cells` (a printed fillable form: every answer in a framed cell whose label is a small caption inside the
cell's top-left corner, the answer under it in the cell; an application's short fields cells two a row sharing their
edges, a grid); `dotted_leaders` (a paper form filled in on a typewriter: the label bold at the left, a dotted leader
from its end to the answer's tab stop, the answer on dotted rules from the stop to the right margin, one rule a line,
an empty answer an empty rule); `badge_panels` (every section headed by a dark square badge with a white letter, A,
B, C …, the bold label beside it, the answer below on a pale grey panel the width of the page); `pair_table` (a
bordered table with shaded label cells: an application's short fields four cells a row, label, value, label, value,
every other section a row of its shaded label cell and its answer cell, a long answer's row closed at a page's foot
and continued on the next page under an empty shaded label cell).
The badges' letters are furniture: no answer's text (`furniture`).
"""

from __future__ import annotations

import random
import string
import sys
from dataclasses import dataclass
from pathlib import Path

for number in (15, 16, 23):  # the text measure and line breaker, the eighteenth generator's page model
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _stage, paragraphs  # noqa: E402
from h26_content import Form, Section  # noqa: E402

__all__ = ["LAYOUTS", "Dotted", "Page", "furniture", "layout", "ops", "text_width", "wrap"]

LAYOUTS = ("caption_cells", "dotted_leaders", "badge_panels", "pair_table")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
BADGES = string.ascii_uppercase


@dataclass
class Dotted(Box):
    """A dotted rule (y0 == y1): a leader or the line an answer is typed on."""


def furniture() -> set[str]:
    """Words on the pages that belong to no title, label or answer: the badges' letters."""
    return set(BADGES)


def _lines(section: Section, size: float, width: float) -> list[str]:
    """The answer's lines, an empty line between paragraphs (none between a list's items)."""
    out: list[str] = []
    texts = section.lines()
    for k, para in enumerate(paragraphs(section, size, width)):
        if k and not (texts[k].startswith("•") and texts[k - 1].startswith("•")):
            out.append("")
        out.extend(para)
    return out


def _title(flow: Flow) -> None:
    size = flow.size + 4
    for line in wrap(flow.form.title, size, WIDTH, bold=True):
        flow.y += size * 1.3
        flow.text(MARGIN, line, True, size)
    flow.y += flow.leading * 1.2


def _grid(form: Form) -> list[Section]:
    return form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]


def _caption_cells(flow: Flow, rng: random.Random) -> None:
    pad, caption = 5.0, rng.choice((6.5, 7.0, 7.5))
    if flow.size.is_integer():
        caption = float(round(caption))
    _title(flow)
    grid = _grid(flow.form)
    half = WIDTH / 2
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        width = half if len(row) == 2 else WIDTH
        cells = [_lines(s, flow.size, width - 2 * pad) or [""] for s in row]
        height = caption * 1.5 + max(map(len, cells)) * flow.leading + pad + 2
        flow.room(height)
        top = flow.y
        for k, (section, lines) in enumerate(zip(row, cells)):
            x = MARGIN + k * half
            flow.page.boxes.append(Box(x, top, x + width, top + height))
            label = wrap(section.label, caption, width - 2 * pad)[0]
            flow.page.texts.append(Text(x + 3, top + caption * 1.2, label, caption, False, 0.25))
            for j, line in enumerate(lines):
                y = top + caption * 1.5 + (j + 1) * flow.leading - 1
                flow.page.texts.append(Text(x + pad, y, line, flow.size))
        flow.y = top + height
    flow.y += 8
    for section in flow.form.sections:
        if section in grid:
            continue
        labels = wrap(section.label, caption, WIDTH - 2 * pad)
        lines = _lines(section, flow.size, WIDTH - 2 * pad) or [""]
        flow.room(caption * 1.3 * len(labels) + flow.leading * min(3, len(lines)) + 2 * pad)
        top, page = flow.y, flow.page
        for line in labels:
            flow.y += caption * 1.25
            flow.text(MARGIN + 3, line, False, caption, 0.25)
        flow.y += 2
        for line in lines:
            if not flow.fits(flow.leading + pad):
                page.boxes.append(Box(MARGIN, top, RIGHT, flow.y + pad))
                flow.new_page()
                top, page = flow.y, flow.page
                flow.y += pad
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad
        page.boxes.append(Box(MARGIN, top, RIGHT, flow.y))
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 2 + pad)
            top = flow.y
            flow.y += flow.leading + pad / 2
            flow.text(MARGIN + pad, flow.form.stage_marker, True)
            flow.y += pad
            flow.page.boxes.append(Box(MARGIN, top, RIGHT, flow.y))


def _dotted_leaders(flow: Flow, rng: random.Random) -> None:
    tab = MARGIN + rng.uniform(135, 165)
    leading = flow.leading * 1.35  # room for the pen's line under each typed line
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, tab - MARGIN - 16, bold=True)
        lines = _lines(section, flow.size, RIGHT - tab - 4) or [""]
        flow.room(leading * min(3, max(len(labels), len(lines))))
        top, page = flow.y, flow.page
        for j, label in enumerate(labels):
            y = top + (j + 1) * leading
            page.texts.append(Text(MARGIN, y, label, flow.size, True))
            if j == len(labels) - 1:  # the leader from the label's end to the stop
                end = MARGIN + text_width(label, flow.size, True) + 4
                page.boxes.append(Dotted(end, y + 1.5, tab - 4, y + 1.5))
        for line in lines:
            if not flow.fits(leading):
                flow.new_page()
            flow.y += leading
            flow.page.boxes.append(Dotted(tab, flow.y + 2.5, RIGHT, flow.y + 2.5))
            if line:
                flow.text(tab, line)
        if flow.page is page:
            flow.y = max(flow.y, top + len(labels) * leading)
        flow.y += flow.leading * 0.8
        if section.key == flow.form.stage_after:
            _stage(flow, tab)


def _badge_panels(flow: Flow, rng: random.Random) -> None:
    badge, gap = flow.size + 7, 8.0
    shade = rng.choice((0.92, 0.94, 0.9))
    indent = badge + gap
    _title(flow)
    for number, section in enumerate(flow.form.sections):
        labels = wrap(section.label, flow.size + 0.5, WIDTH - indent, bold=True)
        lines = _lines(section, flow.size, WIDTH - indent - 12) or [""]
        flow.room(badge + flow.leading * (len(labels) + min(3, len(lines))) + 10)
        top = flow.y + 4
        flow.page.boxes.append(Box(MARGIN, top, MARGIN + badge, top + badge, fill=0.15, stroke=False))
        letter = BADGES[number % len(BADGES)]
        x = MARGIN + (badge - text_width(letter, flow.size, True)) / 2
        flow.page.texts.append(Text(x, top + badge * 0.5 + flow.size * 0.36, letter, flow.size, True, 1.0))
        flow.y = top + badge * 0.5 + flow.size * 0.36 - (flow.leading if len(labels) > 1 else 0) / 2
        for line in labels:
            flow.text(MARGIN + indent, line, True, flow.size + 0.5)
            flow.y += flow.leading
        flow.y = max(flow.y - flow.leading, top + badge) + 4
        panel, page = flow.y, flow.page
        for line in lines:
            if not flow.fits(flow.leading + 6):
                page.boxes.insert(0, Box(MARGIN + indent, panel, RIGHT, flow.y + 6, fill=shade, stroke=False))
                flow.new_page()
                panel, page = flow.y, flow.page
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + indent + 6, line)
        flow.y += 6
        page.boxes.insert(0, Box(MARGIN + indent, panel, RIGHT, flow.y, fill=shade, stroke=False))
        flow.y += 6
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + indent + 6)
            flow.y += 4


def _pair_table(flow: Flow, rng: random.Random) -> None:
    pad, shade = 4.0, rng.choice((0.86, 0.9))
    label_w = rng.uniform(120, 150)
    _title(flow)
    grid = _grid(flow.form)
    # the short fields four cells a row: label, value, label, value
    quarter_label, quarter_value = WIDTH * 0.19, WIDTH * 0.31
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        value_w = quarter_value if len(row) == 2 else WIDTH - quarter_label
        cells = [
            (wrap(s.label, flow.size - 1, quarter_label - 2 * pad, bold=True),
             _lines(s, flow.size, value_w - 2 * pad) or [""])
            for s in row
        ]  # fmt: skip
        height = max(max(len(a), len(b)) for a, b in cells) * flow.leading + 2 * pad
        flow.room(height)
        top = flow.y
        for k, (labels, lines) in enumerate(cells):
            x = MARGIN + k * (quarter_label + quarter_value)
            flow.page.boxes.append(Box(x, top, x + quarter_label, top + height, fill=shade))
            flow.page.boxes.append(Box(x + quarter_label, top, x + quarter_label + value_w, top + height))
            for j, label in enumerate(labels):
                y = top + pad + (j + 1) * flow.leading - 2
                flow.page.texts.append(Text(x + pad, y, label, flow.size - 1, True))
            for j, line in enumerate(lines):
                y = top + pad + (j + 1) * flow.leading - 2
                flow.page.texts.append(Text(x + quarter_label + pad, y, line, flow.size))
        flow.y = top + height
    for section in flow.form.sections:
        if section in grid:
            continue
        labels = wrap(section.label, flow.size - 1, label_w - 2 * pad, bold=True)
        lines = _lines(section, flow.size, WIDTH - label_w - 2 * pad) or [""]
        flow.room(flow.leading * min(3, max(len(labels), len(lines))) + 2 * pad)
        top, page = flow.y, flow.page
        for j, label in enumerate(labels):
            page.texts.append(Text(MARGIN + pad, top + pad + (j + 1) * flow.leading - 2, label, flow.size - 1, True))
        flow.y += pad - 2
        for line in lines:
            if not flow.fits(flow.leading + pad):
                _row(flow.page, top, flow.y + pad, label_w, shade)
                flow.new_page()
                top = flow.y
                flow.y += pad - 2
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + label_w + pad, line)
        if flow.page is page:
            flow.y = max(flow.y, top + pad + len(labels) * flow.leading - 2)
        flow.y += pad + 2
        _row(flow.page, top, flow.y, label_w, shade)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            top = flow.y
            flow.room(flow.leading + 2 * pad)
            top = flow.y
            flow.y += flow.leading + pad - 2
            flow.text(MARGIN + label_w + pad, flow.form.stage_marker, True)
            flow.y += pad + 2
            _row(flow.page, top, flow.y, label_w, shade)


def _row(page: Page, top: float, bottom: float, label_w: float, shade: float) -> None:
    page.boxes.append(Box(MARGIN, top, MARGIN + label_w, bottom, fill=shade))
    page.boxes.append(Box(MARGIN + label_w, top, RIGHT, bottom))


def layout(form: Form, rng: random.Random, name: str, whole: bool = False) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS); `whole`: text sizes in whole points (R's pdf()
    rounds every size to one)."""
    size = rng.choice((9.0, 10.0) if whole else (9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {
        "caption_cells": _caption_cells,
        "dotted_leaders": _dotted_leaders,
        "badge_panels": _badge_panels,
        "pair_table": _pair_table,
    }[name](flow, rng)
    flow.furniture()
    return flow.pages


def ops(pages: list[Page]) -> str:
    """The pages as lines of tab-separated drawing operations, y down from the top, for the drivers in other
    languages: `P w h` opens a page; `B x0 y0 x1 y1 fill stroke` a box (fill -1 for none); `L x0 y0 x1 y1` a
    solid rule; `D x0 y x1 y` a dotted rule; `T x y size bold grey text` a text run at its baseline (grey 0 black,
    1 white). Boxes come first, in drawing order, then rules, then texts."""
    out = []
    for page in pages:
        out.append(f"P\t{page.width:.2f}\t{page.height:.2f}")
        for b in page.boxes:
            if isinstance(b, Dotted) or abs(b.y1 - b.y0) < 0.1 or abs(b.x1 - b.x0) < 0.1:
                kind = "D" if isinstance(b, Dotted) else "L"
                out.append(f"{kind}\t{b.x0:.2f}\t{b.y0:.2f}\t{b.x1:.2f}\t{b.y1:.2f}")
                continue
            fill = -1 if b.fill is None else b.fill
            out.append(f"B\t{b.x0:.2f}\t{b.y0:.2f}\t{b.x1:.2f}\t{b.y1:.2f}\t{fill:.2f}\t{int(b.stroke)}")
        for t in page.texts:
            if not t.text.strip():
                continue
            out.append(f"T\t{t.x:.2f}\t{t.y:.2f}\t{t.size:.2f}\t{int(t.bold)}\t{t.grey:.2f}\t{t.text}")
    return "\n".join(out) + "\n"

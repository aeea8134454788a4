"""Page geometry of the nineteenth generator's hand-placed producers (libharu, Qt) and of its scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in five layouts of real forms none of the earlier
generators drew this way: `caption_under` (a pre-printed paper form: every answer typed on ruled writing lines, the
label a small caption under the last rule, as under a signature line; an application's short fields two or three
such cells a row); `sidebar_pairs` (a letterhead form: a tinted sidebar on the first page holding the office's
name, post address, telephone and web address, the form to its right, an application's short fields a grid of
label | value | label | value, the rest each label in a column beside its answer); `corner_cells` (an authority's
ruled grid: each cell holds a tiny caption in its top left corner and the typed answer inside the same cell under
it, short fields two or three cells a row, a long answer's cell closed at a page's foot and opened again without
its caption on the next); `zebra_rows` (a label | answer table without rules, every other row tinted, a row that
runs over a page break continued with its label cell empty); `inline_colon` ("Label:" bold and run in, the answer
going on after it on the same line and wrapping back to the margin). Titles are centred over the form's column.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

for number in (15, 16, 23):  # the text measure and line breaker, the eighteenth generator's page model
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _stage, ops, paragraphs  # noqa: E402
from h24_content import Form, Section  # noqa: E402

__all__ = ["LAYOUTS", "SIDE_LAYOUTS", "Page", "label_x", "layout", "ops", "sidebar_lines"]

LAYOUTS = ("caption_under", "corner_cells", "sidebar_pairs", "zebra_rows", "inline_colon")
SIDE_LAYOUTS = ("zebra_rows",)  # the answers right of a label column that starts at the margin
RIGHT = A4[0] - MARGIN
SIDEBAR = 132.0  # the letterhead's band
CONTENT_X = {"sidebar_pairs": SIDEBAR + 22.0}


def label_x(name: str) -> float:
    """Where a layout's labels start (the scans' crop is measured from it)."""
    return CONTENT_X.get(name, MARGIN) + (4.0 if name == "zebra_rows" else 0.0)


def sidebar_lines(form: Form, rng: random.Random) -> list[str]:
    """The letterhead's lines: the city, the office, its post address, telephone and web address."""
    office = f"{form.district} stadsdelsförvaltning" if form.appendix else "Trafikkontoret"
    return [
        "Stockholms stad",
        office,
        "",
        "Postadress",
        f"Box {rng.randint(1000, 9999)}",
        f"1{rng.randint(20, 69)} {rng.randint(10, 99)} Stockholm",
        "",
        "Telefon växel",
        f"08-508 {rng.randint(10, 99)} 000",
        "",
        "stockholm.se",
    ]


def _centred_title(flow: Flow, x0: float, x1: float) -> None:
    size = flow.size + 3.5
    for line in wrap(flow.form.title, size, x1 - x0 - 24, bold=True):
        flow.y += size * 1.3
        flow.text(x0 + (x1 - x0 - text_width(line, size, True)) / 2, line, True, size)
    flow.y += flow.leading * 1.3


def _lines(section: Section, size: float, width: float) -> list[str]:
    return [line for para in paragraphs(section, size, width) for line in para]


def _header(form: Form) -> list[Section]:
    return form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]


def _caption_under(flow: Flow, rng: random.Random) -> None:
    small = flow.size - 2.5
    gap = 10.0
    per_row = rng.choice((2, 3)) if flow.form.header else 2
    cell = (RIGHT - MARGIN - (per_row - 1) * gap) / per_row
    grid = _header(flow.form)
    for start in range(0, len(grid), per_row):
        row = grid[start : start + per_row]
        cells = [_lines(s, flow.size, cell - 4) or [""] for s in row]
        captions = [wrap(s.label, small, cell) for s in row]
        height = max(map(len, cells)) * flow.leading + max(map(len, captions)) * small * 1.2 + gap
        flow.room(height)
        top = flow.y
        for k, (lines, caption) in enumerate(zip(cells, captions)):
            x = MARGIN + k * (cell + gap)
            y = top
            for line in lines:
                y += flow.leading
                flow.page.texts.append(Text(x + 2, y - 2, line, flow.size))
                flow.page.boxes.append(Box(x, y, x + cell, y))
            for j, cap in enumerate(caption):
                flow.page.texts.append(Text(x, y + (j + 1) * small * 1.2, cap, small, False, 0.4))
        flow.y = top + height
    for section in flow.form.sections:
        if section in grid:
            continue
        lines = _lines(section, flow.size, RIGHT - MARGIN - 4) or [""]
        captions = wrap(section.label, small, RIGHT - MARGIN)
        flow.room(flow.leading * min(3, len(lines)) + len(captions) * small * 1.2)
        for n, line in enumerate(lines):
            rest = len(captions) * small * 1.2 + 4 if n == len(lines) - 1 else 0
            flow.room(flow.leading + rest)
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + 2, line)
            flow.y += 2
            flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
        for cap in captions:
            flow.y += small * 1.2
            flow.text(MARGIN, cap, size=small, grey=0.4)
        flow.y += gap
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + 2)


def _corner_cells(flow: Flow, rng: random.Random) -> None:
    small, pad = 6.5, 4.0
    per_row = rng.choice((2, 3)) if flow.form.header else 2
    cell = (RIGHT - MARGIN) / per_row
    grid = _header(flow.form)
    for start in range(0, len(grid), per_row):
        row = grid[start : start + per_row]
        widths = [cell] * len(row)
        widths[-1] = RIGHT - MARGIN - cell * (len(row) - 1)
        cells = [_lines(s, flow.size, w - 2 * pad) for s, w in zip(row, widths)]
        captions = [wrap(s.label, small, w - 2 * pad) for s, w in zip(row, widths)]
        height = max(map(len, captions)) * small * 1.15 + max(1, max(map(len, cells))) * flow.leading + 2 * pad
        flow.room(height)
        top, x = flow.y, MARGIN
        for lines, caption, w in zip(cells, captions, widths):
            flow.page.boxes.append(Box(x, top, x + w, top + height))
            y = top + pad
            for cap in caption:
                y += small * 1.15
                flow.page.texts.append(Text(x + pad, y - 1, cap, small))
            for line in lines:
                y += flow.leading
                flow.page.texts.append(Text(x + pad, y, line, flow.size))
            x += w
        flow.y = top + height
    for section in flow.form.sections:
        if section in grid:
            continue
        lines = _lines(section, flow.size, RIGHT - MARGIN - 2 * pad) or [""]
        captions = wrap(section.label, small, RIGHT - MARGIN - 2 * pad)
        flow.room(len(captions) * small * 1.15 + flow.leading * min(3, len(lines)) + 2 * pad)
        top, page = flow.y, flow.page
        flow.y += pad
        for cap in captions:
            flow.y += small * 1.15
            flow.text(MARGIN + pad, cap, size=small)
        for line in lines:
            if not flow.fits(flow.leading + pad):  # the cell closes at the foot, opens again without its caption
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
            flow.room(flow.leading + 2 * pad)
            page, top = flow.page, flow.y
            flow.y += pad + flow.leading
            flow.text(MARGIN + pad, flow.form.stage_marker, True)
            flow.y += pad
            page.boxes.append(Box(MARGIN, top, RIGHT, flow.y))


def _beside(flow: Flow, x: float, label_w: float, zebra: bool) -> None:
    """Each section a row, label in a column beside its answer; every other row tinted when `zebra`."""
    pad = 4.0
    answer_x = x + label_w
    rows = [s for s in flow.form.sections if not (flow.form.header and zebra is False and s in flow.form.header)]
    for n, section in enumerate(rows):
        labels = wrap(section.label, flow.size, label_w - 2 * pad, bold=True)
        lines = _lines(section, flow.size, RIGHT - answer_x - 2 * pad)
        flow.room(flow.leading * min(3, max(len(labels), len(lines), 1)) + 2 * pad)
        top, page = flow.y, flow.page
        shade = 0.9 if zebra and n % 2 == 0 else None
        for j, label in enumerate(labels):
            page.texts.append(Text(x + pad, top + pad + (j + 1) * flow.leading, label, flow.size, True))
        flow.y += pad
        segment = top
        for line in lines:
            if not flow.fits(flow.leading + pad):
                if shade is not None:
                    flow.page.boxes.insert(0, Box(x, segment, RIGHT, flow.y + pad, fill=shade, stroke=False))
                flow.new_page()
                segment = flow.y
            flow.y += flow.leading
            flow.text(answer_x + pad, line)
        if flow.page is page:
            flow.y = max(flow.y, top + pad + len(labels) * flow.leading)
        flow.y += pad
        if shade is not None:
            flow.page.boxes.insert(0, Box(x, segment, RIGHT, flow.y, fill=shade, stroke=False))
        if not zebra:
            flow.page.boxes.append(Box(x, flow.y, RIGHT, flow.y))
        flow.y += 2
        if section.key == flow.form.stage_after:
            _stage(flow, answer_x + pad)


def _zebra_rows(flow: Flow, rng: random.Random) -> None:
    _beside(flow, MARGIN, rng.uniform(120, 160), zebra=True)


def _sidebar_pairs(flow: Flow, rng: random.Random) -> None:
    x = CONTENT_X["sidebar_pairs"]
    if flow.form.header:  # a grid of label | value | label | value, two pairs a row
        half = (RIGHT - x) / 2
        label_w = 70.0
        for row in _pair_rows(flow.form.header, flow.size, half - label_w - 8):
            width = (half if len(row) == 2 else RIGHT - x) - label_w - 8
            cells = [_lines(s, flow.size, width) for s in row]
            labels = [wrap(s.label, flow.size - 1, label_w - 10, bold=True) for s in row]
            height = max(max(map(len, cells), default=1), max(map(len, labels)), 1) * flow.leading + 6
            flow.room(height)
            top = flow.y
            for k in range(len(row)):
                cx = x + k * half
                for j, label in enumerate(labels[k]):
                    flow.page.texts.append(Text(cx, top + (j + 1) * flow.leading, label, flow.size - 1, True))
                for j, line in enumerate(cells[k]):
                    flow.page.texts.append(Text(cx + label_w, top + (j + 1) * flow.leading, line, flow.size))
            flow.y = top + height
            flow.page.boxes.append(Box(x, flow.y - 2, RIGHT, flow.y - 2))
        flow.y += flow.leading
    _beside(flow, x - 4, rng.uniform(105, 130), zebra=False)


def _pair_rows(sections: list[Section], size: float, width: float) -> list[list[Section]]:
    """Two pairs a row, but a pair whose value holds a word wider than its cell (an e-mail address) a row alone."""
    rows: list[list[Section]] = []
    for section in sections:
        wide = any(text_width(w, size) > width for line in section.lines() for w in line.split())
        if wide or not rows or len(rows[-1]) == 2 or rows[-1][0] is None:
            rows.append([section] if not wide else [section, None])  # type: ignore[list-item]
        else:
            rows[-1].append(section)
    return [[s for s in row if s is not None] for row in rows]


def _inline_colon(flow: Flow, rng: random.Random) -> None:
    width = RIGHT - MARGIN
    for section in flow.form.sections:
        lead = section.label + ": "
        lead_w = text_width(lead, flow.size, True)
        paras = section.lines() or [""]
        flow.room(flow.leading * 2)
        for k, para in enumerate(paras):
            if k == 0 and lead_w < width * 0.6:
                lines = wrap(para, flow.size, width, first=width - lead_w) if para else [""]
                flow.y += flow.leading
                flow.text(MARGIN, lead.rstrip(), True)
                if lines[0]:
                    flow.text(MARGIN + lead_w, lines[0])
                rest = lines[1:]
            else:
                if k == 0:  # a label too long to run in: on its own line
                    for line in wrap(lead.rstrip(), flow.size, width, bold=True):
                        flow.y += flow.leading
                        flow.text(MARGIN, line, True)
                rest = wrap(para, flow.size, width) if para else []
            for line in rest:
                flow.room(flow.leading)
                flow.y += flow.leading
                flow.text(MARGIN, line)
        flow.y += flow.leading * 0.6
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    x0 = CONTENT_X.get(name, MARGIN)
    _centred_title(flow, x0, RIGHT)
    {
        "caption_under": _caption_under,
        "corner_cells": _corner_cells,
        "sidebar_pairs": _sidebar_pairs,
        "zebra_rows": _zebra_rows,
        "inline_colon": _inline_colon,
    }[name](flow, rng)
    flow.furniture()
    if name == "sidebar_pairs":
        first = flow.pages[0]
        first.boxes.insert(0, Box(0, 0, SIDEBAR, A4[1], fill=0.88, stroke=False))
        y = 120.0
        for k, line in enumerate(sidebar_lines(form, rng)):
            for part in wrap(line, 7.5, SIDEBAR - 28, bold=k < 2) or [""]:
                y += 11.5
                if part:
                    first.texts.append(Text(18, y, part, 7.5, k < 2))
    return flow.pages

"""Page geometry of the twenty-fourth generator's hand-placed producers (Text::PDF, gri, ploticus, Grace) and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew:
`side_tabs` (the form cut into parts, "Del A. Om projektet", "Del B. Syfte" …: each part marked by a dark tab down
the left margin whose heading is set turned a quarter, in white, reading upwards; beside the tab a bold label column
and an answer column, a hairline under every row; a part broken by a page break gets its tab again on the next
page); `draft_watermark` (a draft or archive copy: a large pale word, "UTKAST", "KOPIA" or "ARKIVEXEMPLAR", set
diagonally across every page under the form, as print drivers and document systems stamp it; the form "Label:" in a
column of its own with the answer at a tab stop beside it); `centred_rules` (each long section's label centred on a
horizontal rule that runs out to both margins from it, the answer under it; the short fields "Label: answer" inline
pairs, two a row, each pair's wrapped lines kept inside its half); `vcentre_cells` (a ruled two-column table whose
label cells are vertically centred on their answers, as Word's cell alignment "centre" sets them: a long answer's
label sits halfway down its row, not at its top; a row broken at a page's foot goes on with an empty label cell).
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

for number in (15, 16, 23):  # the text measure and line breaker, the page model
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, BOTTOM, MARGIN, Box, Flow, Page, Text, paragraphs  # noqa: E402
from h29_content import Form, Section, group_of  # noqa: E402

__all__ = ["A4", "LAYOUTS", "Box", "Page", "Text", "Turned", "layout", "text_width", "wrap"]

LAYOUTS = ("side_tabs", "draft_watermark", "centred_rules", "vcentre_cells")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
MARKS = ("UTKAST", "KOPIA", "ARKIVEXEMPLAR")


@dataclass
class Turned(Text):
    """Text turned `angle` degrees counter-clockwise about its start (x, baseline y)."""

    angle: float = 90.0


def lines_of(section: Section, size: float, width: float) -> list[str]:
    """The answer's lines, paragraphs one after another."""
    return [line for para in paragraphs(section, size, width) for line in para]


def _title(flow: Flow, centred: bool = False) -> None:
    size = flow.size + (4 if flow.size.is_integer() else 3.5)  # whole sizes stay whole
    for line in wrap(flow.form.title, size, WIDTH, bold=True):
        flow.y += size * 1.3
        x = (A4[0] - text_width(line, size, True)) / 2 if centred else MARGIN
        flow.text(x, line, True, size)
    flow.y += flow.leading * 1.3


def _stage(flow: Flow, x: float, centred: bool = False) -> None:
    marker = flow.form.stage_marker
    if marker:
        flow.room(flow.leading * 1.8)
        flow.y += flow.leading * 1.2
        flow.text((A4[0] - text_width(marker, flow.size, True)) / 2 if centred else x, marker, True)
        flow.y += flow.leading * 0.5


# --- side tabs ----------------------------------------------------------------------------------------------------

TAB = (MARGIN - 30, MARGIN - 12)  # the tab's left and right edge


def _close_tab(page: Page, heading: str, top: float, bottom: float) -> None:
    if bottom - top < 12:
        return
    page.boxes.append(Box(TAB[0], top, TAB[1], bottom, fill=0.25, stroke=False))
    size = 8.0
    if text_width(heading, size, True) > bottom - top - 8:
        heading = heading.split(".")[0]  # "Del A" where the part's name does not fit along its tab
    length = text_width(heading, size, True)
    if length < bottom - top - 8:  # the heading reads upwards, centred along the tab
        x = (TAB[0] + TAB[1]) / 2 + size * 0.35
        page.texts.append(Turned(x, (top + bottom + length) / 2, heading, size, True, 1.0, 90.0))


def _side_tabs(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(140, 165)
    answer_x = MARGIN + label_w + 10
    _title(flow)
    heading, tab_top, tab_page = "", flow.y, flow.page
    for section in flow.form.sections:
        starts = group_of(section.key)
        labels = wrap(section.label, flow.size, label_w - 4, bold=True)
        lines = lines_of(section, flow.size, RIGHT - answer_x) or [""]
        flow.room(flow.leading * max(len(labels), min(3, len(lines))) + 10)
        if starts or flow.page is not tab_page:
            if heading:
                _close_tab(tab_page, heading, tab_top, flow.y if flow.page is tab_page else A4[1] - BOTTOM)
            heading = starts or heading
            tab_top, tab_page = flow.y + 2, flow.page
            flow.y += 4 if starts else 0
        top, page = flow.y, flow.page
        for j, line in enumerate(labels):
            page.texts.append(Text(MARGIN, top + (j + 1) * flow.leading, line, flow.size, True))
        for line in lines:
            if not flow.fits(flow.leading + 4):
                _close_tab(tab_page, heading, tab_top, flow.y + 4)
                flow.new_page()
                tab_top, tab_page = flow.y + 2, flow.page
            flow.y += flow.leading
            if line:
                flow.text(answer_x, line)
        if flow.page is page:
            flow.y = max(flow.y, top + len(labels) * flow.leading)
        if section.key == flow.form.stage_after:
            _stage(flow, answer_x)
        flow.y += 6
        flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
    if heading:
        _close_tab(tab_page, heading, tab_top, flow.y)


# --- draft watermark ----------------------------------------------------------------------------------------------


def watermark(page: Page, mark: str, angle: float) -> None:
    """The pale word across the page, under everything else on it."""
    size = min(96.0, 560 / max(1.0, text_width(mark, 1, True)))
    length = text_width(mark, size, True)
    rad = math.radians(angle)
    x = A4[0] / 2 - math.cos(rad) * length / 2 - math.sin(rad) * size * 0.35
    y = A4[1] / 2 + math.sin(rad) * length / 2 - math.cos(rad) * size * 0.35
    page.texts.insert(0, Turned(x, y, mark, size, True, 0.85, angle))


def _draft_watermark(flow: Flow, rng: random.Random) -> None:
    tab = rng.uniform(130, 165)
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label + ":", flow.size, tab - 12, bold=True)
        lines = lines_of(section, flow.size, WIDTH - tab)
        flow.room(flow.leading * min(3, max(len(labels), len(lines), 1)))
        top, page = flow.y, flow.page
        for j, line in enumerate(labels):
            page.texts.append(Text(MARGIN, top + (j + 1) * flow.leading, line, flow.size, True))
        for line in lines:
            flow.room(flow.leading)
            flow.y += flow.leading
            flow.text(MARGIN + tab, line)
        if flow.page is page:
            flow.y = max(flow.y, top + len(labels) * flow.leading)
        flow.y += flow.leading * 0.8
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + tab)
    mark, angle = rng.choice(MARKS), rng.uniform(40, 56)
    for page in flow.pages:
        watermark(page, mark, angle)


# --- centred rules ------------------------------------------------------------------------------------------------


def _short(form: Form) -> list[Section]:
    return form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]


def _inline_pair(flow: Flow, x: float, top: float, width: float, section: Section) -> float:
    """The pair "Label: answer" inside a cell `width` wide from `x`; the depth it takes."""
    label = section.label + ":"
    lead = text_width(label + "  ", flow.size, True)  # two spaces: a producer may set a wider hyphen
    answer = " ".join(section.lines()).replace("\u00a0", " ")
    if lead > width * 0.6:  # a long label on a line of its own
        labels, lines, first = wrap(label, flow.size, width, bold=True), wrap(answer, flow.size, width), 0.0
    else:
        labels, first = [label], lead
        lines = wrap(answer, flow.size, width, first=width - lead) if answer else []
    y = top
    for line in labels[:-1]:
        y += flow.leading
        flow.page.texts.append(Text(x, y, line, flow.size, True))
    y += flow.leading
    flow.page.texts.append(Text(x, y, labels[-1], flow.size, True))
    if first and lines:
        flow.page.texts.append(Text(x + first, y, lines.pop(0), flow.size))
    for line in lines:
        y += flow.leading
        flow.page.texts.append(Text(x, y, line, flow.size))
    return y - top


def _ruled_label(flow: Flow, label: str) -> None:
    for line in wrap(label, flow.size, WIDTH - 80, bold=True):
        flow.y += flow.leading
        width = text_width(line, flow.size, True)
        x = (A4[0] - width) / 2
        mid = flow.y - flow.size * 0.32
        flow.page.boxes += [Box(MARGIN, mid, x - 8, mid), Box(x + width + 8, mid, RIGHT, mid)]
        flow.text(x, line, True)


def _centred_rules(flow: Flow, rng: random.Random) -> None:
    _title(flow, centred=True)
    short = _short(flow.form)
    half = (WIDTH - 18) / 2
    for start in range(0, len(short), 2):
        row = short[start : start + 2]
        flow.room(flow.leading * 3)
        depth = max(_inline_pair(flow, MARGIN + k * (half + 18), flow.y, half, s) for k, s in enumerate(row))
        flow.y += depth + flow.leading * 0.5
    flow.y += flow.leading * 0.5
    for section in flow.form.sections:
        if section in short:
            continue
        lines = lines_of(section, flow.size, WIDTH)
        flow.room(flow.leading * (2 + min(3, len(lines))))
        flow.y += flow.leading * 0.4
        _ruled_label(flow, section.label)
        flow.y += flow.leading * 0.3
        for line in lines:
            flow.room(flow.leading)
            flow.y += flow.leading
            flow.text(MARGIN, line)
        flow.y += flow.leading * 0.6
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN, centred=True)


# --- vertically centred cells -------------------------------------------------------------------------------------


def _vcentre_cells(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(135, 160)
    pad = 4.0
    answer_x = MARGIN + label_w + pad
    _title(flow)
    flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))

    def close(page: Page, top: float, bottom: float, labels: list[str]) -> None:
        page.boxes += [Box(MARGIN, top, MARGIN, bottom), Box(MARGIN + label_w, top, MARGIN + label_w, bottom),
                       Box(RIGHT, top, RIGHT, bottom), Box(MARGIN, bottom, RIGHT, bottom)]  # fmt: skip
        if labels:
            block = len(labels) * flow.leading
            y = top + (bottom - top - block) / 2 + flow.size * 0.95  # the label block's middle on the row's
            for line in labels:
                page.texts.append(Text(MARGIN + pad, y, line, flow.size, True))
                y += flow.leading

    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w - 2 * pad, bold=True)
        lines = lines_of(section, flow.size, RIGHT - answer_x - pad) or [""]
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            lines += ["", flow.form.stage_marker]
        flow.room(flow.leading * max(len(labels), min(3, len(lines))) + 2 * pad)
        top, page, pending = flow.y, flow.page, labels
        flow.y += pad
        for line in lines:
            if not flow.fits(flow.leading + pad):
                close(page, top, flow.y + pad, pending)
                flow.new_page()
                flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
                top, page, pending = flow.y, flow.page, []
                flow.y += pad
            flow.y += flow.leading
            if line:
                flow.text(answer_x, line, bold=line == flow.form.stage_marker)
        flow.y = max(flow.y, top + pad + len(pending) * flow.leading) + pad + 2
        close(page, top, flow.y, pending)


def layout(form: Form, rng: random.Random, name: str, whole: bool = False) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS), in whole point sizes when `whole` (a producer that
    rounds them)."""
    size = rng.choice((9.0, 10.0, 11.0) if whole else (9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "- {n} -"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {"side_tabs": _side_tabs, "draft_watermark": _draft_watermark, "centred_rules": _centred_rules,
     "vcentre_cells": _vcentre_cells}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

"""Page geometry of the thirty-first generator's producers and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, y down from the top), laid out here in four layouts of real forms none of the earlier generators drew:
`excel_sheet` (a form kept in a SPREADSHEET and printed with its gridlines and headings: a grey heading row of column
letters A–F across the top of every page (repeated print titles) and a grey column of ROW NUMBERS down the left,
counting on from page to page; every row a cell-high band with a thin gridline under it; the label typed into column
A (its wrapped lines in rows of their own), the answer into column B on, ONE ROW PER LINE, the rows of a field
numbered like all others; an empty row between fields; the title in the first row, bold);
`slides` (the form as a PRESENTATION exported to PDF: landscape pages 842 x 595; the title large on the first slide;
each field's LABEL AS A SLIDE HEADING (17–20 pt bold, a coloured rule under it) and its answer below as the body
(12–13 pt), as many fields a slide as fit, a long answer going on on the next slide with no heading; the running
header, Dnr and slide number in a small footer line at the bottom);
`stepper` (a web form's "progress" print: a VERTICAL TIMELINE LINE near the left margin through every field of the
page, a CIRCLE on it at each field (filled dark when the field is answered, hollow when empty), the label bold beside
its circle, the answer under the label, indented at the label's x);
`receipt_right` (a summary like a receipt: each label flush left in regular weight and its answer FLUSH RIGHT against
the right margin on the same line when the answer is one short line; a longer answer under its label in lines each
RIGHT-ALIGNED (ragged left) against the right margin over the right three quarters of the width; a hairline across
the page under every field).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

for number in (16, 23, 30):  # the text measure and line breaker, the page model, an answer's lines
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, BOTTOM, MARGIN, TOP, Box, Flow, Page, Text, _title  # noqa: E402
from h30_layout import _stage, lines_of  # noqa: E402
from h36_content import Form  # noqa: E402

__all__ = ["A4", "LAYOUTS", "MARGIN", "Box", "Circle", "Page", "Text", "layout", "text_width"]

LAYOUTS = ("excel_sheet", "slides", "stepper", "receipt_right")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
LANDSCAPE = (842.0, 595.0)


@dataclass
class Circle(Box):
    """A circle inscribed in the box (drawn as four Bézier quarters by the producers, as an ellipse by the scans)."""


def _furniture(pages: list[Page], form: Form, footer: str) -> None:
    total = len(pages)
    for n, page in enumerate(pages, 1):
        page.texts.append(Text(MARGIN, 46, form.running_header, 8.5))
        page.texts.append(Text(page.width - MARGIN - text_width(form.dnr, 8.5), 46, form.dnr, 8.5))
        foot = footer.format(n=n, total=total)
        page.texts.append(Text(page.width - MARGIN - text_width(foot, 8.5), page.height - 38, foot, 8.5))


# --- a spreadsheet printed with gridlines and headings ---------------------------------------------------------------


def _excel_sheet(form: Form, rng: random.Random, size: float, footer: str) -> list[Page]:
    row_h = size * rng.uniform(1.45, 1.6)
    num_w = 26.0
    left = MARGIN - 14
    a_x = left + num_w
    a_w = max([rng.uniform(130, 160)] + [text_width(w, size, True) + 8 for s in form.sections for w in s.label.split()])
    right = RIGHT + 10
    cols = [a_x, a_x + a_w] + [a_x + a_w + (right - a_x - a_w) * k / 5 for k in range(1, 6)]
    pages: list[Page] = []
    y = 0.0
    number = 0

    def new_page() -> None:
        nonlocal y
        page = Page()
        pages.append(page)
        top = TOP - 8
        page.boxes.append(Box(left, top, right, top + row_h, fill=0.86, stroke=True))
        for k, x in enumerate(cols[:-1]):
            page.boxes.append(Box(x, top, x, top + row_h))
            letter = "ABCDEF"[k]
            mid = (x + cols[k + 1]) / 2 - text_width(letter, size - 1.5) / 2
            page.texts.append(Text(mid, top + row_h - 3.5, letter, size - 1.5, False, 0.25))
        y = top + row_h

    def row(label: str = "", answer: str = "", bold: bool = False) -> None:
        nonlocal y, number
        if y + row_h > A4[1] - BOTTOM:
            grid_close()
            new_page()
        number += 1
        page = pages[-1]
        page.boxes.append(Box(left, y, a_x, y + row_h, fill=0.86, stroke=False))
        digits = str(number)
        page.texts.append(Text(a_x - 4 - text_width(digits, size - 1.5), y + row_h - 3.5, digits, size - 1.5,
                               False, 0.25))  # fmt: skip
        page.boxes.append(Box(left, y + row_h, right, y + row_h))
        if label:
            page.texts.append(Text(a_x + 3, y + row_h - 3.5, label, size, bold))
        if answer:
            page.texts.append(Text(cols[1] + 3, y + row_h - 3.5, answer, size))
        y += row_h

    def grid_close() -> None:  # the column lines down the page's rows
        page = pages[-1]
        for x in (left, a_x, cols[1], right):
            page.boxes.append(Box(x, TOP - 8, x, y))

    new_page()
    for line in wrap(form.title, size + 1.5, right - a_x - 6, bold=True):
        row()
        pages[-1].texts.append(Text(a_x + 3, y - 3.5, line, size + 1.5, True))
    row()
    for section in form.sections:
        labels = wrap(section.label, size, a_w - 6, bold=True)
        lines = lines_of(section, size, right - cols[1] - 6)
        if y + row_h * min(3, max(len(labels), len(lines), 1)) > A4[1] - BOTTOM:
            grid_close()
            new_page()
        for k in range(max(len(labels), len(lines), 1)):
            row(labels[k] if k < len(labels) else "", lines[k] if k < len(lines) else "", True)
        if section.key == form.stage_after and form.stage_marker:
            row("", "")
            pages[-1].texts.append(Text(cols[1] + 3, y - 3.5, form.stage_marker, size, True))
        row()
    grid_close()
    _furniture(pages, form, footer)
    return pages


# --- a presentation exported to PDF ----------------------------------------------------------------------------------


def _slides(form: Form, rng: random.Random, size: float, footer: str) -> list[Page]:
    w, h = LANDSCAPE
    margin = 48.0
    width = w - 2 * margin
    head = rng.uniform(17, 20)
    body = rng.uniform(12, 13)
    lead = body * 1.35
    bottom = h - 52
    pages: list[Page] = []
    y = 0.0

    def slide() -> None:
        nonlocal y
        pages.append(Page(w, h))
        y = 50.0

    slide()
    title = head + 8
    y = h * 0.32
    for line in wrap(form.title, title, width, bold=True):
        y += title * 1.25
        pages[-1].texts.append(Text(margin, y, line, title, True))
    slide()
    for section in form.sections:
        heads = wrap(section.label, head, width, bold=True)
        lines = lines_of(section, body, width)
        if y + head * 1.3 * len(heads) + 8 + lead * min(2, max(1, len(lines))) > bottom:
            slide()
        for line in heads:
            y += head * 1.3
            pages[-1].texts.append(Text(margin, y, line, head, True, 0.2))
        y += 6
        pages[-1].boxes.append(Box(margin, y, margin + width * 0.4, y + 1.6, fill=0.45, stroke=False))
        y += 4
        for line in lines:
            if y + lead > bottom:
                slide()
            y += lead
            pages[-1].texts.append(Text(margin, y, line, body))
        if section.key == form.stage_after and form.stage_marker:
            if y + lead * 1.8 > bottom:
                slide()
            y += lead * 1.4
            pages[-1].texts.append(Text(margin, y, form.stage_marker, body, True))
        y += lead * 1.1
    total = len(pages)
    for n, page in enumerate(pages, 1):
        foot = footer.format(n=n, total=total)
        page.texts.append(Text(margin, h - 22, form.running_header, 8.5, False, 0.35))
        page.texts.append(Text(margin + text_width(form.running_header, 8.5) + 24, h - 22, form.dnr, 8.5, False, 0.35))
        page.texts.append(Text(w - margin - text_width(foot, 8.5), h - 22, foot, 8.5, False, 0.35))
    return pages


# --- a timeline of steps --------------------------------------------------------------------------------------------


def _stepper(flow: Flow, rng: random.Random) -> None:
    line_x = MARGIN + 7
    text_x = MARGIN + rng.uniform(24, 32)
    r = rng.uniform(4.5, 6)
    _title(flow)
    spans: dict[int, list[float]] = {}

    def mark(y: float) -> None:
        spans.setdefault(id(flow.page), [y, y])[1] = y
        spans[id(flow.page)][0] = min(spans[id(flow.page)][0], y)

    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, RIGHT - text_x, bold=True)
        lines = lines_of(section, flow.size, RIGHT - text_x)
        flow.room(flow.leading * (len(labels) + min(2, max(1, len(lines)))))
        flow.y += flow.leading
        centre = flow.y - flow.size * 0.35
        answered = bool(section.text.strip()) and not section.text.startswith("Klicka")
        flow.page.boxes.append(Circle(line_x - r, centre - r, line_x + r, centre + r,
                                      fill=0.2 if answered else 1.0, stroke=True))  # fmt: skip
        mark(centre)
        flow.text(text_x, labels[0], True)
        for text in labels[1:]:
            flow.y += flow.leading
            flow.text(text_x, text, True)
        for text in lines:
            if not flow.fits(flow.leading):
                flow.new_page()
            flow.y += flow.leading
            flow.text(text_x, text)
            mark(flow.y - flow.size * 0.35)
        if section.key == flow.form.stage_after:
            _stage(flow, text_x)
        flow.y += flow.leading * 0.9
    for page in flow.pages:
        if id(page) in spans:
            top, bottom = spans[id(page)]
            page.boxes.insert(0, Box(line_x, top, line_x, bottom + 4))


# --- answers flush right, as on a receipt ---------------------------------------------------------------------------


def _receipt_right(flow: Flow, rng: random.Random) -> None:
    bold = rng.random() < 0.5
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH * 0.45, bold=bold)
        paras = section.lines()
        single = len(paras) == 1 and len(labels) == 1 and (
            text_width(paras[0], flow.size) <= WIDTH - text_width(labels[0], flow.size, bold) - 24)  # fmt: skip
        flow.room(flow.leading * (len(labels) + 2))
        for text in labels:
            flow.y += flow.leading
            flow.text(MARGIN, text, bold)
        if single:
            flow.text(RIGHT - text_width(paras[0], flow.size), paras[0])
        elif paras:
            for text in [line for p in paras for line in wrap(p, flow.size, WIDTH * 0.75)]:
                if not flow.fits(flow.leading):
                    flow.new_page()
                flow.y += flow.leading
                flow.text(RIGHT - text_width(text, flow.size), text)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 1.8)
            flow.y += flow.leading * 1.3
            flow.text(RIGHT - text_width(flow.form.stage_marker, flow.size, True), flow.form.stage_marker, True)
        flow.y += flow.leading * 0.45
        flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
        flow.y += flow.leading * 0.2


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -", "{n} ({total})"))
    leading = size * rng.uniform(1.3, 1.42)
    if name == "excel_sheet":
        return _excel_sheet(form, rng, size, footer)
    if name == "slides":
        return _slides(form, rng, size, footer)
    flow = Flow(form, size, leading, footer)
    {"stepper": _stepper, "receipt_right": _receipt_right}[name](flow, rng)
    flow.furniture()
    return flow.pages

"""Page geometry of the eighteenth generator's hand-placed producers (PDF::API2, jsPDF, PDFBox) and of its scans.

A form becomes pages of placed text, rules and boxes, y measured down from the page's top edge. Four layouts, each
a family of real forms of its own: `tab_colon` ("Label:" in a column of its own, the answer at a tab stop beside it
and its wrapped lines kept at the stop; or, `colon_above`, the "Label:" on a line of its own with the answer
indented under it); `boxed_fields` (an e-service's print: a small label above a framed box that holds the answer,
the short header fields three boxes a row); `numbered_table` (a three-column table, a running number, the label
and the answer, under a shaded column-header row repeated on every page, rows continued over page breaks with the
number and label cells empty); `band_headings` (each label in white on a dark band across the page, its answer
under it; an application's header fields a table whose shaded upper row holds the labels and lower row the
answers). Widths are measured in Liberation Sans, which has Helvetica's metrics, so the base-14 Helvetica of the
PDF writers and the scans' FreeType drawing break lines alike.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

for number in (15, 16):  # the eleventh generator's text measure and line breaker, and the module it builds on
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_content import Form, Section  # noqa: E402

LAYOUTS = ("tab_colon", "boxed_fields", "numbered_table", "band_headings", "colon_above")
A4 = (595.0, 842.0)
MARGIN = 56.0
TOP = 80.0
BOTTOM = 66.0
WIDTH = A4[0] - 2 * MARGIN


@dataclass
class Text:
    x: float  # left edge
    y: float  # baseline, down from the top
    text: str
    size: float
    bold: bool = False
    grey: float = 0.0  # 0 black ink, 1 white


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    fill: float | None = None  # grey level of the fill, None for none
    stroke: bool = True


@dataclass
class Page:
    width: float = A4[0]
    height: float = A4[1]
    texts: list[Text] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Flow:
    form: Form
    size: float
    leading: float
    footer: str
    pages: list[Page] = field(default_factory=list)
    y: float = TOP
    on_new_page: list = field(default_factory=list)  # callbacks drawing a page's repeated head

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = TOP
        for head in self.on_new_page:
            head(self)

    def fits(self, height: float) -> bool:
        return self.y + height <= A4[1] - BOTTOM

    def room(self, height: float) -> None:
        if not self.fits(height):
            self.new_page()

    def text(self, x: float, text: str, bold: bool = False, size: float | None = None, grey: float = 0.0) -> None:
        self.page.texts.append(Text(x, self.y, text, size or self.size, bold, grey))

    def furniture(self) -> None:
        total = len(self.pages)
        for n, page in enumerate(self.pages, 1):
            page.texts.append(Text(MARGIN, 46, self.form.running_header, 8.5))
            page.texts.append(Text(A4[0] - MARGIN - text_width(self.form.dnr, 8.5), 46, self.form.dnr, 8.5))
            footer = self.footer.format(n=n, total=total)
            page.texts.append(Text(A4[0] - MARGIN - text_width(footer, 8.5), A4[1] - 38, footer, 8.5))


def paragraphs(section: Section, size: float, width: float) -> list[list[str]]:
    return [wrap(text, size, width) for text in section.lines()]


def _title(flow: Flow) -> None:
    size = flow.size + 3.5
    for line in wrap(flow.form.title, size, WIDTH, bold=True):
        flow.y += size * 1.3
        flow.text(MARGIN, line, True, size)
    flow.y += flow.leading * 1.3


def _stage(flow: Flow, x: float) -> None:
    if flow.form.stage_marker:
        flow.room(flow.leading * 1.6)
        flow.y += flow.leading
        flow.text(x, flow.form.stage_marker, True)
        flow.y += flow.leading * 0.6


def _answer_lines(flow: Flow, x: float, paras: list[list[str]], size: float | None = None) -> None:
    for k, para in enumerate(paras):
        if k:
            flow.y += flow.leading * 0.3
        for line in para:
            flow.room(flow.leading)
            flow.y += flow.leading
            flow.text(x, line, size=size)


def _tab_colon(flow: Flow, rng: random.Random) -> None:
    tab = rng.uniform(128, 168)
    for section in flow.form.sections:
        labels = wrap(section.label + ":", flow.size, tab - 12, bold=True)
        paras = paragraphs(section, flow.size, WIDTH - tab)
        first = len(paras[0]) if paras else 0
        flow.room(flow.leading * min(3, max(len(labels), first, 1)))
        top, page = flow.y, flow.page
        for j, line in enumerate(labels):
            page.texts.append(Text(MARGIN, top + (j + 1) * flow.leading, line, flow.size, True))
        _answer_lines(flow, MARGIN + tab, paras)
        if flow.page is page:
            flow.y = max(flow.y, top + len(labels) * flow.leading)
        flow.y += flow.leading * 0.7
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + tab)


def _colon_above(flow: Flow, rng: random.Random) -> None:
    indent = rng.uniform(16, 28)
    for section in flow.form.sections:
        labels = wrap(section.label + ":", flow.size, WIDTH, bold=True)
        flow.room(flow.leading * (len(labels) + 1.5))
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line, True)
        _answer_lines(flow, MARGIN + indent, paragraphs(section, flow.size, WIDTH - indent))
        flow.y += flow.leading * 0.8
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + indent)


def _grid_sections(form: Form) -> list[Section]:
    return form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]


def _boxed_fields(flow: Flow, rng: random.Random) -> None:
    small, pad = flow.size - 2.5, 4.0
    grid = _grid_sections(flow.form)
    per_row = 3 if flow.form.header else 2
    cell = (WIDTH - (per_row - 1) * 8) / per_row
    for start in range(0, len(grid), per_row):
        row = grid[start : start + per_row]
        cells = [[ln for p in paragraphs(s, flow.size, cell - 2 * pad) for ln in p] for s in row]
        labels = [wrap(s.label, small, cell) for s in row]
        label_h = max(len(lb) for lb in labels) * small * 1.2
        box_h = max(1, max(len(c) for c in cells)) * flow.leading + 2 * pad
        flow.room(label_h + box_h + 10)
        top = flow.y
        for k, (lines, label) in enumerate(zip(cells, labels)):
            x = MARGIN + k * (cell + 8)
            for j, line in enumerate(label):
                flow.page.texts.append(Text(x, top + (j + 1) * small * 1.2, line, small, False, 0.35))
            y0 = top + label_h + 3
            flow.page.boxes.append(Box(x, y0, x + cell, y0 + box_h))
            for j, line in enumerate(lines):
                flow.page.texts.append(Text(x + pad, y0 + pad + (j + 1) * flow.leading - 2, line, flow.size))
        flow.y = top + label_h + 3 + box_h + 10
    for section in flow.form.sections:
        if section in grid:
            continue
        labels = wrap(section.label, small, WIDTH)
        lines = [ln for p in paragraphs(section, flow.size, WIDTH - 2 * pad) for ln in p]
        flow.room(len(labels) * small * 1.2 + flow.leading * min(3, max(1, len(lines))) + 2 * pad + 3)
        for line in labels:
            flow.y += small * 1.2
            flow.text(MARGIN, line, size=small, grey=0.35)
        flow.y += 3
        box_top, page = flow.y, flow.page
        flow.y += pad
        for line in lines or [""]:
            if not flow.fits(flow.leading + pad):  # the box closes at the foot and opens again on the next page
                page.boxes.append(Box(MARGIN, box_top, A4[0] - MARGIN, flow.y + pad))
                flow.new_page()
                box_top, page = flow.y, flow.page
                flow.y += pad
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad
        page.boxes.append(Box(MARGIN, box_top, A4[0] - MARGIN, flow.y))
        flow.y += 9
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + pad)


def _numbered_table(flow: Flow, rng: random.Random) -> None:
    nr_w, label_w = 26.0, rng.uniform(118, 150)
    answer_x = MARGIN + nr_w + label_w
    heads = rng.choice((("Nr", "Uppgift", "Svar"), ("Nr", "Rubrik", "Beskrivning"), ("Nr", "Fråga", "Svar")))
    pad = 4.0

    def head(f: Flow) -> None:
        h = f.leading + 6
        f.page.boxes.append(Box(MARGIN, f.y, A4[0] - MARGIN, f.y + h, fill=0.82))
        for x, word in zip((MARGIN, MARGIN + nr_w, answer_x), heads):
            f.page.texts.append(Text(x + pad, f.y + h - 5, word, f.size, True))
        f.y += h

    rows: list[tuple[str, list[str], list[list[str]], bool]] = []
    for number, section in enumerate(flow.form.sections, 1):
        paras = paragraphs(section, flow.size, A4[0] - MARGIN - answer_x - 2 * pad)
        rows.append((str(number), wrap(section.label, flow.size, label_w - 2 * pad), paras, False))
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            rows.append(("", [], [[flow.form.stage_marker]], True))
    flow.room(flow.leading * 4)
    head(flow)
    flow.on_new_page.append(head)
    for number, labels, paras, bold in rows:
        flow.room(flow.leading * 2 + pad)
        top, page = flow.y, flow.page
        segment_top = top
        flow.y += pad * 0.5
        for j, line in enumerate(labels):
            page.texts.append(Text(MARGIN + nr_w + pad, top + pad * 0.5 + (j + 1) * flow.leading, line, flow.size))
        if number:
            page.texts.append(Text(MARGIN + pad, top + pad * 0.5 + flow.leading, number, flow.size))
        for k, para in enumerate(paras or [[]]):
            if k:
                flow.y += flow.leading * 0.3
            for line in para:
                if not flow.fits(flow.leading):
                    _cell_rules(flow.page, segment_top, flow.y + pad, nr_w, answer_x)
                    flow.new_page()
                    segment_top = flow.y
                flow.y += flow.leading
                flow.text(answer_x + pad, line, bold)
        if flow.page is page:
            flow.y = max(flow.y, top + pad * 0.5 + len(labels) * flow.leading)
        flow.y += pad
        _cell_rules(flow.page, segment_top, flow.y, nr_w, answer_x)
    flow.on_new_page.clear()


def _cell_rules(page: Page, top: float, bottom: float, nr_w: float, answer_x: float) -> None:
    page.boxes.append(Box(MARGIN, top, A4[0] - MARGIN, bottom))
    page.boxes.append(Box(MARGIN + nr_w, top, answer_x, bottom))


def _band_headings(flow: Flow, rng: random.Random) -> None:
    band = rng.choice((0.18, 0.3, 0.4))
    if flow.form.header:  # labels in a shaded upper row, answers in the row below, three columns a row
        grid = flow.form.header
        cell = WIDTH / 3
        for start in range(0, len(grid), 3):
            row = grid[start : start + 3]
            labels = [wrap(s.label, flow.size - 1, cell - 8, bold=True) for s in row]
            values = [[ln for p in paragraphs(s, flow.size, cell - 8) for ln in p] for s in row]
            label_h = max(len(lb) for lb in labels) * flow.leading + 4
            value_h = max(1, max(len(v) for v in values)) * flow.leading + 6
            flow.room(label_h + value_h)
            top = flow.y
            for k in range(len(row)):
                x = MARGIN + k * cell
                flow.page.boxes.append(Box(x, top, x + cell, top + label_h, fill=0.85))
                flow.page.boxes.append(Box(x, top + label_h, x + cell, top + label_h + value_h))
                for j, line in enumerate(labels[k]):
                    flow.page.texts.append(Text(x + 4, top + (j + 1) * flow.leading, line, flow.size - 1, True))
                for j, line in enumerate(values[k]):
                    flow.page.texts.append(Text(x + 4, top + label_h + 2 + (j + 1) * flow.leading, line, flow.size))
            flow.y = top + label_h + value_h
        flow.y += flow.leading
    for section in flow.form.sections:
        if section in flow.form.header:
            continue
        labels = wrap(section.label, flow.size, WIDTH - 10, bold=True)
        height = len(labels) * flow.leading + 5
        flow.room(height + flow.leading * 2)
        flow.page.boxes.append(Box(MARGIN, flow.y, A4[0] - MARGIN, flow.y + height, fill=band, stroke=False))
        for j, line in enumerate(labels):
            flow.page.texts.append(Text(MARGIN + 5, flow.y + (j + 1) * flow.leading, line, flow.size, True, 1.0))
        flow.y += height
        _answer_lines(flow, MARGIN + 5, paragraphs(section, flow.size, WIDTH - 10))
        flow.y += flow.leading * 0.9
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + 5)


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}"))
    flow = Flow(form, size, size * rng.uniform(1.25, 1.38), footer)
    _title(flow)
    draw = {
        "tab_colon": _tab_colon,
        "colon_above": _colon_above,
        "boxed_fields": _boxed_fields,
        "numbered_table": _numbered_table,
        "band_headings": _band_headings,
    }[name]
    draw(flow, rng)
    flow.furniture()
    return flow.pages


def ops(pages: list[Page]) -> str:
    """The pages as lines of tab-separated drawing operations, y down from the top, for the drivers in other
    languages: `P w h` opens a page, `B x0 y0 x1 y1 fill stroke` a box (fill -1 for none), `T x y size bold grey
    text` a text run."""
    out = []
    for page in pages:
        out.append(f"P\t{page.width:.2f}\t{page.height:.2f}")
        for b in page.boxes:
            fill = -1 if b.fill is None else b.fill
            out.append(f"B\t{b.x0:.2f}\t{b.y0:.2f}\t{b.x1:.2f}\t{b.y1:.2f}\t{fill:.2f}\t{int(b.stroke)}")
        for t in page.texts:
            out.append(f"T\t{t.x:.2f}\t{t.y:.2f}\t{t.size:.2f}\t{int(t.bold)}\t{t.grey:.2f}\t{t.text}")
    return "\n".join(out) + "\n"

"""Page geometry shared by the eleventh generator's hand-drawn producers (SVG, form XObjects, form fields, scans).

A form becomes pages of placed text runs and rules, y measured down from the page's top edge (SVG's way; the PDF
writers flip it). Four layouts: `right_labels` (a label column right-aligned against the answers, rows continued
over page breaks with the label cell empty), `stacked` (each label on its own line above its answer, a hairline
under the label), `colon` ("Label: answer" run in, the answer going on after the colon) and `pairs` (the short
header fields as a grid of label | value | label | value cells, two pairs a row, the rest stacked). Widths come
from Liberation Sans, which has Helvetica's metrics, so a PDF in base-14 Helvetica and an SVG in Liberation Sans
wrap alike.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

from h15_layout import wrap_measured
from h16_content import Form, Section
from PIL import ImageFont

LAYOUTS = ("right_labels", "stacked", "colon", "pairs")
FONTS = {
    False: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    True: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
A4 = (595.0, 842.0)
MARGIN = 54.0
TOP = 78.0  # below the running header
BOTTOM = 70.0  # above the footer


@lru_cache(maxsize=None)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[bold], 1000)


@lru_cache(maxsize=4096)
def _char_width(char: str, bold: bool) -> float:
    return _font(bold).getlength(" " if char == "\u00a0" else char)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(_char_width(c, bold) for c in text) * size / 1000


def wrap(text: str, size: float, width: float, bold: bool = False, first: float | None = None) -> list[str]:
    """Greedy lines of `text` no wider than `width` (the first `first` wide when given), as the tenth generator
    breaks them: a word wider than a line is broken after a slash when it has one, else left whole."""
    return wrap_measured(text, lambda t: text_width(t, size, bold), width, first)


@dataclass
class Run:
    x: float
    y: float  # baseline, down from the top edge
    text: str
    size: float
    bold: bool
    kind: str  # title, label, answer, furniture
    anchor: str = "start"  # start or end (right-aligned at x)
    key: str = ""  # the section an answer run belongs to

    @property
    def left(self) -> float:
        return self.x - text_width(self.text, self.size, self.bold) if self.anchor == "end" else self.x


@dataclass
class Page:
    width: float = A4[0]
    height: float = A4[1]
    runs: list[Run] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1


@dataclass
class Style:
    size: float
    label_width: float
    gap: float
    leading: float
    footer: str  # a format with {n} and {total}


class Flow:
    """Lines placed down the pages; a new page when the next line does not fit."""

    def __init__(self, form: Form, style: Style) -> None:
        self.form, self.style = form, style
        self.pages: list[Page] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: float) -> None:
        if self.y + height > A4[1] - BOTTOM:
            self.new_page()

    def line(self, x: float, text: str, bold: bool, kind: str, key: str = "", anchor: str = "start") -> None:
        self.room(self.style.leading)
        self.y += self.style.leading
        self.page.runs.append(Run(x, self.y, text, self.style.size, bold, kind, anchor, key))

    def skip(self, height: float) -> None:
        self.y += height

    def furniture(self) -> None:
        total = len(self.pages)
        for n, page in enumerate(self.pages, 1):
            page.runs.append(Run(MARGIN, 44, self.form.running_header, 8.5, False, "furniture"))
            page.runs.append(Run(A4[0] - MARGIN, 44, self.form.dnr, 8.5, False, "furniture", "end"))
            footer = self.style.footer.format(n=n, total=total)
            page.runs.append(Run(A4[0] - MARGIN, A4[1] - 36, footer, 8.5, False, "furniture", "end"))


def answer_lines(section: Section, size: float, width: float) -> list[list[str]]:
    """The answer's paragraphs and bullets, each wrapped to `width`."""
    return [wrap(text, size, width) for text in section.lines()]


def _title(flow: Flow, form: Form) -> None:
    size = flow.style.size + 3
    for line in wrap(form.title, size, A4[0] - 2 * MARGIN, bold=True):
        flow.room(size * 1.3)
        flow.y += size * 1.3
        flow.page.runs.append(Run(MARGIN, flow.y, line, size, True, "title"))
    flow.skip(flow.style.leading * 1.2)


def _right_labels(flow: Flow, section: Section) -> None:
    s = flow.style
    label_right = MARGIN + s.label_width
    answer_x = label_right + s.gap
    width = A4[0] - MARGIN - answer_x
    labels = wrap(section.label, s.size, s.label_width, bold=True)
    paragraphs = answer_lines(section, s.size, width)
    answers = [line for para in paragraphs for line in para]
    flow.room(s.leading * min(3, max(len(labels), len(answers) or 1)))
    start_page, start_y = flow.page, flow.y
    for line in labels:
        start_y += s.leading
        start_page.runs.append(Run(label_right, start_y, line, s.size, True, "label", "end"))
    label_bottom = start_y
    for k, para in enumerate(paragraphs):
        if k:
            flow.skip(s.leading * 0.35)
        for line in para:
            flow.line(answer_x, line, False, "answer", section.key)
    if flow.page is start_page:
        flow.y = max(flow.y, label_bottom)
    flow.skip(s.leading * 0.6)


def _stacked(flow: Flow, section: Section) -> None:
    s = flow.style
    width = A4[0] - 2 * MARGIN
    labels = wrap(section.label, s.size, width, bold=True)
    flow.room(s.leading * (len(labels) + 2))
    for line in labels:
        flow.line(MARGIN, line, True, "label")
    flow.page.rules.append((MARGIN, flow.y + 3, A4[0] - MARGIN, flow.y + 3))
    flow.skip(4)
    for k, para in enumerate(answer_lines(section, s.size, width - 8)):
        if k:
            flow.skip(s.leading * 0.35)
        for line in para:
            flow.line(MARGIN + 8, line, False, "answer", section.key)
    flow.skip(s.leading * 0.7)


def _colon(flow: Flow, section: Section) -> None:
    s = flow.style
    width = A4[0] - 2 * MARGIN
    label = section.label + ":"
    texts = section.lines()
    flow.room(s.leading * 2)
    if not texts:
        for line in wrap(label, s.size, width, bold=True):
            flow.line(MARGIN, line, True, "label")
        flow.skip(s.leading * 0.5)
        return
    label_lines = wrap(label, s.size, width, bold=True)
    for line in label_lines[:-1]:
        flow.line(MARGIN, line, True, "label")
    last = label_lines[-1]
    after = MARGIN + text_width(last, s.size, True) + 0.45 * s.size  # a wide space after the colon
    first = wrap(texts[0], s.size, width, first=A4[0] - MARGIN - after)
    flow.line(MARGIN, last, True, "label")
    flow.page.runs.append(Run(after, flow.y, first[0], s.size, False, "answer", "start", section.key))
    rest = wrap(" ".join(first[1:]), s.size, width) if len(first) > 1 else []
    for line in rest:
        flow.line(MARGIN, line, False, "answer", section.key)
    for text in texts[1:]:
        flow.skip(s.leading * 0.3)
        for line in wrap(text, s.size, width):
            flow.line(MARGIN, line, False, "answer", section.key)
    flow.skip(s.leading * 0.6)


def _pair_rows(sections: list[Section], size: float, value_w: float) -> list[list[Section]]:
    """Two sections a row; one whose longest word does not fit a value cell (an e-mail address) takes a row."""
    rows: list[list[Section]] = []
    for section in sections:
        wide = max((text_width(w, size) for w in section.text.split()), default=0) > value_w - 2
        if not wide and rows and len(rows[-1]) == 1:
            rows[-1].append(section)
        else:
            rows.append([section])
        if wide:
            rows.append([])  # nothing joins a wide section's row
    return [row for row in rows if row]


def _pairs(flow: Flow, sections: list[Section]) -> None:
    """Two label | value pairs a row, ruled cells; each cell wraps in its own narrow column."""
    s = flow.style
    cell = (A4[0] - 2 * MARGIN) / 2
    label_w = min(s.label_width, cell * 0.42)
    value_w = cell - label_w - 10
    for row in _pair_rows(sections, s.size, value_w):
        width = value_w if len(row) == 2 else 2 * cell - label_w - 10
        cells = [
            (
                wrap(sec.label, s.size, label_w - 6, bold=True),
                [ln for p in answer_lines(sec, s.size, width) for ln in p],
            )
            for sec in row
        ]
        height = max(max(len(lab), len(val)) for lab, val in cells) * s.leading + 6
        flow.room(height)
        top = flow.y
        for k, (sec, (labels, values)) in enumerate(zip(row, cells)):
            x = MARGIN + k * cell
            for j, line in enumerate(labels):
                flow.page.runs.append(Run(x + 3, top + 2 + (j + 1) * s.leading, line, s.size, True, "label"))
            for j, line in enumerate(values):
                flow.page.runs.append(
                    Run(x + label_w + 4, top + 2 + (j + 1) * s.leading, line, s.size, False, "answer", "start", sec.key)
                )
        flow.page.rules.append((MARGIN, top, A4[0] - MARGIN, top))
        flow.page.rules.append((MARGIN, top + height, A4[0] - MARGIN, top + height))
        columns = (
            (MARGIN, MARGIN + label_w, MARGIN + cell, MARGIN + cell + label_w)
            if len(row) == 2
            else (MARGIN, MARGIN + label_w)
        )
        for x in (*columns, A4[0] - MARGIN):
            flow.page.rules.append((x, top, x, top + height))
        flow.y = top + height
    flow.skip(s.leading)


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    style = Style(
        size=size,
        label_width=rng.uniform(120, 165),
        gap=rng.uniform(10, 18),
        leading=size * rng.uniform(1.25, 1.4),
        footer=rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})")),
    )
    flow = Flow(form, style)
    _title(flow, form)
    draw = {"right_labels": _right_labels, "stacked": _stacked, "colon": _colon, "pairs": _stacked}[name]
    grid = [s for s in form.sections if s.key in ("projektnamn", "plats")] if not form.header else form.header
    if name == "pairs":
        _pairs(flow, grid)
    for section in form.sections:
        if name == "pairs" and section in grid:
            continue
        draw(flow, section)
        if section.key == form.stage_after and form.stage_marker:
            x = MARGIN + style.label_width + style.gap if name == "right_labels" else MARGIN + 8
            flow.line(x, form.stage_marker, True, "furniture")
            flow.skip(style.leading * 0.6)
    flow.furniture()
    return flow.pages

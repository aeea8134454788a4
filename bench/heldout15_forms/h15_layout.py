"""Page geometry for the hand-written PDF producers: a form laid out as placed text runs, rules and answer boxes.

Four layout families: `beside` (a label column beside the answers, rows continued over page breaks with the label
column empty), `above` (each label on its own line above its answer), `inline` ("Label: answer" run in, the
answer flowing on after the colon) and `grid` (the header fields as a grid of label | value | label | value
pairs, the rest above). With `boxes=True` the answers are not drawn but returned as boxes (`Box`) for form
fields to fill. Coordinates are PDF points, y up from the page's foot; widths from Helvetica's metrics.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from h15_content import Form, Section
from pdfminer.fontmetrics import FONT_METRICS

WIDTHS = {"F1": FONT_METRICS["Helvetica"][1], "F2": FONT_METRICS["Helvetica-Bold"][1]}
LAYOUTS = ("beside", "above", "inline", "grid")
A4 = (595.0, 842.0)
MARGIN = 56.0
TOP = 70.0  # room for the running header
FOOT = 60.0  # room for the footer


def text_width(text: str, font: str, size: float) -> float:
    widths = WIDTHS[font]
    return sum(widths.get(c, widths.get(" ", 278) if c == "\u00a0" else 556) for c in text) * size / 1000


def wrap(text: str, font: str, size: float, width: float, first: float | None = None) -> list[str]:
    """Greedy lines of `text` in `font` at `size` (wrap_measured)."""
    return wrap_measured(text, lambda t: text_width(t, font, size), width, first)


def wrap_measured(text: str, measure: Callable[[str], float], width: float, first: float | None = None) -> list[str]:
    """Greedy lines of `text` no wider than `width` by `measure` (the first line `first` wide when given); a word
    wider than the line breaks after a slash when it has one ("Behovsanalys/" | "problembeskrivning"), else stays
    whole."""
    pieces: list[tuple[str, str]] = []  # (joiner before, piece)
    for word in text.split(" "):
        parts = word.split("/")
        if len(parts) > 1 and measure(word) > width:
            pieces += [
                (" " if k == 0 else "", part + ("/" if k < len(parts) - 1 else "")) for k, part in enumerate(parts)
            ]
        else:
            pieces.append((" ", word))
    lines: list[str] = []
    current = ""
    limit = width if first is None else first
    for joiner, piece in pieces:
        trial = f"{current}{joiner}{piece}" if current else piece
        if current and measure(trial) > limit:
            lines.append(current)
            current, limit = piece, width
        else:
            current = trial
    lines.append(current)
    return lines


@dataclass
class Run:
    x: float
    y: float  # baseline
    text: str
    font: str  # F1 regular, F2 bold
    size: float
    kind: str  # title, label, answer, furniture


@dataclass
class Box:
    key: str
    rect: tuple[float, float, float, float]
    lines: list[str]  # the answer as wrapped in the box
    size: float


@dataclass
class Page:
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


class Writer:
    """Places lines top to bottom, starting a new page when one is full."""

    def __init__(self, size: tuple[float, float], lead: float) -> None:
        self.size = size
        self.lead = lead
        self.pages: list[Page] = []
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page(*self.size))
        self.y = self.size[1] - TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: float) -> None:
        if self.y - height < FOOT:
            self.new_page()

    def run(self, x: float, text: str, font: str, size: float, kind: str) -> None:
        self.page.runs.append(Run(x, self.y, text, font, size, kind))


def _answer_lines(section: Section, size: float, width: float) -> list[list[str]]:
    """Wrapped lines per paragraph or bullet."""
    return [wrap(block, "F1", size, width) for block in section.lines()]


def layout(form: Form, rng: random.Random, style: str, boxes: bool = False) -> list[Page]:
    size = rng.choice((9.0, 9.5, 10.0, 10.5))
    lead = size * rng.uniform(1.25, 1.45)
    width, height = A4
    w = Writer(A4, lead)
    right = width - MARGIN
    label_font = rng.choice(("F2", "F2", "F1"))
    ruled = rng.random() < 0.4

    for line in wrap(form.title, "F2", size + 4, right - MARGIN):
        w.run(MARGIN, line, "F2", size + 4, "title")
        w.y -= (size + 4) * 1.3
    w.y -= lead

    header = form.header if style == "grid" else []
    if style == "grid" and not header:  # a follow-up: its first two fields side by side
        header = form.sections[:2]
    if header:
        _grid(w, form, header, size, label_font, rng, boxes)
    rest = [s for s in form.sections if s not in header]
    label_w = rng.uniform(110, 165)
    for section in rest:
        if style == "beside":
            _beside(w, section, size, label_font, MARGIN, label_w, right, boxes)
        elif style == "inline":
            _inline(w, section, size, label_font, right, boxes)
        else:
            _above(w, section, size, label_font, right, boxes)
        if ruled:
            w.page.rules.append((MARGIN, w.y + lead * 0.6, right, w.y + lead * 0.6))
        if section.key == form.stage_after and form.stage_marker:
            x = MARGIN + label_w + 12 if style == "beside" else MARGIN
            w.room(lead)
            w.run(x, form.stage_marker, "F2", size, "furniture")
            w.y -= lead * 1.5
    _furniture(w.pages, form, rng)
    return w.pages


def _grid(
    w: Writer, form: Form, header: list[Section], size: float, font: str, rng: random.Random, boxes: bool
) -> None:
    """Pairs two a row: label | value | label | value, each cell wrapping in its own column, rules round cells."""
    x0, x4 = MARGIN, A4[0] - MARGIN
    label_w = rng.uniform(70, 90)
    half = (x4 - x0) / 2
    cols = ((x0, x0 + label_w, x0 + half), (x0 + half, x0 + half + label_w, x4))
    for i in range(0, len(header), 2):
        row = header[i : i + 2]
        cells = []
        for (lx, vx, end), section in zip(cols, row):
            labels = wrap(section.label, font, size - 1, vx - lx - 6)
            values = [line for block in _answer_lines(section, size, end - vx - 6) for line in block]
            cells.append((lx, vx, end, section, labels, values))
        n = max(max(len(c[4]), len(c[5]), 1) for c in cells)
        w.room(n * w.lead + 8)
        top = w.y + w.lead * 0.8
        for lx, vx, end, section, labels, values in cells:
            for k, line in enumerate(labels):
                w.page.runs.append(Run(lx + 3, w.y - k * w.lead, line, font, size - 1, "label"))
            if boxes:
                w.page.boxes.append(Box(section.key, (vx, w.y - n * w.lead + 4, end - 4, top - 2), values, size))
            else:
                for k, line in enumerate(values):
                    w.page.runs.append(Run(vx + 3, w.y - k * w.lead, line, "F1", size, "answer"))
            for x in (lx, vx, end):
                w.page.rules.append((x, top, x, w.y - n * w.lead + w.lead * 0.5))
        w.y -= n * w.lead + 4
        w.page.rules.append((x0, top, x4, top))
        w.page.rules.append((x0, w.y + w.lead * 0.5 + 4, x4, w.y + w.lead * 0.5 + 4))
    w.y -= w.lead


def _box(w: Writer, section: Section, x: float, right: float, lines: list[str], size: float) -> None:
    """An answer's form field: as tall as its wrapped text (at least one line), kept on one page."""
    need = max(len(lines), 1) * w.lead + 6
    w.room(need)
    w.page.boxes.append(Box(section.key, (x, w.y - need + w.lead, right, w.y + w.lead - 2), lines, size))
    w.y -= need


def _beside(
    w: Writer, section: Section, size: float, font: str, x0: float, label_w: float, right: float, boxes: bool
) -> None:
    ax = x0 + label_w + 12
    labels = wrap(section.label, font, size, label_w)
    paragraphs = _answer_lines(section, size, right - ax)
    w.room(w.lead * 2)
    if boxes:
        for k, line in enumerate(labels):
            w.page.runs.append(Run(x0, w.y - k * w.lead, line, font, size, "label"))
        before = w.y
        _box(w, section, ax, right, [line for p in paragraphs for line in p], size)
        w.y = min(w.y, before - len(labels) * w.lead) - w.lead * 0.5
        return
    pending = list(labels)
    start = w.y
    for p, lines in enumerate(paragraphs):
        for line in lines:
            if w.y < FOOT:
                w.new_page()
            if pending:
                w.run(x0, pending.pop(0), font, size, "label")
            w.run(ax, line, "F1", size, "answer")
            w.y -= w.lead
        if p < len(paragraphs) - 1:
            w.y -= w.lead * 0.5
    for line in pending:  # a label longer than its answer
        w.run(x0, line, font, size, "label")
        w.y -= w.lead
    if w.y == start:
        w.y -= w.lead
    w.y -= w.lead * 0.6


def _above(w: Writer, section: Section, size: float, font: str, right: float, boxes: bool) -> None:
    labels = wrap(section.label, font, size, right - MARGIN)
    w.room(w.lead * (len(labels) + 1))
    for line in labels:
        w.run(MARGIN, line, font, size, "label")
        w.y -= w.lead
    paragraphs = _answer_lines(section, size, right - MARGIN - 8)
    if boxes:
        _box(w, section, MARGIN + 4, right, [line for p in paragraphs for line in p], size)
    else:
        for lines in paragraphs:
            for line in lines:
                w.room(w.lead)
                w.run(MARGIN + 8, line, "F1", size, "answer")
                w.y -= w.lead
            w.y -= w.lead * 0.3
    w.y -= w.lead * 0.7


def _inline(w: Writer, section: Section, size: float, font: str, right: float, boxes: bool) -> None:
    label = section.label + ":"
    label_end = MARGIN + text_width(label, font, size) + max(size * 0.55, 5.0)  # the gap reads as a space
    w.room(w.lead * 2)
    if boxes or label_end > right - 120:  # a long label (or a field) takes its own line
        for line in wrap(label, font, size, right - MARGIN):
            w.run(MARGIN, line, font, size, "label")
            w.y -= w.lead
        if boxes:
            paragraphs = _answer_lines(section, size, right - MARGIN - 8)
            _box(w, section, MARGIN, right, [line for p in paragraphs for line in p], size)
            w.y -= w.lead * 0.5
            return
        first = None
    else:
        w.run(MARGIN, label, font, size, "label")
        first = right - label_end
    for block in section.lines():
        lines = wrap(block, "F1", size, right - MARGIN, first)
        for k, line in enumerate(lines):
            w.room(w.lead)
            w.run(label_end if first is not None and k == 0 else MARGIN, line, "F1", size, "answer")
            w.y -= w.lead
        first = None
    if not section.lines() and first is not None:
        w.y -= w.lead
    w.y -= w.lead * 0.6


def _furniture(pages: list[Page], form: Form, rng: random.Random) -> None:
    footer = rng.choice(("Sida {n} ({t})", "Sida {n} av {t}", "{n} ({t})"))
    for n, page in enumerate(pages, 1):
        top = page.height - 36
        page.runs.append(Run(MARGIN, top, form.running_header, "F1", 8, "furniture"))
        page.runs.append(Run(page.width - MARGIN - text_width(form.dnr, "F1", 8), top, form.dnr, "F1", 8, "furniture"))
        text = footer.format(n=n, t=len(pages))
        page.runs.append(Run((page.width - text_width(text, "F1", 8)) / 2, 30, text, "F1", 8, "furniture"))

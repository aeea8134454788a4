"""Page layout of a twelfth-set form, independent of the producer that draws it.

A form is laid out into pages of `Text` lines (one line of one font each, already wrapped), `Rule`s and `Box`es, in
points from the top left. Each producer module (h12_ps, h12_mpl, h12_odf) draws these with its own construction.
Wrapping is measured with the TrueType file the producer will use (or one metric-compatible with it), so a line
never needs wrapping again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

from h12_content import Field, Form
from PIL import ImageFont

FONTS = "/usr/share/fonts/truetype"
FACES = {
    # family -> (regular, bold) files; Liberation Sans stands in for Helvetica (same widths)
    "sans": (f"{FONTS}/liberation/LiberationSans-Regular.ttf", f"{FONTS}/liberation/LiberationSans-Bold.ttf"),
    "serif": (f"{FONTS}/liberation/LiberationSerif-Regular.ttf", f"{FONTS}/liberation/LiberationSerif-Bold.ttf"),
    "dejavu": (f"{FONTS}/dejavu/DejaVuSans.ttf", f"{FONTS}/dejavu/DejaVuSans-Bold.ttf"),
}


@lru_cache(maxsize=64)
def _font(face: str, bold: bool, size: float) -> ImageFont.FreeTypeFont:
    # measured at 10x the size: getlength rounds to whole pixels
    return ImageFont.truetype(FACES[face][bold], int(round(size * 10)))


def width(text: str, face: str, bold: bool, size: float) -> float:
    return _font(face, bold, size).getlength(text) / 10


def wrap(text: str, avail: float, face: str, bold: bool, size: float) -> list[str]:
    """Greedy wrap at spaces (never inside a word: no line-end hyphens)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if line and width(trial, face, bold, size) > avail:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


@dataclass
class Text:
    x: float  # left edge (or right edge when align == "right")
    y: float  # top of the line box
    text: str
    size: float
    bold: bool = False
    align: str = "left"
    justify_to: float = 0.0  # stretch the spaces to this width (0: natural)
    block: int = 0  # lines of one label or one answer share a block number (producers that draw frames)


@dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.6


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None  # "#rrggbb" or None
    stroke: bool = True


@dataclass
class Page:
    width: float
    height: float
    items: list = field(default_factory=list)


@dataclass
class Style:
    """How a form is laid out; drawn at random per form by `style_for`."""

    face: str = "sans"
    size: float = 10.0
    label_mode: str = "beside"  # beside | above | inline
    label_align: str = "left"  # beside: labels left or right-aligned in their column
    rules: str = "none"  # none | rows | boxes
    landscape: bool = False
    grid_header: bool = False  # an application's header fields as a grid of cells, 2-3 pairs a row
    justify: bool = False
    logo: bool = False
    footer: str = "Sida {n} ({total})"
    label_col: float = 150.0
    margin: float = 56.0


def style_for(rng: random.Random, face: str, form: Form, **fixed) -> Style:
    s = Style(
        face=face,
        size=rng.choice([9.5, 10.0, 10.5, 11.0]),
        label_mode=rng.choice(["beside", "beside", "above", "inline"]),
        label_align=rng.choice(["left", "left", "right"]),
        rules=rng.choice(["none", "rows", "boxes"]),
        landscape=rng.random() < 0.2,
        grid_header=form.form_kind == "ansokan" and rng.random() < 0.6,
        justify=rng.random() < 0.4,
        logo=rng.random() < 0.5,
        footer=rng.choice(["Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}"]),
        label_col=rng.choice([120.0, 140.0, 165.0]),
        margin=rng.choice([50.0, 56.0, 70.0]),
    )
    for k, v in fixed.items():
        setattr(s, k, v)
    return s


class _Flow:
    """Places blocks top to bottom over pages; a block too tall for the rest of a page goes on over the break."""

    def __init__(self, form: Form, style: Style):
        self.form, self.s = form, style
        self.pw, self.ph = (842.0, 595.0) if style.landscape else (595.0, 842.0)
        self.pages: list[Page] = []
        self.lead = style.size * 1.32
        self.bottom = self.ph - style.margin - 24
        self.block = 0
        self._new_page()

    def _new_page(self) -> None:
        s = self.s
        page = Page(self.pw, self.ph)
        self.pages.append(page)
        top = s.margin * 0.6
        if len(self.pages) == 1:
            if s.logo:  # a drawn mark, no words
                page.items.append(Box(s.margin, top, 34, 34, fill="#1d4f91", stroke=False))
                page.items.append(Box(s.margin + 9, top + 9, 16, 16, fill="#ffffff", stroke=False))
            page.items.append(
                Text(self.pw - s.margin, top, self.form.dnr, s.size - 1.5, align="right", block=self._nb())
            )
            self.y = top + (44 if s.logo else 20)
            tsize = s.size + 5
            tb = self._nb()
            for line in wrap(self.form.title, self.pw - 2 * s.margin, s.face, True, tsize):
                page.items.append(Text(s.margin, self.y, line, tsize, bold=True, block=tb))
                self.y += tsize * 1.3
            self.y += self.lead
        else:
            running = self.form.title.split(" ")[0:2]
            page.items.append(Text(s.margin, top, " ".join(running), s.size - 1.5, block=self._nb()))
            page.items.append(
                Text(self.pw - s.margin, top, self.form.dnr, s.size - 1.5, align="right", block=self._nb())
            )
            self.y = top + 2.2 * self.lead

    def _nb(self) -> int:
        self.block += 1
        return self.block

    def room(self) -> float:
        return self.bottom - self.y

    def break_page(self) -> None:
        self._new_page()

    def finish(self) -> list[Page]:
        total = len(self.pages)
        for n, page in enumerate(self.pages, 1):
            text = self.s.footer.format(n=n, total=total)
            page.items.append(
                Text(
                    self.pw / 2 - width(text, self.s.face, False, 8.5) / 2,
                    self.ph - self.s.margin * 0.7,
                    text,
                    8.5,
                    block=self._nb(),
                )
            )
        return self.pages


def _answer_lines(f: Field, avail: float, s: Style) -> list[tuple[str, float, bool]]:
    """(line, indent, last line of its paragraph) for an answer; paragraphs after the first start after a gap."""
    out: list[tuple[str, float, bool]] = []
    for i, para in enumerate(f.paragraphs):
        indent = 10.0 if para.startswith("• ") else 0.0
        lines = wrap(para, avail - indent, s.face, False, s.size)
        if i and not para.startswith("• ") and out:
            out.append(("", 0.0, True))  # a blank line between paragraphs
        for j, line in enumerate(lines):
            out.append((line, indent if j else 0.0, j == len(lines) - 1))
    return out


def _emit_lines(
    flow: _Flow, lines: list[tuple[str, float, bool]], x: float, avail: float, label: list[Text] | None = None
) -> None:
    """Answer lines at x over as many pages as they need; `label` lines go on the first page beside them."""
    s = flow.s
    block = flow._nb()
    page = first_page = flow.pages[-1]
    y0 = flow.y
    for line, indent, last in lines:
        if flow.y + flow.lead > flow.bottom:
            flow.break_page()
            page = flow.pages[-1]
            block = flow._nb()
        if line:
            stretch = avail - indent if (s.justify and not last and " " in line) else 0.0
            page.items.append(Text(x + indent, flow.y, line, s.size, justify_to=stretch, block=block))
        flow.y += flow.lead
    if label and flow.pages[-1] is first_page:  # a label taller than its answer
        flow.y = max(flow.y, y0 + len(label) * flow.lead)


def layout(form: Form, style: Style) -> list[Page]:
    flow = _Flow(form, style)
    s = style
    left, right = s.margin, flow.pw - s.margin
    fields = list(form.fields)
    if s.grid_header:
        header = [f for f in fields if f.key not in ("beskrivning", "behovsanalys")]
        fields = [f for f in fields if f.key in ("beskrivning", "behovsanalys")]
        _grid(flow, header, left, right)
    for f in fields:
        _field(flow, f, left, right)
        if form.stage and f.key == form.stage_after:
            _stage(flow, form.stage.capitalize(), left, right)
    return flow.finish()


def _stage(flow: _Flow, word: str, left: float, right: float) -> None:
    s = flow.s
    x = left + s.label_col + 14 if s.label_mode == "beside" else left
    if flow.room() < 2 * flow.lead:
        flow.break_page()
    flow.pages[-1].items.append(Text(x, flow.y, word, s.size, bold=True, block=flow._nb()))
    flow.y += 1.8 * flow.lead


def _field(flow: _Flow, f: Field, left: float, right: float) -> None:
    s = flow.s
    gap = 0.7 * flow.lead
    if s.label_mode == "beside":
        x1 = left + s.label_col + 14
        label_lines = wrap(f.label, s.label_col, s.face, True, s.size - 0.5)
        lines = _answer_lines(f, right - x1, s) or [("", 0.0, True)]
        need = max(len(label_lines), 1, min(len(lines), 3)) * flow.lead
        if flow.room() < need:
            flow.break_page()
        page, top = flow.pages[-1], flow.y
        lb = flow._nb()
        xs = left + s.label_col if s.label_align == "right" else left
        labels = [
            Text(xs, top + i * flow.lead, ln, s.size - 0.5, bold=True, align=s.label_align, block=lb)
            for i, ln in enumerate(label_lines)
        ]
        page.items.extend(labels)
        _emit_lines(flow, lines, x1, right - x1, labels)
        _rules(flow, page, top, left, right, x1)
    elif s.label_mode == "above":
        label_lines = wrap(f.label, right - left, s.face, True, s.size - 1)
        if flow.room() < (len(label_lines) + 2) * flow.lead:
            flow.break_page()
        page, lb = flow.pages[-1], flow._nb()
        top = flow.y
        for ln in label_lines:
            page.items.append(Text(left, flow.y, ln, s.size - 1, bold=True, block=lb))
            flow.y += flow.lead
        lines = _answer_lines(f, right - left - 8, s) or [("", 0.0, True)]
        _emit_lines(flow, lines, left + 8, right - left - 8)
        if s.rules == "boxes" and flow.pages[-1] is page:
            page.items.append(Box(left - 4, top - 3, right - left + 8, flow.y - top + 2, stroke=True))
    else:  # inline "Label: answer"
        label = f.label + ":"
        # the answer starts a clear gap after the colon (a gap of one space could read as no space at all)
        lw = width(label, s.face, True, s.size) + max(width(" ", s.face, False, s.size), 0.5 * s.size)
        if flow.room() < 3 * flow.lead:
            flow.break_page()
        page = flow.pages[-1]
        if lw > 0.55 * (right - left):
            for ln in wrap(label, right - left, s.face, True, s.size):
                page.items.append(Text(left, flow.y, ln, s.size, bold=True, block=flow._nb()))
                flow.y += flow.lead
            _emit_lines(flow, _answer_lines(f, right - left, s), left, right - left)
        else:
            page.items.append(Text(left, flow.y, label, s.size, bold=True, block=flow._nb()))
            paras = f.paragraphs or [""]
            first = wrap(paras[0], right - left - lw, s.face, False, s.size) if paras[0] else []
            if first:
                page.items.append(Text(left + lw, flow.y, first[0], s.size, block=flow._nb()))
            rest = " ".join(paras[0].split(" ")[len(first[0].split(" ")) :]) if first else ""
            flow.y += flow.lead
            tail = Field(f.key, f.label, ([rest] if rest else []) + paras[1:])
            _emit_lines(flow, _answer_lines(tail, right - left, s), left, right - left)
    flow.y += gap


def _rules(flow: _Flow, page: Page, top: float, left: float, right: float, x1: float) -> None:
    s = flow.s
    if s.rules == "none" or flow.pages[-1] is not page:
        return
    bottom = flow.y + 0.2 * flow.lead
    page.items.append(Rule(left - 4, top - 4, right + 4, top - 4))
    page.items.append(Rule(left - 4, bottom, right + 4, bottom))
    if s.rules == "boxes":
        for x in (left - 4, x1 - 7, right + 4):
            page.items.append(Rule(x, top - 4, x, bottom))


def _grid(flow: _Flow, fields: list[Field], left: float, right: float) -> None:
    """Header fields as cells, a small label above the answer in each, 2 or 3 cells a row, boxed."""
    s = flow.s
    per_row = 3 if flow.pw > 700 else 2
    cw = (right - left) / per_row
    pad = 5.0
    lsize = s.size - 2
    for i in range(0, len(fields), per_row):
        row = fields[i : i + per_row]
        cells = []
        for f in row:
            lab = wrap(f.label, cw - 2 * pad, s.face, True, lsize)
            ans = wrap(f.text, cw - 2 * pad, s.face, False, s.size) if f.text else []
            if f.paragraphs and f.text == "":  # the placeholder, drawn as written
                ans = wrap(f.paragraphs[0], cw - 2 * pad, s.face, False, s.size)
            cells.append((lab, ans))
        h = max(len(lab) * lsize * 1.25 + max(len(ans), 1) * flow.lead for lab, ans in cells) + 2 * pad
        if flow.room() < h:
            flow.break_page()
        page = flow.pages[-1]
        for j, (lab, ans) in enumerate(cells):
            x = left + j * cw
            page.items.append(Box(x, flow.y, cw, h, fill="#f2f2f2" if j % 2 == 0 and s.rules == "boxes" else None))
            y = flow.y + pad
            lb = flow._nb()
            for ln in lab:
                page.items.append(Text(x + pad, y, ln, lsize, bold=True, block=lb))
                y += lsize * 1.25
            ab = flow._nb()
            for ln in ans:
                page.items.append(Text(x + pad, y, ln, s.size, block=ab))
                y += flow.lead
        flow.y += h + flow.lead

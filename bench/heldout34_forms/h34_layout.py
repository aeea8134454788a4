"""Page geometry of the twenty-ninth generator's hand-placed producers (gofpdf, jgraph, Forme, Ipe) and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew:
`grey_bands` (label and answer side by side in one row per field, the rows on ALTERNATING GREY AND WHITE BANDS the
full width and NO RULE anywhere; a long answer's band is cut at the page break and goes on, same shade, on the next
page with the label cell empty);
`margin_smallcaps` (each label in the left margin (a 112–136 pt column, wider when the form's longest label word
needs it) in SMALL CAPITALS (each word's first letter at the text size, the
rest as capitals 0.74 times as large), the answer beside it INDENTED AS A BLOCK QUOTE: 30 pt in from the label
column, 24 pt in from the right margin, a grey quote bar 2 pt wide at its left);
`footnote_markers` (the answers in the body, each opened by a RAISED MARKER NUMBER (0.65 of the size, raised 0.38
of the size), and the labels as NUMBERED FOOTNOTES at the foot of the page where their answer starts, under a short
rule, "1 Projektnamn" 2 pt smaller; the labels are nowhere else);
`landscape_triples` (A4 LANDSCAPE, THREE COLUMNS OF LABEL/ANSWER PAIRS side by side, fields flowing down the first
column, then the second, the third, then the next page; labels bold 8.5 pt in a 78 pt cell, the answer beside it; a
long answer goes on at the top of the next column with its label cell empty; thin vertical rules between columns).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

for number in (15, 16, 23, 30):  # the text measure and line breaker, the page model, an answer's lines and marker
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, BOTTOM, MARGIN, Box, Flow, Page, Text, _title  # noqa: E402
from h30_layout import _stage, lines_of  # noqa: E402
from h34_content import Form  # noqa: E402

__all__ = ["A4", "LAYOUTS", "MARGIN", "SMALL", "Box", "Page", "Text", "layout", "smallcaps", "text_width"]

LAYOUTS = ("grey_bands", "margin_smallcaps", "footnote_markers", "landscape_triples")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
BAND = 0.88  # the grey of every other band
SMALL = 0.74  # a small capital's size against the text's


# --- alternating grey and white bands, no rules -------------------------------------------------------------------


def _grey_bands(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(130, 160)
    pad = 4.0
    _title(flow)
    for n, section in enumerate(flow.form.sections):
        shade = BAND if n % 2 == 0 else None
        labels = wrap(section.label, flow.size, label_w - 2 * pad)
        lines = lines_of(section, flow.size, WIDTH - label_w - pad) or [""]
        flow.room(flow.leading * min(3, max(len(labels), len(lines))) + 2 * pad)
        top, page = flow.y, flow.page
        for j, line in enumerate(labels):
            page.texts.append(Text(MARGIN + pad, top + pad + (j + 1) * flow.leading, line, flow.size))
        flow.y += pad
        for k, line in enumerate(lines):
            if k and not flow.fits(flow.leading + pad):
                _band(flow, top, flow.y + pad, shade)
                flow.new_page()
                top = flow.y
                flow.y += pad
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + label_w, line)
        if flow.page is page:
            flow.y = max(flow.y, top + pad + len(labels) * flow.leading)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.y += flow.leading * 1.4
            flow.text(MARGIN + label_w, flow.form.stage_marker, True)
        flow.y += pad + 0.5
        _band(flow, top, flow.y, shade)
        flow.y += 0.5


def _band(flow: Flow, top: float, bottom: float, shade: float | None) -> None:
    """A band under the field's text (drawn first, so the text lies on it)."""
    if shade is not None:
        flow.page.boxes.insert(0, Box(MARGIN, top, RIGHT, bottom, fill=shade, stroke=False))


# --- small-capital labels in the margin, answers as block quotes ----------------------------------------------------


def smallcaps(text: str, x: float, y: float, size: float, bold: bool = False) -> list[Text]:
    """`text` in small capitals from `x`: each word's first letter full size, the rest capitals SMALL as large."""
    out: list[Text] = []
    for word in text.split(" "):
        if word:
            head, rest = word[0].upper(), word[1:].upper()
            out.append(Text(x, y, head, size, bold))
            if rest:
                out.append(Text(x + text_width(head, size, bold), y, rest, size * SMALL, bold))
        x += text_width(word[:1].upper(), size, bold) + text_width(word[1:].upper(), size * SMALL, bold)
        x += text_width(" ", size)
    return out


def smallcaps_width(text: str, size: float) -> float:
    return max((t.x + text_width(t.text, t.size) for t in smallcaps(text, 0, 0, size)), default=0.0)


def _wrap_smallcaps(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and smallcaps_width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _margin_smallcaps(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(112, 136)
    # the column widens to the form's longest label word ("Behovsanalys/problembeskrivning"), which cannot wrap
    label_w = max([label_w] + [smallcaps_width(w, flow.size) + 4 for s in flow.form.sections for w in s.label.split()])
    left, right = MARGIN + label_w + 30, RIGHT - 24
    _title(flow)
    for section in flow.form.sections:
        labels = _wrap_smallcaps(section.label, flow.size, label_w)
        lines = lines_of(section, flow.size, right - left) or [""]
        flow.room(flow.leading * min(3, max(len(labels), len(lines)) + 1))
        top, page = flow.y, flow.page
        for j, line in enumerate(labels):
            page.texts.extend(smallcaps(line, MARGIN, top + (j + 1) * flow.leading, flow.size))
        bar = flow.y + 3
        for k, line in enumerate(lines):
            if k and not flow.fits(flow.leading):
                flow.page.boxes.append(Box(left - 10, bar, left - 8, flow.y + 4, fill=0.55, stroke=False))
                flow.new_page()
                bar = flow.y + 3
            flow.y += flow.leading
            if line:
                flow.text(left, line)
        flow.page.boxes.append(Box(left - 10, bar, left - 8, flow.y + 4, fill=0.55, stroke=False))
        if flow.page is page:
            flow.y = max(flow.y, top + len(labels) * flow.leading)
        if section.key == flow.form.stage_after:
            _stage(flow, left)
        flow.y += flow.leading * 0.9


# --- answers with raised markers, labels as footnotes ----------------------------------------------------------------


def _footnote_markers(flow: Flow, rng: random.Random) -> None:
    small = flow.size - 2
    indent = 12.0
    notes: list[tuple[int, str]] = []  # this page's footnotes

    def fits(height: float) -> bool:
        reserved = (sum(len(wrap(f"{n} {label}", small, WIDTH - 10)) for n, label in notes) * small * 1.25
                    + (small * 2 if notes else 0))  # fmt: skip
        return flow.y + height + reserved <= A4[1] - BOTTOM

    def close_page() -> None:
        if notes:
            lines = [(n, line, k) for n, label in notes for k, line in enumerate(wrap(label, small, WIDTH - 10))]
            y = A4[1] - BOTTOM - len(lines) * small * 1.25 + small
            flow.page.boxes.append(Box(MARGIN, y - small * 1.3, MARGIN + 120, y - small * 1.3))
            for n, line, k in lines:
                if k == 0:
                    flow.page.texts.append(Text(MARGIN, y - small * 0.3, str(n), small * 0.7))
                flow.page.texts.append(Text(MARGIN + 8, y, line, small))
                y += small * 1.25
        notes.clear()

    _title(flow)
    for n, section in enumerate(flow.form.sections, 1):
        lines = lines_of(section, flow.size, WIDTH - indent) or [""]
        note_h = len(wrap(f"{n} {section.label}", small, WIDTH - 10)) * small * 1.25 + small * 2
        if not fits(flow.leading * min(2, len(lines)) + note_h):
            close_page()
            flow.new_page()
        notes.append((n, section.label))
        for k, line in enumerate(lines):
            if k and not fits(flow.leading):
                close_page()
                flow.new_page()
            flow.y += flow.leading
            if k == 0:
                flow.text(MARGIN, str(n), size=flow.size * 0.65)
                flow.page.texts[-1].y -= flow.size * 0.38
            if line:
                flow.text(MARGIN + indent, line)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            if not fits(flow.leading * 1.8):
                close_page()
                flow.new_page()
            flow.y += flow.leading * 1.2
            flow.text(MARGIN + indent, flow.form.stage_marker, True)
        flow.y += flow.leading * 0.8
    close_page()


# --- landscape, three columns of label/answer pairs ------------------------------------------------------------------

LANDSCAPE = (A4[1], A4[0])
L_MARGIN, L_TOP, L_BOTTOM, GUTTER, L_LABEL = 36.0, 70.0, 50.0, 16.0, 78.0


@dataclass
class Columns:
    """A landscape page's three columns, filled in turn."""

    size: float
    leading: float
    pages: list[Page] = field(default_factory=list)
    column: int = 3
    y: float = 0.0

    @property
    def width(self) -> float:
        return (LANDSCAPE[0] - 2 * L_MARGIN - 2 * GUTTER) / 3

    @property
    def x(self) -> float:
        return L_MARGIN + self.column * (self.width + GUTTER)

    def fits(self, height: float) -> bool:
        return self.column < 3 and self.y + height <= LANDSCAPE[1] - L_BOTTOM

    def next_column(self) -> None:
        self.column += 1
        if self.column >= 3:
            self.pages.append(Page(LANDSCAPE[0], LANDSCAPE[1]))
            self.column = 0
            for k in (1, 2):
                x = L_MARGIN + k * (self.width + GUTTER) - GUTTER / 2
                self.pages[-1].boxes.append(Box(x, L_TOP - 6, x, LANDSCAPE[1] - L_BOTTOM))
        self.y = L_TOP

    def text(self, x: float, text: str, bold: bool = False, size: float | None = None) -> None:
        self.pages[-1].texts.append(Text(x, self.y, text, size or self.size, bold))


def _landscape_triples(form: Form, rng: random.Random, size: float, footer: str) -> list[Page]:
    cols = Columns(size, size * rng.uniform(1.2, 1.3))
    cols.next_column()
    title = size + 3
    for line in wrap(form.title, title, LANDSCAPE[0] - 2 * L_MARGIN, bold=True):
        cols.pages[-1].texts.append(Text(L_MARGIN, 40 + title, line, title, True))
    label_size = size - 1
    answer_w = cols.width - L_LABEL
    for section in form.sections:
        labels = wrap(section.label, label_size, L_LABEL - 6, bold=True)
        lines = lines_of(section, size, answer_w) or [""]
        if not cols.fits(cols.leading * min(3, max(len(labels), len(lines)))):
            cols.next_column()
        top, page, column = cols.y, cols.pages[-1], cols.column
        for j, line in enumerate(labels):
            page.texts.append(Text(cols.x, top + (j + 1) * cols.leading, line, label_size, True))
        for k, line in enumerate(lines):
            if k and not cols.fits(cols.leading):
                cols.next_column()
            cols.y += cols.leading
            if line:
                cols.text(cols.x + L_LABEL, line)
        if cols.pages[-1] is page and cols.column == column:
            cols.y = max(cols.y, top + len(labels) * cols.leading)
        if section.key == form.stage_after and form.stage_marker:
            if not cols.fits(cols.leading * 1.6):
                cols.next_column()
            cols.y += cols.leading * 1.3
            cols.text(cols.x + L_LABEL, form.stage_marker, True)
        cols.y += cols.leading * 0.7
    total = len(cols.pages)
    for n, page in enumerate(cols.pages, 1):
        page.texts.append(Text(L_MARGIN, 28, form.running_header, 8))
        page.texts.append(Text(LANDSCAPE[0] - L_MARGIN - text_width(form.dnr, 8), 28, form.dnr, 8))
        foot = footer.format(n=n, total=total)
        page.texts.append(Text(LANDSCAPE[0] - L_MARGIN - text_width(foot, 8), LANDSCAPE[1] - 24, foot, 8))
    return cols.pages


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -"))
    if name == "landscape_triples":
        return _landscape_triples(form, rng, size - 1.5, footer)
    flow = Flow(form, size, size * rng.uniform(1.25, 1.38), footer)
    {"grey_bands": _grey_bands, "margin_smallcaps": _margin_smallcaps,
     "footnote_markers": _footnote_markers}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

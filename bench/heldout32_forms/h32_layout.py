"""Page geometry of the twenty-seventh generator's hand-placed producers (PDFium, PostScript::Simple, Java2D,
Asymptote) and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew:
`header_tables` (stacked horizontal tables: each table's header row holds two to four labels side by side, bold on a
light grey fill (0.88), and the row under it holds their answers, each under its own label; a field whose answer is
long (more than four lines in a cell) gets a table of its own, one header cell the full width and one answer cell
under it; every cell ruled; a long answer broken by a page break goes on in a cell with no header row);
`questionnaire` (every label a numbered question: "N. <label>?" in bold (any trailing colon dropped), then a line of
two tick boxes "Ja" and "Nej" (7 pt squares, the word after each box, one of the two, or neither, filled by a smaller
solid square), then the free-text answer under them indented 14 pt; an empty answer leaves a blank line);
`side_heads` (the labels as side heads in a wide left margin (120–150 pt), set RIGHT-ALIGNED against the gutter in a
size 1 pt smaller than the answer, the answer's first line on the label's first baseline in the column to the right,
a hairline the full width between fields; a long answer's lines go on over a page break in the answer column with
the margin empty); `runin_caps` (each label in capitals 1.5 pt smaller than the answer (the look of small capitals),
followed by a colon, the answer RUN IN on the same line after it and wrapping under the label at the left margin;
further paragraphs and list items start lines of their own at the margin; a label wider than the line wraps, the
answer running in after its last line).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

for number in (16, 23, 30):  # the text measure and line breaker, the page model, an answer's lines and the marker
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _title  # noqa: E402
from h30_layout import _stage, lines_of  # noqa: E402
from h32_content import Form, Section  # noqa: E402

__all__ = [
    "A4",
    "LAYOUTS",
    "MARGIN",
    "Box",
    "Flush",
    "Page",
    "Text",
    "layout",
    "question",
    "small_caps",
    "text_width",
    "wrap",
]

LAYOUTS = ("header_tables", "questionnaire", "side_heads", "runin_caps")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
HEAD = 0.88  # the grey of the header rows (0 ink, 1 paper)


@dataclass
class Flush(Text):
    """A line set flush right: it ends at `right` (x, its left edge, by this generator's Helvetica measure)."""

    right: float = 0.0


def question(number: int, label: str) -> str:
    """A label as the questionnaire's numbered question."""
    return f"{number}. {label.rstrip(' :')}?"


def small_caps(label: str) -> str:
    """A label as the run-in layout prints it (the size is the caller's)."""
    return label.rstrip(" :").upper() + ":"


# --- labels in header rows, answers in the row under them ----------------------------------------------------------


def _header_tables(flow: Flow, rng: random.Random) -> None:
    pad = 4.0
    columns = rng.choice((2, 3, 3, 4))
    _title(flow)
    sections = list(flow.form.sections)

    def cells(group: list[Section], width: float) -> list[tuple[list[str], list[str]]]:
        return [(wrap(s.label, flow.size, width - 2 * pad, bold=True), lines_of(s, flow.size, width - 2 * pad))
                for s in group]  # fmt: skip

    i = 0
    while i < len(sections):
        width = WIDTH / columns
        group: list[Section] = []
        while i < len(sections) and len(group) < columns:
            labels, lines = cells([sections[i]], width)[0]
            if len(lines) > 4 or len(labels) > 3:
                break
            group.append(sections[i])
            i += 1
            if group[-1].key == flow.form.stage_after:
                break
        if not group:  # a long field: a table of its own, the full width
            group, width = [sections[i]], WIDTH
            i += 1
        else:
            width = WIDTH / len(group)
        made = cells(group, width)
        head = flow.leading * max(len(labels) for labels, _ in made) + 2 * pad
        flow.room(head + flow.leading * min(4, max(len(lines) for _, lines in made) or 1) + 2 * pad + 6)
        top = flow.y
        for k, (labels, _) in enumerate(made):
            x0 = MARGIN + k * width
            flow.page.boxes.append(Box(x0, top, x0 + width, top + head, fill=HEAD))
            for j, line in enumerate(labels):
                flow.page.texts.append(Text(x0 + pad, top + pad + flow.size + j * flow.leading, line, flow.size, True))
        if len(made) == 1:  # one answer, maybe over a page break
            lines = made[0][1] or [""]
            body, flow.y = top + head, top + head + pad
            for k, line in enumerate(lines):
                if k and not flow.fits(flow.leading + pad):
                    flow.page.boxes.append(Box(MARGIN, body, MARGIN + width, flow.y + pad))
                    flow.new_page()
                    body = flow.y
                    flow.y += pad
                flow.y += flow.leading
                if line:
                    flow.text(MARGIN + pad, line)
            flow.y += pad + 2
            flow.page.boxes.append(Box(MARGIN, body, MARGIN + width, flow.y))
        else:
            rows = max(1, max(len(lines) for _, lines in made))
            bottom = top + head + flow.leading * rows + 2 * pad + 2
            for k, (_, lines) in enumerate(made):
                x0 = MARGIN + k * width
                for j, line in enumerate(lines):
                    flow.page.texts.append(Text(x0 + pad, top + head + pad + flow.leading * (j + 1), line, flow.size))
                flow.page.boxes.append(Box(x0, top + head, x0 + width, bottom))
            flow.y = bottom
        if group[-1].key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += rng.uniform(8, 14)


# --- numbered questions with Ja/Nej tick boxes --------------------------------------------------------------------


def _questionnaire(flow: Flow, rng: random.Random) -> None:
    indent = 14.0
    _title(flow)
    for n, section in enumerate(flow.form.sections, 1):
        labels = wrap(question(n, section.label), flow.size, WIDTH, bold=True)
        lines = lines_of(section, flow.size, WIDTH - indent)
        flow.room(flow.leading * (len(labels) + 2 + min(2, len(lines))))
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line, True)
        flow.y += flow.leading * 1.2
        ticked = rng.choice((0, 0, 1, None))
        x = MARGIN + indent
        for k, word in enumerate(("Ja", "Nej")):
            flow.page.boxes.append(Box(x, flow.y - 7, x + 7, flow.y))
            if ticked == k:
                flow.page.boxes.append(Box(x + 1.5, flow.y - 5.5, x + 5.5, flow.y - 1.5, fill=0.0, stroke=False))
            flow.text(x + 10, word)
            x += 10 + text_width(word, flow.size) + 18
        flow.y += flow.leading * 0.4
        for line in lines or [""]:
            flow.room(flow.leading)
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + indent, line)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + indent)
        flow.y += flow.leading * 0.8


# --- side heads in a wide margin, right-aligned ---------------------------------------------------------------------


def _side_heads(flow: Flow, rng: random.Random) -> None:
    margin_w = rng.uniform(120, 150)
    gutter = 12.0
    split = MARGIN + margin_w
    answer_x = split + gutter
    size = flow.size - 1
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, size, margin_w)
        lines = lines_of(section, flow.size, RIGHT - answer_x) or [""]
        flow.room(flow.leading * max(len(labels), min(3, len(lines))) + 10)
        flow.y += flow.leading
        page, top = flow.page, flow.y
        for j, line in enumerate(labels):
            page.texts.append(Flush(split - text_width(line, size), top + j * flow.leading, line, size, right=split))
        for k, line in enumerate(lines):
            if k:
                flow.room(flow.leading)
                flow.y += flow.leading
            if line:
                flow.text(answer_x, line)
        if flow.page is page:
            flow.y = max(flow.y, top + flow.leading * (len(labels) - 1))
        if section.key == flow.form.stage_after:
            _stage(flow, answer_x)
        flow.y += flow.leading * 0.6
        flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))


# --- labels in capitals, the answer run in ------------------------------------------------------------------------


def _runin_caps(flow: Flow, rng: random.Random) -> None:
    caps = flow.size - 1.5
    gap = caps * 0.6
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(small_caps(section.label), caps, WIDTH)
        paras = section.lines()
        flow.room(flow.leading * (len(labels) + 1))
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line, size=caps)
        used = text_width(labels[-1], caps) + gap
        for p, para in enumerate(paras):
            if p == 0:
                lines = wrap(para, flow.size, WIDTH, first=WIDTH - used)
                if lines and text_width(lines[0], flow.size) <= WIDTH - used:
                    flow.page.texts.append(Text(MARGIN + used, flow.y, lines[0], flow.size))
                    lines = lines[1:]
            else:
                lines = wrap(para, flow.size, WIDTH)
            for line in lines:
                flow.room(flow.leading)
                flow.y += flow.leading
                flow.text(MARGIN, line)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += flow.leading * 0.7


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -"))
    flow = Flow(form, size, size * rng.uniform(1.25, 1.38), footer)
    {"header_tables": _header_tables, "questionnaire": _questionnaire, "side_heads": _side_heads,
     "runin_caps": _runin_caps}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

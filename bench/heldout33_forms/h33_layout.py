"""Page geometry of the twenty-eighth generator's hand-placed producers (Skia, Tk's canvas, GNU plotutils) and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew:
`under_rule` (each answer written ON a rule and its label printed SMALL UNDER the rule, as under a signature line:
the answer's lines, then a hairline the full width (or half width), then the label 2.5 pt smaller in grey 0.3; short
one-line answers two to a row, side by side on half-width rules; a long answer's lines go on over a page break and
its rule and label come only after its last line);
`dark_tabs` (each label printed WHITE in bold on a BLACK TAB as wide as the label plus 5 pt each side, the answer in a
ruled frame the full width right under the tab; a long answer broken by a page break goes on in a frame of its own
with no tab; an empty answer an empty frame one line high);
`outline_numbered` (the labels as OUTLINE-NUMBERED HEADINGS: the fields up to the stage marker under a bold heading
"1 Projektet" (or "1 Uppgifter om insatsen"), those after it under "2 Redovisning" (or "2 Beskrivning"), each label
"1.1 <label>", "1.2 <label>" in bold, the number in a 26 pt column and the answer under the label aligned with the
label's text; a label that already starts with its own number ("1.1 Behovsanalys/problembeskrivning") keeps it
unchanged);
`comb_boxes` (each label alone on its line in regular weight, its answer under it: a short one-line answer (32
characters at most) in COMB BOXES, one character centred in each 12 pt box of a row of touching boxes (a space an
empty box), a longer answer as lines of text in a ruled frame).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

for number in (16, 23, 30):  # the text measure and line breaker, the page model, an answer's lines and the marker
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _title  # noqa: E402
from h30_layout import _stage, lines_of  # noqa: E402
from h33_content import Form, Section  # noqa: E402

__all__ = ["A4", "COMB", "LAYOUTS", "MARGIN", "Box", "Page", "Text", "combed", "layout", "outline", "text_width"]

LAYOUTS = ("under_rule", "dark_tabs", "outline_numbered", "comb_boxes")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
COMB = 12.0  # the width of one comb box
LABEL_GREY = 0.3


def _short(section: Section, size: float, width: float) -> bool:
    return len(lines_of(section, size, width)) <= 1 and not any(line.startswith("\u2022") for line in section.lines())


# --- the answer on a rule, its label small under it -----------------------------------------------------------------


def _under_rule(flow: Flow, rng: random.Random) -> None:
    small = flow.size - 2.5
    half = (WIDTH - 18) / 2
    _title(flow)
    sections = list(flow.form.sections)
    i = 0
    while i < len(sections):
        section = sections[i]
        pair = [section]
        if (i + 1 < len(sections) and section.key != flow.form.stage_after and _short(section, flow.size, half)
                and _short(sections[i + 1], flow.size, half) and len(wrap(section.label, small, half)) == 1
                and len(wrap(sections[i + 1].label, small, half)) == 1):  # fmt: skip
            pair.append(sections[i + 1])
        i += len(pair)
        if len(pair) == 2:
            flow.room(flow.leading * 3)
            flow.y += flow.leading * 1.2
            for k, s in enumerate(pair):
                x = MARGIN + k * (half + 18)
                line = (lines_of(s, flow.size, half) or [""])[0]
                if line:
                    flow.text(x + 2, line)
                flow.page.boxes.append(Box(x, flow.y + 3, x + half, flow.y + 3))
                flow.page.texts.append(Text(x, flow.y + 3 + small * 1.25, s.label, small, grey=LABEL_GREY))
            flow.y += 3 + small * 1.25
            if pair[-1].key == flow.form.stage_after:
                _stage(flow, MARGIN)
            flow.y += flow.leading * 0.5
            continue
        lines = lines_of(section, flow.size, WIDTH - 4) or [""]
        labels = wrap(section.label, small, WIDTH)
        flow.room(flow.leading * (min(2, len(lines)) + 1) + small * 1.25 * len(labels) + 4)
        flow.y += flow.leading * 0.2
        for line in lines:
            flow.room(flow.leading + 4 + small * 1.25 * len(labels))
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + 2, line)
        flow.page.boxes.append(Box(MARGIN, flow.y + 3, RIGHT, flow.y + 3))
        flow.y += 3
        for line in labels:
            flow.y += small * 1.25
            flow.page.texts.append(Text(MARGIN, flow.y, line, small, grey=LABEL_GREY))
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += flow.leading * 0.5


# --- white labels on black tabs, the answer in a frame under the tab --------------------------------------------


def _dark_tabs(flow: Flow, rng: random.Random) -> None:
    pad = 5.0
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH - 2 * pad, bold=True)
        lines = lines_of(section, flow.size, WIDTH - 2 * pad) or [""]
        tab_h = flow.leading * len(labels) + 4
        flow.room(tab_h + flow.leading * min(3, len(lines)) + 2 * pad)
        tab_w = max(text_width(line, flow.size, True) for line in labels) + 2 * pad
        top = flow.y
        flow.page.boxes.append(Box(MARGIN, top, MARGIN + tab_w, top + tab_h, fill=0.0, stroke=False))
        for j, line in enumerate(labels):
            flow.page.texts.append(Text(MARGIN + pad, top + 2 + flow.size + j * flow.leading, line, flow.size, True,
                                        grey=1.0))  # fmt: skip
        frame, flow.y = top + tab_h, top + tab_h + pad * 0.6
        for k, line in enumerate(lines):
            if k and not flow.fits(flow.leading + pad):
                flow.page.boxes.append(Box(MARGIN, frame, RIGHT, flow.y + pad))
                flow.new_page()
                frame = flow.y
                flow.y += pad * 0.6
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad
        flow.page.boxes.append(Box(MARGIN, frame, RIGHT, flow.y))
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += rng.uniform(9, 14)


# --- outline-numbered headings ----------------------------------------------------------------------------------------


def outline(number: str, label: str) -> str:
    """A label as the outline prints it: its own number kept, else this outline's number before it."""
    head = label.split(" ", 1)[0].rstrip(".")
    return label if head.replace(".", "").isdigit() else f"{number} {label}"


def _outline_numbered(flow: Flow, rng: random.Random) -> None:
    indent = 26.0
    heads = rng.choice((("Projektet", "Redovisning"), ("Uppgifter om insatsen", "Beskrivning")))
    _title(flow)
    part, item = 1, 0
    sections = list(flow.form.sections)
    keys = [s.key for s in sections]
    split = keys.index(flow.form.stage_after) + 1 if flow.form.stage_after in keys else len(sections)
    for n, section in enumerate(sections):
        if n in (0, split) and n < len(sections):
            part, item = (1 if n == 0 else 2), 0
            flow.room(flow.leading * 4)
            flow.y += flow.leading * 1.3
            flow.text(MARGIN, f"{part} {heads[part - 1]}", True, flow.size + 1.5)
            flow.y += flow.leading * 0.3
        item += 1
        printed = outline(f"{part}.{item}", section.label)
        number, _, rest = printed.partition(" ")
        labels = wrap(rest, flow.size, WIDTH - indent, bold=True)
        lines = lines_of(section, flow.size, WIDTH - indent)
        flow.room(flow.leading * (len(labels) + min(2, len(lines) or 1)))
        for j, line in enumerate(labels):
            flow.y += flow.leading
            if j == 0:
                flow.text(MARGIN, number, True)
            flow.text(MARGIN + indent, line, True)
        for line in lines or [""]:
            flow.room(flow.leading)
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + indent, line)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + indent)
        flow.y += flow.leading * 0.6


# --- short answers in comb boxes ------------------------------------------------------------------------------------


def combed(section: Section) -> bool:
    """Whether the comb layout writes this answer one character a box."""
    lines = section.lines()
    return len(lines) == 1 and 0 < len(lines[0]) <= 32 and not lines[0].startswith("\u2022")


def _comb_boxes(flow: Flow, rng: random.Random) -> None:
    pad = 4.0
    high = flow.size + 6
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH)
        flow.room(flow.leading * (len(labels) + 1) + high + 4)
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line)
        if combed(section) or not section.lines():
            text = section.lines()[0] if section.lines() else ""
            top = flow.y + 4
            cells = max(len(text), rng.randint(14, 24)) if text else rng.randint(14, 24)
            for k in range(cells):
                x = MARGIN + k * COMB
                flow.page.boxes.append(Box(x, top, x + COMB, top + high))
                if k < len(text) and text[k].strip():
                    ch = text[k]
                    flow.page.texts.append(Text(x + (COMB - text_width(ch, flow.size)) / 2, top + high - 4.5, ch,
                                                flow.size))  # fmt: skip
            flow.y = top + high
        else:
            lines = lines_of(section, flow.size, WIDTH - 2 * pad)
            frame, flow.y = flow.y + 3, flow.y + 3 + pad * 0.5
            for k, line in enumerate(lines):
                if k and not flow.fits(flow.leading + pad):
                    flow.page.boxes.append(Box(MARGIN, frame, RIGHT, flow.y + pad))
                    flow.new_page()
                    frame = flow.y
                flow.y += flow.leading
                flow.text(MARGIN + pad, line)
            flow.y += pad
            flow.page.boxes.append(Box(MARGIN, frame, RIGHT, flow.y))
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += flow.leading * 0.7


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -"))
    flow = Flow(form, size, size * rng.uniform(1.25, 1.38), footer)
    {"under_rule": _under_rule, "dark_tabs": _dark_tabs, "outline_numbered": _outline_numbered,
     "comb_boxes": _comb_boxes}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

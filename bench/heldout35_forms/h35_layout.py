"""Page geometry of the thirtieth generator's producers and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in four layouts of real forms none of the earlier
generators drew:
`facing_spread` (the form printed as TWO-PAGE SPREADS: on each left-hand page (the PDF's odd pages 1, 3, …) only the
LABELS, bold and right-aligned against the spine (the page's right margin), each at the height where its answer
starts; on the right-hand page (pages 2, 4, …) only the ANSWERS, from the left margin, at those heights; a thin rule
across both pages above every field; a long answer runs on to the next spread's right-hand page, its left-hand page
then empty there; the title on the first left-hand page);
`lined_paper` (a LINED-PAPER background: a thin rule under every line pitch the full height of the page, 24 pt wider
than the text on each side, and an upright margin rule 10 pt left of the text; every baseline sits 2 pt above a rule;
each label bold on a ruled line of its own, its answer on the ruled lines below it, one empty ruled line between
fields);
`rounded_labels` (each label inside a ROUNDED BOX (corner radius 7 pt, light grey fill 0.92, thin outline) in a 120–150
pt column at the left (wider for the form's longest label word), like a speech bubble; the answer beside it to the right from the box's first line; a long
answer goes on below the box and on the next page with no box);
`question_dash` (a questionnaire: each field one paragraph that starts with its LABEL AS A QUESTION, bold, ending in
"?" (a trailing colon dropped), then an EN DASH "–" (its own run, 1.6 spaces from each side) and the ANSWER RUN IN on the same line in regular type, its
lines wrapping back to the left margin; a label too long for the line wraps first; an empty answer leaves the label
and the dash alone; later paragraphs and list items of the answer on lines of their own).
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
from h35_content import Form  # noqa: E402

__all__ = ["A4", "LAYOUTS", "MARGIN", "Box", "Page", "RoundBox", "Text", "layout", "text_width"]

LAYOUTS = ("facing_spread", "lined_paper", "rounded_labels", "question_dash")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN


@dataclass
class RoundBox(Box):
    """A box with rounded corners (drawn by the producers that can, and by the scans)."""

    radius: float = 7.0


# --- two-page spreads: labels on the left-hand page, answers on the right-hand page ---------------------------------


def _facing_spread(form: Form, rng: random.Random, size: float, leading: float, footer: str) -> list[Page]:
    pages: list[Page] = []
    y = TOP

    def spread() -> None:
        nonlocal y
        pages.extend((Page(), Page()))
        y = TOP

    def fits(height: float) -> bool:
        return y + height <= A4[1] - BOTTOM

    spread()
    title = size + 3.5
    for line in wrap(form.title, title, WIDTH, bold=True):
        y += title * 1.3
        pages[-2].texts.append(Text(MARGIN, y, line, title, True))
    y += leading * 1.3
    for section in form.sections:
        labels = wrap(section.label, size, WIDTH * 0.8, bold=True)
        lines = lines_of(section, size, WIDTH) or [""]
        if not fits(leading * (min(3, max(len(labels), len(lines))) + 0.6)):
            spread()
        y += leading * 0.6
        for page in pages[-2:]:
            page.boxes.append(Box(MARGIN, y - leading * 0.3, RIGHT, y - leading * 0.3))
        top, left = y, pages[-2]
        for j, line in enumerate(labels):
            left.texts.append(Text(RIGHT - text_width(line, size, True), top + (j + 1) * leading, line, size, True))
        for k, line in enumerate(lines):
            if k and not fits(leading):
                spread()
            y += leading
            if line:
                pages[-1].texts.append(Text(MARGIN, y, line, size))
        if pages[-2] is left:
            y = max(y, top + len(labels) * leading)
        if section.key == form.stage_after and form.stage_marker:
            if not fits(leading * 1.8):
                spread()
            y += leading * 1.2
            pages[-1].texts.append(Text(MARGIN, y, form.stage_marker, size, True))
        y += leading * 0.5
    _furniture(pages, form, footer)
    return pages


def _furniture(pages: list[Page], form: Form, footer: str) -> None:
    total = len(pages)
    for n, page in enumerate(pages, 1):
        page.texts.append(Text(MARGIN, 46, form.running_header, 8.5))
        page.texts.append(Text(A4[0] - MARGIN - text_width(form.dnr, 8.5), 46, form.dnr, 8.5))
        foot = footer.format(n=n, total=total)
        page.texts.append(Text(A4[0] - MARGIN - text_width(foot, 8.5), A4[1] - 38, foot, 8.5))


# --- lined paper ------------------------------------------------------------------------------------------------------


def _lined_paper(flow: Flow, rng: random.Random) -> None:
    pitch = flow.leading

    def ruled(f: Flow) -> None:
        y = TOP + 2
        while y <= A4[1] - BOTTOM + 2:
            f.page.boxes.append(Box(MARGIN - 24, y, RIGHT + 24, y))
            y += pitch
        f.page.boxes.append(Box(MARGIN - 10, TOP - pitch, MARGIN - 10, A4[1] - BOTTOM + 2))

    flow.on_new_page.append(ruled)
    ruled(flow)

    def line(text: str, bold: bool = False) -> None:
        if not flow.fits(pitch):
            flow.new_page()
        flow.y += pitch
        if text:
            flow.text(MARGIN, text, bold)

    # the title above the first rule
    flow.y = TOP - pitch
    for text in wrap(flow.form.title, flow.size + 2, WIDTH, bold=True):
        flow.text(MARGIN, text, True, flow.size + 2)
        flow.y += pitch
    flow.y = TOP
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH, bold=True)
        lines = lines_of(section, flow.size, WIDTH) or [""]
        if not flow.fits(pitch * (len(labels) + min(2, len(lines)))):
            flow.new_page()
        for text in labels:
            line(text, True)
        for text in lines:
            line(text)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            line("")
            line(flow.form.stage_marker, True)
        line("")


# --- labels in rounded boxes --------------------------------------------------------------------------------------


def _rounded_labels(flow: Flow, rng: random.Random) -> None:
    pad = 5.0
    gap = 14.0
    # the column widens to the form's longest label word ("Behovsanalys/problembeskrivning"), which cannot wrap
    label_w = max(
        [rng.uniform(120, 150)]
        + [text_width(w, flow.size, True) + 2 * pad + 2 for s in flow.form.sections for w in s.label.split()]
    )
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w - 2 * pad, bold=True)
        lines = lines_of(section, flow.size, WIDTH - label_w - gap) or [""]
        box_h = len(labels) * flow.leading + 2 * pad
        flow.room(max(box_h, flow.leading * min(3, len(lines))) + 4)
        top, page = flow.y, flow.page
        page.boxes.append(RoundBox(MARGIN, top, MARGIN + label_w, top + box_h, fill=0.92, stroke=True))
        for j, text in enumerate(labels):
            page.texts.append(Text(MARGIN + pad, top + pad + (j + 1) * flow.leading - 2, text, flow.size, True))
        flow.y += pad - 2
        for k, text in enumerate(lines):
            if k and not flow.fits(flow.leading):
                flow.new_page()
            flow.y += flow.leading
            if text:
                flow.text(MARGIN + label_w + gap, text)
        if flow.page is page:
            flow.y = max(flow.y, top + box_h)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + label_w + gap)
        flow.y += flow.leading * 0.8


# --- questions with the answer after a dash ---------------------------------------------------------------------------


def question(label: str) -> str:
    return label.rstrip().rstrip(":").rstrip() + "?"


def _question_dash(flow: Flow, rng: random.Random) -> None:
    dash = "\u2013"
    space = text_width(" ", flow.size) * 1.6  # a space and a half each side of the dash, its own run
    _title(flow)
    for section in flow.form.sections:
        labels = wrap(question(section.label), flow.size, WIDTH, bold=True)
        paras = section.lines()
        flow.room(flow.leading * (len(labels) + 1))
        for text in labels[:-1]:
            flow.y += flow.leading
            flow.text(MARGIN, text, True)
        flow.y += flow.leading
        flow.text(MARGIN, labels[-1], True)
        x = MARGIN + text_width(labels[-1], flow.size, True) + space
        flow.text(x, dash)
        x += text_width(dash, flow.size) + space
        if paras:
            first = wrap(paras[0], flow.size, RIGHT - x)
            if first and text_width(first[0], flow.size) <= RIGHT - x:
                flow.text(x, first[0])
                rest = " ".join(first[1:])
            else:
                rest = paras[0]
            tail = (wrap(rest, flow.size, WIDTH) if rest else []) + [
                line for p in paras[1:] for line in wrap(p, flow.size, WIDTH)]  # fmt: skip
            for text in tail:
                flow.room(flow.leading)
                flow.y += flow.leading
                flow.text(MARGIN, text)
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN)
        flow.y += flow.leading * 0.9


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -"))
    leading = size * rng.uniform(1.3, 1.42)
    if name == "facing_spread":
        return _facing_spread(form, rng, size, leading, footer)
    flow = Flow(form, size, leading, footer)
    if name == "lined_paper":
        flow.y = TOP
    {"lined_paper": _lined_paper, "rounded_labels": _rounded_labels, "question_dash": _question_dash}[name](flow, rng)
    flow.furniture()
    return flow.pages

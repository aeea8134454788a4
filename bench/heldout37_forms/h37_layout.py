"""Page geometry of the thirty-second generator's producers and scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, y down from the top), laid out here in four layouts none of the earlier generators drew, each putting
the label somewhere else relative to its answer:
`chat_thread` (the form exported from a MESSAGING APP: each LABEL in a grey speech bubble at the LEFT (its lines
wrapped within 55 % of the width, a filled light-grey box), each ANSWER in a white outlined bubble at the RIGHT,
below it (lines wrapped within 62 % of the width, left-aligned inside the bubble, the bubble's right edge on the
right margin); an empty answer has no bubble; a long answer is cut into one bubble a page; the stage marker bold and
centred between the bubbles, like an app's system line);
`interview` (a TRANSCRIPT of questions and answers: each label on a line after a bold "F:" at the margin, the label
itself bold, and the answer after a regular "S:" on the next line, its lines and paragraphs all starting at the same
x 22 pt in (a hanging indent under the prefix); "S:" alone for an empty answer; the stage marker bold at the margin);
`index_cards` (each field on an INDEX CARD: outlined cards TWO ABREAST across the page, the label bold at the top
of its card over a grey header rule, the answer below inside the card (wrapped within the card); a card too tall
for half the page is laid full width on its own row; a card cut by the page's end goes on in a card with no header
on the next page; the two cards of a row begin at the same height, so the reading order goes left card, right card);
`staircase` (labels INLINE WITH A COLON, the answer starting after the colon on the same line and wrapping under
the label's start; each field indented one step further than the one before (steps of 14–22 pt, four steps, then
back to the margin); the stage marker bold at the margin).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

for number in (16, 23, 30):  # the text measure and line breaker, the page model, an answer's lines
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, BOTTOM, MARGIN, Box, Flow, Page, Text, _title  # noqa: E402
from h30_layout import lines_of  # noqa: E402
from h37_content import Form  # noqa: E402

__all__ = ["A4", "LAYOUTS", "MARGIN", "Box", "Page", "Text", "layout", "text_width"]

LAYOUTS = ("chat_thread", "interview", "index_cards", "staircase")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN
PAD = 7.0  # a bubble's or card's inner padding


def _answered(form: Form, key: str) -> bool:
    return any(s.key == key and s.text.strip() for s in form.sections)


# --- a messaging app's thread ----------------------------------------------------------------------------------------


def _bubble(flow: Flow, lines: list[str], x: float, width: float, fill: float, bold: bool) -> None:
    """A bubble of `lines` at x (cut over page ends: a bubble a page)."""
    k = 0
    while k < len(lines):
        flow.room(flow.leading + 2 * PAD)
        top = flow.y
        start = len(flow.page.texts)
        while k < len(lines) and flow.fits(flow.leading + PAD):
            flow.y += flow.leading
            flow.text(x + PAD, lines[k], bold)
            k += 1
        drawn = flow.page.texts[start:]
        inner = max((text_width(t.text, flow.size, bold) for t in drawn), default=0.0)
        flow.y += PAD
        flow.page.boxes.append(Box(x, top + 2, min(x + inner + 2 * PAD, x + width), flow.y, fill=fill,
                                   stroke=fill > 0.95))  # fmt: skip
        flow.y += 4


def _chat_thread(flow: Flow, rng: random.Random) -> None:
    _title(flow)
    label_w, answer_w = WIDTH * 0.55, WIDTH * 0.62
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w - 2 * PAD)
        _bubble(flow, labels, MARGIN, label_w, rng.choice((0.86, 0.88, 0.9)), False)
        lines = lines_of(section, flow.size, answer_w - 2 * PAD)
        if lines:
            inner = max(text_width(t, flow.size) for t in lines)
            x = RIGHT - min(inner + 2 * PAD, answer_w)
            _bubble(flow, lines, x, answer_w, 1.0, False)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 2)
            flow.y += flow.leading * 1.2
            marker = flow.form.stage_marker
            flow.text(MARGIN + (WIDTH - text_width(marker, flow.size, True)) / 2, marker, True)
            flow.y += flow.leading * 0.4
        flow.y += flow.leading * 0.5


# --- a transcript of questions and answers ----------------------------------------------------------------------------


def _interview(flow: Flow, rng: random.Random) -> None:
    _title(flow)
    indent = MARGIN + 22
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, RIGHT - indent, bold=True)
        lines = lines_of(section, flow.size, RIGHT - indent)
        flow.room(flow.leading * (len(labels) + min(2, max(1, len(lines)))))
        flow.y += flow.leading
        flow.text(MARGIN, "F:", True)
        for k, text in enumerate(labels):
            if k:
                flow.y += flow.leading
            flow.text(indent, text, True)
        flow.y += flow.leading
        flow.text(MARGIN, "S:")
        for k, text in enumerate(lines):
            if k:
                if not flow.fits(flow.leading):
                    flow.new_page()
                flow.y += flow.leading
            flow.text(indent, text)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 1.8)
            flow.y += flow.leading * 1.4
            flow.text(MARGIN, flow.form.stage_marker, True)
        flow.y += flow.leading * rng.uniform(0.5, 0.8)


# --- index cards two abreast ------------------------------------------------------------------------------------------


def _card_height(flow: Flow, labels: list[str], lines: list[str]) -> float:
    return flow.leading * (len(labels) + len(lines)) + 3 * PAD + 4


def _card(flow: Flow, x: float, width: float, labels: list[str], lines: list[str]) -> float:
    """Draw a card at (x, flow.y) on the current page; the y it ends at. Only called when the card fits."""
    y0 = flow.y
    y = y0 + PAD
    for text in labels:
        y += flow.leading
        flow.page.texts.append(Text(x + PAD, y, text, flow.size, True))
    if labels:
        y += 4
        flow.page.boxes.append(Box(x + PAD, y, x + width - PAD, y + 1.2, fill=0.5, stroke=False))
    y += 2
    for text in lines:
        y += flow.leading
        flow.page.texts.append(Text(x + PAD, y, text, flow.size))
    y += PAD
    flow.page.boxes.append(Box(x, y0, x + width, y))
    return y


def _full_card(flow: Flow, labels: list[str], lines: list[str]) -> None:
    """A full-width card, cut where the page ends; the rest goes on in a card without a header."""
    while True:
        room = A4[1] - BOTTOM - flow.y - 3 * PAD - 4
        take = max(0, int(room // flow.leading) - len(labels))
        if take < min(2, len(lines)) and flow.y > 150:
            flow.new_page()
            continue
        flow.y = _card(flow, MARGIN, WIDTH, labels, lines[:take]) + 8
        lines, labels = lines[take:], []
        if not lines:
            return
        flow.new_page()


def _index_cards(flow: Flow, rng: random.Random) -> None:
    _title(flow)
    gap = rng.uniform(12, 18)
    half = (WIDTH - gap) / 2
    limit = (A4[1] - BOTTOM - 110) * 0.45
    pending: list[tuple[list[str], list[str]]] = []

    def flush() -> None:
        if not pending:
            return
        height = max(_card_height(flow, *card) for card in pending)
        flow.room(height + 8)
        ends = [_card(flow, MARGIN + k * (half + gap), half, *card) for k, card in enumerate(pending)]
        flow.y = max(ends) + 8
        pending.clear()

    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, half - 2 * PAD, bold=True)
        lines = lines_of(section, flow.size, half - 2 * PAD)
        stage = section.key == flow.form.stage_after and flow.form.stage_marker
        if _card_height(flow, labels, lines) > limit:
            flush()
            _full_card(flow, wrap(section.label, flow.size, WIDTH - 2 * PAD, bold=True),
                       lines_of(section, flow.size, WIDTH - 2 * PAD))  # fmt: skip
        else:
            pending.append((labels, lines))
            if len(pending) == 2:
                flush()
        if stage:
            flush()
            flow.room(flow.leading * 2)
            flow.y += flow.leading
            flow.text(MARGIN, flow.form.stage_marker, True)
            flow.y += flow.leading * 0.8
    flush()


# --- inline labels in steps -------------------------------------------------------------------------------------------


def _staircase(flow: Flow, rng: random.Random) -> None:
    _title(flow)
    step = rng.uniform(14, 22)
    for n, section in enumerate(flow.form.sections):
        x = MARGIN + (n % 4) * step
        head = section.label + ":"
        labels = wrap(head, flow.size, RIGHT - x, bold=True)
        after = text_width(labels[-1] + " ", flow.size, True)
        paras = section.lines()
        first: list[str] = []
        rest: list[str] = []
        if paras:
            words = paras[0].split(" ")
            room = RIGHT - x - after
            k = 0
            while k < len(words) and text_width(" ".join(words[: k + 1]), flow.size) <= room:
                k += 1
            first = [" ".join(words[:k])] if k else []
            tail = " ".join(words[k:])
            rest = (wrap(tail, flow.size, RIGHT - x) if tail else []) + [
                line for p in paras[1:] for line in wrap(p, flow.size, RIGHT - x)]  # fmt: skip
        flow.room(flow.leading * (len(labels) + 1 + min(1, len(rest))))
        for text in labels:
            flow.y += flow.leading
            flow.text(x, text, True)
        if first:
            flow.text(x + after, first[0])
        for text in rest:
            if not flow.fits(flow.leading):
                flow.new_page()
            flow.y += flow.leading
            flow.text(x, text)
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 1.8)
            flow.y += flow.leading * 1.4
            flow.text(MARGIN, flow.form.stage_marker, True)
        flow.y += flow.leading * rng.uniform(0.45, 0.75)


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n}/{total}", "- {n} -", "{n} ({total})"))
    leading = size * rng.uniform(1.3, 1.42)
    flow = Flow(form, size, leading, footer)
    {"chat_thread": _chat_thread, "interview": _interview, "index_cards": _index_cards,
     "staircase": _staircase}[name](flow, rng)  # fmt: skip
    flow.furniture()
    return flow.pages

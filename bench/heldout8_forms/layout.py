"""Placing a form's text on pages, in points from the top-left corner: pure, no drawing.

Two layouts: `columns` (a label column beside the answers, labels right- or left-aligned, answers continued
over page breaks with the label column empty) and `cards` (short fields as a grid of boxed cards with the label
in small capitals above the answer; long sections full width, split over page breaks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from content import FIELD, MARKER, Form

# Short header fields drawn as cards; the rest run full width.
GRID_KEYS = {
    "projektnamn",
    "plats",
    "insats",
    "sokt_belopp",
    "sokande_namnd",
    "medsokande_namnd",
    "kontaktperson",
    "telefon",
    "epost",
    "samverkan",
}
Width = Callable[[str, bool, float], float]  # text, bold, size -> points


@dataclass
class Text:
    x: float
    y: float  # baseline, from the top
    text: str
    size: float
    bold: bool = False
    grey: bool = False


@dataclass
class Page:
    width: float
    height: float
    texts: list[Text] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y, w, h
    logo: tuple[float, float, float] | None = None  # x, y, size


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    line = ""
    words: list[str] = []
    for word in text.split(" "):
        # A compound too wide for a narrow column breaks after its slash ("Behovsanalys/ problembeskrivning").
        if "/" in word[:-1] and measure(word) > width:
            head, tail = word.split("/", 1)
            words += [head + "/", tail]
        else:
            words.append(word)
    for word in words:
        trial = f"{line} {word}" if line else word
        if line and measure(trial) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines or [""]


def _footers(pages: list[Page], form: Form, width: Width, margin: float) -> None:
    for i, page in enumerate(pages, 1):
        label = f"Sida {i} av {len(pages)}"
        page.texts.append(
            Text((page.width - width(label, False, 8)) / 2, page.height - margin / 2, label, 8, grey=True)
        )
        page.texts.append(Text(page.width - margin - width(form.dnr, False, 8), margin / 2, form.dnr, 8, grey=True))


def columns(form: Form, width: Width, right_labels: bool, rules: bool, size: float = 10.0) -> list[Page]:
    pw, ph, margin = 595.0, 842.0, 56.0
    label_w, gap = 130.0, 14.0
    value_x = margin + label_w + gap
    value_w = pw - margin - value_x
    lead = size * 1.3
    pages = [Page(pw, ph)]
    y = margin + 8
    for line in wrap(form.title, pw - 2 * margin, lambda t: width(t, True, 14)):
        pages[0].texts.append(Text(margin, y + 14, line, 14, bold=True))
        y += 14 * 1.3
    y += lead
    for row in form.rows:
        labels = wrap(row.label, label_w, lambda t: width(t, True, size)) if row.style == FIELD else []
        values: list[str | None] = []
        for i, paragraph in enumerate(row.paragraphs):
            if i:
                values.append(None)  # blank line between paragraphs
            values += wrap(paragraph, value_w, lambda t: width(t, False, size))
        for i in range(max(len(labels), len(values))):
            if y + lead > ph - margin:
                pages.append(Page(pw, ph))
                y = margin + 8
            page = pages[-1]
            if i < len(labels):
                w = width(labels[i], True, size)
                x = margin + label_w - w if right_labels else margin
                page.texts.append(Text(x, y + size, labels[i], size, bold=True))
            if i < len(values) and values[i] is not None:
                page.texts.append(Text(value_x, y + size, values[i] or "", size))
            y += lead
        if rules and row.style == FIELD:
            pages[-1].rules.append((margin, y + lead / 3, pw - margin, y + lead / 3))
        y += lead * (0.9 if rules else 0.6)
    _footers(pages, form, width, margin)
    return pages


def cards(form: Form, width: Width, size: float = 10.0) -> list[Page]:
    pw, ph, margin = 842.0, 595.0, 48.0
    lead, cap = size * 1.3, size * 0.72
    pages = [Page(pw, ph)]
    pages[0].logo = (margin, margin - 6, 34.0)
    y = margin + 10
    pages[0].texts.append(Text(margin + 46, y + 14, form.title, 14, bold=True))
    y += 36
    grid = [r for r in form.rows if r.key in GRID_KEYS and len(r.text) <= 70]
    per_row, gap = 3, 12.0
    card_w = (pw - 2 * margin - gap * (per_row - 1)) / per_row
    for start in range(0, len(grid), per_row):
        height = 0.0
        for j, row in enumerate(grid[start : start + per_row]):
            x = margin + j * (card_w + gap)
            texts = [Text(x + 6, y + 6 + cap, row.label.upper(), cap, grey=True)]
            yy = y + 6 + cap + 4
            for line in wrap(row.text, card_w - 12, lambda t: width(t, False, size)):
                texts.append(Text(x + 6, yy + size, line, size))
                yy += lead
            height = max(height, yy - y + 6)
            pages[-1].texts += texts
        for j in range(len(grid[start : start + per_row])):
            pages[-1].boxes.append((margin + j * (card_w + gap), y, card_w, height))
        y += height + gap
    for row in form.rows:
        if row in grid:
            continue
        if row.style == MARKER:
            if y + 2 * lead > ph - margin:
                pages.append(Page(pw, ph))
                y = margin
            pages[-1].texts.append(Text(margin, y + size, row.text, size, bold=True))
            y += lead * 1.6
            continue
        if y + cap + 2 * lead > ph - margin:
            pages.append(Page(pw, ph))
            y = margin
        pages[-1].texts.append(Text(margin, y + cap, row.label.upper(), cap, grey=True))
        y += cap + 5
        for i, paragraph in enumerate(row.paragraphs):
            if i:
                y += lead / 2
            for line in wrap(paragraph, pw - 2 * margin, lambda t: width(t, False, size)):
                if y + lead > ph - margin:
                    pages.append(Page(pw, ph))
                    y = margin
                pages[-1].texts.append(Text(margin, y + size, line, size))
                y += lead
        y += lead * 0.8
    _footers(pages, form, width, margin)
    return pages

"""A form laid out by hand on pages: positioned lines and answer boxes (plain data), for the renderers that place
every line themselves (h14_raw's kerned text, h14_typewriter's filled-in flat form).

Lines are wrapped with real metrics (Liberation Sans has Helvetica's widths; Courier is 0.6 em a glyph); y is
measured from the top of the page, in points. Answers run on over page breaks with the label column empty.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from h14_content import PLACEHOLDER, Form, Section
from PIL import ImageFont

SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"


@dataclass
class Line:
    page: int  # 0-based
    x: float
    y: float  # baseline, from the top
    size: float
    font: str  # "sans", "bold", "mono"
    text: str
    role: str  # title, label, answer, stage, furniture, placeholder
    key: str = ""  # a label's section key


@dataclass
class Box:
    page: int
    x: float
    y: float  # top
    w: float
    h: float


@lru_cache(maxsize=8)
def _font(path: str, size10: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size10)


def width(text: str, size: float, font: str) -> float:
    if font == "mono":
        return 0.6 * size * len(text)
    f = _font(SANS_BOLD if font == "bold" else SANS, 1000)
    return f.getlength(text) * size / 1000


def wrap(text: str, limit: float, size: float, font: str) -> list[str]:
    lines: list[str] = []
    current = ""
    words: list[str] = []
    for word in text.split(" "):  # a word too wide for the column breaks after its slash
        if "/" in word[:-1] and width(word, size, font) > limit:
            head, tail = word.split("/", 1)
            words += [head + "/", tail]
        else:
            words.append(word)
    for word in words:
        candidate = f"{current}{'' if current.endswith('/') else ' '}{word}" if current else word
        if current and width(candidate, size, font) > limit:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


@dataclass
class Page:
    width: float
    height: float


def answer_lines(
    section: Section, limit: float, size: float, font: str, placeholder: bool
) -> list[tuple[float, str, str]]:
    """(indent, text, role) rows of an answer; an empty row ("") is a paragraph gap."""
    rows: list[tuple[float, str, str]] = []
    if not section.blocks:
        if placeholder and section.placeholder:
            rows.append((0.0, PLACEHOLDER, "placeholder"))
        return rows
    for i, block in enumerate(section.blocks):
        if i:
            rows.append((0.0, "", "gap"))
        if isinstance(block, list):
            for item in block:
                for j, part in enumerate(wrap(item, limit - 12, size, font)):
                    rows.append((12.0, part, "item" if j == 0 else "answer"))
        else:
            rows.extend((0.0, part, "answer") for part in wrap(block, limit, size, font))
    return rows


def layout(
    form: Form, rng: random.Random, answer_font: str, placeholder: bool, landscape: bool = False
) -> tuple[Page, list[Line], list[Box]]:
    """Lines (title, labels, answers, stage, running header and footer) and answer boxes on pages."""
    page = Page(842.0, 595.0) if landscape else Page(595.0, 842.0)
    size = rng.choice((9.5, 10.0, 10.5))
    lead = size * rng.choice((1.25, 1.35))
    left, right, top, bottom = rng.choice((50, 56, 64)), 50.0, 70.0, 70.0
    above = rng.random() < 0.3
    label_w = rng.choice((120, 135, 150)) if not above else 0
    gap = 12.0
    ax = left + label_w + (gap if not above else 0)
    aw = page.width - right - ax
    lines: list[Line] = []
    boxes: list[Box] = []
    p, y = 0, top
    for part in wrap(form.title, page.width - left - right, size + 5, "bold"):
        y += (size + 5) * 1.3
        lines.append(Line(p, left, y, size + 5, "bold", part, "title"))
    y += lead
    entries: list[tuple[str, Section | None]] = []
    for s in form.sections:
        entries.append(("section", s))
        if form.stage_after == s.key and form.stage:
            entries.append(("stage", None))
    for kind, s in entries:
        if kind == "stage":
            rows = [(0.0, (form.stage or "").capitalize(), "stage")]
            label_rows: list[str] = []
        else:
            assert s is not None
            rows = answer_lines(s, aw - 8, size, answer_font, placeholder)
            label_rows = wrap(s.label, (label_w or aw) - 4, size, "bold")
        y += lead * 0.6
        if y + lead * (2 if above else 1) > page.height - bottom:
            p, y = p + 1, top
        if above:
            for part in label_rows:
                y += lead
                lines.append(Line(p, left, y, size, "bold", part, "label", s.key if s else ""))
            y += 3
        else:
            for k, part in enumerate(label_rows):
                lines.append(Line(p, left, y + lead * (k + 1), size, "bold", part, "label", s.key if s else ""))
        box_top, box_page = y, p
        body = max(len(rows), 1 if above else len(label_rows), 1)
        for i in range(body):
            if y + lead > page.height - bottom:
                boxes.append(Box(box_page, ax, box_top, aw, y - box_top + 4))
                p, y = p + 1, top
                box_top, box_page = y, p
            y += lead
            if i < len(rows):
                indent, text, role = rows[i]
                if role == "item":
                    lines.append(Line(p, ax + 6, y, size, answer_font, "\u2022", "answer"))
                if text:
                    lines.append(
                        Line(
                            p,
                            ax + 4 + indent,
                            y,
                            size,
                            answer_font if role != "placeholder" else "sans",
                            text,
                            "answer" if role == "item" else role,
                        )
                    )
        boxes.append(Box(box_page, ax, box_top, aw, y - box_top + lead * 0.4))
        y += lead * 0.4
    pages = p + 1
    head = f"Bilaga {form.appendix}" if form.appendix else "Trafikkontoret"
    footer_style = rng.choice(("Sida {i} ({n})", "Sida {i} av {n}", "{i}/{n}"))
    for i in range(pages):
        lines.append(Line(i, left, 40, 8.5, "sans", head, "furniture"))
        lines.append(Line(i, page.width - right - width(form.dnr, 8.5, "sans"), 40, 8.5, "sans", form.dnr, "furniture"))
        text = footer_style.format(i=i + 1, n=pages)
        lines.append(
            Line(i, page.width - right - width(text, 8.5, "sans"), page.height - 36, 8.5, "sans", text, "furniture")
        )
    return page, lines, boxes

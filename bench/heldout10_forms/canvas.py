"""Absolutely placed forms drawn with cairo (cairocffi): a page is a list of drawing operations, plain data.

The same pages go to a PDF surface (text-layer families) or to greyscale images at 300 dpi (the scans). Labels
sit in a narrow column beside their answers, right-aligned against them or left-aligned; header fields of an
application form a grid of two pairs a row; every word is drawn as its own glyph run at a computed place
(justified lines stretch the gaps); answers run over page breaks with the label column empty.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field

import cairocffi as cairo

from content import Form, block_lines

FONTS = ("Liberation Sans", "Liberation Serif", "DejaVu Sans", "Nimbus Sans", "URW Bookman")


@dataclass
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    bold: bool = False
    angle: float = 0.0  # degrees, counter-clockwise


@dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5


@dataclass
class Logo:
    x: float
    y: float
    size: float


@dataclass
class Page:
    width: float
    height: float
    ops: list = field(default_factory=list)


@dataclass
class Style:
    font: str
    size: float
    label_right: bool  # labels right-aligned against the answer column
    label_width: float  # points
    justify: bool
    rules: bool  # a thin rule between the pairs
    landscape: bool
    rotated_header: bool  # the column heads "Rubrik"/"Uppgift" turned 90° in the margin
    tracking: float  # extra points between the letters of a label (each letter its own run)


def random_style(rng: random.Random) -> Style:
    return Style(
        font=rng.choice(FONTS),
        size=rng.choice((9.5, 10.0, 10.5, 11.0)),
        label_right=rng.random() < 0.6,
        label_width=rng.choice((110.0, 125.0, 140.0)),
        justify=rng.random() < 0.5,
        rules=rng.random() < 0.4,
        landscape=rng.random() < 0.25,
        rotated_header=rng.random() < 0.35,
        tracking=rng.choice((0.0, 0.0, 0.6)),
    )


_OPTIONS = cairo.FontOptions()
_OPTIONS.set_hint_metrics(cairo.HINT_METRICS_OFF)  # advances as in the PDF, not rounded to pixels
_OPTIONS.set_hint_style(cairo.HINT_STYLE_NONE)
_MEASURE = cairo.Context(cairo.ImageSurface(cairo.FORMAT_A8, 1, 1))
_MEASURE.set_font_options(_OPTIONS)


def width(text: str, font: str, size: float, bold: bool = False) -> float:
    _MEASURE.select_font_face(
        font, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL
    )
    _MEASURE.set_font_size(size)
    return _MEASURE.text_extents(text)[4]  # x_advance


def wrap(text: str, font: str, size: float, room: float, bold: bool = False) -> list[list[str]]:
    """Greedy lines of words within `room` points (a word wider than the room gets a line of its own)."""
    lines: list[list[str]] = [[]]
    space = width(" ", font, size, bold)
    used = 0.0
    for word in text.split():
        w = width(word, font, size, bold)
        if lines[-1] and used + space + w > room:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + w
        lines[-1].append(word)
    return [line for line in lines if line]


def word_runs(
    words: list[str], x: float, y: float, room: float, style: Style, justify: bool, bold: bool = False
) -> list[Text]:
    """Each word its own run; a justified line spreads the gaps over the room."""
    widths = [width(w, style.font, style.size, bold) for w in words]
    gap = width(" ", style.font, style.size, bold)
    if justify and len(words) > 1:
        gap = max(gap, (room - sum(widths)) / (len(words) - 1))
    runs, pos = [], x
    for i, (word, w) in enumerate(zip(words, widths)):  # a run ends in its space, as word processors' runs do
        runs.append(Text(pos, y, word if i == len(words) - 1 else word + " ", style.size, bold))
        pos += w + gap
    return runs


def layout(form: Form, style: Style, rng: random.Random) -> list[Page]:
    """The form's pages: heading, header lines, label/answer pairs, footers "Sida x av y"."""
    pw, ph = (842.0, 595.0) if style.landscape else (595.0, 842.0)
    left, right, top, bottom = 62.0, pw - 56.0, 70.0, ph - 64.0
    lead = style.size * 1.35
    value_x = left + style.label_width + 14.0
    room = right - value_x
    pages = [Page(pw, ph)]
    y = top

    def new_page() -> None:
        nonlocal y
        pages.append(Page(pw, ph))
        y = top
        pages[-1].ops.append(Text(right - width(form.dnr, style.font, 8), 40.0, form.dnr, 8))

    ops = pages[0].ops
    ops.append(Logo(right - 54.0, 34.0, 44.0))
    ops.append(Text(left, 44.0, "Stockholms stad", 9, True))
    ops.append(Text(left, 56.0, form.dnr, 8))
    y = top + 18.0
    for words in wrap(form.title, style.font, style.size + 5, right - left - 60, True):
        pages[0].ops.append(Text(left, y, " ".join(words), style.size + 5, True))
        y += (style.size + 5) * 1.3
    y += lead
    if style.rotated_header:  # column heads turned 90°, reading upwards, over the label and answer columns
        y += 26.0
        ops.append(Text(value_x - 20.0, y, "Rubrik", 7, True, 90.0))
        ops.append(Text(value_x + 8.0, y, "Uppgift", 7, True, 90.0))
        y += lead

    header = [f for f in form.fields if f.key in ("kontaktperson", "telefon", "epost", "sokt_belopp")]
    grid = form.kind == "ansokan" and rng.random() < 0.7
    pair_w = (right - left) / 2
    if grid:  # two label/answer pairs a row, labels above in a small size
        for i in range(0, len(header), 2):
            for j, f in enumerate(header[i : i + 2]):
                x = left + j * pair_w
                pages[-1].ops.append(Text(x, y, f.label, style.size - 2, True))
                pages[-1].ops.append(Rule(x, y + 3, x + pair_w - 12, y + 3, 0.3))
                for k, words in enumerate(
                    wrap(" ".join(block_lines(f.blocks[0])) if f.blocks else "", style.font, style.size, pair_w - 14)
                ):
                    pages[-1].ops.extend(word_runs(words, x, y + lead * (k + 1) + 2, pair_w - 14, style, False))
            y += lead * 3
        y += lead / 2

    for f in form.fields:
        if grid and f in header:
            continue
        label_lines = wrap(f.label, style.font, style.size, style.label_width, True)
        body: list[tuple[list[str], bool]] = []  # (words, last line of its paragraph)
        for b in f.blocks:
            for line in block_lines(b):
                wrapped = wrap(line, style.font, style.size, room)
                body.extend((w, i == len(wrapped) - 1) for i, w in enumerate(wrapped))
        rows = max(len(label_lines), len(body), 1)
        if y + lead * min(rows, 3) > bottom:
            new_page()
        if style.rules:
            pages[-1].ops.append(Rule(left, y - style.size - 3, right, y - style.size - 3, 0.4))
        for i in range(rows):
            if y > bottom:  # the answer goes on; the label column stays empty
                new_page()
            if i < len(label_lines):
                text = " ".join(label_lines[i])
                w = width(text, style.font, style.size, True)
                x = value_x - 14.0 - w if style.label_right else left
                if style.tracking and i == 0 and len(text) < 24:
                    pages[-1].ops.extend(
                        _tracked(text, x - style.tracking * len(text) if style.label_right else x, y, style)
                    )
                else:
                    pages[-1].ops.append(Text(x, y, text, style.size, True))
            if i < len(body):
                words, last = body[i]
                pages[-1].ops.extend(word_runs(words, value_x, y, room, style, style.justify and not last))
            y += lead
        y += lead * 0.8

    for n, page in enumerate(pages, 1):
        foot = f"Sida {n} av {len(pages)}"
        page.ops.append(Text((pw - width(foot, style.font, 8)) / 2, ph - 30.0, foot, 8))
    return pages


def _tracked(text: str, x: float, y: float, style: Style) -> list[Text]:
    """A label letter-spaced: every letter its own run."""
    runs = []
    for ch in text:
        runs.append(Text(x, y, ch, style.size, True))
        x += width(ch, style.font, style.size, True) + style.tracking
    return runs


def _draw(ctx: cairo.Context, page: Page, font: str) -> None:
    ctx.set_font_options(_OPTIONS)
    ctx.set_source_rgb(0, 0, 0)
    for op in page.ops:
        if isinstance(op, Text):
            ctx.save()
            weight = cairo.FONT_WEIGHT_BOLD if op.bold else cairo.FONT_WEIGHT_NORMAL
            ctx.select_font_face(font, cairo.FONT_SLANT_NORMAL, weight)
            ctx.set_font_size(op.size)
            ctx.move_to(op.x, op.y)
            if op.angle:
                ctx.rotate(-math.radians(op.angle))
            ctx.show_text(op.text)
            ctx.restore()
        elif isinstance(op, Rule):
            ctx.set_line_width(op.width)
            ctx.move_to(op.x0, op.y0)
            ctx.line_to(op.x1, op.y1)
            ctx.stroke()
        elif isinstance(op, Logo):  # a crown-like mark: a shield and three points
            s = op.size
            ctx.save()
            ctx.set_source_rgb(0.1, 0.25, 0.55)
            ctx.rectangle(op.x, op.y, s, s * 0.9)
            ctx.fill()
            ctx.set_source_rgb(1, 1, 1)
            for k in range(3):
                ctx.arc(op.x + s * (0.25 + 0.25 * k), op.y + s * 0.4, s * 0.09, 0, 2 * math.pi)
                ctx.fill()
            ctx.restore()


def to_pdf(pages: list[Page], font: str) -> bytes:
    out = io.BytesIO()
    surface = cairo.PDFSurface(out, pages[0].width, pages[0].height)
    ctx = cairo.Context(surface)
    for page in pages:
        surface.set_size(page.width, page.height)
        _draw(ctx, page, font)
        ctx.show_page()
    surface.finish()
    return out.getvalue()


def to_images(pages: list[Page], font: str, dpi: int = 300) -> list:
    """Greyscale Pillow images of the pages at `dpi`."""
    from PIL import Image

    images = []
    scale = dpi / 72.0
    for page in pages:
        w, h = int(page.width * scale), int(page.height * scale)
        surface = cairo.ImageSurface(cairo.FORMAT_RGB24, w, h)
        ctx = cairo.Context(surface)
        ctx.set_source_rgb(1, 1, 1)
        ctx.paint()
        ctx.scale(scale, scale)
        _draw(ctx, page, font)
        surface.flush()
        img = Image.frombuffer("RGBA", (w, h), bytes(surface.get_data()), "raw", "BGRA", surface.get_stride(), 1)
        images.append(img.convert("L"))
    return images

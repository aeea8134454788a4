"""Tuning set of issue #12's thirty-sixth round (h41/c-text2): the thirty-sixth held-out forms' four new layouts as
they reach the extractor through OCR, drawn from their description only, this module's own geometry and numbers,
varied around the description and beyond it, then rasterised at 200 dpi grey (image-only) clean or with light damage
of this module's own (not the set's: the layout's loss, not the pixels'):

- `excel_sheet`: a spreadsheet printed with gridlines and headings: a grey heading row of column letters across
  the top of every page, a grey column of row numbers counting on over the pages down the left, a gridline under
  every row; the title bold in the first row(s) overflowing column A; each label bold in column A (its wrapped lines
  rows of their own), the answer from column B one line a row, the label's first row shared with the answer's; an
  empty numbered row between fields; the stage marker bold in column B; a long field goes on over the page break;
- `slides`: landscape pages, the title alone large and bold on the first slide; each label a slide heading (large,
  bold, dark grey, wrapped) with a short grey bar under it and the answer below in body text from the same left
  edge; as many fields a slide as fit; a long answer goes on at the next slide's top without a heading; a footer
  line (header, Dnr, slide number) at the bottom;
- `stepper`: a thin vertical timeline right of the margin through the page's fields, a circle on it at each field
  (filled when answered, hollow when empty or Word's placeholder), the label bold beside its circle and the answer's
  lines under it at the label's x;
- `receipt_right`: each label flush left (bold in one form of two), a short answer flush right on the label's line,
  a longer answer under it in right-aligned lines over the right three quarters; the stage marker bold flush right;
  a hairline under every field.

Damage (`--damage`): a dark band along one edge fading inward (the print there paler), a pale diagonal band, a
grey blob over one margin, light noise: one of these or two per page. Seed 41 is tuning; 4101 (clean) and 4102
(damaged) were kept aside before any fix and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext2_41 [--seed 41] [--count 8] [--keep DIR] [--damage]
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen import canvas

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import _font, _paragraphs, _width, _wrap
from .ctext2_40 import _Text as _SpreadText
from .html import draw_in_turn
from .spec import MARKER, PLACEHOLDER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("excel_sheet", "slides", "stepper", "receipt_right")
A4 = (595.0, 842.0)
LANDSCAPE = (842.0, 595.0)


@dataclass
class _Text(_SpreadText):
    grey: float = 0.0  # a heading row's letters, a slide's dark grey heading


@dataclass
class _Page:
    size: tuple[float, float] = A4
    texts: list[_Text] = field(default_factory=list)
    rules: list[tuple[float, float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1, width
    fills: list[tuple[float, float, float, float, float]] = field(default_factory=list)  # x, top, w, h, grey
    circles: list[tuple[float, float, float, bool]] = field(default_factory=list)  # x, y, r, filled


def _answer_lines(row, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in _paragraphs(row.text):
        out.extend(_wrap(para, font, size, width))
    return out


def _excel(spec: ReportSpec, rng: random.Random, font: str, bold: str) -> list[_Page]:
    size = rng.choice((9.0, 9.5, 10.0, 10.5))
    row_h = size * rng.uniform(1.45, 1.8)
    margin = rng.uniform(36.0, 60.0)
    num_w = rng.uniform(22.0, 32.0)
    col_a = rng.uniform(120.0, 170.0)
    x_a = margin + num_w
    x_b = x_a + col_a
    right = A4[0] - margin
    top0 = rng.uniform(60.0, 80.0)
    bottom = A4[1] - rng.uniform(50.0, 70.0)
    letters = "ABCDEF"
    widths = [col_a] + [(right - x_b) / 5] * 5
    pages: list[_Page] = []
    state = {"row": 0, "y": 0.0}

    def new_page() -> _Page:
        page = _Page()
        page.fills.append((margin, top0, right - margin, row_h, 0.85))
        x = x_a
        for letter, w in zip(letters, widths):
            page.texts.append(_Text(x + w / 2 - 3, top0 + row_h * 0.7, letter, size - 1, grey=0.3))
            x += w
        page.fills.append((margin, top0 + row_h, num_w, bottom - top0 - row_h, 0.9))
        for xv in (margin, x_a, x_b, right):
            page.rules.append((xv, top0, xv, bottom, 0.4))
        pages.append(page)
        state["y"] = top0 + row_h
        return page

    def put_row(page: _Page, texts: list[_Text]) -> _Page:
        if state["y"] + row_h > bottom:
            page = new_page()
        state["row"] += 1
        y = state["y"]
        page.texts.append(_Text(x_a - 4, y + row_h * 0.7, str(state["row"]), size - 1.5, right=True, grey=0.3))
        for t in texts:
            page.texts.append(_Text(t.x, y + row_h * 0.7, t.text, t.size, t.bold))
        page.rules.append((margin, y + row_h, right, y + row_h, 0.3))
        state["y"] = y + row_h
        return page

    page = new_page()
    for line in _wrap(normalise(spec.title), bold, size + 2, right - x_a - 6):
        page = put_row(page, [_Text(x_a + 3, 0, line, size + 2, True)])
    page = put_row(page, [])
    for row in spec.rows:
        if row.style == MARKER:
            page = put_row(page, [_Text(x_b + 3, 0, normalise(row.text), size, True)])
            page = put_row(page, [])
            continue
        labels = _wrap(normalise(row.label), bold, size, col_a - 6) or [normalise(row.label)]
        answer = _answer_lines(row, font, size, right - x_b - 6)
        for k in range(max(len(labels), len(answer), 1)):
            texts = []
            if k < len(labels):
                texts.append(_Text(x_a + 3, 0, labels[k], size, True))
            if k < len(answer):
                texts.append(_Text(x_b + 3, 0, answer[k], size))
            page = put_row(page, texts)
        page = put_row(page, [])
    return pages


def _slides(spec: ReportSpec, rng: random.Random, font: str, bold: str) -> list[_Page]:
    w, h = LANDSCAPE
    left = rng.uniform(40.0, 60.0)
    body = rng.choice((12.0, 12.5, 13.0))
    head = rng.uniform(17.0, 20.0)
    lead = body * rng.uniform(1.25, 1.45)
    top0 = rng.uniform(50.0, 70.0)
    bottom = h - rng.uniform(55.0, 70.0)
    width = w - 2 * left
    pages: list[_Page] = []
    first = _Page(LANDSCAPE)
    y = h * rng.uniform(0.35, 0.45)
    tsize = rng.uniform(25.0, 28.0)
    for line in _wrap(normalise(spec.title), bold, tsize, width):
        first.texts.append(_Text(left, y, line, tsize, True))
        y += tsize * 1.25
    pages.append(first)
    page = _Page(LANDSCAPE)
    pages.append(page)
    y = top0 + head
    for row in spec.rows:
        if row.style == MARKER:
            if y + lead > bottom:
                page = _Page(LANDSCAPE)
                pages.append(page)
                y = top0 + head
            page.texts.append(_Text(left, y, normalise(row.text), body, True))
            y += lead * 1.6
            continue
        heads = _wrap(normalise(row.label), bold, head, width) or [normalise(row.label)]
        answer = _answer_lines(row, font, body, width)
        if y + len(heads) * head * 1.2 + 10 + min(len(answer), 2) * lead > bottom:
            page = _Page(LANDSCAPE)
            pages.append(page)
            y = top0 + head
        for line in heads:
            page.texts.append(_Text(left, y, line, head, True, grey=0.25))
            y += head * 1.2
        page.fills.append((left, y - head * 0.6, rng.uniform(40.0, 80.0), 2.5, 0.6))
        y += body + 4
        for line in answer:
            if y > bottom:
                page = _Page(LANDSCAPE)
                pages.append(page)
                y = top0 + body
            page.texts.append(_Text(left, y, line, body))
            y += lead
        y += lead * 1.3
    return pages


def _stepper(spec: ReportSpec, rng: random.Random, font: str, bold: str) -> list[_Page]:
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.2, 1.4)
    margin = rng.uniform(45.0, 70.0)
    line_x = margin + rng.uniform(5.0, 9.0)
    text_x = margin + rng.uniform(24.0, 32.0)
    width = A4[0] - margin - text_x
    top0 = rng.uniform(70.0, 95.0)
    bottom = A4[1] - rng.uniform(55.0, 75.0)
    radius = rng.uniform(4.5, 6.0)
    gap = rng.uniform(8.0, 16.0)
    pages = [_Page()]
    y = top0
    for line in _wrap(normalise(spec.title), bold, size + 4, A4[0] - 2 * margin):
        pages[0].texts.append(_Text(margin, y, line, size + 4, True))
        y += (size + 4) * 1.3
    y += gap + size
    spans: list[list[float]] = [[y, y]]

    def new_page() -> None:
        pages.append(_Page())
        spans.append([top0 + size, top0 + size])

    for row in spec.rows:
        if row.style == MARKER:
            if y + lead > bottom:
                new_page()
                y = top0 + size
            pages[-1].texts.append(_Text(text_x, y, normalise(row.text), size, True))
            y += lead + gap
            continue
        labels = _wrap(normalise(row.label), bold, size, width) or [normalise(row.label)]
        answer = _answer_lines(row, font, size, width)
        if y + (len(labels) + min(len(answer), 2)) * lead > bottom:
            new_page()
            y = top0 + size
        answered = bool(answer) and normalise(row.text) != PLACEHOLDER
        pages[-1].circles.append((line_x, y - size * 0.35, radius, answered))
        spans[-1][1] = y
        for line in labels:
            pages[-1].texts.append(_Text(text_x, y, line, size, True))
            y += lead
        for line in answer:
            if y > bottom:
                new_page()
                y = top0 + size
            pages[-1].texts.append(_Text(text_x, y, line, size))
            y += lead
        y += gap
    for page, (a, b) in zip(pages, spans):
        if b > a:
            page.rules.append((line_x, a - size * 0.35, line_x, b - size * 0.35, 0.8))
    return pages


def _receipt(spec: ReportSpec, rng: random.Random, font: str, bold: str) -> list[_Page]:
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.2, 1.4)
    margin = rng.uniform(45.0, 75.0)
    right = A4[0] - margin
    width = right - margin
    label_face = bold if rng.random() < 0.5 else font
    top0 = rng.uniform(70.0, 95.0)
    bottom = A4[1] - rng.uniform(55.0, 75.0)
    gap = rng.uniform(6.0, 12.0)
    pages = [_Page()]
    y = top0
    for line in _wrap(normalise(spec.title), bold, size + 4, width):
        pages[0].texts.append(_Text(margin, y, line, size + 4, True))
        y += (size + 4) * 1.3
    y += gap + size
    for row in spec.rows:
        if row.style == MARKER:
            if y + lead > bottom:
                pages.append(_Page())
                y = top0 + size
            pages[-1].texts.append(_Text(right, y, normalise(row.text), size, True, True))
            y += lead + gap
            continue
        labels = _wrap(normalise(row.label), label_face, size, width * 0.45) or [normalise(row.label)]
        answer = _answer_lines(row, font, size, width * 0.75)
        if y + (len(labels) + 1) * lead > bottom:
            pages.append(_Page())
            y = top0 + size
        beside = len(answer) == 1 and _width(labels[0], label_face, size) + _width(answer[0], font, size) + 24 < width
        for k, line in enumerate(labels):
            pages[-1].texts.append(_Text(margin, y + k * lead, line, size, label_face == bold))
        if beside:
            pages[-1].texts.append(_Text(right, y, answer[0], size, right=True))
            y += len(labels) * lead
        else:
            y += len(labels) * lead
            for line in answer:
                if y > bottom:
                    pages.append(_Page())
                    y = top0 + size
                pages[-1].texts.append(_Text(right, y, line, size, right=True))
                y += lead
        pages[-1].rules.append((margin, y - lead + size * 0.5, right, y - lead + size * 0.5, 0.3))
        y += gap
    return pages


_LAYOUTS = {"excel_sheet": _excel, "slides": _slides, "stepper": _stepper, "receipt_right": _receipt}


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    sans = rng.choice((("LiberationSans", "LiberationSans-Bold"), ("DejaVuSans", "DejaVuSans-Bold"), ("", "")))
    font = _font(sans[0], "Helvetica") if sans[0] else "Helvetica"
    bold = _font(sans[1], "Helvetica-Bold") if sans[1] else "Helvetica-Bold"
    pages = _LAYOUTS[spec.variant](spec, rng, font, bold)
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, rng)
    footer = rng.choice(("Sida {n} ({m})", "Sida {n} av {m}", "{n}/{m}", "- {n} -"))
    c = canvas.Canvas(str(pdf), pagesize=pages[0].size)
    for n, page in enumerate(pages, 1):
        w, h = page.size
        c.setPageSize(page.size)

        def put(
            x: float, top: float, text: str, size: float, face: str, right: bool = False, grey: float = 0.0, h=h
        ) -> None:
            c.setFillGray(grey)
            c.setFont(face, size)
            c.drawString(x - (_width(text, face, size) if right else 0.0), h - top, text)

        for x, top, fw, fh, grey in page.fills:
            c.setFillGray(grey)
            c.rect(x, h - top - fh, fw, fh, stroke=0, fill=1)
        c.setStrokeGray(0.35)
        for x0, y0, x1, y1, lw in page.rules:
            c.setLineWidth(lw)
            c.line(x0, h - y0, x1, h - y1)
        c.setStrokeGray(0.1)
        c.setFillGray(0.1)
        for x, y, r, filled in page.circles:
            c.setLineWidth(1.0)
            c.circle(x, h - y, r, stroke=1, fill=1 if filled else 0)
        margin = 45.0
        foot = footer.format(n=n, m=len(pages))
        if page.size == LANDSCAPE:
            put(margin, h - 28, f"{office}   {dnr}", 8.0, font, grey=0.4)
            put(w - margin, h - 28, foot, 8.0, font, True, 0.4)
        else:
            put(margin, 36.0, office, 8.0, font)
            put(w - margin, 36.0, dnr, 8.0, font, True)
            put(w - margin, h - 30, foot, 8.0, font, True)
        for t in page.texts:
            put(t.x, t.top, t.text, t.size, bold if t.bold else font, t.right, t.grey)
        c.showPage()
    c.save()


def _damage(image, rng: random.Random):
    """One or two of: a dark band along an edge fading inward, a pale diagonal band, a grey blob over a margin."""
    import numpy as np
    from PIL import Image

    a = np.asarray(image, dtype=np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    for kind in rng.sample(("edge", "sheen", "blob"), rng.choice((1, 2))):
        if kind == "edge":
            side = rng.choice(("left", "right", "top", "bottom"))
            d = {"left": xx, "right": w - 1 - xx, "top": yy, "bottom": h - 1 - yy}[side].astype(np.float32)
            d = d - 15 * np.sin((yy if side in ("left", "right") else xx) / rng.uniform(40, 90))
            cut = rng.uniform(20, 60)
            band = rng.uniform(80, 180)
            fade = np.clip(1 - (d - cut) / band, 0, 1) * rng.uniform(0.2, 0.35)
            a = a * (1 - fade) + 0.0 * fade + fade * 90 * (a > 128)
            a = np.where(d < cut, rng.uniform(20, 40), a)
        elif kind == "sheen":
            ang = np.deg2rad(rng.uniform(25, 65))
            proj = xx * np.cos(ang) + yy * np.sin(ang)
            centre = rng.uniform(0.3, 0.7) * (w * np.cos(ang) + h * np.sin(ang))
            wash = np.clip(1 - np.abs(proj - centre) / rng.uniform(40, 100), 0, 1) * rng.uniform(0.3, 0.5)
            a = a + (245 - a) * wash
        else:
            cx = rng.choice((rng.uniform(0, 60), w - rng.uniform(0, 60)))
            cy = rng.uniform(0.2, 0.8) * h
            inside = ((xx - cx) / 70) ** 2 + ((yy - cy) / 130) ** 2 < 1
            a = np.where(inside, rng.uniform(150, 185), a)
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _scan(pdf_in: Path, pdf_out: Path, rng: random.Random | None) -> Path:
    """Every page rasterised at 200 dpi grey (JPEG-compressed, image-only), damaged when `rng` is given."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf_in))
    try:
        images = [page.render(scale=200 / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()
    if rng is not None:
        images = [_damage(im, rng) for im in images]
    jpegs = []
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=88)
        jpegs.append(Image.open(io.BytesIO(buf.getvalue())))
    jpegs[0].save(pdf_out, "PDF", save_all=True, append_images=jpegs[1:], resolution=200.0)
    pdf_out.with_name(pdf_out.stem + ".truth.json").write_text(
        pdf_in.with_name(pdf_in.stem + ".truth.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return pdf_out


def build_ctext2_41_scans(out_dir: str | Path, count: int, seed: int, damage: bool = False) -> list[Path]:
    """Write `count` image-only forms (with .truth.json) into out_dir, the four layouts in turn, scanned clean or
    (`damage`) with light damage."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = ("ctext2_41", "c41d" if damage else "c41", "reportlab, scanned")
    with tempfile.TemporaryDirectory() as tmp:
        drawn = draw_in_turn(tmp, count, seed, names, SHAPES, boxforms.BASES, _draw)
        return [_scan(pdf, out / pdf.name, random.Random(f"{pdf.stem}-damage") if damage else None) for pdf in drawn]


def build_ctext2_41_text(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same forms with their text layer (the layout before OCR)."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_41", "c41t", "reportlab"), SHAPES, boxforms.BASES, _draw)


if __name__ == "__main__":
    from layout_scoring import corpus_command

    damaged = "--damage" in sys.argv
    if damaged:
        sys.argv.remove("--damage")
    corpus_command(
        lambda out, count, seed: build_ctext2_41_scans(out, count, seed, damaged), 41, 8, "files per missed field"
    )

__all__ = ["SHAPES", "build_ctext2_41_scans", "build_ctext2_41_text"]

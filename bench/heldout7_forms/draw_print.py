"""Prints made with reportlab's canvas drawing text line by line (no tables, no flowables).

`mail_print`: the form pasted into an e-mail and printed from the mail client: a monospaced font,
"Label: answer" lines hard-wrapped at a fixed column, the mail header on top.
`twoup`: a two-column form printed two pages to a landscape sheet (each half a reduced A5 page),
half of them stored as a portrait page with /Rotate 90 (as many printers' scan-to-PDF deliver it).
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from .common import blocks, wrap, wrap_answer
from .content import HEADING, MARKER, Form, ascii_fold, normalise

W, H = A4
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


# --- e-mail print -------------------------------------------------------------------------------
def _mail_lines(form: Form, rng: random.Random, cols: int) -> tuple[list[str], dict[int, int]]:
    """The lines of the print, and row index -> line number of its label."""
    year, month, day = form.date.split("-")
    sender = ascii_fold(form.committee.split()[0].lower().replace("-", ""))
    head = [
        f"Från: {rng.choice(('Registrator', 'Funktionsbrevlåda'))} <{sender}@stockholm.se>",
        f"Skickat: den {int(day)} {MONTHS[int(month) - 1]} {year} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
        "Till: Stadsledningskontoret, trygghet <slk.trygghet@stockholm.se>",
        f"Ämne: VB: {form.project}",
        "",
        "-" * min(cols, 60),
        "",
    ]
    inline = rng.random() < 0.6  # else the label on its own line and the answer indented under it
    indent = " " * rng.choice((0, 2, 4))
    lines = [*head, *textwrap.wrap(normalise(form.title), cols), form.committee, f"{form.dnr}", ""]
    where: dict[int, int] = {}
    for i, row in enumerate(form.rows):
        if row.style == MARKER:
            lines += [row.text, ""]
            continue
        where[i] = len(lines)
        paras = blocks(row.text)
        if inline and row.style != HEADING:
            first = True
            for para in paras:
                for line in para:
                    text = f"{row.label}: {line}" if first else line
                    lines += textwrap.wrap(text, cols, break_long_words=False, break_on_hyphens=False) or [""]
                    first = False
                if not first:
                    pass
            if first:  # an empty answer
                lines.append(f"{row.label}:")
        else:
            label = row.label if row.style == HEADING else f"{row.label}:"
            lines += textwrap.wrap(label, cols, break_long_words=False)
            for k, para in enumerate(paras):
                if k:
                    lines.append("")
                for line in para:
                    lines += textwrap.wrap(
                        line,
                        cols - len(indent),
                        break_long_words=False,
                        break_on_hyphens=False,
                        initial_indent=indent,
                        subsequent_indent=indent,
                    )
        lines.append("")
    return lines, where


def draw_mail(form: Form, path: Path, rng: random.Random) -> dict:
    font = rng.choice(("Courier", "Courier", "DejaVuSansMono"))
    if font == "DejaVuSansMono":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
    size = rng.choice((9, 10))
    cols = rng.choice((72, 76, 80))
    lines, where = _mail_lines(form, rng, cols)
    leading = size * 1.18
    per_page = int((H - 2 * 56) // leading)
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    c = canvas.Canvas(str(path), pagesize=A4)
    for p, chunk in enumerate(pages, start=1):
        c.setFont("Helvetica", 7)
        c.drawString(56, H - 30, f"{form.project[:60]} - Utskrift")
        c.drawRightString(W - 56, 24, str(p))
        c.setFont(font, size)
        for k, line in enumerate(chunk):
            c.drawString(56, H - 56 - (k + 1) * leading, line)
        c.showPage()
    c.save()
    page_of = {i: n // per_page + 1 for i, n in where.items()}
    return {"pages": len(pages), "where": page_of, "layout": {"font": font, "cols": cols}}


# --- two pages to a sheet -----------------------------------------------------------------------
def _half_pages(form: Form, rng: random.Random, width: float, height: float, size: float):
    """Lines of a two-column form on A5-sized pages: lists of (x, y, font, text); row index -> page."""
    label_w = width * rng.choice((0.3, 0.34))
    gap = 10
    leading = size * 1.25
    pages: list[list[tuple]] = [[]]
    where: dict[int, int] = {}
    y = height - 50
    title_lines = wrap(normalise(form.title), lambda s: stringWidth(s, "Helvetica-Bold", size + 3), width - 80)
    for line in title_lines:
        pages[0].append((40, y, "Helvetica-Bold", size + 3, line))
        y -= (size + 3) * 1.3
    pages[0].append((40, y, "Helvetica", size - 1, f"{form.committee}    {form.dnr}"))
    y -= leading * 2
    answer_x = 40 + label_w + gap
    answer_w = width - 40 - answer_x
    for i, row in enumerate(form.rows):
        if row.style == HEADING:
            label = wrap(row.label, lambda s: stringWidth(s, "Helvetica-Bold", size), width - 80)
            body = wrap_answer(row.text, lambda s: stringWidth(s, "Helvetica", size), width - 80)
            rows = [(40, "Helvetica-Bold", t) for t in label] + [(40, "Helvetica", t) for t in body]
            cells = [(r[0], r[1], r[2], k) for k, r in enumerate(rows)]
        else:
            label = (
                []
                if row.style == MARKER
                else wrap(row.label, lambda s: stringWidth(s, "Helvetica-Bold", size), label_w)
            )
            body = wrap_answer(row.text, lambda s: stringWidth(s, "Helvetica", size), answer_w) or [""]
            cells = [(40, "Helvetica-Bold", t, k) for k, t in enumerate(label)]
            cells += [(answer_x, "Helvetica", t, k) for k, t in enumerate(body)]
        depth = max(k for *_, k in cells) + 1 if cells else 1
        # A row breaks over a page line by line, the label column empty on the continuation.
        base = y
        for x, font, text, k in sorted(cells, key=lambda c: c[3]):
            ly = base - k * leading
            if ly < 50:
                pages.append([])
                shift = (height - 50) - ly
                base += shift
                y += shift
                ly = base - k * leading
            if i not in where:
                where[i] = len(pages)
            if text:
                pages[-1].append((x, ly, font, size, text))
        y = base - depth * leading - leading * 0.8
        if y < 50:
            pages.append([])
            y = height - 50
    where = {i: p for i, p in where.items() if form.rows[i].key}
    return [p for p in pages if p] or [[]], where


def draw_twoup(form: Form, path: Path, rng: random.Random) -> dict:
    sheet_w, sheet_h = landscape(A4)
    half_w = sheet_w / 2
    scale = 0.72  # an A4 page reduced onto half a landscape A4 sheet (about A5)
    size = rng.choice((9.5, 10, 11))
    halves, where = _half_pages(form, rng, half_w / scale, sheet_h / scale, size)
    rotate = rng.random() < 0.5
    # With /Rotate 90 reportlab stores the MediaBox turned (portrait here), the page shown landscape.
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    sheets = [halves[k : k + 2] for k in range(0, len(halves), 2)]
    for sheet in sheets:
        if rotate:
            # Stored portrait with /Rotate 90: the content is drawn turned so a viewer shows it upright.
            c.setPageRotation(90)
            c.translate(W, 0)
            c.rotate(90)
        for h, items in enumerate(sheet):
            c.saveState()
            c.translate(h * half_w + 12, 0)
            c.scale(scale, scale)
            for x, y, font, fsize, text in items:
                c.setFont(font, fsize)
                c.drawString(x, y, text)
            c.setFont("Helvetica", 8)
            c.drawRightString(half_w / scale - 40, 30, f"Sida {halves.index(items) + 1} ({len(halves)})")
            c.restoreState()
        c.showPage()
    c.save()
    page_of = {i: (p - 1) // 2 + 1 for i, p in where.items()}
    return {"pages": len(sheets), "where": page_of, "layout": {"rotate": rotate, "halves": len(halves)}}


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    return draw_mail(form, path, rng) if family == "mail_print" else draw_twoup(form, path, rng)

"""A fillable PDF form as an applicant's e-form delivers it: labels printed on the page, answers only in
AcroForm text fields (multiline where long), never flattened into the page content.

`acro_filled`: each field has its appearance stream (what a viewer that saved the form writes).
`acro_needapp`: only the field value /V, no appearance, /NeedAppearances true (the viewer must draw it).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from .common import wrap, wrap_answer
from .content import HEADING, MARKER, PLACEHOLDER, Form, normalise

W, H = A4
MARGIN = 48
BOTTOM = 60
FIELD_SIZE = 10
LEADING = FIELD_SIZE * 1.2


def _label_lines(text: str, font: str, size: float, limit: float) -> list[str]:
    return wrap(text, lambda s: stringWidth(s, font, size), limit)


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    stacked = rng.random() < 0.4
    label_w = rng.choice((120, 140, 160))
    label_font = rng.choice(("Helvetica", "Helvetica-Bold", "Times-Roman"))
    label_size = rng.choice((8.5, 9, 10))
    fill = rng.random() < 0.5  # the pale blue of many e-form tools, else a thin grey border
    with_appearance = family == "acro_filled"
    field_x = MARGIN if stacked else MARGIN + label_w + 8
    field_w = W - MARGIN - field_x

    def value_lines(text: str) -> list[str]:
        return wrap_answer(text, lambda s: stringWidth(s, "Helvetica", FIELD_SIZE), field_w - 10)

    # Lay out first (items per page), then draw, so the footer can say "Sida 1 (2)".
    items: list[list[tuple]] = [[]]
    y = H - MARGIN - 70
    for i, row in enumerate(form.rows):
        # A typed field holds Latin-1 only (the appearance font's encoding): a typist's list is "- ".
        row.text = "\n".join("- " + line[2:] if line.startswith("• ") else line for line in row.text.split("\n"))
        text = "" if normalise(row.text) == PLACEHOLDER else row.text
        lines = value_lines(text) if text else [""]
        field_h = max(len(lines) * LEADING + 6, 20)
        if row.style == MARKER:
            label_lines, label_h = [], 0.0
        elif stacked or row.style == HEADING:
            label_lines = _label_lines(row.label, "Helvetica-Bold", label_size, W - 2 * MARGIN)
            label_h = len(label_lines) * label_size * 1.25 + 3
        else:
            label_lines = _label_lines(row.label, label_font, label_size, label_w)
            label_h = 0.0
            field_h = max(field_h, len(label_lines) * label_size * 1.25 + 4)
        need = label_h + field_h + 8
        if y - need < BOTTOM and items[-1]:
            items.append([])
            y = H - MARGIN - 20
        items[-1].append((i, row, text, lines, label_lines, label_h, field_h, y))
        y -= need

    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    c.setTitle(normalise(form.title))
    c.setAuthor("Stockholms stad e-tjänst")
    c.acroForm.extras["NeedAppearances"] = PDFFromString("true" if not with_appearance else "false")
    where: dict[int, int] = {}
    for p, page in enumerate(items, start=1):
        if p == 1:
            size = 14
            while stringWidth(form.title, "Helvetica-Bold", size) > W - 2 * MARGIN and size > 9:
                size -= 0.5
            c.setFont("Helvetica-Bold", size)
            c.drawString(MARGIN, H - MARGIN - 10, form.title)
            c.setFont("Helvetica", 9)
            c.drawString(MARGIN, H - MARGIN - 30, form.committee)
            c.drawRightString(W - MARGIN, H - MARGIN - 30, f"{form.dnr}   {form.date}")
            c.setLineWidth(0.5)
            c.line(MARGIN, H - MARGIN - 38, W - MARGIN, H - MARGIN - 38)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - MARGIN, 30, f"Sida {p} ({len(items)})")
        for i, row, text, lines, label_lines, label_h, field_h, top in page:
            where[i] = p
            if row.style == MARKER:
                fy = top - field_h
            elif stacked or row.style == HEADING:
                c.setFont("Helvetica-Bold", label_size)
                for k, line in enumerate(label_lines):
                    c.drawString(MARGIN, top - label_size - k * label_size * 1.25, line)
                fy = top - label_h - field_h
            else:
                c.setFont(label_font, label_size)
                for k, line in enumerate(label_lines):
                    c.drawString(MARGIN, top - label_size - 2 - k * label_size * 1.25, line)
                fy = top - field_h
            fx = MARGIN if (stacked or row.style == HEADING) else field_x
            fw = W - MARGIN - fx
            value = "\n".join(lines) if with_appearance else text
            c.acroForm.textfield(
                name=f"f{i:02d}_{(row.key or 'redovisning')}",
                tooltip=row.label or "Redovisning",
                value=value,
                x=fx,
                y=fy,
                width=fw,
                height=field_h,
                fontName="Helvetica",
                fontSize=FIELD_SIZE,
                borderWidth=0 if fill else 0.6,
                borderColor=None if fill else Color(0.55, 0.55, 0.55),
                fillColor=Color(0.88, 0.93, 1.0) if fill else None,
                fieldFlags="multiline" if len(lines) > 1 or len(text) > 60 else "",
                forceBorder=not fill,
            )
        c.showPage()
    c.save()
    if not with_appearance:
        _drop_appearances(path)
    return {"pages": len(items), "where": where, "layout": {"stacked": stacked, "fill": fill}}


def _drop_appearances(path: Path) -> None:
    """Blank every widget's /AP entry in place (same length, so the cross-reference offsets stay right)."""
    data = path.read_bytes()
    data = re.sub(rb"/AP\s*<<\s*/N\s+\d+\s+0\s+R\s*>>", lambda m: b" " * len(m.group(0)), data)
    path.write_bytes(data)

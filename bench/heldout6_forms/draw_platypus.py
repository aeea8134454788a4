"""reportlab *platypus* forms (Paragraph and Table flowables with spans and styles, no canvas drawing).

Families:
- `platypus_ruled`: a fully ruled table, shaded label cells beside the answers, the first short fields as
  a header block of two label/value pairs per row (spans for the rest), the stage marker alone in the
  answer column;
- `platypus_continued`: a two-page form whose table continues onto page 2 under its repeated column
  header row ("Rubrik | Uppgift"), the long answer split inside its row; running header and "Sida n" footer.
"""

from __future__ import annotations

import random
from pathlib import Path
from xml.sax.saxutils import escape

from .common import FONT_FILES, fonts_available, header_rows, is_placeholder, parts
from .content import MARKER, Form

_registered: set[str] = set()


def _font(name: str) -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = FONT_FILES[name]
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(regular)))
        pdfmetrics.registerFont(TTFont(name + "-Bold", str(bold)))
        _registered.add(name)
    return name, name + "-Bold"


def _answer_flowables(text: str, style, bullet_style):
    from reportlab.platypus import Paragraph

    out = []
    for part in parts(text):
        if part.kind == "para":
            out.append(Paragraph(escape(part.text), style))
        else:
            mark = "•" if part.kind == "bullet" else part.mark
            out.append(Paragraph(escape(part.text), bullet_style, bulletText=mark))
    return out


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font_name = rng.choice(fonts_available())
    regular, bold = _font(font_name)
    size = rng.choice((9, 9.5, 10, 10.5, 11))
    continued = family == "platypus_continued"
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.4)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=1, bulletFontName=regular)
    label_caps = rng.random() < 0.3
    label = ParagraphStyle("label", parent=body, fontName=bold, fontSize=size - (1 if label_caps else 0))
    title = ParagraphStyle(
        "title", fontName=bold, fontSize=size + rng.choice((4, 5, 6)), leading=(size + 6) * 1.25, spaceAfter=10
    )
    shade = rng.choice((colors.HexColor("#e7e6e6"), colors.HexColor("#dbe5f1"), colors.HexColor("#f2f2f2")))
    width = A4[0] - 2 * rng.uniform(18, 25) * mm
    label_w = width * rng.uniform(0.26, 0.36)
    header_text = f"{form.committee}    {form.dnr}" if rng.random() < 0.5 else f"Bilaga {form.appendix}    {form.dnr}"
    running = continued or rng.random() < 0.3

    def on_page(canvas, doc):
        if not running:
            return
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawString(doc.leftMargin, A4[1] - 12 * mm, header_text)
        canvas.drawRightString(A4[0] - doc.rightMargin, 12 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    def label_text(text: str) -> Paragraph:
        return Paragraph(escape(text.upper() if label_caps else text), label)

    story = [Paragraph(escape(form.title), title)]
    heads = [] if continued else header_rows(form)
    if len(heads) < 2:  # no block of one pair: that row stays in the main table
        heads = []
    if len(heads) >= 2:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        # Label cells narrow, as in a header block, but no narrower than their longest word.
        longest = max(
            stringWidth(word, bold, label.fontSize)
            for i in heads
            for word in (form.rows[i].label.upper() if label_caps else form.rows[i].label).split()
        )
        head_w = max(label_w * 0.6, longest + 14)
        w = (width - 2 * head_w) / 2
        cells, row, spans = [], [], []
        value_w = w - 12
        for i in heads:
            r = form.rows[i]
            pair = [label_text(r.label), Paragraph(escape("" if is_placeholder(r.text) else r.text), body)]
            if any(stringWidth(w, regular, size) > value_w for w in r.text.split()):
                # A long address gets a row of its own, its answer spanning the three cells.
                spans.append(("SPAN", (1, len(cells) + (1 if row else 0)), (3, len(cells) + (1 if row else 0))))
                if row:
                    cells.append(row + ["", ""])
                    row = []
                cells.append(pair + ["", ""])
                continue
            row += pair
            if len(row) == 4:
                cells.append(row)
                row = []
        if row:
            cells.append(row + ["", ""])
        grid = Table(cells, colWidths=[head_w, w, head_w, w])
        grid.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (0, -1), shade),
                    ("BACKGROUND", (2, 0), (2, -1), shade),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *spans,
                ]
            )
        )
        story += [grid, Spacer(1, 8)]
    rest = [i for i in range(len(form.rows)) if i not in heads]
    cells, styles = [], [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if continued:
        cells.append([Paragraph("<b>Rubrik</b>", body), Paragraph("<b>Uppgift</b>", body)])
        styles.append(("BACKGROUND", (0, 0), (-1, 0), shade))
    for i in rest:
        r = form.rows[i]
        text = "" if is_placeholder(r.text) and rng.random() < 0.5 else r.text
        answer = _answer_flowables(text, body, bullet)
        if r.style == MARKER:
            cells.append(["", answer])
        elif r.style == "heading":  # a numbered section: its heading spans the row, the answer below it
            cells.append([label_text(r.label), ""])
            styles.append(("SPAN", (0, len(cells) - 1), (1, len(cells) - 1)))
            cells.append([answer, ""])
            styles.append(("SPAN", (0, len(cells) - 1), (1, len(cells) - 1)))
            continue
        else:
            cells.append([label_text(r.label), answer])
        styles.append(("BACKGROUND", (0, len(cells) - 1), (0, len(cells) - 1), shade))
    table = Table(cells, colWidths=[label_w, width - label_w], repeatRows=1 if continued else 0, splitInRow=1)
    rules = ("GRID", (0, 0), (-1, -1), 0.5, colors.black)
    if continued and rng.random() < 0.5:
        rules = ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)
    table.setStyle(TableStyle([rules, *styles]))
    story.append(table)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=(A4[0] - width) / 2,
        rightMargin=(A4[0] - width) / 2,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=form.title,
        author=form.committee,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return {
        "producer": "reportlab-platypus",
        "font": font_name,
        "size": size,
        "label_caps": label_caps,
        "header": running,
        "header_block": len(heads) >= 2,
    }

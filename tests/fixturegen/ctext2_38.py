"""Tuning set of issue #12's thirty-third round (h38/c-text2): three classes of the thirty-third held-out forms
drawn from their description only, with reportlab (its canvas, and platypus's Table for the table; not Tk,
plotutils or ConTeXt), this module's own geometry, varied around the description's numbers and beyond them:

- `rl_tabs` (dark label tabs): Helvetica (or Liberation Sans) in whole or half points, each label WHITE in bold on
  a BLACK TAB (a filled rectangle as wide as the label plus 3–8 pt a side, a wrapped label a taller tab), the
  answer in a ruled frame (0.4–1.2 pt) the full width right under the tab (its lines 3–8 pt in), fields 6–18 pt
  apart; a long answer's frame closed at a page break and a new frame without a tab on the next page; an empty
  answer an empty frame one line high; list marks "-"; the stage marker bold at the margin, no tab;
- `rl_outline` (outline-numbered headings): ONE font size for the whole page (8.5–10 pt: title, part headings and
  answers alike), every hyphen printed U+2212; a bold part heading "1 Projektet" / "1 Uppgifter om insatsen" over
  the fields up to the stage marker and "2 Redovisning" / "2 Beskrivning" over the rest; each label bold as
  "1.1 <label>", its number in a 20–32 pt column, the answer under the label aligned with its text; a label that
  starts with its own number printed as it is; the stage marker regular (or bold) at the label's text;
  Liberation Sans (Helvetica's widths) or DejaVu Sans, which draw U+2212 (reportlab's core Helvetica has no such
  glyph and draws it from Symbol at no width: seed 3801 was built so and set aside for that);
- `rl_ctable` (a table with a repeated header row): platypus's Table of two framed columns (label 3.8–5.4 cm),
  its header row "Uppgift | Svar" or "Rubrik | Uppgifter" bold on light grey repeated on every page (`repeatRows`),
  each label regular in the left cell of its first row, wrapped; each paragraph and "•" item of an answer a row of
  its own with the label cell empty; the stage marker a bold row in the answer column; Helvetica or Times.

`build_ctext2_38_context` draws the table a second way, with ConTeXt MkIV itself (the producer the description
names, when `context` is installed): `ctx_table`, an xtable with `split=repeat, header=repeat`, Latin Modern Sans
or Roman 9.5–11 pt, the label column 3.8–5.4 cm, hyphenation off, the same rows as `rl_ctable`.

Each form runs its longest answer on to a second page in one form of two; lists in one form of two. Seeds 38 and
39 tuning, 3802 kept aside (aggregate only, built before any fix; 3801 too, drawn before the outline's fonts were
changed):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext2_38 [--seed 38] [--count 9] [--keep DIR] [--context]
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import PAGE_H, PAGE_W, _font, _paragraphs, _Sheet, _width, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise

SHAPES = ("rl_tabs", "rl_outline", "rl_ctable")


def _tabs(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    font, bold = "Helvetica", "Helvetica-Bold"
    if rng.random() < 0.5:
        font, bold = _font("LiberationSans", font), _font("LiberationSans-Bold", bold)
    size = rng.choice((9.5, 10.0, 10.0, 10.5, 11.0))
    lsize = size + rng.choice((-1.0, 0.0, 0.0))
    lead = size * rng.uniform(1.15, 1.35)
    margin = rng.choice((42.0, 50.0, 60.0))
    pad = rng.uniform(3.0, 8.0)
    inset = rng.uniform(3.0, 8.0)
    gap = rng.uniform(6.0, 18.0)
    frame_w = rng.uniform(0.4, 1.2)
    sheet = _Sheet(pdf, spec, rng, margin, font)
    c = sheet.c
    x0, x1 = margin, PAGE_W - margin
    limit = PAGE_H - 64
    for line in _wrap(normalise(spec.title), bold, size + 4, x1 - x0):
        sheet.text(x0, sheet.top, line, size + 4, bold)
        sheet.top += (size + 4) * 1.3
    sheet.top += size

    def frame(top: float, bottom: float) -> None:
        c.setLineWidth(frame_w)
        c.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top, stroke=1, fill=0)

    for row in spec.rows:
        if row.style == MARKER:
            if sheet.top + 2 * lead > limit:
                sheet.new_page()
            sheet.text(x0, sheet.top, normalise(row.text), size, bold)
            sheet.top += lead + gap
            continue
        labels = _wrap(normalise(row.label), bold, lsize, min(x1 - x0 - 2 * pad, rng.uniform(220, 420)))
        lines: list[str] = []
        for para in _paragraphs(row.text):
            if lines:
                lines.append("")
            if para.startswith("•"):
                para = "-" + para[1:]
            lines.extend(_wrap(para, font, size, x1 - x0 - 2 * inset))
        tab_h = lsize * 1.25 * len(labels) + pad * 0.6
        if sheet.top + tab_h + 2 * lead > limit:
            sheet.new_page()
        tab_w = max(_width(x, bold, lsize) for x in labels) + 2 * pad
        c.setFillColor(colors.black)
        c.rect(x0, PAGE_H - sheet.top - tab_h, tab_w, tab_h, stroke=0, fill=1)
        c.setFillColor(colors.white)
        for k, line in enumerate(labels):
            sheet.text(x0 + pad, sheet.top + pad * 0.3 + k * lsize * 1.25, line, lsize, bold)
        c.setFillColor(colors.black)
        sheet.top += tab_h
        top = sheet.top
        y = top + inset * 0.6
        for line in lines or [""]:
            if y + lead > limit:
                frame(top, y + inset * 0.4)
                sheet.new_page()
                top = sheet.top
                y = top + inset * 0.6
            if line:
                sheet.text(x0 + inset, y, line, size)
            y += lead if line or not lines else lead * 0.5
        frame(top, y + inset * 0.4)
        sheet.top = y + inset * 0.4 + gap
    sheet.save()


_PARTS = (("1 Projektet", "2 Redovisning"), ("1 Uppgifter om insatsen", "2 Beskrivning"))


def _outline(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    size = rng.choice((8.5, 9.0, 9.0, 9.5, 10.0))
    # a TrueType font that has U+2212 (reportlab's core Helvetica draws it from Symbol at no width)
    sans = rng.choice((("LiberationSans", "LiberationSans-Bold"), ("DejaVuSans", "DejaVuSans-Bold")))
    font, bold = _font(sans[0], "Helvetica"), _font(sans[1], "Helvetica-Bold")
    lead = size * rng.uniform(1.15, 1.4)
    margin = rng.choice((48.0, 60.0, 72.0))
    numcol = rng.uniform(20.0, 32.0)
    field_gap = size * rng.uniform(0.3, 1.2)
    sheet = _Sheet(pdf, spec, rng, margin, font)
    sheet.minus = True
    x0, x1 = margin, PAGE_W - margin
    tx = x0 + numcol
    limit = PAGE_H - 72
    parts = rng.choice(_PARTS)
    marker_bold = rng.random() < 0.3
    marker_x = rng.choice((x0, tx))
    for line in _wrap(normalise(spec.title), bold, size, x1 - x0):
        sheet.text(x0, sheet.top, line, size, bold)
        sheet.top += lead
    sheet.top += lead

    def need(n: int = 2) -> None:
        if sheet.top + n * lead > limit:
            sheet.new_page()

    part, number = 1, 0
    need()
    sheet.text(x0, sheet.top, parts[0], size, bold)
    sheet.top += lead + field_gap * 0.5
    for row in spec.rows:
        if row.style == MARKER:
            need()
            sheet.text(marker_x, sheet.top, normalise(row.text), size, bold if marker_bold else font)
            sheet.top += lead + field_gap
            part, number = 2, 0
            need(3)
            sheet.text(x0, sheet.top, parts[1], size, bold)
            sheet.top += lead + field_gap * 0.5
            continue
        label = normalise(row.label)
        head = label.split()[0]
        if head[:1].isdigit() and head.rstrip(".").replace(".", "").isdigit():
            num, text = head, label[len(head) :].strip()
        else:
            number += 1
            num, text = f"{part}.{number}", label
        need(3)
        sheet.text(x0, sheet.top, num, size, bold)
        for line in _wrap(text, bold, size, x1 - tx):
            sheet.text(tx, sheet.top, line, size, bold)
            sheet.top += lead
        for k, para in enumerate(_paragraphs(row.text)):
            if k:
                sheet.top += lead * rng.choice((0.0, 0.4))
            if para.startswith("•"):
                para = "-" + para[1:]
            for line in _wrap(para, font, size, x1 - tx):
                need(1)
                sheet.text(tx, sheet.top, line, size)
                sheet.top += lead
        sheet.top += field_gap
    sheet.save()


def _ctable(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    font, bold = rng.choice(
        (("Helvetica", "Helvetica-Bold"), ("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"))
    )
    size = rng.choice((9.0, 9.5, 10.0, 10.5))
    margin = rng.choice((50.0, 60.0, 70.0))
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * rng.uniform(1.15, 1.3))
    strong = ParagraphStyle("s", parent=body, fontName=bold)
    title = ParagraphStyle("t", fontName=bold, fontSize=size + rng.choice((4, 6, 8)), leading=(size + 6) * 1.25)
    head = rng.choice((("Uppgift", "Svar"), ("Rubrik", "Uppgifter")))
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    from .undercaps import _dnr

    dnr = _dnr(spec, rng)
    footer = rng.choice(("Sida {n} ({m})", "Sida {n} av {m}"))
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    data: list[list] = [[Paragraph(head[0], strong), Paragraph(head[1], strong)]]
    marker_rows = []
    for row in spec.rows:
        if row.style == MARKER:
            marker_rows.append(len(data))
            data.append(["", Paragraph(esc(normalise(row.text)), strong)])
            continue
        paras = _paragraphs(row.text) or [""]
        for k, para in enumerate(paras):
            label = Paragraph(esc(normalise(row.label)), body) if k == 0 else ""
            data.append([label, Paragraph(esc(para), body)])
    label_w = rng.uniform(3.8, 5.4) * 28.35
    table = Table(data, colWidths=[label_w, PAGE_W - 2 * margin - label_w], repeatRows=1)
    pad = rng.uniform(2.0, 6.0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), rng.uniform(0.3, 0.9), colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    pages: list[int] = []

    def furniture(canv: Any, doc: Any) -> None:
        canv.setFont(font, 8.5)
        canv.drawString(margin, PAGE_H - 40, office)
        canv.drawRightString(PAGE_W - margin, PAGE_H - 40, dnr)
        pages.append(doc.page)

    def build(total: int) -> None:
        def foot(canv: Any, doc: Any) -> None:
            furniture(canv, doc)
            canv.setFont(font, 8.5)
            canv.drawCentredString(PAGE_W / 2, 36, footer.format(n=doc.page, m=total))

        doc = SimpleDocTemplate(
            str(pdf), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=64, bottomMargin=60
        )
        story = [Paragraph(esc(normalise(spec.title)), title), Spacer(1, size), table]
        doc.build(story, onFirstPage=foot, onLaterPages=foot)

    build(9)
    total = max(pages)
    pages.clear()
    build(total)


_TEX_SPECIAL = {c: "\\" + c for c in "&%$#_{}"} | {
    "~": "\\lettertilde{}",
    "^": "\\letterhat{}",
    "\\": "\\letterbackslash{}",
}


def _tex(text: str) -> str:
    return "".join(_TEX_SPECIAL.get(c, c) for c in text)


def _context_source(spec: ReportSpec, rng: random.Random) -> str:
    """The form as a ConTeXt document: its title, then an xtable whose header row repeats on every page."""
    from .undercaps import _dnr

    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    footer = rng.choice(("Sida \\pagenumber\\ (\\lastpagenumber)", "Sida \\pagenumber\\ av \\lastpagenumber"))
    head = rng.choice((("Uppgift", "Svar"), ("Rubrik", "Uppgifter")))
    width = f"{rng.uniform(3.8, 5.4):.2f}cm"
    cell = f"\\startxcell[width={width}]"
    rows = []
    for row in spec.rows:
        if row.style == MARKER:
            rows.append(
                f"\\startxrow {cell} \\stopxcell \\startxcell {{\\bf {_tex(normalise(row.text))}}} \\stopxcell \\stopxrow"
            )
            continue
        for k, para in enumerate(_paragraphs(row.text) or [""]):
            label = _tex(normalise(row.label)) if k == 0 else ""
            rows.append(f"\\startxrow {cell} {label} \\stopxcell \\startxcell {_tex(para)} \\stopxcell \\stopxrow")
    return "\n".join(
        [
            "\\mainlanguage[sv]",
            f"\\setupbodyfont[modern,{rng.choice(('ss', 'ss', 'rm'))},{rng.choice(('9.5pt', '10pt', '10pt', '11pt'))}]",
            "\\setuppapersize[A4]",
            f"\\setuplayout[backspace={rng.uniform(1.8, 2.6):.2f}cm,width=middle,topspace=1.5cm,header=1cm,footer=1cm,height=middle]",
            f"\\setupheadertexts[{_tex(office)}][{_tex(_dnr(spec, rng))}]",
            f"\\setupfootertexts[{footer}]",
            "\\nohyphens",
            "\\starttext",
            # ragged right: with hyphenation off a justified title in a large size runs past the margin
            f"\\startalignment[flushleft]{{\\bf{rng.choice('ab')} {_tex(normalise(spec.title))}}}\\par\\stopalignment",
            "\\blank[big]",
            "\\startxtable[split=repeat,header=repeat,option=stretch]",
            "\\startxtablehead",
            f"\\startxrow[background=color,backgroundcolor=lightgray] {cell} {{\\bf {head[0]}}} \\stopxcell"
            f" \\startxcell {{\\bf {head[1]}}} \\stopxcell \\stopxrow",
            "\\stopxtablehead",
            "\\startxtablebody",
            *rows,
            "\\stopxtablebody",
            "\\stopxtable",
            "\\stoptext",
        ]
    )


def _context_table(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.tex"
        source.write_text(_context_source(spec, rng), encoding="utf-8")
        subprocess.run(["context", "--batchmode", "form.tex"], cwd=tmp, capture_output=True, timeout=600, check=False)
        shutil.copy(Path(tmp) / "form.pdf", pdf)


_DRAW = {"rl_tabs": _tabs, "rl_outline": _outline, "rl_ctable": _ctable, "ctx_table": _context_table}


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _DRAW[spec.variant](spec, pdf, rng)


def build_ctext2_38_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_38", "c38", "reportlab"), SHAPES, boxforms.BASES, _draw)


def build_ctext2_38_context(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` ConTeXt tables (with .truth.json) into out_dir; ConTeXt (`context`) must be installed."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_38", "c38x", "ConTeXt"), ("ctx_table",), boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_ctext2_38_context", "build_ctext2_38_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    context = "--context" in sys.argv
    if context:
        sys.argv.remove("--context")
    corpus_command(build_ctext2_38_context if context else build_ctext2_38_forms, 38, 9, "name the files that missed")

"""fpdf2 forms in system TrueType fonts (DejaVu, Liberation), never fpdf2's core fonts.

Families:
- `fpdf_stacked`: each label above its answer (bold, or small capitals in grey), only a thin rule under
  the answer; the stage marker on its own line; numbered application sections as headings;
- `fpdf_caps_table`: fpdf2's table API, labels in capitals in small type in a narrow first column where
  long labels wrap over several lines, horizontal lines only or none; the short leading fields as a header
  block of two or three label/value pairs per row.
"""

from __future__ import annotations

import random
from pathlib import Path

from .common import FONT_FILES, fonts_available, header_rows, is_placeholder, parts
from .content import MARKER, Form


class _Pdf:
    """An FPDF with a running header/footer drawn from plain settings."""

    @staticmethod
    def make(header: str | None, font: str):
        from fpdf import FPDF

        class Pdf(FPDF):
            def header(self):
                if header:
                    self.set_font(font, "", 8)
                    self.set_text_color(90)
                    self.cell(0, 5, header, align="R", new_x="LMARGIN", new_y="NEXT")
                    self.set_text_color(0)
                    self.ln(3)

            def footer(self):
                if header:
                    self.set_y(-14)
                    self.set_font(font, "", 8)
                    self.cell(0, 5, f"{self.page_no()} ({{nb}})", align="C")

        return Pdf(format="A4", unit="mm")


def _answer_text(text: str) -> str:
    lines = []
    for part in parts(text):
        if part.kind == "para":
            lines.append(part.text)
        else:
            lines.append(("• " if part.kind == "bullet" else part.mark + " ") + part.text)
    return "\n".join(lines)


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    font = rng.choice(fonts_available())
    header = (
        rng.choice((None, f"{form.committee} | {form.dnr}", f"Bilaga {form.appendix}")) if rng.random() < 0.4 else None
    )
    pdf = _Pdf.make(header, font)
    regular, bold = FONT_FILES[font]
    pdf.add_font(font, "", str(regular))
    pdf.add_font(font, "B", str(bold))
    margin = rng.uniform(16, 25)
    pdf.set_margins(margin, rng.uniform(14, 20), margin)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(form.title)
    pdf.add_page()
    size = rng.choice((9, 9.5, 10, 10.5, 11))
    pdf.set_font(font, "B", size + rng.choice((3, 4, 5)))
    pdf.multi_cell(0, (size + 5) * 0.5, form.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if family == "fpdf_stacked":
        extra = _stacked(pdf, form, rng, font, size)
    else:
        extra = _caps_table(pdf, form, rng, font, size)
    pdf.output(str(path))
    return {"producer": "fpdf2", "font": font, "size": size, "header": header is not None, **extra}


def _stacked(pdf, form: Form, rng: random.Random, font: str, size: float) -> dict:
    small_caps = rng.random() < 0.5
    line_h = size * 0.48
    for row in form.rows:
        if row.style == MARKER:
            pdf.set_font(font, "B", size)
            pdf.cell(0, line_h * 1.4, row.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        if small_caps and row.style != "heading":
            pdf.set_font(font, "", size - 2)
            pdf.set_text_color(80)
            pdf.multi_cell(0, line_h * 0.9, row.label.upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
        else:
            pdf.set_font(font, "B", size + (1 if row.style == "heading" else 0))
            pdf.multi_cell(0, line_h, row.label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
        pdf.set_font(font, "", size)
        text = "" if is_placeholder(row.text) and rng.random() < 0.4 else row.text
        for part in parts(text):
            if part.kind == "para":
                pdf.multi_cell(0, line_h, part.text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                mark = "•" if part.kind == "bullet" else part.mark
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(5, line_h, mark)
                pdf.multi_cell(0, line_h, part.text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
        y = pdf.get_y()
        pdf.set_draw_color(150)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(3.5)
    return {"label_small_caps": small_caps}


def _caps_table(pdf, form: Form, rng: random.Random, font: str, size: float) -> dict:
    from fpdf.fonts import FontFace

    width = pdf.w - pdf.l_margin - pdf.r_margin
    label_mm = rng.uniform(26, 36)
    lines = rng.choice(("HORIZONTAL_LINES", "NONE", "SINGLE_TOP_LINE"))
    v_align = rng.choice(("TOP", "MIDDLE"))
    label_face = FontFace(family=font, emphasis="BOLD" if rng.random() < 0.5 else None, size_pt=size - 2)
    heads = header_rows(form)
    # Narrow, but never narrower than the longest label word (a word broken mid-way is another family).
    pdf.set_font(font, "B" if label_face.emphasis else "", size - 2)
    longest = max(pdf.get_string_width(w) for r in form.rows for w in r.label.upper().split())
    label_mm = max(label_mm, longest + 4)
    per_row = rng.choice((2, 3)) if len(heads) >= 4 else 2
    # Header-block label cells: a share of their pair, but wide enough for their longest word.
    head_longest = max((pdf.get_string_width(w) for i in heads for w in form.rows[i].label.upper().split()), default=0)
    if per_row == 3 and head_longest + 5 > width / 3 * 0.45:
        per_row = 2
    pair = width / per_row
    head_label = max(pair * 0.38, head_longest + 5)
    pdf.set_font(font, "", size)

    def fits(i: int) -> bool:  # a value word wider than its cell would be broken mid-word: not this family
        value_mm = pair - head_label - 4
        return all(pdf.get_string_width(w) <= value_mm for w in form.rows[i].text.split())

    heads = [i for i in heads if fits(i)]
    if len(heads) < 2:  # no block of one pair: that row stays in the main table
        heads = []
    if len(heads) >= 2:
        widths = []
        for _ in range(per_row):
            widths += [head_label, pair - head_label]
        with pdf.table(
            col_widths=widths,
            first_row_as_headings=False,
            borders_layout="ALL",
            line_height=size * 0.45,
            text_align="LEFT",
        ) as table:
            for start in range(0, len(heads), per_row):
                cells = table.row()
                for i in heads[start : start + per_row]:
                    r = form.rows[i]
                    cells.cell(r.label.upper(), style=label_face)
                    cells.cell("" if is_placeholder(r.text) else r.text)
                for _ in range(per_row - len(heads[start : start + per_row])):
                    cells.cell("")
                    cells.cell("")
        pdf.ln(5)
    rest = [r for i, r in enumerate(form.rows) if i not in heads]
    with pdf.table(
        col_widths=(label_mm, width - label_mm),
        first_row_as_headings=False,
        borders_layout=lines,
        line_height=size * 0.47,
        text_align="LEFT",
        padding=1.5,
        v_align=v_align,
    ) as table:
        for r in rest:
            cells = table.row()
            if r.style == MARKER:
                cells.cell("")
                cells.cell(r.text)
                continue
            cells.cell(r.label.upper(), style=label_face)
            cells.cell(_answer_text("" if is_placeholder(r.text) and rng.random() < 0.5 else r.text))
    return {
        "label_mm": round(label_mm, 1),
        "lines": lines,
        "v_align": v_align,
        "header_pairs": per_row if len(heads) >= 2 else 0,
    }

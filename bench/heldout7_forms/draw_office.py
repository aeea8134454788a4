"""Forms made in office programs and converted by LibreOffice (`soffice --headless --convert-to pdf`).

`calc_sheet`: a spreadsheet form written by openpyxl: a narrow label column, the answer in cells
merged across three columns with wrapped text, borders or printed gridlines, a print area, fit to the
page width; each answer row is as tall as its text.
`writer_tabs`: a Word document without tables (python-docx): "Label<TAB>answer" paragraphs with a
hanging indent and a tab stop, long labels on a line of their own, later paragraphs indented.
Both need `soffice`; without it the families are skipped.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from .common import blocks, wrap_answer
from .content import HEADING, MARKER, Form, normalise


def available(family: str) -> bool:
    """soffice on the PATH, and for a spreadsheet LibreOffice's Calc component (often not installed)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    if family == "calc_sheet":
        program = Path(soffice).resolve().parent
        return (program / "libsclo.so").exists()
    return True


def convert(source: Path, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(str(Path(out) / (source.stem + ".pdf")), pdf)


# --- spreadsheet ------------------------------------------------------------------------------
MAX_ROW_HEIGHT = 400  # points; a spreadsheet row cannot grow past 409


def _estimate_lines(text: str, chars: int) -> int:
    return max(1, len(wrap_answer(text, len, chars)))


def fit_sheet(form: Form, rng: random.Random, chars: int, leading: float) -> None:
    """A spreadsheet row cannot break over a page nor pass 409 pt: shorten the longest answer till it fits."""
    for row in form.rows:
        while _estimate_lines(row.text, chars) * leading > MAX_ROW_HEIGHT and "\n\n" in row.text:
            row.text = row.text.rsplit("\n\n", 1)[0]


def draw_calc(form: Form, path: Path, rng: random.Random) -> dict:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    size = rng.choice((9, 10, 11))
    answer_width = rng.choice((78, 86))  # characters over the three merged columns
    leading = size * 1.3
    chars = int(answer_width * 10.5 / size * 0.92)
    fit_sheet(form, rng, chars, leading)
    wb = Workbook()
    ws = wb.active
    ws.title = "Blankett"
    label_width = rng.choice((24, 28, 32))
    ws.column_dimensions["A"].width = label_width
    for col in "BCD":
        ws.column_dimensions[col].width = answer_width / 3
    borders = rng.random() < 0.6
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin) if borders else Border()
    ws.merge_cells("A1:D1")
    ws["A1"] = normalise(form.title)
    ws["A1"].font = Font(bold=True, size=size + 3)
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = (size + 3) * 1.4 * (1 + len(normalise(form.title)) // 70)
    ws["A2"] = form.committee
    ws.merge_cells("C2:D2")
    ws["C2"] = f"{form.dnr}, {form.date}"
    ws["C2"].alignment = Alignment(horizontal="right")
    r = 4
    for row in form.rows:
        if row.style == HEADING:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            ws.cell(r, 1, row.label).font = Font(bold=True, size=size)
            r += 1
            first_col = 1
        else:
            first_col = 2
        if row.style not in (HEADING, MARKER):
            label = ws.cell(r, 1, row.label)
            label.font = Font(bold=rng.random() < 0.5, size=size)
            label.alignment = Alignment(wrap_text=True, vertical="top")
            label.border = box
        ws.merge_cells(start_row=r, start_column=first_col, end_row=r, end_column=4)
        text = "\n".join("\n".join(p) for p in blocks(row.text)) if row.text.strip() else None
        cell = ws.cell(r, first_col, text)
        cell.font = Font(size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(first_col, 5):
            ws.cell(r, col).border = box
        width_chars = chars + (int(label_width * 10.5 / size) if first_col == 1 else 0)
        lines = max(
            _estimate_lines(row.text, width_chars) if row.text.strip() else 1,
            len(wrap_answer(row.label, len, int(label_width * 10.5 / size * 0.9))) if first_col == 2 else 1,
        )
        ws.row_dimensions[r].height = min(MAX_ROW_HEIGHT, lines * leading + 4)
        r += 1
    ws.print_area = f"A1:D{r - 1}"
    ws.print_options.gridLines = not borders and rng.random() < 0.5
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "Sida &P (&N)"
    if rng.random() < 0.5:
        ws.oddHeader.right.text = form.dnr
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / (path.stem + ".xlsx")
        wb.save(xlsx)
        convert(xlsx, path)
    return {"layout": {"borders": borders}}


# --- word processor with tab stops -----------------------------------------------------------
def draw_writer(form: Form, path: Path, rng: random.Random) -> dict:
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = rng.choice(("Liberation Serif", "DejaVu Sans", "Liberation Sans"))
    style.font.size = Pt(rng.choice((10, 11, 12)))
    style.paragraph_format.space_after = Pt(rng.choice((0, 3, 6)))
    indent = Cm(rng.choice((4.5, 5.0, 5.5)))
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    header = section.header.paragraphs[0]
    header.text = f"Bilaga {form.appendix}\t\t{form.dnr}" if rng.random() < 0.6 else ""
    title = doc.add_paragraph()
    run = title.add_run(normalise(form.title))
    run.bold = True
    run.font.size = Pt(14)
    meta = doc.add_paragraph(f"{form.committee}\t{form.date}")
    meta.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    doc.add_paragraph()
    label_max = rng.choice((22, 28))  # labels longer than this get a line of their own

    def indented(text: str):
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = indent
        return p

    for row in form.rows:
        paras = blocks(row.text) if row.text.strip() else [[]]
        lines = [line for para in paras for line in (para or [""])]
        gaps = {sum(len(p) for p in paras[: k + 1]) for k in range(len(paras) - 1)}
        if row.style == MARKER:
            indented(row.text)
            continue
        if row.style == HEADING or len(row.label) > label_max:
            p = doc.add_paragraph()
            p.add_run(row.label).bold = True
            p.paragraph_format.keep_with_next = True
            for k, line in enumerate(lines):
                q = indented(line)
                if k in gaps:
                    q.paragraph_format.space_before = Pt(8)
        else:
            p = doc.add_paragraph()
            p.add_run(row.label).bold = rng.random() < 0.7
            p.add_run("\t" + (lines[0] if lines else ""))
            p.paragraph_format.left_indent = indent
            p.paragraph_format.first_line_indent = -indent
            p.paragraph_format.tab_stops.add_tab_stop(indent)
            for k, line in enumerate(lines[1:], start=1):
                q = indented(line)
                if k in gaps:
                    q.paragraph_format.space_before = Pt(8)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (path.stem + ".docx")
        doc.save(docx)
        convert(docx, path)
    return {"layout": {"label_max": label_max}}


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    return draw_calc(form, path, rng) if family == "calc_sheet" else draw_writer(form, path, rng)

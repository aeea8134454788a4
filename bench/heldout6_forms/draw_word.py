"""Word documents written by python-docx and converted to PDF by LibreOffice Writer (`soffice --headless`).

Families:
- `word_table`: a real Word table, fully ruled ("Table Grid"), label cells shaded and bold beside the
  answers, numbered application sections as merged rows spanning both columns, a merged group row on top;
- `word_runin`: no table: "Label:" in a bold run with the answer in the same paragraph, paragraph spacing,
  list answers as Word list paragraphs ("List Bullet"/"List Number");
- `word_header_block`: the short leading fields as a four-column header block (label | value | label |
  value), then the city's two-column table without visible borders whose long answer breaks over onto
  page 2 (its label cell empty there); "Bilaga N" and the Dnr as running header, "Sida x (y)" footer.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from .common import header_rows, is_placeholder, parts
from .content import MARKER, Form


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    table._tbl.tblPr.append(borders)


def _field(paragraph, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _fill_answer(cell_or_doc, text: str, first=None, size=None) -> None:
    """Paragraphs and list items of an answer; `first` is a paragraph to continue (a cell's own)."""
    for n, part in enumerate(parts(text)):
        if part.kind == "para":
            p = first if (n == 0 and first is not None) else cell_or_doc.add_paragraph()
            p.add_run(part.text)
        elif part.kind == "bullet":  # Word's own bullet list (its bullet a Symbol-font glyph)
            p = first if (n == 0 and first is not None) else cell_or_doc.add_paragraph(style="List Bullet")
            if n == 0 and first is not None:
                p.style = "List Bullet"
            p.add_run(part.text)
        else:  # numbered by hand, as typed ("1) ..."), so the printed marker is the truth's
            p = first if (n == 0 and first is not None) else cell_or_doc.add_paragraph()
            p.add_run(f"{part.mark} {part.text}")


def _document(form: Form, rng: random.Random, running: bool):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    font = rng.choice(("Liberation Sans", "Liberation Serif", "DejaVu Sans", "Carlito"))
    size = rng.choice((10, 10.5, 11, 12))
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(rng.choice((0, 3, 6)))
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    margin = Mm(rng.choice((20, 22, 25)))
    section.left_margin = section.right_margin = margin
    section.top_margin = Mm(25)
    if running:
        head = section.header.paragraphs[0]
        head.text = f"Bilaga {form.appendix}\t\t{form.dnr}"
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        foot.add_run("Sida ")
        _field(foot, "PAGE")
        foot.add_run(" (")
        _field(foot, "NUMPAGES")
        foot.add_run(")")
    title = doc.add_paragraph()
    run = title.add_run(form.title)
    run.bold = True
    run.font.size = Pt(size + rng.choice((3, 4, 6)))
    return doc, font, size


def _label(cell, text: str, bold: bool = True) -> None:
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:

    running = family == "word_header_block" or rng.random() < 0.3
    doc, font, size = _document(form, rng, running)
    fill = rng.choice(("D9D9D9", "DEEAF6", "E7E6E6", "F2F2F2"))
    extra: dict = {"font": font, "size": size, "header": running}
    if family == "word_runin":
        for row in form.rows:
            text = "" if is_placeholder(row.text) and rng.random() < 0.5 else row.text
            if row.style == MARKER:
                doc.add_paragraph().add_run(row.text).bold = True
                continue
            if row.style == "heading":  # a numbered section: its heading a paragraph of its own
                doc.add_paragraph().add_run(row.label).bold = True
                _fill_answer(doc, text)
                continue
            p = doc.add_paragraph()
            p.add_run(row.label + ":").bold = True
            first = parts(text)[0]
            if first.kind == "para":
                p.add_run(" " + first.text)
                rest = text.split("\n\n", 1)[1] if "\n\n" in text else ""
                if rest:
                    _fill_answer(doc, rest)
            else:
                _fill_answer(doc, text)
    else:
        width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
        heads = header_rows(form) if family == "word_header_block" else []
        if len(heads) >= 2:
            # Label cells narrow, but wide enough for their longest word (about 0.72 em a bold letter, with room).
            longest = max(len(w) for i in heads for w in form.rows[i].label.split())
            share = max(0.18, (longest * size * 0.72 + 22) * 12700 / width)
            # A value word wider than its cell would be broken mid-word: that row goes to the main table.
            value_pt = (0.5 - share) * width / 12700
            heads = [i for i in heads if max(len(w) for w in form.rows[i].text.split()) * size * 0.62 + 22 <= value_pt]
            if len(heads) < 2:  # no block of one pair: that row stays in the main table
                heads = []
        if len(heads) >= 2:
            grid = doc.add_table(rows=0, cols=4)
            grid.style = "Table Grid"
            for start in range(0, len(heads), 2):
                cells = grid.add_row().cells
                for j, i in enumerate(heads[start : start + 2]):
                    _label(cells[2 * j], form.rows[i].label)
                    _shade(cells[2 * j], fill)
                    cells[2 * j + 1].paragraphs[0].add_run(form.rows[i].text)
            grid.autofit = False
            for j, column in enumerate(grid.columns):  # LibreOffice reads the grid's column widths
                column.width = int(width * (share if j % 2 == 0 else 0.5 - share))
            for row in grid.rows:
                for j, cell in enumerate(row.cells):
                    cell.width = int(width * (share if j % 2 == 0 else 0.5 - share))
            doc.add_paragraph()
        label_share = rng.uniform(0.24, 0.34)
        table = doc.add_table(rows=0, cols=2)
        ruled = family == "word_table"
        if ruled:
            table.style = "Table Grid"
            if form.form_kind == "uppfoljning" and rng.random() < 0.5:  # a merged group row on top
                cells = table.add_row().cells
                merged = cells[0].merge(cells[1])
                _label(merged, "Uppföljning av investeringen")
                _shade(merged, fill)
        else:
            _no_borders(table)
        for i, row in enumerate(form.rows):
            if i in heads:
                continue
            text = "" if is_placeholder(row.text) and rng.random() < 0.5 else row.text
            cells = table.add_row().cells
            if row.style == MARKER:
                cells[1].paragraphs[0].add_run(row.text)
                continue
            if row.style == "heading" and ruled:
                merged = cells[0].merge(cells[1])
                _label(merged, row.label)
                _shade(merged, fill)
                answer = table.add_row().cells
                merged = answer[0].merge(answer[1])
                _fill_answer(merged, text, merged.paragraphs[0])
                continue
            _label(cells[0], row.label, bold=ruled or rng.random() < 0.5)
            if ruled:
                _shade(cells[0], fill)
            _fill_answer(cells[1], text, cells[1].paragraphs[0])
        table.autofit = False
        table.columns[0].width = int(width * label_share)
        table.columns[1].width = int(width * (1 - label_share))
        for row in table.rows:
            if len(row.cells) == 2 and row.cells[0]._tc is not row.cells[1]._tc:
                row.cells[0].width = int(width * label_share)
                row.cells[1].width = int(width * (1 - label_share))
        extra |= {"ruled": ruled, "label_share": round(label_share, 2), "header_block": len(heads) >= 2}
    _convert(doc, path)
    return {"producer": "libreoffice-writer", **extra}


def _convert(doc, path: Path) -> None:
    soffice = shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (path.stem + ".docx")
        doc.save(str(source))
        # A profile of its own: other soffice processes on the machine are left alone.
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        shutil.move(str(Path(tmp) / (path.stem + ".pdf")), path)

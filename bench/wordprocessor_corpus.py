"""Forms made the way Stockholm's are: Word documents (.docx) exported to PDF by
LibreOffice, then scored field by field against the generator's truth.

Dev-time only: needs python-docx and LibreOffice (`soffice`), which neither
the package nor CI depends on. The content and truth come from the test
fixture generator (`tests/fixturegen`); only the drawing differs: Word tables
(with and without borders, narrow label column, rows breaking over pages),
Heading styles, running header/footer with page fields, placeholder text,
fonts and page sizes a word processor picks.

    .venv/bin/python bench/wordprocessor_corpus.py --out /tmp/wp --count 150
    .venv/bin/python bench/wordprocessor_corpus.py --out /tmp/wp --score-only   # after a fix
    .venv/bin/python bench/wordprocessor_corpus.py --out /tmp/wp2 --count 156 --seed 2 --harder

Prints the per-field accuracy and the names of missed files.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import fixturegen  # noqa: E402
from fixturegen.spec import FIELD, HEADING, MARKER, PLACEHOLDER, RECORD_FIELDS, normalise  # noqa: E402

FIELDS = RECORD_FIELDS
FONTS = (
    "Calibri",
    "Arial",
    "Times New Roman",
    "Liberation Sans",
    "Liberation Serif",
    "DejaVu Sans",
    "DejaVu Serif",
    "Garamond",
)
PAGE_SIZES = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}
ONE_COLUMN = ("followup_one_column", "traffic_final_report", "traffic_decision")


# ---------------------------------------------------------------- docx


def _choices(rng: random.Random, spec) -> dict:
    """The word-processor look of one document (recorded in its truth)."""
    variant = spec.variant
    return {
        "font": rng.choice(FONTS),
        "size": rng.choice((10, 10, 10.5, 11, 11, 11.5, 12)),
        "page": "Letter" if rng.random() < 0.3 else "A4",
        "margins": [round(rng.uniform(50, 85)) for _ in range(4)],  # left, top, right, bottom
        "label_share": round(rng.uniform(0.22, 0.4), 2),
        "borders": variant == "followup_bordered"
        or (variant == "application" and rng.random() < 0.5)
        or rng.random() < 0.15,
        "label_bold": rng.random() < 0.4,
        "valign_center": rng.random() < 0.1,
        "justify": rng.random() < 0.25,
        "space_after": rng.choice((0, 0, 4, 6, 8)),
        "line_spacing": rng.choice((1.0, 1.0, 1.08, 1.15)),
        "title_style": rng.choice(("bold", "bold", "Heading 1", "Title")),
        "title_size": rng.choice((3, 4, 5, 6)),
        "heading_style": rng.choice(("Heading 2", "Heading 3", "bold")),
        "heading_font_as_body": rng.random() < 0.6,
        "numbering_tab": rng.random() < 0.3,
        "header": variant == "followup_headers" or rng.random() < 0.35,
        "header_form": rng.choice(("dnr-right", "bilaga", "three")),
        "footer": rng.choice(("sida", "number", None)) if variant != "followup_headers" else "sida",
        "pictures": rng.random() < 0.2,
        "one_column": variant in ONE_COLUMN,
    }


PLAIN = {
    "border_style": "grid",
    "label_colon": False,
    "letterhead": False,
    "empty_paragraph": False,
    "date_line": False,
    "content_control": False,
    "tab_form": False,
}


def _harder_choices(rng: random.Random, spec, c: dict) -> dict:
    """Further habits of real Word forms (--harder): rows ruled only horizontally,
    'Label:' with a colon, a letterhead and 'Sida 1 av 2', an empty paragraph
    left at the end of cells, a date or file number above the title, the
    placeholder as a real content control, and forms laid out with a tab stop
    instead of a table."""
    short = all(len(r.label) <= 18 for r in spec.rows if r.style == FIELD)
    return {
        "border_style": rng.choice(("grid", "horizontal")),
        "label_colon": rng.random() < 0.3,
        "letterhead": rng.random() < 0.3,
        "empty_paragraph": rng.random() < 0.25,
        "date_line": rng.random() < 0.2,
        "content_control": rng.random() < 0.5,
        "tab_form": short and not c["one_column"] and rng.random() < 0.5,
    }


def _field(paragraph, instr: str, shown: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = shown
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _add_text(paragraph, text: str, *, bold: bool = False, size=None, font=None) -> None:
    """One run of `text` (tabs become tab characters); placeholder text grey like Word's."""
    from docx.shared import Pt, RGBColor

    if normalise(text) == PLACEHOLDER and CONTENT_CONTROL[0]:
        _content_control(paragraph, text)
        return
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
    if normalise(text) == PLACEHOLDER:
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


CONTENT_CONTROL = [False]  # set per document: Word's placeholder as a real w:sdt


def _content_control(paragraph, text: str) -> None:
    """A plain-text content control showing its placeholder, as Word saves an unfilled field."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
            f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'
        )
    )


def _add_break_text(paragraph, text: str, **kw) -> None:
    """Runs of `text`; a single newline is a manual line break (Shift+Enter)."""
    parts = text.split("\n")
    _add_text(paragraph, parts[0], **kw)
    for part in parts[1:]:
        paragraph.runs[-1].add_break()
        _add_text(paragraph, part, **kw)


def _fill(container, text: str, c: dict, first=None) -> None:
    """Paragraphs of an answer (blank line = new paragraph) into a cell or the body."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for i, para in enumerate(text.split("\n\n")):
        p = first if (i == 0 and first is not None) else container.add_paragraph()
        _add_break_text(p, para)
        if c["justify"]:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _picture(cell_or_doc, rng: random.Random, tmp: Path) -> None:
    from docx.shared import Pt
    from PIL import Image

    path = tmp / f"photo-{rng.randrange(10**6)}.png"
    shade = rng.randint(80, 200)
    Image.linear_gradient("L").resize((48, 32)).point(lambda v: (v * shade) // 255 + 40).save(path)
    cell_or_doc.add_paragraph().add_run().add_picture(str(path), width=Pt(110))


def _horizontal_rules(table) -> None:
    """Rows ruled only by horizontal lines (no vertical borders)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    line = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    table._tbl.tblPr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}><w:top {line}/><w:bottom {line}/><w:insideH {line}/>"
            f'<w:left w:val="nil"/><w:right w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        )
    )


def build_docx(spec, c: dict, path: Path, rng: random.Random) -> None:
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    doc = Document()
    CONTENT_CONTROL[0] = c["content_control"]
    width, height = PAGE_SIZES[c["page"]]
    section = doc.sections[0]
    section.page_width, section.page_height = Pt(width), Pt(height)
    left, top, right, bottom = c["margins"]
    section.left_margin, section.top_margin = Pt(left), Pt(top)
    section.right_margin, section.bottom_margin = Pt(right), Pt(bottom)
    section.header_distance, section.footer_distance = Pt(28), Pt(28)
    content = width - left - right

    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = c["font"], Pt(c["size"])
    normal.paragraph_format.space_after = Pt(c["space_after"])
    normal.paragraph_format.line_spacing = c["line_spacing"]
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        style = doc.styles[name]
        if c["heading_font_as_body"]:
            style.font.name = c["font"]

    if c["letterhead"]:
        p = section.header.paragraphs[0]
        _add_text(p, "Stockholms stad", bold=True, size=9)
        section.header.add_paragraph()
    if c["header"]:
        p = section.header.paragraphs[-1]
        p.paragraph_format.tab_stops.add_tab_stop(Pt(content / 2), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(content), WD_TAB_ALIGNMENT.RIGHT)
        dnr = f"Dnr {rng.choice(('1.5.3', '2.1', '3.1.1'))}-{rng.randint(100, 999)}-{spec.year}"
        mark = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
        text = {
            "dnr-right": f"{mark}\t\t{dnr}",
            "bilaga": f"\t\t{mark}",
            "three": f"{spec.district} stadsdelsförvaltning\t{dnr}\t{mark}",
        }[c["header_form"]]
        _add_text(p, text, size=8.5)
    if c["footer"] or c["letterhead"]:
        p = section.footer.paragraphs[0]
        p.paragraph_format.tab_stops.add_tab_stop(Pt(content), WD_TAB_ALIGNMENT.RIGHT)
        if c["letterhead"]:
            _add_text(p, "\tSida ", size=8.5)
            _field(p, "PAGE", "1")
            _add_text(p, " av ", size=8.5)
            _field(p, "NUMPAGES", "1")
        elif c["footer"] == "sida":
            _add_text(p, "\tSida ", size=8.5)
            _field(p, "PAGE", "1")
            _add_text(p, " (", size=8.5)
            _field(p, "NUMPAGES", "1")
            _add_text(p, ")", size=8.5)
        else:
            p.alignment = 1  # centred
            _field(p, "PAGE", "1")

    if c["date_line"]:
        _add_text(doc.add_paragraph(), f"{spec.year + 1}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}")
    # Title: one paragraph, a manual line break where the spec breaks it.
    if c["title_style"] == "bold":
        title = doc.add_paragraph()
        _add_break_text(title, spec.title, bold=True, size=c["size"] + c["title_size"])
    else:
        title = doc.add_paragraph(style=c["title_style"])
        _add_break_text(title, spec.title)
        if c["heading_font_as_body"]:
            for run in title.runs:
                run.font.size = Pt(c["size"] + c["title_size"])

    table = None
    label_w = round(content * c["label_share"])

    def new_table():
        t = doc.add_table(rows=0, cols=2)
        t.autofit = False
        if c["borders"] and c["border_style"] == "grid":
            t.style = "Table Grid"
        elif c["borders"]:
            _horizontal_rules(t)
        t.columns[0].width, t.columns[1].width = Pt(label_w), Pt(content - label_w)
        return t

    for row in spec.rows:
        heading = row.style == HEADING or (row.style == FIELD and c["one_column"])
        if heading or (row.style == MARKER and c["one_column"]):
            table = None
            if row.style == MARKER:
                _fill(doc, row.text, c)
                continue
            label = row.label
            if c["numbering_tab"] and label[:1].isdigit():
                number, _, rest = label.partition(" ")
                label = f"{number}\t{rest}"
            if c["heading_style"] == "bold":
                p = doc.add_paragraph()
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_before = Pt(8)
                _add_break_text(p, label, bold=True)
            else:
                p = doc.add_paragraph(style=c["heading_style"])
                _add_break_text(p, label)
            _fill(doc, row.text, c)
            if c["pictures"] and row.key in ("bilder_fore", "bilder_efter"):
                _picture(doc, rng, path.parent)
            continue
        label = row.label + (":" if c["label_colon"] and row.style != MARKER else "")
        if c["tab_form"]:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Pt(label_w))
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Pt(label_w), Pt(-label_w)
            if row.style != MARKER:
                _add_text(p, label.replace("\n", " "), bold=c["label_bold"])
            _add_text(p, "\t")
            first, *rest = row.text.split("\n\n")
            _add_break_text(p, first)
            for para in rest:
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Pt(label_w)
                _add_break_text(q, para)
            continue
        if table is None:
            table = new_table()
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Pt(label_w), Pt(content - label_w)
        if row.style != MARKER:
            _add_break_text(cells[0].paragraphs[0], label, bold=c["label_bold"])
        _fill(cells[1], row.text, c, first=cells[1].paragraphs[0])
        if c["empty_paragraph"]:
            cells[1].add_paragraph()
        if c["pictures"] and row.key in ("bilder_fore", "bilder_efter"):
            _picture(cells[1], rng, path.parent)
        if c["valign_center"]:
            cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    doc.core_properties.title = ""
    doc.save(str(path))


# ---------------------------------------------------------------- corpus


def convert(docx_paths: list[Path], out: Path, batch: int = 40) -> None:
    """docx -> PDF with LibreOffice, many files per call (it is slow to start)."""
    for i in range(0, len(docx_paths), batch):
        chunk = [str(p) for p in docx_paths[i : i + batch]]
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), *chunk],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def section_pages(pdf_path: Path, spec) -> tuple[list[int], int]:
    """Page of each keyed row's label (or heading), found in the PDF's words in order."""
    import pdfplumber

    keyed = [r for r in spec.rows if r.key is not None]
    with pdfplumber.open(pdf_path) as pdf:
        pages = [sorted(p.extract_words(), key=lambda w: (round(w["top"]), w["x0"])) for p in pdf.pages]
        count = len(pdf.pages)
    found, cursor = [], (0, -1.0)
    for row in keyed:
        first = normalise(row.label).split(" ")[0].rstrip(":")
        hit = None
        for index in range(cursor[0], count):
            left = min((w["x0"] for w in pages[index]), default=0) + 12
            for w in pages[index]:
                if (index, w["top"]) > cursor and w["text"].rstrip(":") == first and w["x0"] <= left:
                    hit = (index, w["top"])
                    break
            if hit:
                break
        if hit is None:
            hit = cursor
        found.append(hit[0] + 1)
        cursor = hit
    return found, count


def build(out: Path, count: int, seed: int, harder: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    work = out / "docx"
    work.mkdir(exist_ok=True)
    specs = {}
    for index in range(count):
        variant = fixturegen.VARIANTS[index % len(fixturegen.VARIANTS)]
        rng = random.Random(f"wordprocessor-{seed}-{index}")
        spec = fixturegen.random_spec(rng, variant, "reportlab")
        choices = _choices(rng, spec)
        extra = random.Random(f"wordprocessor-harder-{seed}-{index}")
        choices.update(_harder_choices(extra, spec, choices) if harder else PLAIN)
        name = f"wp-{index:04d}-{variant}"  # no year in the name: the text must give it
        build_docx(spec, choices, work / f"{name}.docx", rng)
        specs[name] = (spec, choices)
    convert(sorted(work.glob("*.docx")), out)
    paths = []
    for name, (spec, choices) in specs.items():
        pdf = out / f"{name}.pdf"
        pages, total = section_pages(pdf, spec)
        truth = fixturegen.spec.truth(spec, pages, total)
        truth["producer"] = "libreoffice"
        truth["layout"] = choices
        (out / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        paths.append(pdf)
    return paths


def score(report: dict, truth: dict) -> dict[str, bool]:
    """Which fields of one extracted record match the truth (texts whitespace-normalised)."""
    result = {f: report[f] == truth[f] for f in FIELDS}
    got, want = report["sections"], truth["sections"]
    result["section_keys"] = [s["key"] for s in got] == [s["key"] for s in want]
    result["section_texts"] = [(s["key"], normalise(s["text"])) for s in got] == [
        (s["key"], normalise(s["text"])) for s in want
    ]
    result["section_pages"] = [s["page"] for s in got] == [s["page"] for s in want]
    return result


def evaluate(paths: list[Path]) -> dict[str, float]:
    from bilagor.extractor import extract_report

    hits: dict[str, int] = defaultdict(int)
    misses: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        for field, ok in score(extract_report(path, entities=False).to_dict(), truth).items():
            hits[field] += ok
            if not ok:
                misses[field].append(path.stem)
    n = len(paths)
    print(f"field accuracy over {n} LibreOffice-exported PDFs")
    for field in (*FIELDS, "section_keys", "section_texts", "section_pages"):
        print(f"  {field:<15} {hits[field] / n:7.2%}  {' '.join(misses[field][:8])}")
    return {f: hits[f] / n for f in hits}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--harder", action="store_true", help="add more Word habits (see _harder_choices)")
    parser.add_argument("--score-only", action="store_true", help="score the PDFs already in --out")
    args = parser.parse_args(argv)
    paths = (
        sorted(args.out.glob("wp-*.pdf")) if args.score_only else build(args.out, args.count, args.seed, args.harder)
    )
    evaluate(paths)


if __name__ == "__main__":
    main()

"""`docx_tabs`: a Word document written here as WordprocessingML (a .docx zip made by hand, no library) and turned
into PDF by LibreOffice (`soffice --headless --convert-to pdf`). The sixth generator's Word documents (python-docx)
set labels in tables or run in after a colon; here the construction is the tab stop: the follow-ups' label and
answer sit in one paragraph, the bold label, a tab to a left tab stop and the answer, with a hanging indent so the answer's further lines start at the tab stop; a label wider than the tab stop gets a
paragraph of its own (kept with the next) above its answer. Bullets are "•", a tab and the item, hanging. An
application's header fields are a Word table (label | value | label | value, thin borders, a long value's row
merged across three cells). Empty answers may show Word's placeholder in grey. The page header holds "Bilaga N",
a right tab and the Dnr; the footer "Sida {PAGE} ({NUMPAGES})" as Word fields.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from h16_layout import text_width
from h17_content import Form, Section, pair_rows

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
TEXT_WIDTH = 9070  # twips between the margins of A4 with 2.5 cm margins


def available() -> bool:
    return shutil.which("soffice") is not None


def run(text: str, bold: bool = False, grey: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ('<w:color w:val="808080"/>' if grey else "")
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    content: str, tab: int | None = None, left: int = 0, hanging: int = 0, after: int = 60, keep: bool = False
) -> str:
    tabs = f'<w:tabs><w:tab w:val="left" w:pos="{tab}"/></w:tabs>' if tab else ""
    ind = f'<w:ind w:left="{left}" w:hanging="{hanging}"/>' if left or hanging else ""
    keep_next = "<w:keepNext/>" if keep else ""
    return f'<w:p><w:pPr>{keep_next}{tabs}<w:spacing w:after="{after}"/>{ind}</w:pPr>{content}</w:p>'


def answer_paragraphs(section: Section, left: int, first: str = "") -> list[str]:
    """The answer's paragraphs at `left`; `first` (a label and a tab) opens the first one, hanging to the margin."""
    lines = section.lines() or [""]
    out = []
    for k, line in enumerate(lines):
        grey = not section.blocks and section.placeholder
        lead = first if k == 0 else ""
        if line.startswith("• "):
            bullet = left + 284
            body = run("•") + "<w:r><w:tab/></w:r>" + run(line[2:])
            if lead:  # a label opens a list: the label's tab, then the bullet's own tab stop
                out.append(para(lead, tab=left, left=left, hanging=left))
                lead = ""
            out.append(para(body, tab=bullet, left=bullet, hanging=284))
        elif lead:
            out.append(para(lead + run(line, grey=grey), tab=left, left=left, hanging=left))
        else:
            out.append(para(run(line, grey=grey), left=left))
    return out


def table(sections: list[Section], size: float) -> str:
    """The header fields in a Word table, two label | value pairs a row; a value with a word too wide for a cell
    (an e-mail address) takes a row of its own."""
    cols = (2150, 2385, 2150, 2385)
    rows = pair_rows(
        sections,
        lambda s: (
            max((text_width(w, size) for w in s.text.split()), default=0) * 1.3 > cols[1] / 20 - 12
        ),  # DejaVu Sans (for Calibri) is wider than Liberation Sans
    )

    def cell(content: str, width: int, span: int = 1) -> str:
        grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}</w:tcPr>{content}</w:tc>'

    def value(s: Section) -> str:
        grey = not s.blocks and s.placeholder
        return "".join(para(run(line, grey=grey), after=0) for line in (s.lines() or [""]))

    out = []
    for row in rows:
        cells = []
        for k, s in enumerate(row):
            cells.append(cell(para(run(s.label, bold=True), after=0), cols[2 * k]))
            if len(row) == 1:
                cells.append(cell(value(s), sum(cols[1:]), span=3))
            else:
                cells.append(cell(value(s), cols[2 * k + 1]))
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    borders = "".join(
        f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
        for b in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in cols)
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>'
        + para("", after=120)
    )


def document(form: Form, rng: random.Random) -> tuple[str, str, str, float]:
    size = rng.choice((10.0, 10.5, 11.0))
    tab = rng.choice((2268, 2552, 2835))  # 4, 4.5 or 5 cm
    body = [para(run(form.title, bold=True).replace("<w:b/>", '<w:b/><w:sz w:val="%d"/>' % (2 * size + 6)), after=240)]
    header = form.header
    if header:
        body.append(table(header, size))
    for s in form.sections:
        if s in header:
            continue
        fits = text_width(s.label, size, bold=True) * 20 < tab - 170
        if fits:
            body += answer_paragraphs(s, tab, run(s.label, bold=True) + "<w:r><w:tab/></w:r>")
        else:
            body.append(para(run(s.label, bold=True), after=40, keep=True))
            body += answer_paragraphs(s, tab)
        if s.key == form.stage_after and form.stage_marker:
            body.append(para(run(form.stage_marker, bold=True), left=tab))
        body[-1] = body[-1].replace('w:after="60"', 'w:after="160"')
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:footerReference w:type="default" r:id="rF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
        'w:header="567" w:footer="567"/></w:sectPr>'
    )
    doc = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}><w:body>'
        + "".join(body)
        + sect
        + "</w:body></w:document>"
    )
    head = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>'
        + para(run(form.running_header) + "<w:r><w:tab/></w:r>" + run(form.dnr), tab=None).replace(
            "<w:pPr>", f'<w:pPr><w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        )
        + "</w:hdr>"
    )
    style = rng.choice(("paren", "av"))
    middle = run(" (") + field("NUMPAGES") + run(")") if style == "paren" else run(" av ") + field("NUMPAGES")
    foot = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="right"/>'
        f"</w:pPr>{run('Sida ')}{field('PAGE')}{middle}</w:p></w:ftr>"
    )
    return doc, head, foot, size


def field(name: str) -> str:
    """A Word field (PAGE, NUMPAGES) LibreOffice computes when it lays the pages out."""
    return f'<w:fldSimple w:instr=" {name} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def styles(size: float, font: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:sz w:val="{round(size * 2)}"/><w:lang w:val="sv-SE"/>'
        "</w:rPr></w:rPrDefault></w:docDefaults></w:styles>"
    )


PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    "</Types>",
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>",
    "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    "</Relationships>",
}


def render(form: Form, rng: random.Random, path: Path) -> None:
    doc, head, foot, size = document(form, rng)
    font = rng.choice(("Arial", "Times New Roman", "Calibri"))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bilaga.docx"
        with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in PARTS.items():
                z.writestr(name, text)
            z.writestr("word/document.xml", doc)
            z.writestr("word/header1.xml", head)
            z.writestr("word/footer1.xml", foot)
            z.writestr("word/styles.xml", styles(size, font))
        subprocess.run(
            [
                "soffice",
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
            timeout=300,
        )
        shutil.copy(Path(tmp) / "bilaga.pdf", path)

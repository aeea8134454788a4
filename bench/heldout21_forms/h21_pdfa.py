"""`pdfa_fodt`: a hand-written flat OpenDocument text file (.fodt: styles, page header and footer, tables and a
bullet list style in one XML file) exported by LibreOffice as PDF/A-2b.

Even turns put every section in a ruled two-column table, the label in a bold cell beside its answer; odd turns
set the label as a bold paragraph above the answer, and an application's short header fields as a grid of two
label | value pairs a row. The running header is the page style's ("Bilaga N" left, the Dnr right), the page
number its footer's field. Bullets are a real list with "•" as its bullet character.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from h16_layout import text_width
from h21_content import Form, Section

EXPORT = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'  # PDF/A-2b

NAMESPACES = " ".join(
    f'xmlns:{name}="urn:oasis:names:tc:opendocument:xmlns:{urn}"'
    for name, urn in (
        ("office", "office:1.0"),
        ("style", "style:1.0"),
        ("text", "text:1.0"),
        ("table", "table:1.0"),
        ("fo", "xsl-fo-compatible:1.0"),
        ("svg", "svg-compatible:1.0"),
    )
)


def available() -> bool:
    return shutil.which("soffice") is not None


def _styles(size: float, label_cm: float) -> str:
    return f"""<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
 style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="{size}pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.1cm" fo:margin-bottom="1.1cm" fo:margin-left="2.1cm" fo:margin-right="2.1cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.8cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="HeadRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>
 <style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.5cm"/>
 <style:text-properties fo:font-size="{size + 4}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Label" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"
 fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CellLabel" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Answer" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>
</style:style>
<style:style style:name="Grey" style:family="text"><style:text-properties fo:color="#808080"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.8cm" table:align="left"
 fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="ColL" style:family="table-column"><style:table-column-properties
 style:column-width="{label_cm}cm"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties
 style:column-width="{16.8 - label_cm}cm"/></style:style>
<style:style style:name="ColQ" style:family="table-column"><style:table-column-properties
 style:column-width="4.2cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"
 fo:border="0.5pt solid #000000"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•">
 <style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet>
</text:list-style>
</office:automatic-styles>"""


def _answer(section: Section) -> str:
    if not section.blocks:
        if section.placeholder:
            placeholder = escape(section.lines()[0])
            return (
                f'<text:p text:style-name="Answer"><text:span text:style-name="Grey">{placeholder}</text:span></text:p>'
            )
        return '<text:p text:style-name="Answer"/>'
    out = []
    for block in section.blocks:
        if isinstance(block, list):
            items = "".join(
                f'<text:list-item><text:p text:style-name="Answer">{escape(i)}</text:p></text:list-item>' for i in block
            )
            out.append(f'<text:list text:style-name="L1">{items}</text:list>')
        else:
            out.append(f'<text:p text:style-name="Answer">{escape(block)}</text:p>')
    return "".join(out)


def _cell(content: str) -> str:
    return f'<table:table-cell table:style-name="Cell" office:value-type="string">{content}</table:table-cell>'


def _label(section: Section, style: str = "Label") -> str:
    return f'<text:p text:style-name="{style}">{escape(section.label)}</text:p>'


def _beside(section: Section) -> str:
    return (
        '<table:table table:style-name="Tbl"><table:table-column table:style-name="ColL"/>'
        '<table:table-column table:style-name="ColA"/>'
        f"<table:table-row>{_cell(_label(section, 'CellLabel'))}{_cell(_answer(section))}</table:table-row></table:table>"
    )


def _wide(section: Section) -> bool:
    """An answer with a word too long for a quarter of the row (an e-mail address): a row of its own."""
    return max((len(word) for word in section.text.split()), default=0) > 20


def _grid(sections: list[Section]) -> str:
    """Two label | value pairs a row; a wide answer, or a lone last pair, spans the rest of its row."""
    rows: list[list[Section]] = []
    for section in sections:
        if rows and len(rows[-1]) == 1 and not _wide(rows[-1][0]) and not _wide(section):
            rows[-1].append(section)
        else:
            rows.append([section])
    spanned = '<table:table-cell table:style-name="Cell" table:number-columns-spanned="3" office:value-type="string">'
    out = []
    for row in rows:
        if len(row) == 2:
            cells = "".join(_cell(_label(s, "CellLabel")) + _cell(_answer(s)) for s in row)
        else:
            cells = _cell(_label(row[0], "CellLabel")) + spanned + _answer(row[0]) + "</table:table-cell>"
            cells += "<table:covered-table-cell/>" * 2
        out.append(f"<table:table-row>{cells}</table:table-row>")
    return (
        '<table:table table:style-name="Tbl"><table:table-column table:style-name="ColQ" table:number-columns-repeated="4"/>'
        + "".join(out)
        + "</table:table>"
    )


def _label_column(form: Form, size: float, drawn: float) -> float:
    """The label column's width in cm: as drawn, or wide enough for the longest word of a label (LibreOffice
    breaks a word that does not fit inside it, "Behovsanalys/problembeskrivning" among them)."""
    longest = max(text_width(word, size, bold=True) for s in form.sections for word in s.label.split())
    return max(drawn, round(longest / 72 * 2.54 + 0.5, 2))


def document(form: Form, rng: random.Random, turn: int) -> str:
    beside = turn % 2 == 0
    size = rng.choice((10, 10.5, 11))
    body = [f'<text:p text:style-name="Title">{escape(form.title)}</text:p>']
    grid = [] if beside else form.header
    if grid:
        body.append(_grid(grid))
    for section in form.sections:
        if section in grid:
            continue
        body.append(_beside(section) if beside else _label(section) + _answer(section))
        if section.key == form.stage_after and form.stage_marker:
            body.append(f'<text:p text:style-name="Label">{escape(form.stage_marker)}</text:p>')
    master = (
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
        f'<text:p text:style-name="Head">{escape(form.running_header)}</text:p>'
        f'<text:p text:style-name="HeadRight">{escape(form.dnr)}</text:p></style:header><style:footer>'
        '<text:p text:style-name="HeadRight">Sida <text:page-number text:select-page="current">1</text:page-number>'
        "</text:p></style:footer></style:master-page></office:master-styles>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        + _styles(size, _label_column(form, size, rng.uniform(4.2, 5.6)))
        + master
        + "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document>\n"
    )


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    profile = Path(tempfile.gettempdir()) / f"h21-libreoffice-{os.getpid()}"  # one profile a process: a fast start
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / (path.stem + ".fodt")
        source.write_text(document(form, rng, turn), "utf-8")
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                EXPORT,
                "--outdir",
                folder,
                str(source),
            ],
            capture_output=True,
            check=True,
            timeout=300,
        )
        shutil.move(Path(folder) / (path.stem + ".pdf"), path)

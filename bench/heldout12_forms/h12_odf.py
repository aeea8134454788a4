"""Producers: LibreOffice Draw and Impress. A flat ODF drawing (.fodg) or presentation (.fodp) written as XML, a
text frame per label and per answer (its lines as paragraphs of a fixed line height), rules as draw:line,
boxes as draw:rect; exported to PDF by `soffice --headless` in one batch per family.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from h12_layout import Box, Page, Rule, Text, width

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
)
FAMILY = {"sans": "Liberation Sans", "serif": "Liberation Serif", "dejavu": "DejaVu Sans"}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _frames(page: Page) -> list[list[Text]]:
    blocks: dict[int, list[Text]] = {}
    for item in page.items:
        if isinstance(item, Text):
            blocks.setdefault(item.block, []).append(item)
    return list(blocks.values())


class _Styles:
    def __init__(self, face: str):
        self.face = face
        self.names: dict[tuple, str] = {}

    def para(self, size: float, bold: bool, step: float, align: str, justify: bool) -> str:
        key = (size, bold, round(step, 2), align, justify)
        if key not in self.names:
            self.names[key] = f"P{len(self.names) + 1}"
        return self.names[key]

    def xml(self) -> str:
        out = []
        for (size, bold, step, align, justify), name in self.names.items():
            text_align = "justify" if justify else ("end" if align == "right" else "start")
            last = ' fo:text-align-last="justify"' if justify else ""
            weight = ' fo:font-weight="bold"' if bold else ""
            out.append(
                f'<style:style style:name="{name}" style:family="paragraph">'
                f'<style:paragraph-properties fo:line-height="{step:.2f}pt" fo:text-align="{text_align}"{last} '
                f'fo:margin-top="0pt" fo:margin-bottom="0pt"/>'
                f'<style:text-properties fo:font-family="\'{FAMILY[self.face]}\'" fo:font-size="{size}pt"{weight} '
                f'fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:style>'
            )
        return "".join(out)


def _frame(lines: list[Text], styles: _Styles, face: str) -> str:
    first = lines[0]
    diff = min((b.y - a.y for a, b in zip(lines, lines[1:]) if b.y > a.y), default=first.size * 1.3)
    step = diff / max(1, round(diff / (first.size * 1.32)))  # lines a blank line apart share the line height
    widest = max(t.justify_to or width(t.text, face, t.bold, t.size) for t in lines)
    w = widest * 1.04 + 2
    x = first.x - w if first.align == "right" else first.x
    paras = []
    row = 0
    for t in lines:
        index = round((t.y - first.y) / step)
        while row < index:  # a blank line between paragraphs
            paras.append(f'<text:p text:style-name="{styles.para(t.size, t.bold, step, t.align, False)}"/>')
            row += 1
        name = styles.para(t.size, t.bold, step, t.align, bool(t.justify_to))
        paras.append(f'<text:p text:style-name="{name}">{escape(t.text)}</text:p>')
        row += 1
    h = row * step
    return (
        f'<draw:frame draw:style-name="gr1" svg:x="{x:.2f}pt" svg:y="{first.y:.2f}pt" svg:width="{w:.2f}pt" '
        f'svg:height="{h:.2f}pt"><draw:text-box>{"".join(paras)}</draw:text-box></draw:frame>'
    )


def document(pages: list[Page], face: str, kind: str) -> str:
    """The flat ODF XML of the pages; kind "drawing" (Draw) or "presentation" (Impress)."""
    styles = _Styles(face)
    body = []
    for n, page in enumerate(pages, 1):
        shapes = []
        for item in page.items:
            if isinstance(item, Box):
                style = "grfill" if item.fill else "grbox"
                fill = f' draw:fill-color="{item.fill}"' if item.fill else ""
                shapes.append(
                    f'<draw:rect draw:style-name="{style}" svg:x="{item.x:.2f}pt" svg:y="{item.y:.2f}pt" svg:width="{item.w:.2f}pt" svg:height="{item.h:.2f}pt"{fill}/>'
                )
            elif isinstance(item, Rule):
                shapes.append(
                    f'<draw:line draw:style-name="grline" svg:x1="{item.x0:.2f}pt" svg:y1="{item.y0:.2f}pt" svg:x2="{item.x1:.2f}pt" svg:y2="{item.y1:.2f}pt"/>'
                )
        shapes += [_frame(lines, styles, face) for lines in _frames(page)]
        body.append(f'<draw:page draw:name="Sida{n}" draw:master-page-name="Standard">{"".join(shapes)}</draw:page>')
    w, h = pages[0].width, pages[0].height
    mime = "graphics" if kind == "drawing" else "presentation"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
        f'office:mimetype="application/vnd.oasis.opendocument.{mime}">'
        "<office:styles/>"
        "<office:automatic-styles>"
        f'<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0pt" fo:margin-bottom="0pt" '
        f'fo:margin-left="0pt" fo:margin-right="0pt" fo:page-width="{w:.2f}pt" fo:page-height="{h:.2f}pt" '
        f'style:print-orientation="{"landscape" if w > h else "portrait"}"/></style:page-layout>'
        '<style:style style:name="dp1" style:family="drawing-page"/>'
        '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" '
        'draw:auto-grow-height="true" draw:auto-grow-width="false" fo:padding-top="0pt" fo:padding-bottom="0pt" '
        'fo:padding-left="0pt" fo:padding-right="0pt" draw:textarea-vertical-align="top" draw:textarea-horizontal-align="left"/></style:style>'
        '<style:style style:name="grline" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.6pt" svg:stroke-color="#000000"/></style:style>'
        '<style:style style:name="grbox" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.6pt" svg:stroke-color="#000000" draw:fill="none"/></style:style>'
        '<style:style style:name="grfill" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid"/></style:style>'
        f"{styles.xml()}"
        "</office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>'
        f"<office:body><office:{kind}>{''.join(body)}</office:{kind}></office:body></office:document>"
    )


def convert(sources: list[Path], outdir: Path, profile: Path) -> None:
    """Export the flat ODF files to PDF in one LibreOffice run (its own profile: other runs may be going on)."""
    exe = soffice()
    assert exe
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )

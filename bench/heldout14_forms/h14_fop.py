"""Forms as XSL-FO documents rendered by Apache FOP (apt `fop`): an fo:table of label | answer rows.

FOP is the Java engine behind many case-management systems' PDF exports. Variation per form: rules all round,
under each row or none; labels bold, shaded or plain; an application's header two pairs a row; a running header
"Bilaga N" / Dnr in fo:static-content and a footer "Sida x (y)" or "Sida x av y" by page-number-citation;
landscape now and then; `colour=True` prints the labels in blue or red on tinted cells (a pre-printed colour
form, the source of the colour scans).
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from h14_content import PLACEHOLDER, Form, Section

FO_NS = "http://www.w3.org/1999/XSL/Format"


def available() -> bool:
    return shutil.which("fop") is not None


def _answer_blocks(section: Section, size: float) -> str:
    if not section.blocks:
        return f'<fo:block color="#777777">{escape(PLACEHOLDER)}</fo:block>' if section.placeholder else "<fo:block/>"
    out = []
    for block in section.blocks:
        if isinstance(block, list):
            items = "".join(
                '<fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>'
                f'<fo:list-item-body start-indent="body-start()"><fo:block>{escape(item)}</fo:block>'
                "</fo:list-item-body></fo:list-item>"
                for item in block
            )
            out.append(
                f'<fo:list-block provisional-distance-between-starts="4mm" space-after="{size * 0.4:.1f}pt">'
                f"{items}</fo:list-block>"
            )
        else:
            out.append(f'<fo:block space-after="{size * 0.5:.1f}pt">{escape(block)}</fo:block>')
    return "".join(out)


def _cell(content: str, style: str) -> str:
    return f'<fo:table-cell padding="1.6mm" {style}>{content}</fo:table-cell>'


def form_fo(form: Form, rng: random.Random, colour: bool = False) -> str:
    landscape = rng.random() < 0.2
    width, height = ("297mm", "210mm") if landscape else ("210mm", "297mm")
    size = rng.choice((9.5, 10, 10.5, 11))
    font = rng.choice(("Helvetica", "Times", "Helvetica"))
    rules = rng.choice(("none", "grid", "rows"))
    label_w = rng.choice((28, 32, 36))
    ink = rng.choice(("#1f3f8f", "#a01818")) if colour else "#000000"
    tint = rng.choice(("#dfe8f6", "#f6e3e0", "#e6f0e0")) if colour else None
    label_weight = "bold" if rules == "none" or rng.random() < 0.5 else "normal"
    border = {"none": "", "grid": 'border="0.5pt solid black"', "rows": 'border-bottom="0.5pt solid #555555"'}[rules]
    label_style = f'{border} font-weight="{label_weight}" color="{ink}"'
    if tint or (rules != "none" and rng.random() < 0.3):
        label_style += f' background-color="{tint or "#eeeeee"}"'
    footer = rng.choice(
        (
            'Sida <fo:page-number/> (<fo:page-number-citation ref-id="end"/>)',
            'Sida <fo:page-number/> av <fo:page-number-citation ref-id="end"/>',
        )
    )
    head_left = f"Bilaga {form.appendix}" if form.appendix else "Trafikkontoret"
    rows: list[str] = []
    header = form.header
    two_a_row = bool(header) and rng.random() < 0.6
    body = [s for s in form.sections if s not in header] if two_a_row else form.sections
    if two_a_row:
        for i in range(0, len(header), 2):
            pair = header[i : i + 2]
            cells = "".join(
                _cell(f"<fo:block>{escape(s.label)}</fo:block>", label_style) + _cell(_answer_blocks(s, size), border)
                for s in pair
            )
            if len(pair) == 1:
                cells += _cell("<fo:block/>", border) * 2
            rows.append(f"<fo:table-row>{cells}</fo:table-row>")
        header_table = (
            f'<fo:table table-layout="fixed" width="100%" space-after="5mm" font-size="{size - 0.5}pt">'
            f'<fo:table-column column-width="18%"/><fo:table-column column-width="32%"/>'
            f'<fo:table-column column-width="18%"/><fo:table-column column-width="32%"/>'
            f"<fo:table-body>{''.join(rows)}</fo:table-body></fo:table>"
        )
        rows = []
    else:
        header_table = ""
    for s in body:
        rows.append(
            f"<fo:table-row>{_cell(f'<fo:block>{escape(s.label)}</fo:block>', label_style)}"
            f"{_cell(_answer_blocks(s, size), border)}</fo:table-row>"
        )
        if form.stage_after == s.key and form.stage:
            rows.append(
                f"<fo:table-row>{_cell('<fo:block/>', border)}"
                f"{_cell(f'<fo:block>{form.stage.capitalize()}</fo:block>', border)}</fo:table-row>"
            )
    crest = ""
    if rng.random() < 0.5:
        crest = (
            '<fo:block><fo:instream-foreign-object content-width="12mm">'
            '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="48" viewBox="0 0 40 48">'
            f'<path d="M2 2 H38 V28 Q38 42 20 46 Q2 42 2 28 Z" fill="{ink if colour else "#24459a"}"/>'
            '<circle cx="20" cy="20" r="8" fill="#f2c200"/></svg></fo:instream-foreign-object>'
            '<fo:inline font-size="11pt" font-weight="bold"> Stockholms stad</fo:inline></fo:block>'
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="{FO_NS}" font-family="{font}" font-size="{size}pt">
<fo:layout-master-set><fo:simple-page-master master-name="p" page-width="{width}" page-height="{height}"
 margin-left="{rng.choice((18, 20, 25))}mm" margin-right="18mm" margin-top="10mm" margin-bottom="10mm">
<fo:region-body margin-top="14mm" margin-bottom="14mm"/><fo:region-before extent="10mm"/>
<fo:region-after extent="10mm"/></fo:simple-page-master></fo:layout-master-set>
<fo:page-sequence master-reference="p">
<fo:static-content flow-name="xsl-region-before"><fo:block font-size="8.5pt" text-align-last="justify">
{escape(head_left)}<fo:leader leader-pattern="space"/>{escape(form.dnr)}</fo:block></fo:static-content>
<fo:static-content flow-name="xsl-region-after"><fo:block font-size="8.5pt" text-align="end">{footer}</fo:block>
</fo:static-content>
<fo:flow flow-name="xsl-region-body">{crest}
<fo:block font-size="{size + 4}pt" font-weight="bold" color="{ink}" space-after="6mm">{escape(form.title)}</fo:block>
{header_table}
<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="{label_w}%"/>
<fo:table-column column-width="{100 - label_w}%"/><fo:table-body>{"".join(rows)}</fo:table-body></fo:table>
<fo:block id="end"/></fo:flow></fo:page-sequence></fo:root>
"""


def render(form: Form, rng: random.Random, out: Path, colour: bool = False) -> None:
    src = out.with_suffix(".fo")
    src.write_text(form_fo(form, rng, colour), encoding="utf-8")
    try:
        subprocess.run(["fop", "-q", "-fo", str(src), "-pdf", str(out)], check=True, capture_output=True, timeout=300)
    finally:
        src.unlink(missing_ok=True)

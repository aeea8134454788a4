"""A flat printed form filled in with a PDF viewer's typewriter tool.

The blank form (title, labels, empty answer boxes, running header and footer) is drawn by Apache FOP with
absolutely placed block-containers, one page-sequence a page. The answers are then added the two ways officials
fill in forms they got as flat PDFs: as FreeText annotations with their own appearance streams (`annot`), or as
text appended to each page in an incremental update (`append`: a second content stream and a Courier font added
to the page's resources, the original bytes left untouched). The stage marker is typed into its own box.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from h14_content import Form
from h14_geometry import Box, Line, Page, layout
from h14_pdfobj import pdf_string, stream


def available() -> bool:
    return shutil.which("fop") is not None


def _blank_fo(page: Page, lines: list[Line], boxes: list[Box]) -> str:
    count = max(ln.page for ln in lines) + 1
    seqs = []
    for p in range(count):
        parts = []
        for b in (b for b in boxes if b.page == p):
            parts.append(
                f'<fo:block-container absolute-position="absolute" left="{b.x}pt" top="{b.y}pt" width="{b.w}pt" '
                f'height="{b.h}pt" border="0.6pt solid #555555"><fo:block/></fo:block-container>'
            )
        for ln in (ln for ln in lines if ln.page == p and ln.role in ("title", "label", "furniture")):
            weight = "bold" if ln.font == "bold" else "normal"
            # a block's first baseline lies about 0.8 em under its top
            parts.append(
                f'<fo:block-container absolute-position="absolute" left="{ln.x}pt" top="{ln.y - ln.size * 0.93:.2f}pt" '
                f'width="{page.width - ln.x - 20:.0f}pt"><fo:block font-family="Helvetica" font-size="{ln.size}pt" '
                f'font-weight="{weight}" line-height="1.15" white-space-collapse="false">{escape(ln.text)}</fo:block>'
                "</fo:block-container>"
            )
        seqs.append(
            f'<fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body"><fo:block/>{"".join(parts)}'
            "</fo:flow></fo:page-sequence>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">'
        f'<fo:layout-master-set><fo:simple-page-master master-name="p" page-width="{page.width}pt" '
        f'page-height="{page.height}pt" margin="0pt"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>'
        f"{''.join(seqs)}</fo:root>"
    )


def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", pdf, re.S)}


def _text_ops(lines: list[Line], height: float, dx: float = 0.0, dy: float = 0.0) -> bytes:
    ops = []
    for ln in lines:
        ops.append(
            b"BT 0.05 0.05 0.2 rg /TW1 "
            + f"{ln.size} Tf 1 0 0 1 {ln.x - dx:.2f} {height - ln.y - dy:.2f} Tm ".encode()
            + pdf_string(ln.text)
            + b" Tj ET"
        )
    return b"\n".join(ops)


def fill(blank: bytes, page: Page, answers: list[Line], how: str) -> bytes:
    """The blank form with the answers added in an incremental update (FreeText annotations or appended text)."""
    objects = _objects(blank)
    pages = [n for n, body in objects.items() if re.search(rb"/Type\s*/Page\b(?!s)", body)]
    pages.sort(key=lambda n: blank.index(f"\n{n} 0 obj".encode()))
    # FOP lists the kids in order; follow /Kids when present
    kids = re.search(rb"/Kids\s*\[(.*?)\]", next(b for b in objects.values() if re.search(rb"/Type\s*/Pages", b)), re.S)
    if kids:
        pages = [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]
    root = int(re.findall(rb"/Root (\d+) 0 R", blank)[-1])
    size = int(re.findall(rb"/Size (\d+)", blank)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", blank)[-1])
    new: dict[int, bytes] = {}
    nxt = size
    font = nxt
    new[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    nxt += 1
    for index, number in enumerate(pages):
        mine = [ln for ln in answers if ln.page == index]
        if not mine:
            continue
        body = objects[number]
        if how == "append":
            content = nxt
            new[content] = stream(b"", b"q\n" + _text_ops(mine, page.height) + b"\nQ")
            nxt += 1
            res_ref = re.search(rb"/Resources (\d+) 0 R", body)
            resources = objects[int(res_ref.group(1))] if res_ref else b"<< >>"
            if b"/Font" in resources:
                resources = re.sub(rb"/Font\s*<<", b"/Font << /TW1 " + f"{font} 0 R".encode(), resources, count=1)
            else:
                resources = resources.replace(b"<<", b"<< /Font << /TW1 " + f"{font} 0 R".encode() + b" >>", 1)
            res = nxt
            new[res] = resources
            nxt += 1
            old = re.search(rb"/Contents\s+(\d+ 0 R|\[[^\]]*\])", body)
            assert old is not None
            first = old.group(1).strip(b"[]").strip()
            body = body.replace(old.group(0), b"/Contents [" + first + f" {content} 0 R]".encode())
            body = re.sub(rb"/Resources \d+ 0 R", f"/Resources {res} 0 R".encode(), body)
        else:
            annots = []
            for ln in mine:
                w = 0.6 * ln.size * len(ln.text) + 4
                x0, y0 = ln.x - 2, page.height - ln.y - ln.size * 0.3
                ap = nxt
                new[ap] = stream(
                    f"/Type /XObject /Subtype /Form /BBox [0 0 {w:.2f} {ln.size * 1.3:.2f}] /Resources << /Font << /TW1 "
                    f"{font} 0 R >> >>".encode(),
                    _text_ops([Line(0, 2, 0, ln.size, "mono", ln.text, "answer")], 0, 0, -ln.size * 0.3),
                )
                annot = nxt + 1
                new[annot] = (
                    f"<< /Type /Annot /Subtype /FreeText /Rect [{x0:.2f} {y0:.2f} {x0 + w:.2f} "
                    f"{y0 + ln.size * 1.3:.2f}] /F 4 /DA (/Cour {ln.size} Tf 0.05 0.05 0.2 rg) /IT "
                    f"/FreeTextTypeWriter /AP << /N {ap} 0 R >> /Contents <FEFF{ln.text.encode('utf-16-be').hex().upper()}> >>"
                ).encode()
                nxt += 2
                annots.append(annot)
            refs = " ".join(f"{a} 0 R" for a in annots).encode()
            body = body.rstrip()
            assert body.endswith(b">>")
            body = body[:-2] + b" /Annots [" + refs + b"] >>"
        new[number] = body
    out = bytearray(blank if blank.endswith(b"\n") else blank + b"\n")
    offsets = {}
    for number in sorted(new):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + new[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += f"{number} 1\n{offsets[number]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {nxt} /Root {root} 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def render(form: Form, rng: random.Random, out: Path, how: str) -> int:
    page, lines, boxes = layout(form, rng, "mono", placeholder=False, landscape=False)
    src = out.with_suffix(".fo")
    blank = out.with_suffix(".blank.pdf")
    src.write_text(_blank_fo(page, lines, boxes), encoding="utf-8")
    try:
        subprocess.run(["fop", "-q", "-fo", str(src), "-pdf", str(blank)], check=True, capture_output=True, timeout=300)
        answers = [ln for ln in lines if ln.role in ("answer", "stage")]
        out.write_bytes(fill(blank.read_bytes(), page, answers, how))
    finally:
        src.unlink(missing_ok=True)
        blank.unlink(missing_ok=True)
    return max(ln.page for ln in lines) + 1

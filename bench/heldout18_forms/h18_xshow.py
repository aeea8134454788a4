"""`mainframe_xshow`: a mainframe report in hand-written PostScript, distilled by Ghostscript's ps2pdf. A4
landscape, 132 columns of Courier re-encoded to Latin-1 (with "•" and "–" added, and a hyphen where Latin-1 has a minus sign); the labels in a fixed column of
their own and the answers in a second one, no colon, a ruler of dashes between sections; every line is one
`xshow` whose width array gives each glyph its advance (the fixed pitch, written out glyph by glyph). The running
header, the Dnr and "SIDA n (m)" stand on each page's first line.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h18_content import Form
from h18_plain import form_lines

WIDTH = 132
SIZE = 7.4
PITCH = SIZE * 0.6
WIDE, HIGH = 842, 595
LEAD = SIZE * 1.22
LINES = int((HIGH - 2 * 36) / LEAD) - 2  # the page's own first line and a blank under it
EXTRA = {"•": 0o225, "–": 0o226}  # put into the re-encoded Latin-1 vector below (whose 0o55 is a minus sign)

PROLOGUE = """%%!PS-Adobe-3.0
%%%%Pages: %(pages)d
%%%%EndComments
/Courier findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 8#225 /bullet put dup 8#226 /endash put dup 8#055 /hyphen put def
  currentdict end /Listing exch definefont pop
/L { moveto xshow } bind def
"""


def available() -> bool:
    return shutil.which("ps2pdf") is not None


def ps_string(text: str) -> str:
    out = []
    for char in text.replace("\u00a0", " "):
        code = EXTRA.get(char) or ord(char.encode("latin-1"))
        out.append(f"\\{code:03o}" if code > 126 or char in "()\\" else char)
    return "(" + "".join(out) + ")"


def line_ops(text: str, x: float, y: float) -> str:
    widths = " ".join(f"{PITCH:.2f}" for _ in text)
    return f"{ps_string(text)} [{widths}] {x:.2f} {y:.2f} L\n"


def document(form: Form, rng: random.Random) -> tuple[str, int]:
    label_width = rng.randint(26, 32)
    body = form_lines(form, "columns", WIDTH, label_width, "-" * WIDTH)[2:]  # the Dnr is on the page line
    pages = [body[k : k + LINES] for k in range(0, len(body), LINES)]
    out = [PROLOGUE % {"pages": len(pages)}]
    left = (WIDE - WIDTH * PITCH) / 2
    for n, lines in enumerate(pages, 1):
        out.append(f"%%Page: {n} {n}\n<< /PageSize [{WIDE} {HIGH}] >> setpagedevice\n/Listing {SIZE} selectfont\n")
        number = f"SIDA {n} ({len(pages)})"
        head = f"{form.running_header}   {form.dnr}"
        first = head + " " * (WIDTH - len(head) - len(number)) + number
        y = HIGH - 36
        out.append(line_ops(first, left, y))
        for line in lines:
            y -= LEAD
            if line.strip():
                out.append(line_ops(line, left, y - LEAD))
        out.append("showpage\n")
    out.append("%%EOF\n")
    return "".join(out), len(pages)


def render(form: Form, rng: random.Random, path: Path) -> int:
    source, pages = document(form, rng)
    with tempfile.TemporaryDirectory() as tmp:
        ps = Path(tmp) / "report.ps"
        ps.write_text(source, encoding="ascii")
        subprocess.run(
            ["ps2pdf", "-dAutoRotatePages=/None", "-dEPSCrop", str(ps), str(path)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    return pages

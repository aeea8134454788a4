"""`eps_ashow`: each page a hand-written EPS file set into a page by a PostScript wrapper, then Ghostscript's `ps2pdf`.

The EPS draws the page (the eleventh generator's geometry, h16_layout via h20_pages) with Helvetica re-encoded to a
Windows-1252 vector, every line by `ashow` with a little letter spacing (0.1 to 0.35 pt a glyph, the text's width
grows with it); rules by `lineto`. The wrapper places it the way a document embeds a figure: `save`, a
`/showpage {} def` guard, a scale of 0.9 to 0.97 about the page's centre and a small offset, the EPS text itself
between `%%BeginDocument` and `%%EndDocument`, then `restore`, `showpage`.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from fontTools.agl import UV2AGL
from h20_pages import Page, layout, text_width

__all__ = ["available", "render"]


def available() -> bool:
    return shutil.which("ps2pdf") is not None


def _encoding_vector() -> str:
    names = []
    for code in range(256):
        try:
            char = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            char = ""
        names.append("/" + (UV2AGL.get(ord(char), ".notdef") if code >= 32 and char else ".notdef"))
    return "[" + " ".join(names) + "]"


PROLOG = """/reencode { % new old -> -
  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ENCODING def currentdict end definefont pop } bind def
/R /Helvetica reencode /B /Helvetica-Bold reencode
"""


def ps_string(text: str) -> str:
    raw = text.encode("cp1252")
    return "(" + "".join(chr(b) if 32 <= b < 127 and chr(b) not in "()\\" else f"\\{b:03o}" for b in raw) + ")"


def eps(page: Page, spacing: float) -> str:
    lines = [
        "%!PS-Adobe-3.0 EPSF-3.0",
        f"%%BoundingBox: 0 0 {page.width:.0f} {page.height:.0f}",
        "%%Creator: bilagor heldout22 eps_ashow",
        "%%EndComments",
        PROLOG.replace("ENCODING", _encoding_vector()),
        "0.3 setgray 0.5 setlinewidth",
    ]
    for x0, y0, x1, y1 in page.rules:
        lines.append(f"newpath {x0:.2f} {page.height - y0:.2f} moveto {x1:.2f} {page.height - y1:.2f} lineto stroke")
    lines.append("0 setgray")
    pushed: dict[float, float] = {}  # baseline -> how far the spacing has widened the runs left of here
    for run in sorted(page.runs, key=lambda r: (r.y, r.left)):
        extra = spacing * len(run.text)
        if run.anchor == "end":  # the spacing widens the run: keep its right edge where the layout put it
            left = run.x - text_width(run.text, run.size, run.bold) - extra
        else:  # a run after another on its line ("Label:" then the answer) moves right by the first's growth
            left = run.left + pushed.get(run.y, 0.0)
            pushed[run.y] = pushed.get(run.y, 0.0) + extra
        font = "/B" if run.bold else "/R"
        lines.append(
            f"{font} findfont {run.size} scalefont setfont {left:.2f} {page.height - run.y:.2f} moveto "
            f"{spacing} 0 {ps_string(run.text.replace(chr(160), ' '))} ashow"
        )
    lines.append("%%EOF")
    return "\n".join(lines) + "\n"


def wrapper(pages: list[Page], rng: random.Random, spacing: float) -> str:
    out = ["%!PS-Adobe-3.0", f"%%Pages: {len(pages)}", "%%EndComments"]
    for number, page in enumerate(pages, 1):
        scale = rng.uniform(0.9, 0.97)
        dx = (1 - scale) * page.width / 2 + rng.uniform(-6, 6)
        dy = (1 - scale) * page.height / 2 + rng.uniform(-6, 6)
        out += [
            f"%%Page: {number} {number}",
            f"<< /PageSize [{page.width:.0f} {page.height:.0f}] >> setpagedevice",
            "/EPSsave save def /showpage {} def",
            f"{dx:.2f} {dy:.2f} translate {scale:.4f} dup scale",
            f"%%BeginDocument: page{number}.eps",
            eps(page, spacing),
            "%%EndDocument",
            "EPSsave restore showpage",
        ]
    out.append("%%EOF")
    return "\n".join(out) + "\n"


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    spacing = round(rng.uniform(0.1, 0.35), 2)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.ps"
        source.write_text(wrapper(pages, rng, spacing), encoding="latin-1")
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=a4", str(source), str(path)], check=True, capture_output=True, timeout=240
        )
    return len(pages)

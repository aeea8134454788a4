"""Producer: PostScript written by hand, distilled to PDF by Ghostscript (ps2pdf) or rendered to page images by it.

The construction: Helvetica and Helvetica-Bold re-encoded to Latin-1 (plus the bullet and the en dash) by a
procedure of the program itself, every line shown with `widthshow` (justified lines widen their spaces, not
their letters), rules stroked, boxes filled in grey; the page size set per page with `setpagedevice`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from h12_layout import Box, Page, Rule, Text, width

PROLOGUE = r"""%!PS-Adobe-3.0
%%Creator: h12 hand-written form
%%LanguageLevel: 2
%%EndComments
% ISOLatin1Encoding has /minus where ASCII has the hyphen
/H12Enc ISOLatin1Encoding 256 array copy def
H12Enc 8#055 /hyphen put
H12Enc 8#225 /bullet put
H12Enc 8#226 /endash put
/reenc { % newname oldname
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding H12Enc def
    currentdict
  end definefont pop
} bind def
/F-R /Helvetica reenc
/F-B /Helvetica-Bold reenc
/L { % extra (string) x y size font
  findfont exch scalefont setfont moveto exch 0 8#040 4 -1 roll widthshow
} bind def
"""

_SPECIAL = {"•": 0o225, "–": 0o226}


def ps_string(text: str) -> str:
    out = []
    for ch in text:
        code = _SPECIAL.get(ch, ord(ch))
        if code > 255:
            code = ord("?")
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.append(f"\\{code:03o}")
    return "(" + "".join(out) + ")"


def _hex(color: str) -> str:
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return f"{r:.3f} {g:.3f} {b:.3f}"


def program(pages: list[Page]) -> str:
    parts = [PROLOGUE, f"%%Pages: {len(pages)}\n"]
    for n, page in enumerate(pages, 1):
        h = page.height
        parts.append(f"%%Page: {n} {n}\n<< /PageSize [{page.width:.0f} {page.height:.0f}] >> setpagedevice\n")
        for item in page.items:
            if isinstance(item, Box):
                y = h - item.y - item.h
                if item.fill:
                    parts.append(
                        f"{_hex(item.fill)} setrgbcolor {item.x:.2f} {y:.2f} {item.w:.2f} {item.h:.2f} rectfill 0 setgray\n"
                    )
                if item.stroke:
                    parts.append(f"0.6 setlinewidth {item.x:.2f} {y:.2f} {item.w:.2f} {item.h:.2f} rectstroke\n")
            elif isinstance(item, Rule):
                parts.append(
                    f"{item.width} setlinewidth newpath {item.x0:.2f} {h - item.y0:.2f} moveto {item.x1:.2f} {h - item.y1:.2f} lineto stroke\n"
                )
            elif isinstance(item, Text):
                font = "/F-B" if item.bold else "/F-R"
                natural = width(item.text, "sans", item.bold, item.size)
                x = item.x - natural if item.align == "right" else item.x
                extra = 0.0
                if item.justify_to and item.text.count(" "):
                    extra = max(0.0, (item.justify_to - natural) / item.text.count(" "))
                base = h - item.y - item.size * 0.93
                parts.append(f"{extra:.3f} {ps_string(item.text)} {x:.2f} {base:.2f} {item.size} {font} L\n")
        parts.append("showpage\n")
    parts.append("%%EOF\n")
    return "".join(parts)


def write_pdf(pages: list[Page], out: Path) -> None:
    ps = out.with_suffix(".ps")
    ps.write_text(program(pages), encoding="latin-1")
    subprocess.run(["ps2pdf", "-dAutoRotatePages=/None", str(ps), str(out)], check=True, capture_output=True)
    ps.unlink()


def render(pages: list[Page], work: Path, dpi: int, device: str = "pnggray") -> list[Path]:
    """Page images (PNG) of the program at `dpi`, as a scanner would see the printed pages."""
    ps = work / "form.ps"
    ps.write_text(program(pages), encoding="latin-1")
    pattern = work / "page-%02d.png"
    subprocess.run(
        [
            "gs",
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            f"-sDEVICE={device}",
            f"-r{dpi}",
            "-dTextAlphaBits=4",
            "-dGraphicsAlphaBits=4",
            f"-sOutputFile={pattern}",
            str(ps),
        ],
        check=True,
        capture_output=True,
    )
    return sorted(work.glob("page-*.png"))

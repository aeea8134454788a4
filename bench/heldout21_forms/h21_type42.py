"""`type42_ps`: hand-written PostScript whose fonts are Type 42 (TrueType glyphs in PostScript: Liberation Sans cut
down to the form's characters by fontTools, its tables as hex strings in `/sfnts`, `/CharStrings` mapping glyph
names to glyph numbers), with an encoding of the codes handed out in the order the characters are first used,
printed to PDF by Ghostscript's `ps2pdf`. Even turns show each line as one string; odd turns each word by its own
`moveto`. The page geometry is the eleventh generator's (h16_layout).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import io
import tempfile
from pathlib import Path

from h21_glyphs import available as glyphs_available
from h21_glyphs import font, glyph_name, subset
from h20_pages import Page, layout, text_width

STANDARD_NAMES = {" ": "space", "-": "hyphen", "\u00a0": "space"}

__all__ = ["available", "render"]


def available() -> bool:
    return glyphs_available() and shutil.which("ps2pdf") is not None


class Encoding:
    """Codes 1… handed out to characters in the order they are first shown."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def string(self, text: str) -> str:
        out = []
        for char in text.replace("\u00a0", " "):
            if char not in self.codes:
                self.codes[char] = len(self.codes) + 1
            out.append(f"{self.codes[char]:02x}")
        return "<" + "".join(out) + ">"


def _sfnts(data: bytes) -> str:
    """The font's bytes as hex strings under 64 KB each, cut only where a table starts (an interpreter reads a
    table from one string), each ending in the padding byte Type 42 asks for."""
    from fontTools.ttLib import TTFont

    tables = TTFont(io.BytesIO(data)).reader.tables.values()
    offsets = sorted({entry.offset for entry in tables} | {len(data)})
    chunks, start = [], 0
    for boundary, following in zip(offsets, offsets[1:]):
        if following - start > 60000 and boundary > start:
            chunks.append(data[start:boundary])
            start = boundary
    chunks.append(data[start:])
    return "[\n" + "\n".join("<" + chunk.hex() + "00>" for chunk in chunks) + "\n]"


def _font_program(name: str, bold: bool, encoding: Encoding) -> str:
    from fontTools.ttLib import TTFont

    data = subset(set(encoding.codes) | {" "}, bold)
    head = font(bold)["head"]
    units = head.unitsPerEm
    cut = TTFont(io.BytesIO(data))
    order, cmap = cut.getGlyphOrder(), cut.getBestCmap()
    # names a reader maps back to the characters (Liberation names its hyphen and space glyphs after U+00AD and
    # U+00A0), each pointing at the subset's glyph number for its character
    names = {code: STANDARD_NAMES.get(char) or glyph_name(char, bold) for char, code in encoding.codes.items()}
    numbers = {names[code]: order.index(cmap[ord(char)]) for char, code in encoding.codes.items()}
    charstrings = " ".join(f"/{g} {n} def" for g, n in sorted(numbers.items()))
    enc = " ".join(f"dup {code} /{g} put" for code, g in sorted(names.items()))
    return (
        f"10 dict begin\n/FontName /{name} def\n/FontType 42 def\n/PaintType 0 def\n/FontMatrix [1 0 0 1 0 0] def\n"
        f"/FontBBox [{head.xMin / units:.3f} {head.yMin / units:.3f} {head.xMax / units:.3f} {head.yMax / units:.3f}]"
        f" def\n/Encoding 256 array 0 1 255 {{1 index exch /.notdef put}} for {enc} def\n"
        f"/CharStrings {len(numbers) + 1} dict dup begin /.notdef 0 def {charstrings} end def\n"
        f"/sfnts {_sfnts(data)} def\nFontName currentdict end definefont pop\n"
    )


def _page(page: Page, encodings: dict[bool, Encoding], by_word: bool) -> str:
    ops = ["0.5 setlinewidth 0.1 setgray"]
    for x0, y0, x1, y1 in page.rules:
        ops.append(f"{x0:.2f} {page.height - y0:.2f} moveto {x1:.2f} {page.height - y1:.2f} lineto stroke")
    for run in page.runs:
        ops.append(f"/{'LSB' if run.bold else 'LSR'} {run.size} selectfont")
        y = page.height - run.y
        encoding = encodings[run.bold]
        if not by_word:
            ops.append(f"{run.left:.2f} {y:.2f} moveto {encoding.string(run.text)} show")
            continue
        x = run.left
        for word in run.text.replace("\u00a0", " ").split(" "):
            if word:
                ops.append(f"{x:.2f} {y:.2f} moveto {encoding.string(word)} show")
            x += text_width(word + " ", run.size, run.bold)
    return "\n".join(ops) + "\nshowpage\n"


def source(pages: list[Page], by_word: bool) -> str:
    encodings = {False: Encoding(), True: Encoding()}
    body = "".join(
        f"%%Page: {n} {n}\n" + _page(page, encodings, by_word) for n, page in enumerate(pages, 1)
    )  # drawn first: the encodings are made while the pages are written
    fonts = _font_program("LSR", False, encodings[False]) + _font_program("LSB", True, encodings[True])
    return (
        "%!PS-Adobe-3.0\n%%Pages: " + str(len(pages)) + "\n%%DocumentMedia: A4 595 842 0 () ()\n%%EndComments\n"
        "%%BeginProlog\n" + fonts + "%%EndProlog\n<< /PageSize [595 842] >> setpagedevice\n" + body + "%%EOF\n"
    )


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        ps = Path(folder) / "form.ps"
        ps.write_text(source(pages, by_word=turn % 2 == 1), "latin-1")
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(path)], capture_output=True, check=True, timeout=180)
    return len(pages)

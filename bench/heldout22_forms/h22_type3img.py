"""`type3_bitmap`: a hand-written PDF whose text is a Type 3 font each glyph of which is a 1-bit image mask.

Each glyph is Liberation Sans drawn by FreeType into a bitmap 100 pixels to the em, stored in its CharProc as an
inline image mask (ASCIIHex, so no binary byte can end the image early) under `d1`. Codes are handed out in the order
of first use and named by /Differences with the Adobe glyph names of the characters (no ToUnicode): a reader must
map the names back. A line is one `Tj` on even turns; on odd turns every word is its own `Td`, with no space glyph and
a gap of 1.3 spaces.
The pages are the eleventh generator's geometry (h16_layout, via h20_pages).
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

from fontTools.agl import UV2AGL
from h20_pages import Page, PdfFile, Run, layout, page_rules, text_width
from h16_layout import FONTS
from PIL import Image, ImageDraw, ImageFont

__all__ = ["render"]

EM = 100  # bitmap pixels to the em (the font's 1000 units)
WORD_GAP = 1.3  # of a space: a word placed by its own Td stands a little apart, as in justified text


def glyph_name(char: str) -> str:
    code = ord(" " if char == "\u00a0" else char)
    return UV2AGL.get(code, f"uni{code:04X}")


@lru_cache(maxsize=None)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[bold], EM)


@lru_cache(maxsize=None)
def char_proc(char: str, bold: bool) -> bytes:
    """The glyph's procedure: its width and box by `d1`, then its bitmap as an inline image mask (1 = no paint)."""
    font = _font(bold)
    width = text_width(char, 1000, bold)
    box = font.getbbox(char, anchor="ls")  # pixels, y down from the baseline
    if box[2] <= box[0] or box[3] <= box[1]:
        return b"%.0f 0 0 0 0 0 d1\n" % width
    w, h = box[2] - box[0], box[3] - box[1]
    image = Image.new("1", (w, h), 1)
    ImageDraw.Draw(image).text((-box[0], -box[1]), char, font=font, fill=0, anchor="ls")
    hex_rows = image.tobytes().hex().encode()
    unit = 1000 / EM
    x0, y0 = box[0] * unit, -box[3] * unit
    return (
        b"%.0f 0 %.0f %.0f %.0f %.0f d1\nq %.1f 0 0 %.1f %.1f %.1f cm\n"
        % (width, x0, y0, x0 + w * unit, y0 + h * unit, w * unit, h * unit, x0, y0)
        + b"BI /IM true /W %d /H %d /BPC 1 /F /AHx ID\n" % (w, h)
        + hex_rows
        + b">\nEI\nQ\n"
    )


class Type3Font:
    """One weight's codes, handed out in the order of first use (code 33 the first)."""

    def __init__(self, bold: bool) -> None:
        self.bold = bold
        self.codes: dict[str, int] = {}

    def encode(self, text: str) -> bytes:
        out = bytearray()
        for char in text:
            char = " " if char == "\u00a0" else char
            if char not in self.codes:
                self.codes[char] = 33 + len(self.codes)
                if self.codes[char] > 255:
                    raise ValueError("more than 223 distinct characters")
            out.append(self.codes[char])
        return b"(" + bytes(out).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    def write(self, pdf: PdfFile) -> int:
        procs = []
        for char in self.codes:
            number = pdf.stream(char_proc(char, self.bold))
            procs.append(b"/%s %d 0 R" % (glyph_name(char).encode(), number))
        first, last = 33, 32 + len(self.codes)
        names = b" ".join(b"/" + glyph_name(c).encode() for c in self.codes)
        widths = b" ".join(b"%.0f" % text_width(c, 1000, self.bold) for c in self.codes)
        return pdf.add(
            b"<< /Type /Font /Subtype /Type3 /FontBBox [-200 -300 1200 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
            b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [33 %s] >>"
            b" /FirstChar %d /LastChar %d /Widths [%s] /Resources << >> >>"
            % (b" ".join(procs), names, first, last, widths)
        )


def _run_ops(run: Run, page: Page, font: Type3Font, by_word: bool) -> bytes:
    name = b"/T2" if run.bold else b"/T1"
    y = page.height - run.y
    if not by_word:
        return b"BT %s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (name, run.size, run.left, y, font.encode(run.text))
    out, x, last = [b"BT %s %.1f Tf\n" % (name, run.size)], run.left, None
    for word in run.text.replace("\u00a0", " ").split(" "):
        if word:
            dx, dy = (x, y) if last is None else (x - last, 0.0)
            out.append(b"%.2f %.2f Td %s Tj\n" % (dx, dy, font.encode(word)))
            last = x
        x += text_width(word, run.size, run.bold) + text_width(" ", run.size) * WORD_GAP
    return b"".join(out) + b"ET\n"


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    fonts = {False: Type3Font(False), True: Type3Font(True)}
    contents = [
        page_rules(page) + b"".join(_run_ops(r, page, fonts[r.bold], turn % 2 == 1) for r in page.runs)
        for page in pages
    ]
    pdf = PdfFile()
    regular, bold = fonts[False].write(pdf), fonts[True].write(pdf) if fonts[True].codes else None
    t3 = b"/T1 %d 0 R" % regular + (b" /T2 %d 0 R" % bold if bold else b"")
    resources = b"/Font << %s >>" % t3
    numbers = []
    for page, content in zip(pages, contents):
        contents_number = pdf.stream(content)
        numbers.append(
            pdf.add(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R /Resources << %s >> >>"
                % (page.width, page.height, contents_number, resources)
            )
        )
    pdf.write(path, numbers)
    return len(numbers)

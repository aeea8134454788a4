"""`cff_scrambled`: a hand-written PDF whose text is in a bare CFF font (`/FontFile3 /Subtype /Type1C`, the CFF
table of URW's Nimbus Sans taken out of its OpenType file), a simple font whose codes are handed out in the order
the glyphs are first used (so "B" may be code 1 and the space code 7) through a `/Differences` array of glyph names,
with no `/ToUnicode`: a reader gets the text only from the glyph names. Regular and bold each have their own codes.
Each line is one string; on odd turns the space glyph is left out and each word placed by its own `Td`.
"""

from __future__ import annotations

import random
from pathlib import Path

from h20_pages import LAYOUTS, Page, PdfFile, layout, page_rules, text_width

FONT_FILES = {
    False: Path("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"),
    True: Path("/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf"),
}


def available() -> bool:
    try:
        import fontTools  # noqa: F401
    except ImportError:
        return False
    return all(p.exists() for p in FONT_FILES.values())


class ScrambledFont:
    """One CFF font and the codes given to its glyphs in the order they were first asked for."""

    def __init__(self, bold: bool) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(str(FONT_FILES[bold]))
        self.cmap = self.font.getBestCmap()
        self.codes: dict[str, int] = {}  # glyph name -> code
        self.bold = bold

    def encode(self, text: str) -> bytes:
        out = bytearray()
        for char in text.replace("\u00a0", " "):
            name = self.cmap[ord(char)]
            if name not in self.codes:
                self.codes[name] = len(self.codes) + 1
            out.append(self.codes[name])
        return b"<" + bytes(out).hex().encode() + b">"

    def objects(self, pdf: PdfFile) -> bytes:
        """The font dictionary (the font program and descriptor added to `pdf`)."""
        name = "NimbusSans-Bold" if self.bold else "NimbusSans-Regular"
        program = pdf.stream(self.font.getTableData("CFF "), b" /Subtype /Type1C")
        head = self.font["head"]
        descriptor = pdf.add(
            b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent 729"
            b" /Descent -218 /CapHeight 729 /StemV %d /FontFile3 %d 0 R >>"
            % (name.encode(), head.xMin, head.yMin, head.xMax, head.yMax, 140 if self.bold else 85, program)
        )
        names = sorted(self.codes, key=self.codes.get)  # type: ignore[arg-type]
        widths = b" ".join(b"%d" % self.font["hmtx"][n][0] for n in names)
        differences = b" ".join(b"/" + n.encode() for n in names)
        return (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 1 /LastChar %d /Widths [%s]"
            b" /Encoding << /Type /Encoding /Differences [1 %s] >> /FontDescriptor %d 0 R >>"
            % (name.encode(), len(names), widths, differences, descriptor)
        )


def _content(page: Page, fonts: dict[bool, ScrambledFont], by_word: bool) -> bytes:
    ops = [page_rules(page), b"BT\n"]
    for run in page.runs:
        font = fonts[run.bold]
        ops.append(b"/F%d %.1f Tf\n" % (2 if run.bold else 1, run.size))
        y = page.height - run.y
        if not by_word:
            ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj\n" % (run.left, y, font.encode(run.text)))
            continue
        x = run.left
        for word in run.text.replace("\u00a0", " ").split(" "):
            if word:
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj\n" % (x, y, font.encode(word)))
            x += text_width(word + " ", run.size, run.bold)
    ops.append(b"ET\n")
    return b"".join(ops)


def render(form: object, rng: random.Random, path: Path, turn: int, layout_name: str) -> int:
    pages = layout(form, rng, layout_name)  # type: ignore[arg-type]
    fonts = {False: ScrambledFont(False), True: ScrambledFont(True)}
    pdf = PdfFile()
    numbers = [pdf.page(page, _content(page, fonts, by_word=turn % 2 == 1)) for page in pages]  # type: ignore[arg-type]
    pdf.objects[5] = fonts[False].objects(pdf)
    pdf.objects[6] = fonts[True].objects(pdf)
    pdf.write(path, numbers)
    return len(numbers)


__all__ = ["LAYOUTS", "available", "render"]

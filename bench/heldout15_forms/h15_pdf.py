"""A small PDF writer (objects by number, a cross-reference table) and the content streams of laid-out pages.

Text is base-14 Helvetica in WinAnsiEncoding. `how` says how a line reaches the page: `line` (one Tj a line,
real space glyphs), `glyph` (one Tm a character, no space glyph at all) or `syllable` (one Td a run of two to four
letters, no space glyph).
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

from h15_layout import Page, Run, text_width

FONTS = "/Font << /F1 5 0 R /F2 6 0 R >>"


def pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_string(text: str) -> bytes:
    """A PDF text string (outside content streams): PDFDocEncoding-safe ASCII, else UTF-16BE with a BOM."""
    if text.isascii():
        return pdf_string(text)
    return b"<feff" + text.encode("utf-16-be").hex().encode() + b">"


class PdfFile:
    """Objects 1 (catalog), 2 (pages), 5 and 6 (fonts) are reserved; `add` returns the next number."""

    def __init__(self) -> None:
        self.objects: dict[int, bytes] = {
            5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        }
        self.next = 7

    def add(self, body: bytes) -> int:
        number = self.next
        self.objects[number] = body
        self.next += 1
        return number

    def stream(self, data: bytes, extra: bytes = b"", compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data)
            extra += b" /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream")

    def write(self, path: Path, page_numbers: list[int], catalog_extra: bytes = b"") -> None:
        kids = b" ".join(b"%d 0 R" % n for n in page_numbers)
        self.objects[1] = b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>"
        self.objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_numbers))
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for number in sorted(self.objects):
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + self.objects[number] + b"\nendobj\n"
        size = max(self.objects) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
        path.write_bytes(bytes(out))

    def page(self, page: Page, content: bytes, extra: bytes = b"", resources: bytes = b"") -> int:
        contents = self.stream(content)
        return self.add(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R /Resources << %s %s >>%s >>"
            % (page.width, page.height, contents, FONTS.encode(), resources, extra)
        )


def run_ops(run: Run, how: str, rng: random.Random) -> bytes:
    """The text operators that draw `run`."""
    if how == "line":
        return b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (
            run.font.encode(),
            run.size,
            run.x,
            run.y,
            pdf_string(run.text),
        )
    out = [b"BT /%s %.1f Tf\n" % (run.font.encode(), run.size)]
    x, last = run.x, None  # `last`: where the previous syllable's Td left the line start
    i = 0
    while i < len(run.text):
        chunk = run.text[i : i + (1 if how == "glyph" else rng.randint(2, 4))]
        if not chunk.isprintable() or " " in chunk:  # a syllable ends at a word's end; spaces are skipped
            chunk = re.split(r"\s", chunk)[0] or chunk[0]
        if chunk.strip():
            if how == "glyph":
                out.append(b"1 0 0 1 %.3f %.2f Tm %s Tj\n" % (x, run.y, pdf_string(chunk)))
            else:
                dx, dy = (x, run.y) if last is None else (x - last, 0.0)
                out.append(b"%.3f %.2f Td %s Tj\n" % (dx, dy, pdf_string(chunk)))
                last = x
        x += text_width(chunk, run.font, run.size)
        i += len(chunk)
    out.append(b"ET\n")
    return b"".join(out)


def rule_ops(rules: list[tuple[float, float, float, float]]) -> bytes:
    if not rules:
        return b""
    lines = b"".join(b"%.2f %.2f m %.2f %.2f l\n" % r for r in rules)
    return b"q 0.5 w 0.3 G\n" + lines + b"S Q\n"


def page_content(page: Page, how: str, rng: random.Random) -> bytes:
    return rule_ops(page.rules) + b"".join(run_ops(r, how, rng) for r in page.runs)


def render(pages: list[Page], path: Path, how: str, rng: random.Random) -> int:
    """Write `pages` to `path` with their text drawn as `how`; the page count."""
    pdf = PdfFile()
    numbers = [pdf.page(page, page_content(page, how, rng)) for page in pages]
    pdf.write(path, numbers)
    return len(numbers)

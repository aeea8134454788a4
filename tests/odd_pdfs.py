"""Small odd PDFs written byte by byte, each the reduced form of a real-world file that broke a command
(bench/robustness.py): what a single file can do to an archive, reproduced without the file itself."""

from __future__ import annotations


def pdf_bytes(objects: list[str]) -> bytes:
    """A PDF of these objects (1, 2, ... in order; object 1 the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def one_page_pdf(media_box: str = "[0 0 595 842]", text: str = "Budget 100 000 kronor") -> bytes:
    """One page of text in Helvetica."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox {media_box} /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def page_outside_its_tree_pdf() -> bytes:
    """A page tree that holds only itself (/Kids of its own node, /Count 1) and the one page outside it:
    pdfminer finds the page by its /Type, pdfium cannot load it (qpdf's deep-pages.pdf, reduced)."""
    stream = "BT /F1 12 Tf 72 720 Td (Budget 100 000 kronor) Tj ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 3 0 R >>",
            "<< /Type /Page /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def unicode_text_pdf(pages: list[list[str]]) -> bytes:
    """Pages of text in any script (each page a list of lines), through a Type0 font with a ToUnicode map
    and no embedded font program: what a CJK or Cyrillic report carries (pdfplumber's issue-67 and
    pdfminer's nlp2004slides files, reduced). Each distinct character gets its own glyph number."""
    chars = sorted({c for lines in pages for line in lines for c in line})
    cid = {c: n for n, c in enumerate(chars, start=1)}
    count = len(pages)
    font, cmap = 3 + 2 * count, 4 + 2 * count
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for index, lines in enumerate(pages):
        page, content = 3 + 2 * index, 4 + 2 * index
        kids.append(f"{page} 0 R")
        shown = "".join(
            f"1 0 0 1 60 {780 - 24 * row} Tm <{''.join(f'{cid[c]:04X}' for c in line)}> Tj "
            for row, line in enumerate(lines)
        )
        stream = f"BT /F1 12 Tf {shown}ET"
        objects += [
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        ]
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {count} >>"
    bfchar = "".join(f"<{n:04X}> <{ord(c):04X}>\n" for c, n in cid.items())
    cmap_text = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(cid)} beginbfchar\n{bfchar}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects += [
        f"<< /Type /Font /Subtype /Type0 /BaseFont /TestUnicode /Encoding /Identity-H"
        f" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestUnicode"
        f" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        f" /FontDescriptor << /Type /FontDescriptor /FontName /TestUnicode /Flags 4"
        f" /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"
        f" /DW 1000 >>] /ToUnicode {cmap} 0 R >>",
        f"<< /Length {len(cmap_text.encode('latin-1'))} >>\nstream\n{cmap_text}\nendstream",
    ]
    return pdf_bytes(objects)


def text_lines_pdf(lines: list[str]) -> bytes:
    """One page of lines in Helvetica (WinAnsiEncoding, so å, ä and ö are themselves)."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    stream = "BT /F1 11 Tf " + "".join(f"1 0 0 1 60 {780 - 18 * n} Tm ({line}) Tj " for n, line in enumerate(escaped))
    stream += "ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
    )


def stray_glyphs_pdf(lines: list[str], glyphs: dict[int, int]) -> bytes:
    """One page of Helvetica lines, line n followed by glyph glyphs[n] of a Type0 font that has no
    ToUnicode map: pdfminer reads each as "(cid:N)" (the tax forms' arrows and ticks in
    pdfminer's f1040nr and i1040nr files, reduced)."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    stream = "BT " + "".join(
        f"/F1 11 Tf 1 0 0 1 60 {780 - 18 * n} Tm ({line}) Tj"
        + (f" /F2 11 Tf ( ) Tj <{glyphs[n]:04X}> Tj " if n in glyphs else " ")
        for n, line in enumerate(escaped)
    )
    stream += "ET"
    return _two_font_page(
        stream,
        "<< /Type /Font /Subtype /Type0 /BaseFont /Arrows /Encoding /Identity-H /DescendantFonts"
        " [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arrows"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 800 >>] >>",
    )


def _two_font_page(stream: str, second_font: str) -> bytes:
    """One A4 page of `stream`, /F1 Helvetica (WinAnsi) and /F2 `second_font`."""
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            second_font,
        ]
    )


def glyph_chart_pdf(fonts: list[str], first: int = 0x21, last: int = 0xFF) -> bytes:
    """One page showing every WinAnsi code from `first` to `last` of each standard font in `fonts`, one glyph
    to a grid cell, the font's name above its grid: a type specimen (pdf-lib's standard fonts demo, reduced)."""
    codes = [c for c in range(first, last + 1) if c not in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)]
    ops, top = [], 800
    for n, font in enumerate(fonts, start=1):
        ops.append(f"/F{n} 10 Tf 1 0 0 1 40 {top} Tm ({font}) Tj")
        for i, code in enumerate(codes):
            ops.append(f"1 0 0 1 {40 + 22 * (i % 24)} {top - 16 - 14 * (i // 24)} Tm <{code:02X}> Tj")
        top -= 40 + 14 * (len(codes) // 24)
    stream = "BT " + " ".join(ops) + " ET"
    fonts_dict = " ".join(f"/F{n} {4 + n} 0 R" for n in range(1, len(fonts) + 1))
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            f" /Resources << /Font << {fonts_dict} >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            *(f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>" for font in fonts),
        ]
    )


def prose_and_code_pdf(lines: list[tuple[str, str]]) -> bytes:
    """One page of lines, each (font, text): "prose" in Helvetica, "code" in Courier, both WinAnsi (a
    programming guide's page: prose around listings, pdfkit's guide.pdf reduced)."""
    fonts = {"prose": "/F1", "code": "/F2"}
    stream = "BT " + "".join(
        f"{fonts[font]} 10 Tf 1 0 0 1 60 {780 - 16 * n} Tm ({_escaped(text)}) Tj "
        for n, (font, text) in enumerate(lines)
    )
    stream += "ET"
    return _two_font_page(stream, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def unloadable_page_pdf(kids: str = "[3 0 R]", count: int = 2) -> bytes:
    """A page tree whose /Count promises more pages than its /Kids hold, and a font dictionary with a
    stray value that pdfminer refuses for the whole file: pdfium loads the first page and not the
    second (pdf-rs's crash-121-2, a loop in its page tree, and PDF-Writer's fuzzed files, reduced)."""
    stream = "BT /F1 12 Tf 72 720 Td (Budget 100 000 kronor) Tj ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids {kids} /Count {count} >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica 30 >>",
        ]
    )


def catalog_without_pages_pdf() -> bytes:
    """A catalog that does not name its page tree: pdfminer finds the page by its /Type, pdfium finds no
    page (format-corpus's T02-01_003, reduced)."""
    stream = "BT /F1 24 Tf 72 700 Td (Budget 100 000 kronor) Tj ET"
    return pdf_bytes(
        [
            "<< /Type /Catalog >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def broken_encrypt_pdf(encrypt: str) -> bytes:
    """One page of text whose trailer's /Encrypt is `encrypt`: an empty dictionary, or a reference to an object
    that is no encryption dictionary (pdf-rs's 252-crash: its font's; PDF-Writer's fuzzed files, reduced)."""
    plain = one_page_pdf()
    return plain.replace(b"/Root 1 0 R >>", f"/Root 1 0 R /Encrypt {encrypt} >>".encode(), 1)


def content_bomb_pdf(bomb: bytes, filters: str) -> bytes:
    """One page whose content is a line of text and a second stream `bomb` under `filters` (a /Filter value),
    which unpacks to far more than it holds: a run-length code chained eight times (PdfPig's
    GHOSTSCRIPT-691770-0: 919 bytes, 1.2 GB in the reader, h32), or a deflated run of zeros."""
    text = "BT /F1 12 Tf 72 720 Td (Budget 100 000 kronor) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 6 0 R]"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(bomb)} /Filter {filters} >>\nstream\n" + bomb.decode("latin-1") + "\nendstream",
    ]
    return pdf_bytes(objects)

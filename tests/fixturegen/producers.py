"""Tuning fixtures of issue #12's seventh round: forms made by other tools, at the PDF-reading edge.

Each family takes a generated form (content.random_spec, laid out by layout.py) and writes it the way
another producer does, with a small PDF writer of its own (no PDF library between the page
description and the bytes, so every odd construct is exactly what the family says):

- `acroform_ap` / `acroform_needappearances` / `acroform_flattened`: an applicant's e-form. Labels,
  title and headers are printed in the page content; every answer lives in a text-field widget (its
  value /V; multiline where the answer has several lines, typed with line breaks or as one
  paragraph the viewer wraps). With an appearance stream each, with none (NeedAppearances), or
  flattened (the answers also drawn in the page content, the widgets left in place). The stage is a
  checked box whose export value is the stage ("Slutredovisning") beside an unchecked one.
- `ocr_layer_tesseract`: a skewed, noisy scan with the invisible text layer `tesseract … pdf` writes.
- `ocr_layer_clean`: a good office scan (300 dpi, a fraction of a degree, no dust) with Tesseract's layer.
- `ocr_layer_garbage`: the same scan with an archive's poor OCR layer (render mode 3, one word box
  per word, letters misread), which must not be trusted.
- `rotate_90` / `rotate_180` / `rotate_270`: pages with /Rotate whose content is drawn turned, so
  they show upright; `mediabox_offset`: a MediaBox not at the origin; `cropbox_bleed`: a CropBox
  inside a larger MediaBox, with printer's marks in the bleed.
- `type3_font`: text in a Type3 font (glyph procedures, names in a Differences encoding);
  `ligatures`: fi/fl/ff drawn as ligature glyphs; `private_use`: a font whose ToUnicode map points at
  U+F0xx (a symbol-encoded font: code + 0xF000); `tj_kerned`: one glyph per TJ element with kerning and
  letter spacing, word gaps as TJ offsets without a space; `fake_bold`: labels drawn twice, a fraction
  of a point apart (bold simulated by overprinting).

    producers_spec(index, seed) -> (ReportSpec, family)
    build_producers_corpus(out_dir, count, seed) -> list[Path]   (PDFs with .truth.json sidecars)
"""

from __future__ import annotations

import json
import random
import subprocess
import tempfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import layout as layout_module
from .content import random_spec
from .layout import Document, Picture, Rule, Text, layout
from .render import truth_path
from .spec import MARKER, ReportSpec, truth

FORM_FAMILIES = ("acroform_ap", "acroform_needappearances", "acroform_flattened")
OCR_LAYER_FAMILIES = ("ocr_layer_tesseract", "ocr_layer_garbage", "ocr_layer_clean")
PAGE_FAMILIES = ("rotate_90", "rotate_180", "rotate_270", "mediabox_offset", "cropbox_bleed")
FONT_FAMILIES = ("type3_font", "ligatures", "private_use", "tj_kerned", "fake_bold")
PRODUCER_FAMILIES = (*FORM_FAMILIES, *OCR_LAYER_FAMILIES, *PAGE_FAMILIES, *FONT_FAMILIES)
BASE_VARIANTS = ("followup_borderless", "followup_bordered", "application", "climate_followup")
CORE_FONTS = {  # reportlab's name -> the PDF base font
    "Helvetica": "Helvetica",
    "Helvetica-Bold": "Helvetica-Bold",
    "Times-Roman": "Times-Roman",
    "Times-Bold": "Times-Bold",
}
LIGATURES = {"ffi": 0x84, "ffl": 0x85, "ff": 0x83, "fi": 0x81, "fl": 0x82}  # code points of a Differences encoding
LIGATURE_NAMES = {0x81: "fi", 0x82: "fl", 0x83: "ff", 0x84: "ffi", 0x85: "ffl"}


# --- the page description, with which text is an answer --------------------------------------


@dataclass
class Answer:
    """One answer cell of a row on one page: its lines (blank lines: paragraph gaps), where it
    is drawn, and the Text ops that draw it."""

    row: int
    page: int  # 0-based
    x: float
    top: float
    width: float
    size: float
    font: str
    lines: list[str] = field(default_factory=list)
    ops: list[Text] = field(default_factory=list)
    marker: bool = False


@contextmanager
def _recording_answers(answers: list[Answer]):
    """While layout() runs, note every answer line it draws (the value column's put_value calls),
    by row and page: layout.py draws labels and answers alike as Text, and an e-form needs to know
    which is which. Test-only instrumentation of the fixture generator."""
    cursor = layout_module._Cursor
    original_put_value = cursor.put_value
    originals = {name: getattr(layout_module, name) for name in ("_field_row", "_heading_row", "_styled_label_row")}
    state = {"row": -1, "marker": False}

    def put_value(self, x, text, font, size, width, last):
        page = len(self.doc.pages) - 1
        before = len(self.doc.pages[-1])
        original_put_value(self, x, text, font, size, width, last)
        if not answers or answers[-1].row != state["row"] or answers[-1].page != page:
            answers.append(Answer(state["row"], page, x, self.y, width, size, font, marker=state["marker"]))
        answers[-1].lines.append(text)
        answers[-1].ops.extend(op for op in self.doc.pages[-1][before:] if isinstance(op, Text))

    def counting(name):
        def row_function(cur, f, row):
            state["row"] += 1
            state["marker"] = row.style == MARKER
            return originals[name](cur, f, row)

        return row_function

    cursor.put_value = put_value
    for name in originals:
        setattr(layout_module, name, counting(name))
    try:
        yield
    finally:
        cursor.put_value = original_put_value
        for name, function in originals.items():
            setattr(layout_module, name, function)


def laid_out(spec: ReportSpec) -> tuple[Document, list[Answer]]:
    answers: list[Answer] = []
    with _recording_answers(answers):
        doc = layout(spec)
    for answer in answers:
        while answer.lines and not answer.lines[-1]:
            answer.lines.pop()
    return doc, [a for a in answers if any(a.lines)]


# --- a small PDF writer ------------------------------------------------------------------------


class _Writer:
    def __init__(self) -> None:
        self.objects: list[bytes | None] = []

    def reserve(self) -> int:
        self.objects.append(None)
        return len(self.objects)

    def set(self, number: int, body: str | bytes) -> int:
        self.objects[number - 1] = body.encode("latin-1") if isinstance(body, str) else body
        return number

    def add(self, body: str | bytes) -> int:
        return self.set(self.reserve(), body)

    def stream(self, entries: str, data: bytes, *, compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data)
            entries += " /Filter /FlateDecode"
        return self.add(
            b"<< " + entries.encode("latin-1") + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        )

    def write(self, path: Path, root: int, info: int) -> None:
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + (body or b"null") + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objects) + 1,
            root,
            info,
            xref,
        )
        path.write_bytes(bytes(out))


def pdf_string(text: str) -> bytes:
    """A literal string in WinAnsi (cp1252) bytes."""
    data = text.encode("cp1252", "replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_string(text: str) -> str:
    """A PDF text string (/V, /T): UTF-16BE with a byte-order mark, as hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


# --- font styles ------------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


@dataclass
class Fonts:
    """The page fonts of a document: the core fonts by resource name, plus the family's own."""

    style: str = "plain"
    resources: dict[str, str] = field(default_factory=dict)  # reportlab font name -> /F name
    type3_codes: dict[str, dict[str, int]] = field(default_factory=dict)  # font -> char -> code

    def name(self, font: str) -> str:
        if font not in self.resources:
            self.resources[font] = f"F{len(self.resources) + 1}"
        return self.resources[font]


def _encode(text: str, fonts: Fonts, font: str) -> bytes:
    """The bytes of a string operand for `text` in `font` under the document's style."""
    if fonts.style == "type3_font":
        codes = fonts.type3_codes.setdefault(font, {})
        for char in text:
            codes.setdefault(char, len(codes) + 1)
        data = bytes(codes[c] for c in text)
        return b"<" + data.hex().encode() + b">"
    if fonts.style == "ligatures":
        data = bytearray()
        i = 0
        while i < len(text):
            for ligature, code in LIGATURES.items():
                if text.startswith(ligature, i):
                    data.append(code)
                    i += len(ligature)
                    break
            else:
                data += text[i].encode("cp1252", "replace")
                i += 1
        return b"<" + bytes(data).hex().encode() + b">"
    return pdf_string(text)


def _show(op: Text, fonts: Fonts, rng: random.Random, height: float, *, dx: float = 0.0, mode: int = 0) -> bytes:
    """The content-stream operators drawing one Text op."""
    x, y = op.x + dx, height - op.y
    head = f"BT /{fonts.name(op.font)} {_number(op.size)} Tf {mode} Tr ".encode()
    if fonts.style == "tj_kerned":
        # One glyph per TJ element, each nudged by a little kerning, the letters spaced by Tc,
        # the word gaps made by TJ offsets alone (no space character), as some typesetters write;
        # each word gap takes back what the word's spacing added, so lines keep their width.
        tracking = rng.uniform(0.0, 0.12)
        space = _width(" ", op.font, op.size)
        parts = []
        drift = 0.0  # points the word's kerning and tracking moved its end to the right
        for word_index, word in enumerate(op.text.split(" ")):
            if word_index:
                gap = max(space + rng.uniform(0.2, 0.8) - drift, 0.9 * space) - tracking
                parts.append(f"{-gap * 1000 / op.size:.0f}".encode())
                drift = 0.0
            for char_index, char in enumerate(word):
                parts.append(pdf_string(char))
                drift += tracking
                if char_index + 1 < len(word):
                    kern = rng.randint(-15, 15)
                    parts.append(f"{kern}".encode())
                    drift -= kern * op.size / 1000
        body = f"{_number(tracking)} Tc {_number(x)} {_number(y)} Td [".encode() + b" ".join(parts) + b"] TJ"
        return head + body + b" 0 Tc ET\n"
    return head + f"{_number(x)} {_number(y)} Td ".encode() + _encode(op.text, fonts, op.font) + b" Tj ET\n"


def _font_objects(writer: _Writer, fonts: Fonts) -> str:
    """The /Font resource dictionary's entries, writing the font objects."""
    entries = []
    for font, name in fonts.resources.items():
        base = CORE_FONTS[font]
        if fonts.style == "type3_font":
            number = _type3_font(writer, font, fonts.type3_codes.get(font, {}))
        elif fonts.style == "ligatures":
            differences = " ".join(f"{code} /{glyph}" for code, glyph in LIGATURE_NAMES.items())
            number = writer.add(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding << /Type /Encoding"
                f" /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>"
                f" /ToUnicode {_ligature_cmap(writer)} 0 R >>"
            )
        elif fonts.style == "private_use":
            # An embedded subset's name (not one of the 14 standard fonts, whose metrics pdfminer
            # would look up by the mapped character), with its own widths and descriptor.
            descriptor = writer.add(
                f"<< /Type /FontDescriptor /FontName /HJKLMN+{base}Sub /Flags 32 /FontBBox [-166 -225 1000 931]"
                " /ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>"
            )
            number = writer.add(
                f"<< /Type /Font /Subtype /TrueType /BaseFont /HJKLMN+{base}Sub /Encoding /WinAnsiEncoding"
                f" /FontDescriptor {descriptor} 0 R /FirstChar 32 /LastChar 255 /Widths [{_winansi_widths(font)}]"
                f" /ToUnicode {_private_use_cmap(writer)} 0 R >>"
            )
        else:
            number = writer.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>")
        entries.append(f"/{name} {number} 0 R")
    return " ".join(entries)


def _winansi_widths(font: str) -> str:
    """The /Widths of codes 32-255 of a core font in WinAnsi (embedded fonts always carry them)."""
    chars = (bytes([c]).decode("cp1252", "replace") for c in range(32, 256))
    return " ".join(f"{_width(c, font, 1000):.0f}" for c in chars)


def _private_use_cmap(writer: _Writer) -> int:
    """A ToUnicode map sending each code c to U+F000 + c, as symbol-encoded TrueType fonts do."""
    body = "\n".join(f"<{c:02X}> <{0xF000 + c:04X}>" for c in range(0x20, 0x100))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"224 beginbfchar\n{body}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    return writer.stream("", cmap.encode())


def _ligature_cmap(writer: _Writer) -> int:
    """A ToUnicode map giving each ligature glyph its presentation form (U+FB01 "ﬁ" ...), as
    word processors write it, and every other code its WinAnsi character."""
    pairs = {c: ord(bytes([c]).decode("cp1252", "replace")) for c in range(0x20, 0x100)}
    pairs.update({code: ord(unicodedata_ligature(glyph)) for code, glyph in LIGATURE_NAMES.items()})
    body = "\n".join(f"<{c:02X}> <{u:04X}>" for c, u in sorted(pairs.items()))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(pairs)} beginbfchar\n{body}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    return writer.stream("", cmap.encode())


def unicodedata_ligature(glyph: str) -> str:
    return {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04"}[glyph]


def _type3_font(writer: _Writer, font: str, codes: dict[str, int]) -> int:
    """A Type3 font whose glyphs are filled boxes, named in a Differences encoding (no ToUnicode)."""
    from pdfminer.glyphlist import glyphname2unicode

    by_char: dict[str, str] = {}
    for name, char in sorted(glyphname2unicode.items(), key=lambda item: (-len(item[0]), item[0])):
        by_char[char] = name  # the shortest name wins: "a", "aring", "adieresis"
    procs, differences, widths = [], [], []
    ordered = sorted(codes.items(), key=lambda item: item[1])
    for char, _code in ordered:
        glyph = by_char.get(char) or f"uni{ord(char):04X}"
        width = _width(char, font, 1000)
        drawing = f"{width:.0f} 0 0 -200 {width:.0f} 720 d1 " + (
            f"{width * 0.1:.0f} 0 {width * 0.8:.0f} 500 re f" if char.strip() else ""
        )
        procs.append(f"/{glyph} {writer.stream('', drawing.encode())} 0 R")
        differences.append(f"/{glyph}")
        widths.append(f"{width:.0f}")
    last = len(ordered) or 1
    return writer.add(
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 1000 800] /FontMatrix [0.001 0 0 0.001 0 0]"
        f" /CharProcs << {' '.join(procs)} >> /Encoding << /Type /Encoding /Differences [1 {' '.join(differences)}] >>"
        f" /FirstChar 1 /LastChar {last} /Widths [{' '.join(widths) or '0'}] /Resources << >> >>"
    )


# --- pages --------------------------------------------------------------------------------------


@dataclass
class PageGeometry:
    """How a page's content sits in its boxes: /Rotate, the MediaBox origin, a bleed around a CropBox."""

    rotate: int = 0
    origin: tuple[float, float] = (0.0, 0.0)
    bleed: float = 0.0  # the MediaBox this much larger on every side; the CropBox the page itself

    def boxes(self, width: float, height: float) -> tuple[list[float], list[float] | None]:
        w, h = (height, width) if self.rotate in (90, 270) else (width, height)
        x, y = self.origin
        media = [x - self.bleed, y - self.bleed, x + w + self.bleed, y + h + self.bleed]
        return media, ([x, y, x + w, y + h] if self.bleed else None)

    def matrix(self, width: float, height: float) -> str:
        """The `cm` that puts the upright page (width x height, origin 0) where the boxes show it."""
        x, y = self.origin
        a, b, c, d, e, f = {
            0: (1, 0, 0, 1, 0, 0),
            90: (0, 1, -1, 0, height, 0),
            180: (-1, 0, 0, -1, width, height),
            270: (0, -1, 1, 0, 0, width),
        }[self.rotate]
        return f"{a} {b} {c} {d} {_number(e + x)} {_number(f + y)} cm\n"


def _page_content(
    ops: list,
    doc: Document,
    fonts: Fonts,
    rng: random.Random,
    *,
    skip: set[int] = frozenset(),
    fake_bold: set[int] = frozenset(),
    mode: int = 0,
) -> bytes:
    out = bytearray()
    for op in ops:
        if id(op) in skip:
            continue
        if isinstance(op, Text):
            out += _show(op, fonts, rng, doc.height, mode=mode)
            if id(op) in fake_bold:
                out += _show(op, fonts, rng, doc.height, dx=rng.uniform(0.2, 0.45), mode=mode)
        elif isinstance(op, Rule):
            out += (
                f"{_number(op.width)} w {_number(op.x0)} {_number(doc.height - op.y0)} m"
                f" {_number(op.x1)} {_number(doc.height - op.y1)} l S\n"
            ).encode()
        elif isinstance(op, Picture):
            grey = op.shade / 255
            out += (
                f"{grey:.2f} g {_number(op.x)} {_number(doc.height - op.y - op.height)}"
                f" {_number(op.width)} {_number(op.height)} re f 0 g\n"
            ).encode()
    return bytes(out)


def write_pdf(
    doc: Document,
    path: Path,
    *,
    style: str = "plain",
    geometry: PageGeometry | None = None,
    answers: list[Answer] | None = None,
    form: str | None = None,
    rng: random.Random | None = None,
    title: str = "",
    fake_bold: set[int] = frozenset(),
) -> None:
    """Write `doc` as a PDF. `form`: None (answers printed), "ap", "needappearances" or "flattened"."""
    rng = rng or random.Random(0)
    geometry = geometry or PageGeometry()
    writer = _Writer()
    fonts = Fonts(style)
    catalog, pages_number = writer.reserve(), writer.reserve()
    helv = writer.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    zadb = writer.add("<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
    answer_ops = {id(op) for a in answers or [] for op in a.ops}
    # Flattened: the answers are drawn in the content (a check mark, not the stage's word, for a box).
    marker_ops = {id(op) for a in answers or [] if a.marker for op in a.ops}
    skip = answer_ops if form in ("ap", "needappearances") else marker_ops if form == "flattened" else set()
    page_numbers, fields, content_streams = [], [], []
    for index, ops in enumerate(doc.pages):
        content = geometry.matrix(doc.width, doc.height).encode()
        content = b"q\n" + content + _page_content(ops, doc, fonts, rng, skip=skip, fake_bold=fake_bold) + b"Q\n"
        if geometry.bleed:  # printer's marks and a job line in the bleed, outside the CropBox
            x, y = geometry.origin
            w, _ = (doc.height, doc.width) if geometry.rotate in (90, 270) else (doc.width, doc.height)
            content += (
                f"BT /{fonts.name('Helvetica')} 6 Tf {_number(x + 4)} {_number(y - geometry.bleed + 6)} Td"
                f" (Utskrift jobb 4471 skrivare PRN-07 sida {index + 1}) Tj ET\n"
                f"0.3 w {_number(x - 18)} {_number(y)} m {_number(x - 4)} {_number(y)} l S"
                f" {_number(x + w + 4)} {_number(y)} m {_number(x + w + 18)} {_number(y)} l S\n"
            ).encode()
        content_streams.append(content)
        page_numbers.append(writer.reserve())
    font_entries = _font_objects(writer, fonts)
    resources = f"<< /Font << {font_entries} >> >>"
    for index, number in enumerate(page_numbers):
        stream = writer.stream("", content_streams[index])
        annots = []
        if form:
            for answer in (a for a in answers or [] if a.page == index):
                annots += _widgets(writer, answer, doc, geometry, number, form, helv, zadb, fields, rng)
        media, crop = geometry.boxes(doc.width, doc.height)
        entries = f"/MediaBox [{' '.join(_number(v) for v in media)}]"
        if crop:
            entries += f" /CropBox [{' '.join(_number(v) for v in crop)}]"
        if geometry.rotate:
            entries += f" /Rotate {geometry.rotate}"
        if annots:
            entries += f" /Annots [{' '.join(f'{n} 0 R' for n in annots)}]"
        writer.set(
            number,
            f"<< /Type /Page /Parent {pages_number} 0 R {entries} /Resources {resources} /Contents {stream} 0 R >>",
        )
    kids = " ".join(f"{n} 0 R" for n in page_numbers)
    writer.set(pages_number, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_numbers)} >>")
    acroform = ""
    if form:
        need = " /NeedAppearances true" if form == "needappearances" else ""
        acroform = (
            f" /AcroForm << /Fields [{' '.join(f'{n} 0 R' for n in fields)}] /DR << /Font << /Helv {helv} 0 R"
            f" /ZaDb {zadb} 0 R >> >> /DA (/Helv 0 Tf 0 g){need} >>"
        )
    writer.set(catalog, f"<< /Type /Catalog /Pages {pages_number} 0 R{acroform} >>")
    info = writer.add(f"<< /Title {text_string(title)} /Producer (producers fixture) >>")
    writer.write(path, catalog, info)


def _rect(geometry: PageGeometry, doc: Document, x0: float, top: float, x1: float, bottom: float) -> list[float]:
    """A box of the upright page (top-down) in the page's own space, as /Rect wants it."""
    corners = [(x0, doc.height - bottom), (x1, doc.height - top)]
    x, y = geometry.origin
    placed = []
    for px, py in corners:
        if geometry.rotate == 90:
            px, py = doc.height - py, px
        elif geometry.rotate == 180:
            px, py = doc.width - px, doc.height - py
        elif geometry.rotate == 270:
            px, py = py, doc.width - px
        placed.append((px + x, py + y))
    (ax, ay), (bx, by) = placed
    return [min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)]


def _widgets(writer, answer, doc, geometry, page_number, form, helv, zadb, fields, rng) -> list[int]:
    """The widget annotations (merged with their fields) of one answer; their numbers."""
    lead = answer.size * 1.2
    if answer.marker:
        stage = next(line for line in answer.lines if line)
        other = "Delredovisning" if stage == "Slutredovisning" else "Slutredovisning"
        numbers = []
        for k, (export, checked) in enumerate(((stage, True), (other, False))):
            left = answer.x + k * 140
            rect = _rect(geometry, doc, left, answer.top, left + 11, answer.top + 11)
            on = writer.stream(
                f"/Type /XObject /Subtype /Form /BBox [0 0 11 11] /Resources << /Font << /ZaDb {zadb} 0 R >> >>",
                b"q BT /ZaDb 9 Tf 1.5 2 Td (4) Tj ET Q",
            )
            off = writer.stream("/Type /XObject /Subtype /Form /BBox [0 0 11 11]", b"")
            state = f"/{export}" if checked else "/Off"
            number = writer.add(
                f"<< /Type /Annot /Subtype /Widget /FT /Btn /T {text_string(f'stage{answer.row}_{k}')}"
                f" /Rect [{' '.join(_number(v) for v in rect)}] /P {page_number} 0 R /F 4"
                f" /V {state} /AS {state} /MK << /CA (4) >> /DA (/ZaDb 0 Tf 0 g)"
                f" /AP << /N << /{export} {on} 0 R /Off {off} 0 R >> >> >>"
            )
            fields.append(number)
            numbers.append(number)
        return numbers
    lines = list(answer.lines)
    multiline = len(lines) > 1
    typed = rng.random() < 0.5  # the applicant pressed Enter at each line end, or typed one paragraph
    if typed or not multiline:
        value = "\n".join(lines)
    else:
        paragraphs, current = [], []
        for line in lines:
            if line:
                current.append(line)
            else:
                paragraphs.append(" ".join(current))
                current = []
        paragraphs.append(" ".join(current))
        value = "\n".join(p for p in paragraphs)
    height = max(len(lines), 1) * lead + 3
    x1 = answer.x + answer.width + 2
    rect = _rect(geometry, doc, answer.x - 2, answer.top - 1.5, x1, answer.top - 1.5 + height)
    flags = 4096 if multiline else 0
    entries = (
        f"<< /Type /Annot /Subtype /Widget /FT /Tx /T {text_string(f'falt{answer.row}_{answer.page}')}"
        f" /Rect [{' '.join(_number(v) for v in rect)}] /P {page_number} 0 R /F 4 /Ff {flags}"
        f" /V {text_string(value)} /DA (/Helv {_number(answer.size)} Tf 0 g)"
    )
    if form in ("ap", "flattened"):
        width, box_height = x1 - answer.x + 2, height
        drawing = bytearray(b"/Tx BMC q BT ")
        drawing += f"/Helv {_number(answer.size)} Tf 0 g {_number(2)} {_number(box_height - 1.5 - answer.size * 0.9)} Td {_number(lead)} TL ".encode()
        for i, line in enumerate(lines):
            drawing += (b"T* " if i else b"") + pdf_string(line) + b" Tj "
        drawing += b"ET Q EMC"
        ap = writer.stream(
            f"/Type /XObject /Subtype /Form /BBox [0 0 {_number(width)} {_number(box_height)}]"
            f" /Resources << /Font << /Helv {helv} 0 R >> >>",
            bytes(drawing),
        )
        entries += f" /AP << /N {ap} 0 R >>"
    number = writer.add(entries + " >>")
    fields.append(number)
    return [number]


# --- scans with a text layer ---------------------------------------------------------------------

_MISREADS = {"å": "a", "ä": "a", "ö": "o", "m": "rn", "l": "1", "e": "c", "o": "0", "n": "u", "t": "f", "i": "!"}


def garbled(word: str, rng: random.Random) -> str:
    """A word as a poor OCR engine reads it: letters misread, dropped or doubled."""
    out = []
    for char in word:
        roll = rng.random()
        if char.lower() in _MISREADS and roll < 0.45:
            out.append(_MISREADS[char.lower()])
        elif char.isalpha() and roll < 0.55:
            out.append(rng.choice("ijl1|.,'"))
        elif roll < 0.6:
            continue
        else:
            out.append(char)
    return "".join(out) or word


def _scan_images(pdf: Path, rng: random.Random, dpi: int, *, clean: bool = False) -> list:
    """The pages of `pdf` as skewed, specked, JPEG-noisy scans (PIL images), as scans.degrade makes
    them; `clean`: as a good office scanner gives them (a fraction of a degree, no dust)."""
    import pypdfium2
    from PIL import Image

    from .scans import degrade

    images = []
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if clean:
                angle = rng.uniform(0.1, 0.3) * rng.choice((-1, 1))
                images.append((image.rotate(angle, resample=Image.BICUBIC, fillcolor=255), 90))
                continue
            degraded, quality = degrade(image, rng, "jpeg", max_skew=1.0, dpi=dpi)
            images.append((degraded, quality))
    finally:
        document.close()
    return images


def tesseract_layer_pdf(plain: Path, out: Path, rng: random.Random, *, dpi: int = 200, clean: bool = False) -> None:
    """The scanned pages of `plain` as `tesseract IMAGES OUT pdf` writes them: each page an image with
    Tesseract's invisible text (render mode 3, one word per Tm, its glyph-less font) over it."""
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for index, (image, quality) in enumerate(_scan_images(plain, rng, dpi, clean=clean)):
            name = Path(tmp) / f"page-{index + 1}.jpg"
            image.save(name, "JPEG", quality=quality, dpi=(dpi, dpi))
            names.append(str(name))
        listing = Path(tmp) / "pages.txt"
        listing.write_text("\n".join(names) + "\n")
        subprocess.run(
            ["tesseract", str(listing), str(out.with_suffix("")), "-l", "swe", "pdf"],
            check=True,
            capture_output=True,
            env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
        )


def garbage_layer_pdf(plain_doc: Document, plain: Path, out: Path, rng: random.Random, *, dpi: int = 200) -> None:
    """The scanned pages of `plain` with an archive's poor OCR layer: every word of the page in
    render mode 3 at its place, each its own text object, most of them misread."""
    import io

    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    pages = _scan_images(plain, rng, dpi)
    c = canvas.Canvas(str(out), pagesize=(plain_doc.width, plain_doc.height), invariant=1)
    for (image, quality), ops in zip(pages, plain_doc.pages, strict=True):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        buffer.seek(0)
        c.drawImage(ImageReader(buffer), 0, 0, plain_doc.width, plain_doc.height)
        for op in ops:
            if not isinstance(op, Text):
                continue
            x = op.x
            for word in op.text.split(" "):
                text = c.beginText()
                text.setTextRenderMode(3)
                text.setFont("Helvetica", op.size)
                text.setTextOrigin(x, plain_doc.height - op.y)
                text.textOut(garbled(word, rng))
                c.drawText(text)
                x += _width(word + " ", op.font, op.size)
        c.showPage()
    c.save()


# --- the corpus ---------------------------------------------------------------------------------


def producers_spec(index: int, seed: int) -> tuple[ReportSpec, str]:
    """The spec of corpus file `index` and its family (families in turn)."""
    family = PRODUCER_FAMILIES[index % len(PRODUCER_FAMILIES)]
    rng = random.Random(f"producers-{seed}-{index}")
    base = BASE_VARIANTS[(index // len(PRODUCER_FAMILIES)) % len(BASE_VARIANTS)]
    spec = random_spec(rng, base, "reportlab")
    lay = spec.layout
    lay.font = rng.choice(("helvetica", "times"))
    lay.hyphenate = False
    lay.justify = False
    lay.pictures = False
    if family in FORM_FAMILIES:
        lay.one_column = False
        lay.borders = rng.random() < 0.5
    spec.variant = family
    spec.name = f"{index:05d}-{family}-{spec.year}"
    return spec, family


def render_producer(
    spec: ReportSpec, family: str, path: Path, rng: random.Random, *, geometry: PageGeometry | None = None
) -> dict:
    """Write the family's PDF of `spec` at `path` and its truth beside it; return the truth.
    `geometry`: an e-form's pages turned or boxed (the other families choose their own)."""
    doc, answers = laid_out(spec)
    title = spec.title.replace("\n", " ")
    if family in FORM_FAMILIES:
        form = family.removeprefix("acroform_")
        write_pdf(doc, path, answers=answers, form=form, rng=rng, title=title, geometry=geometry)
    elif family in OCR_LAYER_FAMILIES:
        plain = path.with_name(path.stem + ".plain.pdf")
        write_pdf(doc, plain, rng=rng, title=title)
        try:
            if family == "ocr_layer_tesseract":
                tesseract_layer_pdf(plain, path, rng)
            elif family == "ocr_layer_clean":
                tesseract_layer_pdf(plain, path, rng, dpi=300, clean=True)
            else:
                garbage_layer_pdf(doc, plain, path, rng)
        finally:
            plain.unlink(missing_ok=True)
    elif family in PAGE_FAMILIES:
        geometry = {
            "rotate_90": PageGeometry(rotate=90),
            "rotate_180": PageGeometry(rotate=180),
            "rotate_270": PageGeometry(rotate=270),
            "mediabox_offset": PageGeometry(origin=(rng.uniform(-300, 300), rng.uniform(50, 400))),
            "cropbox_bleed": PageGeometry(bleed=rng.uniform(20, 40)),
        }[family]
        write_pdf(doc, path, geometry=geometry, rng=rng, title=title)
    else:
        answer_ops = {id(op) for a in answers for op in a.ops}
        labels = {id(op) for ops in doc.pages for op in ops if isinstance(op, Text) and id(op) not in answer_ops}
        style = "plain" if family == "fake_bold" else family
        write_pdf(doc, path, style=style, rng=rng, title=title, fake_bold=labels if family == "fake_bold" else set())
    result = truth(spec, doc.section_pages, len(doc.pages))
    result["family"] = family
    truth_path(path).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result


def build_producers_corpus(out_dir: str | Path, count: int, seed: int, families: tuple[str, ...] = ()) -> list[Path]:
    """Write `count` PDFs (families in turn; only `families` when given) with truth sidecars."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        spec, family = producers_spec(index, seed)
        if families and family not in families:
            continue
        path = out / f"{spec.name}.pdf"
        render_producer(spec, family, path, random.Random(f"producers-draw-{seed}-{index}"))
        paths.append(path)
    return paths

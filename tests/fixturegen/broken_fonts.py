"""One-page forms whose text layer does not say what the page shows (issue #12 class 7), two producers:

- `type3`: the only font a Type 3 font drawn from DejaVu Sans outlines (fontTools), codes handed out in
  order of first use, glyph names `/gN` and no ToUnicode: text extraction gives "(cid:N)" for every glyph,
  spaces included, while the page looks right;
- `shifted`: the standard Helvetica with WinAnsi codes and a ToUnicode map one code point off (each code
  mapped to the next character), as a broken converter writes it: "Qspkflu" for "Projekt". Word spaces
  are gaps in a TJ array, not space glyphs, so each word is a word of its own (and many of them are
  shaped like words: "ibs", "qmbo").

`write_form(path, rows, producer)` writes label | answer rows, answers wrapped at a fixed width.
"""

from __future__ import annotations

import zlib
from pathlib import Path

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SIZE = 10.0
LEAD = 14.0
LABEL_X, ANSWER_X, TOP = 60.0, 200.0, 90.0
CHARS_A_LINE = 62


def _lines(rows: list[tuple[str, str]]) -> list[tuple[float, float, str]]:
    """(x, y from the top, text) of each line: the label beside the first line of its answer."""
    out, y = [], TOP
    for label, answer in rows:
        out.append((LABEL_X, y, label))
        for paragraph in answer.split("\n"):
            line = ""
            for word in paragraph.split():
                if line and len(line) + 1 + len(word) > CHARS_A_LINE:
                    out.append((ANSWER_X, y, line))
                    y += LEAD
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            out.append((ANSWER_X, y, line))
            y += LEAD
        y += LEAD * 0.6
    return out


def _pdf(objects: list[bytes], root: int) -> bytes:
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(data)


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), entries) + packed + b"\nendstream"


def _type3(lines: list[tuple[float, float, str]]) -> tuple[list[bytes], list[bytes]]:
    """(font objects, each line's string of codes) for a Type 3 font of DejaVu outlines without ToUnicode."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(DEJAVU)
    cmap, glyphset, hmtx, upm = font.getBestCmap(), font.getGlyphSet(), font["hmtx"], font["head"].unitsPerEm
    codes: dict[str, int] = {}
    strings = [bytes(codes.setdefault(c, len(codes) + 1) for c in text) for _, _, text in lines]

    def outline(char: str) -> bytes:
        ops: list[str] = []

        class Pen(BasePen):
            def _moveTo(self, p):
                ops.append(f"{p[0]:.0f} {p[1]:.0f} m")

            def _lineTo(self, p):
                ops.append(f"{p[0]:.0f} {p[1]:.0f} l")

            def _curveToOne(self, a, b, c):
                ops.append(f"{a[0]:.0f} {a[1]:.0f} {b[0]:.0f} {b[1]:.0f} {c[0]:.0f} {c[1]:.0f} c")

            def _closePath(self):
                ops.append("h")

        name = cmap.get(ord(char), ".notdef")
        glyphset[name].draw(Pen(glyphset))
        return (f"{hmtx[name][0]} 0 d0\n" + "\n".join(ops) + ("\nf" if ops else "")).encode()

    chars = sorted(codes, key=codes.__getitem__)
    procs = [_stream(outline(c)) for c in chars]  # objects 2 .. len(chars) + 1 (1 is the font)
    widths = " ".join(str(hmtx[cmap.get(ord(c), ".notdef")][0]) for c in chars)
    names = " ".join(f"/g{codes[c]}" for c in chars)
    font_object = (
        f"<< /Type /Font /Subtype /Type3 /FontBBox [-1000 -600 3000 2400] "
        f"/FontMatrix [{1 / upm:.8f} 0 0 {1 / upm:.8f} 0 0] "
        f"/CharProcs << {' '.join(f'/g{codes[c]} {i + 2} 0 R' for i, c in enumerate(chars))} >> "
        f"/Encoding << /Type /Encoding /Differences [1 {names}] >> "
        f"/FirstChar 1 /LastChar {len(chars)} /Widths [{widths}] /Resources << >> >>"
    ).encode()
    return [font_object, *procs], strings


def _shifted(lines: list[tuple[float, float, str]]) -> tuple[list[bytes], list[bytes]]:
    """(font objects, strings) for Helvetica with WinAnsi codes and a ToUnicode map one code point off."""
    strings = [text.encode("cp1252") for _, _, text in lines]
    used = sorted({b for s in strings for b in s if b != 32})
    pairs = " ".join(f"<{b:02X}> <{ord(bytes([b]).decode('cp1252')) + 1:04X}>" for b in used)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Shifted def "
        "1 begincodespacerange <00> <FF> endcodespacerange "
        f"{len(used)} beginbfchar {pairs} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    font_object = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 2 0 R >>"
    return [font_object, _stream(cmap)], strings


def write_form(path: str | Path, rows: list[tuple[str, str]], producer: str) -> Path:
    """A one-page A4 form of label | answer `rows` whose text layer is broken the `producer` way."""
    lines = _lines(rows)
    fonts, strings = (_type3 if producer == "type3" else _shifted)(lines)
    ops = ["BT"]
    for (x, y, _), codes in zip(lines, strings, strict=True):
        if producer == "shifted":  # a word gap of 0.3 em, no space glyph
            words = " ".join("(" + "".join(f"\\{b:03o}" for b in word) + ")" for word in codes.split(b" "))
            ops.append(f"/F1 {SIZE} Tf 1 0 0 1 {x:.2f} {842 - y:.2f} Tm [{words.replace(') (', ') -300 (')}] TJ")
            continue
        literal = "".join(f"\\{b:03o}" for b in codes)
        ops.append(f"/F1 {SIZE} Tf 1 0 0 1 {x:.2f} {842 - y:.2f} Tm ({literal}) Tj")
    ops.append("ET")
    content = len(fonts) + 1
    page, pages, catalog = content + 1, content + 2, content + 3
    objects = [
        *fonts,
        _stream("\n".join(ops).encode()),
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
        f"/Resources << /Font << /F1 1 0 R >> >> >>".encode(),
        f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode(),
        f"<< /Type /Catalog /Pages {pages} 0 R >>".encode(),
    ]
    path = Path(path)
    path.write_bytes(_pdf(objects, catalog))
    return path

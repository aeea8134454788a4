"""One-page forms whose text layer does not say what the page shows (issue #12 class 7), two producers:

- `type3`: the only font a Type 3 font drawn from DejaVu Sans outlines (fontTools), codes handed out in
  order of first use, glyph names `/gN` and no ToUnicode: text extraction gives "(cid:N)" for every glyph,
  spaces included, while the page looks right;
- `shifted`: the standard Helvetica with WinAnsi codes and a ToUnicode map one code point off (each code
  mapped to the next character), as a broken converter writes it: "Qspkflu" for "Projekt". Word spaces
  are gaps in a TJ array, not space glyphs, so each word is a word of its own (and many of them are
  shaped like words: "ibs", "qmbo").

`write_form(path, rows, producer)` writes label | answer rows, answers wrapped at a fixed width;
`write_pages` a report of several such pages in the one font.
"""

from __future__ import annotations

from pathlib import Path

from fixturegen.producers import _Writer

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


def _type3(writer: _Writer, lines: list[tuple[float, float, str]]) -> tuple[int, list[bytes]]:
    """(font object, each line's string of codes) for a Type 3 font of DejaVu outlines without ToUnicode."""
    from fontTools.pens.basePen import DecomposingPen
    from fontTools.pens.recordingPen import RecordingPen
    from fontTools.ttLib import TTFont

    class Cu2QuPenless(DecomposingPen):
        """Passes cubic segments on and turns quadratic ones into cubics (PDF paths have no quadratics)."""

        def __init__(self, out, glyphs):
            super().__init__(glyphs)
            self.out, self.last = out, (0.0, 0.0)

        def moveTo(self, pt):
            self.out.moveTo(pt)
            self.last = pt

        def lineTo(self, pt):
            self.out.lineTo(pt)
            self.last = pt

        def curveTo(self, *points):
            self.out.curveTo(*points)
            self.last = points[-1]

        def qCurveTo(self, *points):
            from fontTools.pens.basePen import decomposeQuadraticSegment

            for control, end in decomposeQuadraticSegment(points) if points[-1] is not None else []:
                (x0, y0), (cx, cy), (x1, y1) = self.last, control, end
                self.curveTo(
                    (x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0)),
                    (x1 + 2 / 3 * (cx - x1), y1 + 2 / 3 * (cy - y1)),
                    end,
                )

        def closePath(self):
            self.out.closePath()

        def endPath(self):
            self.out.endPath()

    font = TTFont(DEJAVU)
    cmap, glyphset, hmtx, upm = font.getBestCmap(), font.getGlyphSet(), font["hmtx"], font["head"].unitsPerEm
    codes: dict[str, int] = {}
    strings = [bytes(codes.setdefault(c, len(codes) + 1) for c in text) for _, _, text in lines]

    operators = {"moveTo": "m", "lineTo": "l", "curveTo": "c", "closePath": "h", "endPath": ""}

    def outline(char: str) -> bytes:
        """The glyph's outline as PDF path operators (a quadratic TrueType outline decomposed to cubics)."""
        pen = RecordingPen()
        name = cmap.get(ord(char), ".notdef")
        glyphset[name].draw(Cu2QuPenless(pen, glyphset))
        ops = [" ".join(f"{x:.0f} {y:.0f}" for x, y in points) + f" {operators[verb]}" for verb, points in pen.value]
        return (f"{hmtx[name][0]} 0 d0\n" + "\n".join(op.strip() for op in ops) + ("\nf" if ops else "")).encode()

    chars = sorted(codes, key=codes.__getitem__)
    procs = [writer.stream("", outline(c)) for c in chars]
    widths = " ".join(str(hmtx[cmap.get(ord(c), ".notdef")][0]) for c in chars)
    names = " ".join(f"/g{codes[c]}" for c in chars)
    font_object = (
        f"<< /Type /Font /Subtype /Type3 /FontBBox [-1000 -600 3000 2400] "
        f"/FontMatrix [{1 / upm:.8f} 0 0 {1 / upm:.8f} 0 0] "
        f"/CharProcs << {' '.join(f'/g{codes[c]} {proc} 0 R' for c, proc in zip(chars, procs, strict=True))} >> "
        f"/Encoding << /Type /Encoding /Differences [1 {names}] >> "
        f"/FirstChar 1 /LastChar {len(chars)} /Widths [{widths}] /Resources << >> >>"
    )
    return writer.add(font_object), strings


def _shifted(writer: _Writer, lines: list[tuple[float, float, str]]) -> tuple[int, list[bytes]]:
    """(font object, strings) for Helvetica with WinAnsi codes and a ToUnicode map one code point off."""
    strings = [text.encode("cp1252") for _, _, text in lines]
    used = sorted({b for s in strings for b in s if b != 32})
    pairs = " ".join(f"<{b:02X}> <{ord(bytes([b]).decode('cp1252')) + 1:04X}>" for b in used)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Shifted def "
        "1 begincodespacerange <00> <FF> endcodespacerange "
        f"{len(used)} beginbfchar {pairs} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    to_unicode = writer.stream("", cmap)
    font = (
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode {to_unicode} 0 R >>"
    )
    return writer.add(font), strings


def write_form(path: str | Path, rows: list[tuple[str, str]], producer: str) -> Path:
    """A one-page A4 form of label | answer `rows` whose text layer is broken the `producer` way."""
    return write_pages(path, [rows], producer)


def write_pages(path: str | Path, pages_rows: list[list[tuple[str, str]]], producer: str) -> Path:
    """An A4 report of one page of label | answer rows for each of `pages_rows`, all in the one font whose text
    layer is broken the `producer` way."""
    lines = [_lines(rows) for rows in pages_rows]
    writer = _Writer()
    font, strings = (_type3 if producer == "type3" else _shifted)(writer, [line for page in lines for line in page])
    pages = writer.reserve()
    kids, at = [], 0
    for page_lines in lines:
        ops = ["BT"]
        for (x, y, _), codes in zip(page_lines, strings[at : at + len(page_lines)], strict=True):
            if producer == "shifted":  # a word gap of 0.3 em, no space glyph
                words = " ".join("(" + "".join(f"\\{b:03o}" for b in word) + ")" for word in codes.split(b" "))
                ops.append(f"/F1 {SIZE} Tf 1 0 0 1 {x:.2f} {842 - y:.2f} Tm [{words.replace(') (', ') -300 (')}] TJ")
                continue
            literal = "".join(f"\\{b:03o}" for b in codes)
            ops.append(f"/F1 {SIZE} Tf 1 0 0 1 {x:.2f} {842 - y:.2f} Tm ({literal}) Tj")
        at += len(page_lines)
        ops.append("ET")
        content = writer.stream("", "\n".join(ops).encode())
        kids.append(
            writer.add(
                f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                f"/Resources << /Font << /F1 {font} 0 R >> >> >>"
            )
        )
    writer.set(pages, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    catalog = writer.add(f"<< /Type /Catalog /Pages {pages} 0 R >>")
    info = writer.add("<< /Producer (bilagor broken_fonts fixture) >>")
    path = Path(path)
    writer.write(path, catalog, info)
    return path

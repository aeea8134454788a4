"""`type3_soup`: a PDF written object by object whose only font is a Type 3 font drawn from TrueType outlines
(fontTools), with no ToUnicode map (issue #12, class 7). Codes are handed out in the order characters first
appear; the glyph names are either meaningless (`/g17`: text extraction gives "(cid:17)") or the names of other
letters (letter soup). The page looks right; its text layer does not say what it shows.

Layout: label column beside the answers, no rules, answers continued over page breaks with the label column
empty, running header and footer "Sida x (y)" in the same font.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

from h11_content import Form

FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]  # fmt: skip
SOUP_NAMES = [c for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]


def available() -> bool:
    try:
        import fontTools  # noqa: F401
    except ImportError:
        return False
    return True


class Glyphs:
    """Outlines and advance widths of the characters used, each given a one-byte code."""

    def __init__(self, path: str):
        from fontTools.ttLib import TTFont

        self.font = TTFont(path)
        self.upm = self.font["head"].unitsPerEm
        self.cmap = self.font.getBestCmap()
        self.glyphset = self.font.getGlyphSet()
        self.hmtx = self.font["hmtx"]
        self.codes: dict[str, int] = {}

    def code(self, ch: str) -> int:
        if ch not in self.codes:
            if len(self.codes) >= 254:
                raise ValueError("more than 254 distinct characters")
            self.codes[ch] = len(self.codes) + 1
        return self.codes[ch]

    def advance(self, ch: str) -> int:
        name = self.cmap.get(ord(ch), ".notdef")
        return self.hmtx[name][0]

    def width(self, text: str, size: float) -> float:
        return sum(self.advance(c) for c in text) * size / self.upm

    def charproc(self, ch: str) -> bytes:
        from fontTools.pens.basePen import BasePen

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

        name = self.cmap.get(ord(ch), ".notdef")
        self.glyphset[name].draw(Pen(self.glyphset))
        # d0, not d1: the glyph is filled with the current colour
        return (f"{self.advance(ch)} 0 d0\n" + "\n".join(ops) + ("\nf" if ops else "")).encode()


def lay_out(form: Form, glyphs: Glyphs, rng: random.Random) -> list[list[tuple[float, float, float, str]]]:
    """Pages of (x, y, size, text) runs; y from the top."""
    size = rng.choice([9.5, 10.0, 11.0])
    lead = size * 1.3
    w, h = 595.0, 842.0
    margin = rng.choice([50.0, 60.0, 70.0])
    label_w = rng.choice([120.0, 140.0, 160.0])
    value_x = margin + label_w + 12
    value_w = w - margin - value_x
    pages: list[list[tuple[float, float, float, str]]] = [[]]
    y = margin + 30

    def wrap(text: str, width: float, sz: float) -> list[str]:
        out, line = [], ""
        for word in text.split():
            trial = f"{line} {word}" if line else word
            if line and glyphs.width(trial, sz) > width:
                out.append(line)
                line = word
            else:
                line = trial
        return out + [line]

    def put(x: float, text: str, sz: float) -> None:
        pages[-1].append((x, y, sz, text))

    for line in wrap(form.title, w - 2 * margin, size + 4):
        y += (size + 4) * 1.3
        put(margin, line, size + 4)
    y += 16
    for row in form.rows:
        if row.kind == "heading":
            y += lead * 0.6
            if y + 3 * lead > h - margin:
                pages.append([])
                y = margin + 30
            y += lead
            put(margin, row.label, size + 1)
            lines = [ln for p in row.paragraphs for ln in wrap(p, w - 2 * margin, size) + [""]]
            x, labels = margin, []
        else:
            labels = wrap(row.label, label_w, size) if row.kind == "field" else []
            lines = [ln for p in row.paragraphs for part in p.split("\n") for ln in wrap(part, value_w, size)]
            x = value_x
        if y + lead > h - margin - 20:
            pages.append([])
            y = margin + 30
        top = y
        for i, line in enumerate(lines):
            if y + lead > h - margin - 20:
                pages.append([])
                y = margin + 30
            y += lead
            if line:
                put(x, line, size)
            if i < len(labels):
                put(margin, labels[i], size)
        for extra in labels[len(lines) :]:
            y += lead
            put(margin, extra, size)
        y = max(y, top + lead) + lead * 0.7
    n = len(pages)
    style = rng.choice(["Sida {i} ({n})", "Sida {i} av {n}"])
    for i, page in enumerate(pages, 1):
        page.append((margin, 30.0, 8.0, form.header[0]))
        page.append((w - margin - glyphs.width(form.header[1], 8.0), 30.0, 8.0, form.header[1]))
        page.append((w / 2 - 20, h - 30.0, 8.0, style.format(i=i, n=n)))
    return pages


def render(form: Form, rng: random.Random, out: Path) -> int:
    glyphs = Glyphs(rng.choice(FONTS))
    pages = lay_out(form, glyphs, rng)
    soup = rng.random() < 0.5
    contents = []
    for page in pages:
        ops = ["BT"]
        for x, y, size, text in page:
            codes = bytes(glyphs.code(c) for c in text)
            literal = "".join(f"\\{b:03o}" for b in codes)
            ops.append(f"/T3 {size} Tf 1 0 0 1 {x:.2f} {842 - y:.2f} Tm ({literal}) Tj")
        ops.append("ET")
        contents.append("\n".join(ops).encode())
    chars = sorted(glyphs.codes, key=glyphs.codes.get)  # type: ignore[arg-type]
    if soup:  # the name of some letter, mostly not the one drawn; a suffix keeps each name unique
        names = [f"{rng.choice(SOUP_NAMES)}.alt{i}" for i in range(len(chars))]
    else:
        names = [f"g{glyphs.codes[c]}" for c in chars]
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes) -> int:
        packed = zlib.compress(data)
        return add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")

    procs = {name: stream(glyphs.charproc(c)) for name, c in zip(names, chars, strict=True)}
    upm = glyphs.upm
    font = add(
        (
            f"<< /Type /Font /Subtype /Type3 /FontBBox [-1000 -600 3000 2400] "
            f"/FontMatrix [{1 / upm:.8f} 0 0 {1 / upm:.8f} 0 0] "
            f"/CharProcs << {' '.join(f'/{n} {o} 0 R' for n, o in procs.items())} >> "
            f"/Encoding << /Type /Encoding /Differences [1 {' '.join('/' + n for n in names)}] >> "
            f"/FirstChar 1 /LastChar {len(chars)} /Widths [{' '.join(str(glyphs.advance(c)) for c in chars)}] "
            f"/Resources << >> >>"
        ).encode()
    )
    pages_id = len(objects) + 2 * len(contents) + 1
    page_ids = []
    for data in contents:
        content = stream(data)
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                f"/Resources << /Font << /T3 {font} 0 R >> >> >>".encode()
            )
        )
    assert (
        add(f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {len(page_ids)} >>".encode())
        == pages_id
    )
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out_bytes = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out_bytes))
        out_bytes += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out_bytes)
    out_bytes += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out_bytes += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out_bytes += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    out.write_bytes(bytes(out_bytes))
    return len(pages)

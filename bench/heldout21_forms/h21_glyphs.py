"""Liberation Sans (Helvetica's metrics, the layout's own widths) read by fontTools for the families that draw
glyphs themselves: their outlines as PDF path operators, and the font as a subset for a Type 42 font."""

from __future__ import annotations

import io
from functools import lru_cache

FONT_FILES = {
    False: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    True: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}


def available() -> bool:
    try:
        import fontTools  # noqa: F401
    except ImportError:
        return False
    from pathlib import Path

    return all(Path(p).exists() for p in FONT_FILES.values())


@lru_cache(maxsize=2)
def font(bold: bool):  # type: ignore[no-untyped-def]
    from fontTools.ttLib import TTFont

    return TTFont(FONT_FILES[bold])


def glyph_name(char: str, bold: bool) -> str:
    return font(bold).getBestCmap()[ord(" " if char == "\u00a0" else char)]


@lru_cache(maxsize=4096)
def _outline(name: str, bold: bool) -> tuple[list[tuple[str, tuple[float, ...]]], int]:
    """A glyph's contours as (operator, points) in font units (quadratic curves made cubic), and its advance."""
    from fontTools.pens.basePen import BasePen

    class Recorder(BasePen):  # type: ignore[misc]
        def __init__(self, glyph_set) -> None:  # type: ignore[no-untyped-def]
            super().__init__(glyph_set)
            self.ops: list[tuple[str, tuple[float, ...]]] = []

        def _moveTo(self, p):  # type: ignore[no-untyped-def]
            self.ops.append(("m", p))

        def _lineTo(self, p):  # type: ignore[no-untyped-def]
            self.ops.append(("l", p))

        def _curveToOne(self, p1, p2, p3):  # type: ignore[no-untyped-def]
            self.ops.append(("c", (*p1, *p2, *p3)))

        def _closePath(self):  # type: ignore[no-untyped-def]
            self.ops.append(("h", ()))

    glyphs = font(bold).getGlyphSet()
    pen = Recorder(glyphs)
    glyphs[name].draw(pen)
    return pen.ops, font(bold)["hmtx"][name][0]


def outline_ops(text: str, bold: bool) -> tuple[bytes, float]:
    """`text`'s glyph outlines as PDF path operators in font units from the origin, and its advance in font units."""
    out = []
    x = 0
    for char in text:
        ops, advance = _outline(glyph_name(char, bold), bold)
        for op, points in ops:
            coords = " ".join(
                f"{v + (x if k % 2 == 0 else 0):.0f}"
                for k, v in enumerate(points)  # x offset on even coordinates
            )
            out.append(f"{coords} {op}" if coords else op)
        x += advance
    return ("\n".join(out) + "\n").encode(), x


def units_per_em(bold: bool) -> int:
    return int(font(bold)["head"].unitsPerEm)


def subset(chars: set[str], bold: bool) -> bytes:
    """The font cut down to `chars` (and .notdef), glyph names kept, as TrueType bytes."""
    from fontTools import subset as fsubset

    options = fsubset.Options()
    options.glyph_names = True
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "kern", "FFTM", "DSIG"]
    subsetter = fsubset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    from fontTools.ttLib import TTFont

    cut = TTFont(FONT_FILES[bold])
    subsetter.subset(cut)
    buffer = io.BytesIO()
    cut.save(buffer)
    return buffer.getvalue()

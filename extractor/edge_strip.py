"""A solid strip across a page image's top or bottom edge made paper before OCR: no form's text.

A phone scanner app stamps its name on the pages it saves, in light letters on a dark strip across the foot
("Skannad med …"); a scanner's dark border along one edge is such a strip without letters. Read as they were, the
strip's letters were appended to the page's last section. What any such strip looks like, whatever made it: rows
from the image's very edge that are mostly dark (its letters are a minority of each row), dark out to both sides of
the image (a form's banner, printed, keeps the paper's margins at its sides), a few lines tall at most. A page
inside a frame on all sides is ocr_frame's; this is a frame on one side, with letters in it. Pure functions over a
grey page image (2-D uint8, ink dark, `scale` px per pt).
"""

from __future__ import annotations

from bilagor.extractor.ocr_frame import PAPER_LEVEL

# A row of the strip has at least this share of its pixels darker than paper: light letters across a third of
# the width, bold, leave about 15 % of a row light.
STRIP_ROW_SHARE = 0.7
# A strip is at most this tall, in points (measured: an app's strip 2.8 % of an A4 page, 24 pt); taller dark
# edge rows are a picture or a dark page, left alone.
MAX_STRIP_POINTS = 60.0
MIN_STRIP_POINTS = 3.0  # thinner is a scan's edge or its last row's blend, left alone (ocr_frame's frame width)
EDGE_POINTS = 2.0  # the strip's side columns this wide are dark too: it runs off both sides of the image
GROW_POINTS = 1.0  # the strip is whitened this much further inwards: its blurred edge against the paper


def edge_strips(grey, scale: float) -> list[tuple[int, int]]:
    """(start, stop) row ranges of the solid strips along the top and bottom edges of `grey`, if any."""
    import numpy as np

    height = grey.shape[0]
    if height == 0 or grey.shape[1] == 0:
        return []
    dark = grey < PAPER_LEVEL
    rows = dark.mean(axis=1) >= STRIP_ROW_SHARE
    side = max(1, round(EDGE_POINTS * scale))
    sides_dark = (dark[:, :side].mean(axis=1) >= STRIP_ROW_SHARE) & (dark[:, -side:].mean(axis=1) >= STRIP_ROW_SHARE)
    strip = rows & sides_dark
    longest = MAX_STRIP_POINTS * scale
    found = []
    for start, stop in (_run_from(strip, np.arange(height)), _run_from(strip, np.arange(height)[::-1])):
        if MIN_STRIP_POINTS * scale <= stop - start <= longest:
            found.append((start, stop))
    return found


def _run_from(mask, order) -> tuple[int, int]:
    """The (start, stop) rows of the run of True in `mask` that begins at `order[0]`, walking along `order`."""
    import numpy as np

    walked = mask[order]
    length = int(np.argmin(walked)) if not walked.all() else len(walked)
    if length == 0:
        return 0, 0
    ends = sorted((int(order[0]), int(order[length - 1])))
    return ends[0], ends[1] + 1


def without_edge_strips(grey, scale: float):
    """(`grey` with its edge strips (edge_strips) made white, whether it had any)."""
    strips = edge_strips(grey, scale)
    if not strips:
        return grey, False
    grow = round(GROW_POINTS * scale)
    cleaned = grey.copy()
    height = grey.shape[0]
    for start, stop in strips:
        cleaned[max(0, start - grow) : min(height, stop + grow)] = 255
    return cleaned, True

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
    return _whitened(grey, strips, scale, axis=0), True


# A sheet laid off the scanner's glass: beyond its edge on the other side the lid's grey (95-140) shows down the
# whole height, a strip from the image's left or right edge. Taken as a desk round a photographed sheet, it sent
# the page through the photo steps (the whole form lost); it holds no form's text. A column of it is darker than
# paper in this share of its rows (the paper's slanted edge, a sheet turned 0.4 degrees, leaves a wedge beside it).
SIDE_ROW_SHARE = 0.95
MAX_SIDE_SHARE = 0.3  # of the image's width: a wider dark side is a picture or a dark page, left alone
# the lid is one grey (its pixels' standard deviation under this: measured 5.6); a photo's wooden desk 40
MAX_SIDE_SPREAD = 15.0
EDGE_COLUMN_SHARE = 0.02  # beside the strip, columns with this share of dark rows are the paper's edge and its wedge
MAX_WEDGE_POINTS = 12.0  # the paper's edge line and the wedge of a turned sheet are this wide at most


def side_strips(grey, scale: float) -> list[tuple[int, int]]:
    """(start, stop) column ranges of the lid's grey along the left and right edges of `grey`, if any, each with
    the paper's edge beside it."""
    import numpy as np

    height, width = grey.shape[:2]
    if height == 0 or width == 0:
        return []
    dark = grey < PAPER_LEVEL
    # The lid shows on one side only: a page whose top or bottom edge row is dark across (a viewer's frame, a
    # screen capture's bars, a scanner's border all round) is ocr_frame's or edge_strips', not a lid.
    edge_rows = max(1, round(MIN_STRIP_POINTS * scale))
    if dark[:edge_rows].mean() >= 0.5 or dark[-edge_rows:].mean() >= 0.5:
        return []
    dark_share = dark.mean(axis=0)
    # The run from the edge is taken on columns dark in half their rows: a turned scan's corners are paper
    # (its outermost columns were 0.5-0.9 dark), the lid's own columns all but whole.
    solid = dark_share >= 0.5
    found = []
    for start, stop in (_run_from(solid, np.arange(width)), _run_from(solid, np.arange(width)[::-1])):
        if not MIN_STRIP_POINTS * scale <= stop - start <= MAX_SIDE_SHARE * width:
            continue
        if float(np.median(dark_share[start:stop])) < SIDE_ROW_SHARE:
            continue
        other = dark_share[-1] if start == 0 else dark_share[0]
        if other >= 0.5:  # dark down both sides: a frame or a dark page, not a lid
            continue
        strip = grey[::4, start:stop]
        if float(strip[strip < PAPER_LEVEL].std()) > MAX_SIDE_SPREAD:  # its grey, not a turned scan's paper corner
            continue
        wedge = round(MAX_WEDGE_POINTS * scale)
        if start == 0:  # the paper's edge lies right of the strip
            beside = dark_share[stop : stop + wedge] >= EDGE_COLUMN_SHARE
            stop += int(np.argmin(beside)) if not beside.all() else len(beside)
        else:
            beside = dark_share[max(0, start - wedge) : start][::-1] >= EDGE_COLUMN_SHARE
            start -= int(np.argmin(beside)) if not beside.all() else len(beside)
        found.append((start, stop))
    return found


def without_side_strips(grey, scale: float):
    """(`grey` with the lid's grey along its left or right edge (side_strips) made white, whether it had any)."""
    strips = side_strips(grey, scale)
    if not strips:
        return grey, False
    return _whitened(grey, strips, scale, axis=1), True


def _whitened(grey, strips: list[tuple[int, int]], scale: float, axis: int):
    """A copy of `grey` with the (start, stop) ranges of rows (`axis` 0) or columns (1) made white, each grown by
    GROW_POINTS inwards and outwards (the strip's blurred edge against the paper)."""
    grow = round(GROW_POINTS * scale)
    cleaned = grey.copy()
    size = grey.shape[axis]
    for start, stop in strips:
        span = slice(max(0, start - grow), min(size, stop + grow))
        cleaned[(span, slice(None)) if axis == 0 else (slice(None), span)] = 255
    return cleaned

"""A page image that holds the paper inside a larger frame: what lies round the paper made paper before OCR.

A screen capture of a PDF viewer or a browser holds the page inside the viewer's grey frame, its toolbar
and scroll bar; a scanner that scans more than the sheet leaves a dark border round it. Read as they are,
the frame's straight edges become table rules and columns, its buttons marks or letters, its grey a pen's
strokes. The paper is the box of rows and columns that hold paper's light; what lies outside it holds
none. Pure functions over a grey page image (2-D uint8, ink dark).
"""

from __future__ import annotations

# A pixel this light (of 255) is paper; a viewer's frame and toolbar, a scanner's border are darker.
PAPER_LEVEL = 200
# A row (column) crosses the paper when this share of its pixels is paper: a line of text or a table's
# rows keep most of the width light; a frame's rows keep none.
PAPER_ROW_SHARE = 0.3
# Outside the paper, no more than this share of pixels may be light (a toolbar's light icon, a scroll
# bar's thumb): else what lies outside is part of the page (a wide photo, a dark banner), kept.
FRAME_LIGHT_SHARE = 0.03
MIN_FRAME_POINTS = 3.0  # a frame at least this wide on some side; thinner is a scan's edge, left alone


def paper_box(grey, scale: float) -> tuple[int, int, int, int] | None:
    """(x0, top, x1, bottom) pixel box of the paper inside a frame, or None when the image is the paper."""
    import numpy as np

    light = grey >= PAPER_LEVEL
    rows = np.flatnonzero(light.mean(axis=1) >= PAPER_ROW_SHARE)
    cols = np.flatnonzero(light.mean(axis=0) >= PAPER_ROW_SHARE)
    if not len(rows) or not len(cols):
        return None
    top, bottom, x0, x1 = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    height, width = grey.shape
    if max(top, height - bottom, x0, width - x1) < MIN_FRAME_POINTS * scale:
        return None
    outside = np.ones(grey.shape, bool)
    outside[top:bottom, x0:x1] = False
    if light[outside].mean() > FRAME_LIGHT_SHARE:
        return None
    return x0, top, x1, bottom


def without_frame(grey, scale: float):
    """(`grey` with what lies round its paper made white, whether it had a frame)."""
    box = paper_box(grey, scale)
    if box is None:
        return grey, False
    x0, top, x1, bottom = box
    cleaned = grey.copy()
    cleaned[:top] = 255
    cleaned[bottom:] = 255
    cleaned[:, :x0] = 255
    cleaned[:, x1:] = 255
    return cleaned, True

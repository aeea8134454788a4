"""Page images too degenerate to measure (issue #12): the OCR steps' guard at their entry.

An odd file can give a page image of no pixels, of a single row or column (a 1 pt strip, a poster page drawn at a
capped scale, a sliver beside a two-up cut) or of one level all over (blank paper, a black page). The photo steps
measure a page over strips, windows and percentiles of its pixels; over an empty axis numpy and PIL raise
(`apply_along_axis`, a resize to 0 px), and the file failed as an "internal error" with its text layer lost. Such a
page has nothing for a step to straighten or clean, so each step gives it back as it came.
"""

from __future__ import annotations

MIN_SIDE = 2  # fewer rows or columns than this: nothing to measure along that side


def unmeasurable(grey) -> bool:
    """Whether a page image (H x W, or H x W x 3) is empty, under MIN_SIDE pixels either way, or one level all over."""
    if grey.ndim < 2 or min(grey.shape[:2]) < MIN_SIDE:
        return True
    return bool(grey.min() == grey.max())

"""A page corner folded over before scanning: the dark lid where the corner is gone, the flap's back beside it.

The corner folded along a straight crease leaves a right triangle of the scanner's dark lid at the page's corner,
its legs along the page's two edges and its long side the crease; the flap lies over the page on the crease's
other side, the same triangle mirrored, showing its blank back with the corner's own print faint and mirrored
through the paper, a shadow along its free edges. None of that is the form: the lid is taken for a picture or
rules, the mirrored print read as letters. Found from the page: the dark run in from the page's side edge on each
row near a corner shrinks linearly to nothing (a triangle, not a photo's rectangle nor a strip); the lid and the
flap (its mirror image across the crease) with a margin for the shadow are made paper. The print the flap hides
is lost: left empty, never read from the mirror.
"""

from __future__ import annotations

import numpy as np

DARK = 100  # darker than this is the lid (its grey 20-80; print on paper is as dark, but never a clean triangle)
SHORTEST_LEG = 0.04  # of the page's width or height: a smaller triangle is a bent tip, not worth a step
LONGEST_LEG = 0.5  # of the page's width or height
FIT = 0.04  # of the top leg: a row's run this far from the straight crease still fits it
FIT_SHARE = 0.85  # of the rows along the side leg that fit the crease
EDGE_SLACK = 0.01  # of the width: the run may start this far in from the image's side (a turned scan's edge)
MARGIN = 4.0  # pt beyond the flap's edges made paper too: its shadow, a turned scan's slant


def _runs(dark: np.ndarray, slack: int) -> np.ndarray:
    """Per row, the length of the dark run ending at (within `slack` of) the right edge."""
    width = dark.shape[1]
    light = ~dark[:, : width - slack][:, ::-1]
    first_light = np.where(light.any(axis=1), light.argmax(axis=1), width - slack)
    starts_dark = dark[:, width - slack - 1 :].any(axis=1)
    return np.where(starts_dark, first_light + slack, 0)


def corner_triangle(grey: np.ndarray) -> tuple[int, int, int] | None:
    """The first row (a turned scan's light wedge above it) and the legs (across, down) of a dark triangle at the
    top right corner of `grey`, or None."""
    height, width = grey.shape
    slack = max(1, round(EDGE_SLACK * width))
    band = grey[: round(LONGEST_LEG * height) + 1]
    runs = _runs(band < DARK, slack)
    runs = np.where(runs > slack, runs, 0)  # dark only within the slack: no run
    first = int(np.argmax(runs > 0))
    if not runs[first] or first > 2 * slack:
        return None
    runs = runs[first:]
    ended = runs == 0
    end = int(np.argmax(ended)) if ended.any() else len(runs)
    if end < SHORTEST_LEG * height or end >= len(runs):
        return None
    # the crease is straight: the runs fall on a line (fitted, as the lid's edges are a turned scan's, not the image's)
    slope, across_fit = np.polyfit(np.arange(end), runs[:end], 1)
    if slope >= 0 or across_fit < SHORTEST_LEG * width or across_fit > LONGEST_LEG * width:
        return None
    across, down = round(across_fit), round(-across_fit / slope)
    if not SHORTEST_LEG * height <= down <= LONGEST_LEG * height:
        return None
    expected = across_fit + slope * np.arange(end)
    fits = np.abs(runs[:end] - expected) <= FIT * across + 2
    if fits.mean() < FIT_SHARE:
        return None
    return first, across, down


def without_folded_corner(grey: np.ndarray, scale: float) -> tuple[np.ndarray, bool]:
    """The page with a folded corner's lid and flap (corner_triangle, at any of its four corners) made paper; a
    page without one is returned as it came."""
    out = grey
    for flip_rows in (False, True):
        for flip_columns in (False, True):
            view = out[::-1] if flip_rows else out
            view = view[:, ::-1] if flip_columns else view
            legs = corner_triangle(view)
            if legs is None:
                continue
            if out is grey:
                out = grey.copy()
                view = out[::-1] if flip_rows else out
                view = view[:, ::-1] if flip_columns else view
            first, across, down = legs
            _made_paper(view[first:], across, down, scale)
    return out, out is not grey


def _made_paper(view: np.ndarray, across: int, down: int, scale: float) -> None:
    """Paper over the lid's triangle at `view`'s top right corner and its mirror image across the crease."""
    height, width = view.shape
    paper = int(np.percentile(view[view >= DARK], 75)) if (view >= DARK).any() else 255
    norm = float(np.hypot(across, down))
    reach, margin = across * down / norm, MARGIN * scale
    # only the lid's and the flap's box is worked on (the flap's tip is the corner mirrored: 2 * reach off it)
    bottom, left = min(height, round(down + 2 * reach + margin) + 1), max(0, round(width - across - 2 * reach - margin))
    ys, xs = np.mgrid[0:bottom, left:width].astype(np.float32)
    # the crease from (width - across, 0) to (width, down): distance along its normal, the lid on its positive side
    side = ((xs - (width - across)) * down - ys * across) / norm
    grow = 1 + margin / min(across, down)  # a margin wider: the flap's shadow, the crease's blur
    lid = (width - 1 - xs) / across + ys / down <= grow
    # each flap point mirrored across the crease falls in the lid
    mx, my = xs - 2 * side * down / norm, ys + 2 * side * across / norm
    flap = (mx <= width - 1 + margin) & (my >= -margin) & ((width - 1 - mx) / across + my / down <= grow)
    view[:bottom, left:][lid | flap] = paper

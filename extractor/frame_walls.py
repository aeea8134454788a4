"""A box's short sides, found as rules on a scan: the walls joining a rule to the rule under it (pure, over pixels).

The rule finder (ocr.remove_rules) takes a run of ink as a rule when it is at least a rule's length (36 pt), so a
frame one or two lines tall keeps its top and bottom edges as rules but not its sides, and a comb of cells (a
phone number or an amount one character a cell) keeps its cells' walls in the image. Tesseract then reads each
wall beside a figure as a letter ("0 8 - 5" read "Tolel-Islolel"), and the layout, missing the sides, sees no box
where the text layer of the same form shows one (a caption under a frame's bottom edge names the whole frame:
layout.captions.frames). What tells a wall from a letter is where it runs: down from one rule's row, unbroken, into
the row of another rule under it, at least `MIN_WALL_POINTS` tall (a letter touching both rules would need rules
closer than a line of type), and thin.
"""

from __future__ import annotations

MIN_WALL_POINTS = 9.0  # shorter than a cell of handwriting or a line of type with its padding: no wall
MAX_WALL_POINTS = 2.0  # wider than a drawn wall (0.4-1 pt with its grey edges): a letter's or a blot's ink


def frame_walls(dark, across, rule_boxes, max_length: int, scale: float):
    """Mask of the upright walls joining two rules: `dark` the page's ink mask, `across` the mask of its
    horizontal rules, `rule_boxes` their (x0, top, x1, bottom) pixel boxes; walls shorter than `max_length` (a
    longer one is a rule already). An all-False mask when there are none."""
    import numpy as np

    walls = np.zeros(dark.shape, bool)
    least = max(2, round(MIN_WALL_POINTS * scale))
    widest = max(2, round(MAX_WALL_POINTS * scale))
    height = dark.shape[0]
    for x0, _, x1, bottom in rule_boxes:
        stop = min(height, bottom + max_length)
        if stop - bottom <= least:
            continue
        band = dark[bottom:stop, x0:x1] & ~across[bottom:stop, x0:x1]
        # Each column's unbroken run of ink down from the rule, and the row it ends at.
        ends = np.where(band.all(axis=0), stop - bottom, band.argmin(axis=0))
        reached = ends < stop - bottom
        rows = bottom + np.minimum(ends, stop - bottom - 1)
        into_rule = reached & across[rows, np.arange(x0, x1)]
        joined = into_rule & (ends >= least)
        if not joined.any():
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], joined.astype(np.int8), [0]))))
        for start, end in zip(edges[::2], edges[1::2]):
            if end - start > widest:
                continue
            for column in range(start, end):
                walls[bottom : bottom + ends[column], x0 + column] = True
    return walls

"""Keep the small marks of a blurred photo's print whole: an i's dot, an umlaut, a full stop (issue #12).

A bent sheet leaves the focal plane, and its blurred strokes are binarised at a level nearer their dark cores
than the fixed one (page_photo.ink_level), so the grey between two strokes close together stays paper ("rn"
is not read "m"). A small mark's core is small or none at that level: an i's dot came out a few pixels, and
the speck steps after it (specks.without_dots) took it for a fax's noise: "Investeringen" was read
"Investenngen" ("ri" an "n"), "i" read "!", "Ö" read "O". A mark alone in a small box cannot join two strokes,
so it is kept as large as the fixed level makes it.
"""

from __future__ import annotations

# A mark that fits a box this wide (a blurred i's dot or full stop of 11 pt type, or an umlaut's two dots)
# with no other ink round the box is a small mark; a stroke's blurred bridge to its neighbour is not alone.
MARK_POINTS = 2.0


def small_marks(ink, scale: float):
    """The pixels of `ink` (H x W bool; `scale` px per pt) in marks that fit a MARK_POINTS box with a clear ring
    one pixel wide round it.

    Worked out band by band (extractor.bands): the three window sums of a whole page are int32 tables four times
    its size, and a page at OCR's pixel cap peaked at 580 MB here (issue #12)."""
    import numpy as np

    from bilagor.extractor.bands import row_bands
    from bilagor.extractor.specks import window_sums

    reach = max(1, round(MARK_POINTS * scale / 2))
    marks = np.zeros_like(ink)
    # A kept row's marks are the boxes `reach` rows round it, and their rings the ink `reach + 1` rows beyond those.
    for read_start, read_stop, keep_start, keep_stop in row_bands(ink.shape[0], 2 * reach + 1):
        part = ink[read_start:read_stop]
        if not part.any():
            continue
        inside = window_sums(part, reach, reach)
        alone = (inside > 0) & (window_sums(part, reach + 1, reach + 1) == inside)  # boxes whose ring is clear
        kept = part & (window_sums(alone, reach, reach) > 0)
        marks[keep_start:keep_stop] = kept[keep_start - read_start : keep_stop - read_start]
    return marks

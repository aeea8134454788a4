"""Text lines set so close that a descender touches the next line's ascender, parted before OCR.

A dot-matrix printout's lines (six to the inch, glyphs as tall as the cell), a listing typed with little leading or
a bold scan whose strokes have spread: a "g"'s hook runs into the ring of an "Å" below it, and Tesseract takes the
two letters for one tall component, merges the two lines there and reads the words on both as garbage
("Projektgruppen" read "Alt tdjög HÄ n", "trygghetsnätverk." read "ekt lie eg eka"). Words without a touching
letter beside them were read right: the loss is the bridges, not the print.

A page's rows of ink are grouped into runs (rows with ink, between blank rows); a run holding two or more dense
bands (the lines' x-height bands, each at least half the run's densest row) is two or more lines that touch. Between
two bands the sparsest row is where descenders end and ascenders begin; only where it is sparse (DEEP_VALLEY of the
bands' density) is it a gap between lines, and only the ink that joins the two bands (an 8-connected area of the
gap's rows touching both bands) is cut, on the sparsest row of the gap's middle third (where descenders end and
ascenders begin): a descender that touches nothing is left whole.
Pure functions over pixel arrays (uint8, ink dark).
"""

from __future__ import annotations

_INK = 160  # darker than this is ink (as ocr's rule finder takes it)
_PALE = 200  # a cut row is made paper up to this grey: the bridge's anti-aliased edge would join it again
# The row between two lines is a valley: at most this share of the lines' densest rows (two lines' descenders and
# ascenders, a few letters in ten, against their x-height bands, where every letter has ink).
DEEP_VALLEY = 0.15
DENSE_BAND = 0.5  # a line's x-height band: rows holding at least this share of its run's densest row
NOISE_PIXELS = 2  # a row with no more ink pixels than this is blank (a speck)
# Where a descender meets an ascender the ink on the cut row is a stroke or two wide; a disk in the margin (a
# tractor-feed sheet's sprocket hole, 11 pt) between two lines is as wide as itself there, and cut it read as "o 0".
BRIDGE_POINTS = 4.0
# A bridge no wider than this all down the gap is a straight upright line, no letters: a frame's side too short for
# the rule finder (a box round one answer), cut into pieces read as "fr" and "|" beside a label.
UPRIGHT_POINTS = 1.0


def lines_parted(grey, scale: float):
    """(`grey` with the ink bridging touching text lines cut on the row between them, the (row, x0, x1) cuts);
    `scale` px per pt. A bridge whose ink on that row is wider than BRIDGE_POINTS (a disk), or which is no wider than
    UPRIGHT_POINTS all down the gap (a frame's side), is no descender: left whole.

    `grey` is not changed; the copy only where there was a cut."""
    import numpy as np

    dark = grey < _INK
    profile = dark.sum(axis=1)
    cuts: list[tuple[int, int, int]] = []
    for top, bottom in _runs(np.flatnonzero(profile > NOISE_PIXELS)):
        bands = _dense_bands(profile[top:bottom], top)
        for (upper_top, upper_end), (lower_top, lower_end) in zip(bands, bands[1:], strict=False):
            row = upper_end + int(np.argmin(profile[upper_end:lower_top]))
            densest = min(profile[upper_top:upper_end].max(), profile[lower_top:lower_end].max())
            if profile[row] > DEEP_VALLEY * densest:
                continue  # no valley: one line's own rows (accents over capitals), not two lines
            # cut where descenders end and ascenders begin: the sparsest row of the gap's middle third (where few
            # letters descend, the gap's sparsest is just under the upper band, and a "g" cut there read "a")
            third = (lower_top - upper_end) // 3
            row = upper_end + third + int(np.argmin(profile[upper_end + third : lower_top - third]))
            for x0, x1 in _bridges(dark[upper_end - 1 : lower_top + 1]):
                if UPRIGHT_POINTS * scale < x1 - x0 and int(dark[row, x0:x1].sum()) <= BRIDGE_POINTS * scale:
                    cuts.append((row, x0, x1))
    if not cuts:
        return grey, cuts
    out = grey.copy()
    for row, x0, x1 in cuts:
        part = out[row, x0:x1]
        part[part < _PALE] = 255
    return out, cuts


def _runs(rows) -> list[tuple[int, int]]:
    """(first, end exclusive) of each run of consecutive numbers in the sorted array `rows`."""
    import numpy as np

    if not rows.size:
        return []
    breaks = np.flatnonzero(np.diff(rows) > 1)
    starts = np.concatenate(([rows[0]], rows[breaks + 1]))
    ends = np.concatenate((rows[breaks], [rows[-1]])) + 1
    return [(int(s), int(e)) for s, e in zip(starts, ends, strict=True)]


def _dense_bands(profile, offset: int) -> list[tuple[int, int]]:
    """The dense bands (first row, end exclusive; page rows) of one run of inked rows, `profile` its ink counts."""
    import numpy as np

    return [(offset + s, offset + e) for s, e in _runs(np.flatnonzero(profile >= DENSE_BAND * profile.max()))]


def _bridges(gap) -> list[tuple[int, int]]:
    """The column spans (x0, x1 exclusive) of `gap`'s 8-connected ink areas touching both its first and its last row
    (the rows between two lines' bands with a row of each band)."""
    import numpy as np

    from bilagor.extractor.photos import components

    first, last = np.zeros_like(gap), np.zeros_like(gap)
    first[0], last[-1] = True, True
    both = set(components(gap, first)) & set(components(gap, last))
    return sorted((x0, x1) for _, x0, _, x1, _ in both)

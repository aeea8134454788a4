"""Rows a fax's slipping row feed printed twice, taken out of the fax image before it is drawn for OCR.

A fax whose row feed slips prints a scan row again (the paper did not move) or skips rows, in bands across the page:
letters in a band come out stretched or squashed. On 204 x 98 dpi faxes of the forms, repeated rows alone cost bare
Tesseract 3-9 % of the words (docs/benchmarks.md, twenty-first round, f-fax). A repeated row is the row above it
again, bit for bit, noise pixels and all; print almost never gives that on a row crossing many strokes (a line of
text: the letters' bowls and bars change from one scan row to the next), only on rows of rules, stems or paper. So a
page is taken as slipped when several rows crossing many strokes repeat (SLIPPED_ROWS), and then every inked row
identical to the row above it with a few strokes or more is taken out, the page kept its height with paper at the
bottom. Skipped rows leave no trace and stay as they are (the larger loss: their letters' bars and eyes are gone).
Works on the image's own pixels (pdfium draws a 1-bit image smoothly: its drawn rows are never equal). Pure: bool
arrays (H x W, True ink) in, the same out.
"""

from __future__ import annotations

# A row crossing this many separate strokes (ink runs) repeats only when the feed slipped: on the layout families'
# form pages (tests/fixturegen/fax_slip.py) at 204 x 98 dpi no two such rows next to each other are alike (0 of 1 343),
# at 204 x 196 dpi 4 of 2 643 are.
TEXT_RUNS = 20
# Rows of text that repeat on a page before it is taken as slipped: a clean 204 x 196 dpi page had up to 3.
SLIPPED_ROWS = 4
# On a slipped page a repeated row with this many strokes is taken out too: a short line's rows, a label's.
STROKE_RUNS = 6


def ink_runs(bits):
    """The number of separate ink runs along each row of `bits` (H x W bool)."""
    return (bits[:, 1:] & ~bits[:, :-1]).sum(axis=1) + bits[:, 0]


def repeated_rows(bits):
    """Which rows of `bits` were printed twice by a slipping feed (True: the row repeats the one above it), all
    False on a page that shows no slip."""
    import numpy as np

    repeats = np.zeros(bits.shape[0], dtype=bool)
    if bits.shape[0] < 2:
        return repeats
    runs = ink_runs(bits)
    same = np.concatenate(([False], (bits[1:] == bits[:-1]).all(axis=1)))
    if int((same & (runs >= TEXT_RUNS)).sum()) < SLIPPED_ROWS:
        return repeats
    return same & (runs >= STROKE_RUNS)


def without_repeated_rows(bits):
    """`bits` with the rows a slipping feed printed twice taken out and as many rows of paper added at the bottom,
    and the number taken out (0: `bits` itself)."""
    import numpy as np

    repeats = repeated_rows(bits)
    count = int(repeats.sum())
    if not count:
        return bits, 0
    kept = bits[~repeats]
    return np.concatenate((kept, np.zeros((count, bits.shape[1]), dtype=bits.dtype))), count

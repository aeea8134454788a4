"""Wipe dust specks off a scanned page before OCR.

Tesseract reads a lone dot of dust beside a line as a letter ("allé 4",
"Bilaga'5"). A speck is a little ink with no other ink near it; a full stop,
a comma or the dot of an "i" is as small but sits close to its letter, and a
spaced dash (" - ") is a larger area of ink. So ink is wiped where the ink
within SPECK_REACH points of it, all counted, stays under a small area.
"""

from __future__ import annotations

SPECK_POINTS = 1.2  # side of the largest square speck wiped, in points (a full stop at 11 pt is about this)
SPECK_REACH = 2.0  # points around a speck that must hold no other ink
_INK = 160


def remove_specks(grey, scale: float):
    """`grey` (2-D uint8) with isolated small dots of ink turned white; `scale` is pixels per point."""
    import numpy as np

    ink = grey < _INK
    if not ink.any():
        return grey
    reach = max(1, round(SPECK_REACH * scale))
    counts = _window_sums(ink, reach)
    specks = ink & (counts <= (SPECK_POINTS * scale) ** 2)
    if not specks.any():
        return grey
    cleaned = grey.copy()
    # The speck's grey fringe goes with it: wipe what is within a pixel of a speck pixel and not near other ink.
    cleaned[_grow(specks) & (counts <= (SPECK_POINTS * scale) ** 2 * 2)] = 255
    cleaned[specks] = 255
    return np.asarray(cleaned)


def _window_sums(mask, reach: int):
    """For each pixel, how many True pixels lie in the square of side 2*reach+1 around it."""
    import numpy as np

    side = 2 * reach + 1
    padded = np.pad(mask, reach + 1).astype(np.int32)
    padded[0, :] = 0
    padded[:, 0] = 0
    table = padded.cumsum(axis=0).cumsum(axis=1)  # table[y, x]: ink above and left of (y, x), inclusive
    height, width = mask.shape
    # Rows (columns) y - reach .. y + reach of the mask are rows y + 1 .. y + side of the padded one.
    return (table[side:side + height, side:side + width] - table[:height, side:side + width]
            - table[side:side + height, :width] + table[:height, :width])


def _grow(mask):
    import numpy as np

    grown = mask.copy()
    grown[1:, :] |= mask[:-1, :]
    grown[:-1, :] |= mask[1:, :]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return np.asarray(grown)

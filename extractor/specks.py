"""Wipe dust specks off a scanned page before OCR.

Tesseract reads a lone dot of dust beside a line as a letter ("allé 4",
"Bilaga”"). A speck is a little ink with no other ink near it; a full stop,
a comma or the dot of an "i" is as small but sits on a line of letters
(in a monospaced font a full stop is half a letter's width from its
neighbours), and a spaced dash (" - ") is a larger area of ink. So ink is
wiped where the ink within a flat window around it (a letter's width either
way, a little up and down), all counted, stays under a small area.
"""

from __future__ import annotations

SPECK_POINTS = 1.2  # side of the largest square speck wiped, in points (a full stop at 11 pt is about this)
REACH_ACROSS = 6.0  # points left and right of a speck that must hold no other ink
REACH_UP_DOWN = 1.5  # points above and below it
_INK = 160


def remove_specks(grey, scale: float):
    """`grey` (2-D uint8) with isolated small dots of ink turned white; `scale` is pixels per point."""
    import numpy as np

    ink = grey < _INK
    if not ink.any():
        return grey
    counts = _window_sums(ink, max(1, round(REACH_UP_DOWN * scale)), max(1, round(REACH_ACROSS * scale)))
    specks = ink & (counts <= (SPECK_POINTS * scale) ** 2)
    if not specks.any():
        return grey
    cleaned = grey.copy()
    # The speck's grey fringe goes with it: wipe what is within a pixel of a speck pixel and not near other ink.
    cleaned[_grow(specks) & (counts <= (SPECK_POINTS * scale) ** 2 * 2)] = 255
    cleaned[specks] = 255
    return np.asarray(cleaned)


def _window_sums(mask, reach_y: int, reach_x: int):
    """For each pixel, how many True pixels lie within reach_y rows and reach_x columns of it."""
    import numpy as np

    tall, wide = 2 * reach_y + 1, 2 * reach_x + 1
    padded = np.pad(mask, ((reach_y + 1, reach_y), (reach_x + 1, reach_x))).astype(np.int32)
    table = padded.cumsum(axis=0).cumsum(axis=1)  # table[y, x]: ink above and left of (y, x), inclusive
    height, width = mask.shape
    # Rows y - reach_y .. y + reach_y of the mask are rows y + 1 .. y + tall of the padded one.
    return (
        table[tall : tall + height, wide : wide + width]
        - table[:height, wide : wide + width]
        - table[tall : tall + height, :width]
        + table[:height, :width]
    )


def _grow(mask):
    import numpy as np

    grown = mask.copy()
    grown[1:, :] |= mask[:-1, :]
    grown[:-1, :] |= mask[1:, :]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    return np.asarray(grown)

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
    """`grey` (2-D uint8) with isolated small dots of ink turned white; `scale` is pixels per point.

    Worked out band by band (extractor.bands): the window sums of a whole
    page are int32 tables four times its size.
    """
    import numpy as np

    from bilagor.extractor.bands import row_bands

    reach_y, reach_x = max(1, round(REACH_UP_DOWN * scale)), max(1, round(REACH_ACROSS * scale))
    limit = (SPECK_POINTS * scale) ** 2
    cleaned = None
    # A band's wipe mask needs the specks one row beyond it (grown), and their
    # counts need the ink reach_y rows beyond those.
    for read_start, read_stop, keep_start, keep_stop in row_bands(grey.shape[0], reach_y + 1):
        ink = grey[read_start:read_stop] < _INK
        if not ink.any():
            continue
        counts = window_sums(ink, reach_y, reach_x)
        specks = _whole_blobs(ink & (counts <= limit), ink, 2 * round(SPECK_POINTS * scale))
        if not specks.any():
            continue
        # The speck's grey fringe goes with it: wipe what is within a pixel of a speck pixel and not near other ink.
        wipe = (grown(specks) & (counts <= limit * 2)) | specks
        if cleaned is None:
            cleaned = grey.copy()
        cleaned[keep_start:keep_stop][wipe[keep_start - read_start : keep_stop - read_start]] = 255
    return grey if cleaned is None else np.asarray(cleaned)


def _whole_blobs(specks, ink, steps: int):
    """The `specks` pixels whose whole ink blob is speck: a blob partly near other ink is kept whole. An umlaut's
    dot of 10 pt type at 200 dpi lies 1.7 pt above its letter: its lower row was near the letter and its upper rows
    not, so they were wiped and the rest read as no dot ("oppet", "nasta"). Followed `steps` pixels at most."""
    frontier = specks & grown(ink & ~specks)
    for _ in range(steps):
        if not frontier.any():
            break
        specks = specks & ~frontier
        frontier = specks & grown(frontier)
    return specks


DOT_POINTS = 0.75  # side of the box holding a dot of fax line noise; a full stop or an i's dot is over 1 pt
# and its ink at most the area of a square this wide: a blurred i's dot of 10 pt type fits the box but fills it
DOT_AREA_POINTS = 0.5
STEM_GAP_POINTS = 1.5  # a dot with ink this near below it is an i's or j's dot (noise there is let be)


def without_dots(grey, scale: float):
    """`grey` with ink dots far smaller than a full stop wiped, even beside a letter: a fax's line noise.

    remove_specks leaves ink near other ink (a full stop beside its word); a dot of noise next to a word
    was read as punctuation ("till. omkring", "vid. Årsta") or above an "a" as "ä" ("nättvandrare"). A
    dot is ink that fits in a DOT_POINTS box with a ring of white one pixel wide round the box, and is
    no larger than a DOT_AREA_POINTS square, with no stem just below it (bilevel scans of seed 78 of
    bench_scans lost the dots of their i's: "Konst 1 gångtunnlar").
    """
    import numpy as np

    from bilagor.extractor.bands import row_bands

    box = max(1, round(DOT_POINTS * scale))
    area = max(1, round((DOT_AREA_POINTS * scale) ** 2))
    inner, outer = _odd_window(box), _odd_window(box) + 1
    cleaned = None
    for read_start, read_stop, keep_start, keep_stop in row_bands(grey.shape[0], 2 * outer + 1):
        ink = grey[read_start:read_stop] < _INK
        if not ink.any():
            continue
        boxed = _box_counts(ink, inner)
        # centres of boxes holding a whole dot, of a few pixels (an i's dot in small type fills its box)
        lone = (boxed > 0) & (boxed <= area) & (_box_counts(ink, outer) == boxed)
        lone &= ~_ink_below(ink, outer + 1, max(outer + 2, round(STEM_GAP_POINTS * scale)))
        if not lone.any():
            continue
        wipe = (_box_counts(lone, inner) > 0) & ink
        if cleaned is None:
            cleaned = grey.copy()
        cleaned[keep_start:keep_stop][wipe[keep_start - read_start : keep_stop - read_start]] = 255
    return grey if cleaned is None else np.asarray(cleaned)


def _ink_below(ink, start: int, stop: int):
    """Whether there is ink start..stop rows below a pixel, in its column or the next ones: the stem under
    an i's or j's dot."""
    import numpy as np

    below = np.zeros_like(ink)
    for k in range(start, stop + 1):
        if k < ink.shape[0]:
            below[:-k] |= ink[k:]
    widened = below.copy()
    widened[:, 1:] |= below[:, :-1]
    widened[:, :-1] |= below[:, 1:]
    return widened


def _odd_window(side: int) -> int:
    """The reach either way of the odd window at least `side` pixels wide."""
    return max(1, side // 2)


def _box_counts(mask, reach: int):
    """For each pixel, how many True pixels lie within `reach` rows and columns of it, for a small reach
    (uint8 counts by shifted sums: much cheaper than window_sums's int32 tables)."""
    import numpy as np

    counts = mask.astype(np.uint8)
    for axis in (0, 1):
        total = counts.copy()
        source, target = np.moveaxis(counts, axis, 0), np.moveaxis(total, axis, 0)
        for shift in range(1, min(reach, source.shape[0] - 1) + 1):
            target[shift:] += source[:-shift]
            target[:-shift] += source[shift:]
        counts = total
    return counts


def window_sums(mask, reach_y: int, reach_x: int):
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


def grown(mask):
    """`mask` grown by one pixel up, down, left and right."""
    import numpy as np

    out = mask.copy()
    out[1:, :] |= mask[:-1, :]
    out[:-1, :] |= mask[1:, :]
    out[:, 1:] |= mask[:, :-1]
    out[:, :-1] |= mask[:, 1:]
    return np.asarray(out)

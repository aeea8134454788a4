"""Put back the dots of the i's a copy of a copy took off a scanned page, before Tesseract reads it.

A page photocopied three or four times over keeps its strokes but loses what is small: the dot of every i of its
body type goes, and Tesseract reads the bare stem as "I", "l" or "r", or joins it to the next letter ("tıll" as
"ull", "ındustrı" as "mdustri", "blıvıt" as "blivt"). Such a stem is told by its shape and its neighbours: ink
as narrow as a stroke and as tall as the x-height, sitting on the baseline of lowercase letters of its height
(an "l" or a capital I rises above them; in a line of capitals there are no lower letters to sit among), with
white above it where the dot belongs. Only a page that lost its dots, not the odd broken letter, gets them back:
MIN_BARE or more bare stems, and at least BARE_PER_DOTTED times as many as the i's that kept their dot. The dot
is drawn where the type puts it: a stroke-wide square a sixth of the x-height above the stem (Helvetica's and
Times's i alike).

Pure numpy over the grey page image that goes to Tesseract (ocr.read_page_image); pixels in, pixels out.
"""

from __future__ import annotations

MIN_BARE = 6  # bare stems on a page before it counts as one that lost its i-dots
BARE_PER_DOTTED = 1  # and at least as many as the i's with their dot left (a bold label keeps its dots)
_INK = 128
SAME_LEVEL = 0.18  # of the stem's height: how near a neighbour's top and bottom lie to the stem's
NEAR = 3.0  # stem heights either way in which its lowercase neighbours stand
TALLER_NEAR = 8.0  # stem heights either way in which a letter rising above it (an ascender, a capital) stands
RISE = 0.25  # of the stem's height: how far an ascender or a capital rises above the x-height (Helvetica 0.37)
MIN_LETTERS = 2  # lowercase neighbours of the stem's height
SERIF_WIDTH = 0.75  # of the stem's height: the widest blob looked at
SERIF = 1.6  # of the stroke: the widest a bare stem's blob may be (sans type only)
BROKEN_GAP = 0.12  # of the stem's height: a blob this near is a piece of the same letter (spacing is 0.25)
DOT_GAP = 0.17  # of the x-height: white between the stem's top and its dot
DOT_SIZE = 0.2  # of the x-height: the side of the dot (about the stroke of regular type)
DOT_ROOM = 0.75  # of the x-height above the stem that holds the dot, or nothing


def with_i_dots(grey, scale: float):
    """(`grey` with a dot drawn over every bare i stem when the page lost its i-dots, how many were drawn).

    `grey` is a 2-D uint8 page image, `scale` its pixels per point."""
    import numpy as np

    from bilagor.extractor.photos import components

    pixels = np.asarray(grey)
    ink = pixels < _INK
    if not ink.any():
        return grey, 0
    boxes = np.array(components(ink), dtype=np.int64).reshape(-1, 5)  # top, left, bottom, right, size
    if len(boxes) < MIN_BARE:
        return grey, 0
    top, left, bottom, right = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    tall, wide = bottom - top, right - left
    # of body-type size (3-16 pt of x-height), no wider than a serif i
    sized = np.flatnonzero((tall >= 3 * scale) & (tall <= 16 * scale) & (wide <= SERIF_WIDTH * tall))
    bare, dotted = [], 0
    for k in sized:
        stroke = _stem(ink[top[k] : bottom[k], left[k] : right[k]])
        if not stroke:
            continue
        h = tall[k]
        level = SAME_LEVEL * h
        on_line = np.abs(bottom - bottom[k]) <= level
        beside = (right >= left[k] - NEAR * h) & (left <= right[k] + NEAR * h)
        letters = on_line & beside & (np.abs(top - top[k]) <= level) & (wide * 2 > h)
        if np.count_nonzero(letters) < MIN_LETTERS:
            continue
        # a letter broken by the copy: an r's arm come off its stem, the two halves of an n a hairline apart
        near = (bottom > top[k] + 0.1 * h) & (top < bottom[k] - 0.1 * h)
        near &= (left <= right[k] + BROKEN_GAP * h) & (right >= left[k] - BROKEN_GAP * h)
        arm = (left >= right[k]) & (left <= right[k] + 0.5 * h) & (top >= top[k] - 0.2 * h)
        arm &= bottom <= top[k] + 0.5 * h
        near[k] = False
        if near.any() or arm.any():
            continue
        rising = on_line & (top < top[k] - RISE * h) & (tall <= 2.2 * h)
        rising &= (right >= left[k] - TALLER_NEAR * h) & (left <= right[k] + TALLER_NEAR * h)
        if not rising.any():  # no ascender nor capital near: a line of capitals, or no type at all
            continue
        room_top = max(0, top[k] - round(DOT_ROOM * h))
        room = ink[room_top : top[k], max(0, left[k] - round(0.2 * h)) : right[k] + round(0.2 * h)]
        if room.any():
            dotted += 1
        else:
            bare.append((k, stroke))
    if len(bare) < MIN_BARE or len(bare) < BARE_PER_DOTTED * dotted:
        return grey, 0
    out = pixels.copy()
    for k, stroke in bare:
        h = tall[k]
        side = max(stroke, round(DOT_SIZE * h))  # a copy thins the stem; the dot is drawn at the type's size
        low = max(0, top[k] - max(1, round(DOT_GAP * h)))
        x0 = max(0, stroke_middle(ink[top[k] : bottom[k], left[k] : right[k]]) + left[k] - side // 2)
        spot = out[max(0, low - side) : low, x0 : x0 + side]
        spot[...] = np.minimum(spot, pixels[top[k] : bottom[k], left[k] : right[k]].min())
    return out, len(bare)


def _stem(box) -> int:
    """The stroke width (px) of one blob's box (2-D bool) when it is an i without its dot, else 0: one straight upright stroke at most a
    third of its height wide through its middle, with no ink right of it in its upper part (an "r", its arm or what a copy left of it); no serif's foot (in a serif face the
    legs of an m or n a copy cut apart are bare stems with feet too)."""
    import numpy as np

    tall = box.shape[0]
    middle = box[round(0.3 * tall) : round(0.7 * tall) + 1]
    edges = np.diff(np.pad(middle.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    if middle.shape[0] == 0 or not ((edges == 1).sum(axis=1) == 1).all():  # one run a row
        return 0
    starts, ends = np.nonzero(edges == 1)[1], np.nonzero(edges == -1)[1]
    width = np.median(ends - starts)
    if width * 3 > tall or np.ptp(starts) > max(1, width / 2) or np.ptp(ends) > max(1, width / 2):
        return 0  # too wide, or a curve through the middle (an s, a c), not an upright stroke
    if box.shape[1] > SERIF * width + 1:  # feet: a serif face's leg of an m or n the copy cut off is as bare
        return 0
    arm = box[: round(0.4 * tall), ends.max() + 1 :]
    return 0 if arm.any() else max(1, round(width))


def stroke_middle(box) -> int:
    """The column of the middle of an upright stroke's box (2-D bool), over its middle rows (a serif's foot aside)."""
    import numpy as np

    tall = box.shape[0]
    columns = np.nonzero(box[round(0.3 * tall) : round(0.7 * tall) + 1].any(axis=0))[0]
    return int((columns.min() + columns.max() + 1) // 2)

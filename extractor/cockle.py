"""Straighten the text lines of a scanned page that got wet and dried in waves (cockled paper; issue #12).

Paper that got wet dries in waves a few centimetres long; laid on the glass it does not lie flat, and every text
line in the scan rises and sinks by a few pixels a few times across the page. Tesseract reads along a straight line
through two waved ones and interleaves their words, and layout puts a label's end in the next row. A sheet bent
once (a curl) is photo_bend's; its fit across the width is a cubic, far too smooth for waves a tenth of the width
long. Pure functions over pixel arrays:

- `wave_shifts`: in each band of the page's height, each narrow strip's rows of ink lined up against the band's
  rows of ink across the whole width (the vertical shift that matches them best): the line's height in that strip;
  a straight line through those heights (a turn, deskew's) taken out;
- `unwaved`: the page with every column moved back by those heights (interpolated between strips and bands) when
  they rise and fall like waves: at least WAVE_POINTS high and crossing their mean line MIN_CROSSINGS times.
"""

from __future__ import annotations

STRIP_POINTS = 8.0  # a strip this wide holds part of a word on most lines
BAND_POINTS = 144.0  # the heights are measured over this much of the page's height at a time (a dozen lines)
MAX_SHIFT_POINTS = 3.0  # steepest wave measured: under a third of the pitch of lines 11 pt apart
INK_LEVEL = 128  # darker is ink
MIN_STRIP_INK = 0.01  # a strip with less of its pixels in ink holds no line to measure
MIN_MATCH = 0.5  # normalised correlation of a strip's rows with the band's at the best shift: less is no match
WAVE_POINTS = 0.8  # the waves' height (the 90th percentile of the heights' size) that is worth straightening
MIN_CROSSINGS = 4  # the heights cross their mean line this often across the page in a wave (a curl: once or twice)
MIN_STRIPS = 12  # matched strips a band needs to be measured
SMOOTH_STRIPS = 3  # strips a height is averaged over


def wave_shifts(grey, scale: float):
    """(bands, strips) array of heights in pixels (positive: the line lies lower than the band's), each band's
    straight line through them taken out; 0 where a strip held no line. None when no band could be measured."""
    import numpy as np

    ink = grey < INK_LEVEL
    height, width = ink.shape
    strip = max(2, round(STRIP_POINTS * scale))
    band = max(8, round(BAND_POINTS * scale))
    reach = max(1, round(MAX_SHIFT_POINTS * scale))
    strips = width // strip
    if strips < MIN_STRIPS or height < band:
        return None
    columns = np.add.reduceat(ink[:, : strips * strip], np.arange(0, strips * strip, strip), axis=1).astype(np.float32)
    bands = height // band
    shifts = np.zeros((bands, strips), np.float32)
    measured = False
    for b in range(bands):
        rows = columns[b * band : (b + 1) * band]
        whole = rows.sum(axis=1)
        whole = whole - whole.mean()
        found = np.full(strips, np.nan, np.float32)
        for s in range(strips):
            profile = rows[:, s]
            if profile.sum() < MIN_STRIP_INK * strip * band:
                continue
            found[s] = _best_shift(profile - profile.mean(), whole, reach)
        good = ~np.isnan(found)
        if good.sum() < MIN_STRIPS:
            continue
        xs = np.arange(strips, dtype=np.float32)
        slope, offset = np.polyfit(xs[good], found[good], 1)
        found = found - (slope * xs + offset)
        # each strip's height the mean of its own and its measured neighbours' (one strip's match is noisy)
        values = np.where(good, found, 0.0)
        weight = good.astype(np.float32)
        kernel = np.ones(SMOOTH_STRIPS, np.float32)
        mean = np.convolve(values, kernel, "same") / np.maximum(np.convolve(weight, kernel, "same"), 1)
        shifts[b] = np.where(good, mean, 0.0)
        measured = True
    return shifts if measured else None


def _best_shift(profile, reference, reach: int) -> float:
    """The shift (-reach .. reach) that lines `profile` up best with `reference`; NaN when no shift matches."""
    import numpy as np

    best, best_score = float("nan"), MIN_MATCH
    size = len(profile)
    norm = float(np.sqrt((profile**2).sum() * (reference**2).sum()))
    if norm == 0:
        return best
    for shift in range(-reach, reach + 1):
        a = profile[max(0, shift) : size + min(0, shift)]
        r = reference[max(0, -shift) : size + min(0, -shift)]
        score = float((a * r).sum()) / norm
        if score > best_score:
            best, best_score = float(shift), score
    return best


def waved(shifts, scale: float) -> bool:
    """Whether `shifts` (wave_shifts) rise and fall like a cockled page's waves."""
    import numpy as np

    size = np.abs(shifts[shifts != 0])
    if size.size < MIN_STRIPS or float(np.percentile(size, 90)) < WAVE_POINTS * scale:
        return False
    crossings = [int((np.diff(np.sign(row[row != 0])) != 0).sum()) for row in shifts if (row != 0).sum() >= MIN_STRIPS]
    return bool(crossings) and float(np.median(crossings)) >= MIN_CROSSINGS


def unwaved(grey, scale: float):
    """`grey` with a cockled page's waved lines straightened, and whether it was; else `grey` as it came."""
    import numpy as np

    shifts = wave_shifts(grey, scale)
    if shifts is None or not waved(shifts, scale):
        return grey, False
    height, width = grey.shape
    strip = max(2, round(STRIP_POINTS * scale))
    band = max(8, round(BAND_POINTS * scale))
    bands, strips = shifts.shape
    # between strips and between bands' middles, linearly; a strip without a line takes its neighbours' mean
    xs = (np.arange(strips) + 0.5) * strip
    ys = (np.arange(bands) + 0.5) * band
    rows = []
    for row in shifts:
        good = row != 0
        rows.append(np.interp(np.arange(width), xs[good], row[good]) if good.any() else np.zeros(width))
    per_band = np.array(rows, np.float32)
    field = np.empty((height, width), np.float32)
    for x0 in range(0, width, 256):  # column blocks: the field of a whole page at once is large
        block = per_band[:, x0 : x0 + 256]
        for i in range(block.shape[1]):
            field[:, x0 + i] = np.interp(np.arange(height), ys, block[:, i])
    source = np.clip(np.rint(np.arange(height)[:, None] + field), 0, height - 1).astype(np.intp)
    return np.take_along_axis(grey, source, axis=0), True

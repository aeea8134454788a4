"""A cockled page's waved lines straightened before OCR (pure, over a grey page image).

Paper that got wet dries in waves: every column of the page is moved up or down a few pixels, the same for every
line in it, by an amount that waves across the width (a few waves a page) and drifts only slowly down it. Text lines
and ruling lines then run up and down by more than a stroke's width: the rule finder, which takes a rule as a long
straight run along a row, finds none of them (left in the image, Tesseract read them as letters and dashes, "ee",
"- -"), and Tesseract, which follows a line of type only so far, interleaved the words of two waved lines.

What tells a cockle is measured on the page itself, in bands of rows: each narrow strip of columns has a profile of
its ink down the band (its text lines and rules); the strips' profiles are aligned to their mean, the mean made
again from the aligned profiles and the alignment repeated, so that a strip's offset is how far its lines stand
above or below the band's (`offsets`). Offsets that wave across the page (after the page's own turn is taken out
as a straight line) by more than `MIN_WAVE` points, crossing their line several times, and that make the band's
rows of ink sharper once undone (its mean profile more peaked), are a cockle: every column is moved back by its
offset, interpolated between strips and bands (`straightened`). A flat page, a turned one (a straight line, no
wave) or one whose offsets make nothing sharper is returned as it came.
"""

from __future__ import annotations

import numpy as np

STRIP_POINTS = 3.0  # a strip of columns this wide is moved as one (a wave is 50 pt or longer)
BAND_POINTS = 120.0  # bands of rows this tall, overlapping by half (a cockle's phase drifts down the page)
MAX_SHIFT_POINTS = 3.0  # a strip's offset at most (a cockle bends a line by up to about 2 pt; half a line pitch)
ROUNDS = 4  # alignments to the bands' mean profile
SMOOTH_STRIPS = 2  # offsets averaged over this many strips each side (a wave is many strips long)
MIN_WAVE = 0.6  # pt: a cockle's offsets stand this far from their straight line (90th percentile) at least
MIN_CROSSINGS = 4  # ... and cross it this often across the page (a bow or a turn crosses it once or twice)
MIN_SHARPER = 1.15  # the bands' mean profiles this much more peaked once undone (sum of squares), else no cockle
MIN_INK_ROWS = 0.002  # a strip's profile holds this share of its band's pixels as ink, else its offset is guessed


def _ink(grey: np.ndarray, scale: float) -> np.ndarray:
    """Each pixel's darkness below its neighbourhood's paper (0..1, float32): bands of shading are no ink."""
    height, width = grey.shape
    block = max(8, round(12 * scale))
    rows, cols = -(-height // block), -(-width // block)
    padded = np.full((rows * block, cols * block), 255, np.uint8)
    padded[:height, :width] = grey
    paper = np.percentile(
        padded.reshape(rows, block, cols, block).transpose(0, 2, 1, 3).reshape(rows, cols, -1), 90, axis=2
    )
    paper = np.repeat(np.repeat(paper, block, axis=0), block, axis=1)[:height, :width]
    ink = (paper - grey.astype(np.float32)) / np.maximum(paper, 1.0)
    return np.clip((ink - 0.15) / 0.35, 0.0, 1.0).astype(np.float32)


def _shifted(profile: np.ndarray, k: int) -> np.ndarray:
    """profile moved so that out[y] = profile[y + k] (zeros beyond its ends)."""
    out = np.zeros_like(profile)
    if k >= 0:
        out[: len(profile) - k] = profile[k:]
    else:
        out[-k:] = profile[: len(profile) + k]
    return out


def offsets(ink: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, float]:
    """(strip centres' columns, band centres' rows, offsets (bands x strips, px: a strip's lines stand this much
    lower than its band's), the bands' summed profile peakedness before and after the offsets are undone)."""
    height, width = ink.shape
    strip = max(2, round(STRIP_POINTS * scale))
    band = max(16, round(BAND_POINTS * scale))
    reach = max(2, round(MAX_SHIFT_POINTS * scale))
    strips = width // strip
    xs = (np.arange(strips) + 0.5) * strip
    starts = list(range(0, max(1, height - band + 1), band // 2))
    ys = np.array([s + band / 2 for s in starts])
    found = np.zeros((len(starts), strips), np.float32)
    before = after = 0.0
    for b, top in enumerate(starts):
        rows = ink[top : top + band, : strips * strip]
        profiles = rows.reshape(rows.shape[0], strips, strip).sum(axis=2).T  # strips x rows
        weight = profiles.sum(axis=1)
        inked = weight >= MIN_INK_ROWS * strip * rows.shape[0]
        if inked.sum() < 8:
            continue
        mean = profiles[inked].mean(axis=0)
        before += float((mean**2).sum())
        shift = np.zeros(strips)
        for _ in range(ROUNDS):
            scores = np.stack([profiles @ _shifted(mean, -k) for k in range(-reach, reach + 1)], axis=1)
            best = scores.argmax(axis=1)
            # the peak refined between its neighbours (a parabola through three scores)
            inner = np.clip(best, 1, 2 * reach - 1)
            left, mid, right = (scores[np.arange(strips), inner + d] for d in (-1, 0, 1))
            curve = left - 2 * mid + right
            refine = np.where(curve < 0, 0.5 * (left - right) / np.where(curve < 0, curve, -1), 0.0)
            shift = np.where(inked, inner - reach + np.clip(refine, -0.5, 0.5), np.nan)
            shift = _smoothed(shift, weight)
            aligned = np.stack([_shifted(p, int(round(k))) for p, k in zip(profiles[inked], shift[inked])])
            mean = aligned.mean(axis=0)
        after += float((mean**2).sum())
        found[b] = shift
    return xs, ys, found, before, after


def _smoothed(shift: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Offsets averaged over SMOOTH_STRIPS strips each side by their ink; a strip with no ink takes its
    neighbours' (interpolated, the ends held)."""
    known = ~np.isnan(shift)
    if not known.any():
        return np.zeros_like(shift)
    filled = np.interp(np.arange(len(shift)), np.flatnonzero(known), shift[known])
    w = np.where(known, np.maximum(weight, 1e-6), 1e-6)
    kernel = np.ones(2 * SMOOTH_STRIPS + 1)
    return np.convolve(filled * w, kernel, "same") / np.convolve(w, kernel, "same")


def waved(xs: np.ndarray, found: np.ndarray, scale: float) -> bool:
    """Whether the bands' offsets wave across the page (a cockle), not lie on a straight line (a turn)."""
    waves = 0
    for shift in found:
        if not shift.any():
            continue
        line = np.polyval(np.polyfit(xs, shift, 1), xs)
        rest = shift - line
        crossings = int((np.diff(np.sign(rest[np.abs(rest) > 0.2 * scale])) != 0).sum())
        if np.percentile(np.abs(rest), 90) >= MIN_WAVE * scale and crossings >= MIN_CROSSINGS:
            waves += 1
    return waves * 2 >= max(1, sum(bool(s.any()) for s in found))


def straightened(grey: np.ndarray, xs: np.ndarray, ys: np.ndarray, found: np.ndarray) -> np.ndarray:
    """`grey` with every column moved back by its offset (interpolated between strips and between bands)."""
    height, width = grey.shape
    columns = np.arange(width)
    per_band = np.stack([np.interp(columns, xs, row) for row in found]).astype(np.float32)  # bands x width
    out = np.empty_like(grey)
    chunk = 256  # rows at a time: the page's offsets and indices whole would be several times the page
    for top in range(0, height, chunk):
        rows = np.arange(top, min(height, top + chunk), dtype=np.float32)
        if len(ys) > 1:
            at = np.clip(np.interp(rows, ys, np.arange(len(ys), dtype=np.float32)), 0, len(ys) - 1)
            low = np.minimum(at.astype(np.int64), len(ys) - 2)
            part = (at - low)[:, None]
            shift = per_band[low] * (1 - part) + per_band[low + 1] * part
        else:
            shift = np.broadcast_to(per_band[0], (len(rows), width))
        source = np.clip(rows[:, None] + shift, 0, height - 1)
        below = np.minimum(source.astype(np.int64), height - 1)
        above = np.minimum(below + 1, height - 1)
        frac = source - below
        value = grey[below, columns] * (1 - frac) + grey[above, columns] * frac
        out[top : top + len(rows)] = np.clip(value + 0.5, 0, 255).astype(np.uint8)
    return out


def without_cockle(grey: np.ndarray, scale: float) -> tuple[np.ndarray, bool]:
    """(`grey` with a cockle's waved lines straightened, whether it was one)."""
    # measured at half the resolution (the offsets are several pixels; a quarter of the work)
    height, width = (grey.shape[0] // 2) * 2, (grey.shape[1] // 2) * 2
    half = grey[:height, :width].reshape(height // 2, 2, width // 2, 2).mean(axis=(1, 3))
    xs, ys, found, before, after = offsets(_ink(half, scale / 2), scale / 2)
    if not found.any() or after < MIN_SHARPER * before or not waved(xs, found, scale / 2):
        return grey, False
    return straightened(grey, 2 * xs, 2 * ys, 2 * found), True

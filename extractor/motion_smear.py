"""A moving hand's smear on a scanned page: measured, undone, and kept only when it reads better.

A page photographed or scanned while it moved is smeared along one direction: every stroke drawn out 3-8 px (at
200 dpi) into a ramp, so letters run into one another along the smear. A straight smear of length L leaves a sharp
negative spike L from the origin, in its direction, in the page's cepstrum (the inverse transform of the log power
spectrum: the smear's spectrum is a sinc with zeros every 1/L along it); text alone has none past a stroke's width,
nor has a blur the same in every direction. The measure and the Wiener filter are c-image's thirty-third-round
step (h38/c-image, not merged: on its held-out pages the filter alone lost, recall 0.457 -> 0.429, and it found a
posterised page's stair edges smeared). Here the filter's page is only a candidate: the caller reads both and keeps
the sharpened one only when Tesseract is sure of clearly more of its words and reads no fewer common Swedish
words from it (`reads_better`), so a wrong
length, a ringing filter or a false find costs a second reading, not the page's words. Pure functions over pixel
arrays (uint8, ink dark) and word lists:

- `smear`: the smear's length (px) and direction (radians), or None for a page without one;
- `deconvolved`: the page with a given smear undone (a Wiener filter with that line as its kernel);
- `reading_counts` / `reads_better`: the vote between two readings of a page (sure words, common words).
"""

from __future__ import annotations

import math
import re

MEASURE_SCALE = 200 / 72  # px per pt the smear is measured at (a finer page is reduced to it first)
TILE = 256  # px a side of the tiles whose power spectra are averaged
MIN_TILE_STD = 20.0  # grey levels: a tile flatter than this holds no print (paper, a margin)
MIN_TILES = 4  # fewer inked tiles than this: too little print to measure a smear on
# The spike is looked for between these distances from the origin (pt): a stroke's own width (about 0.9 pt,
# regular body type) and a posterised page's stair edges (1.44 pt out on c-image's false find) left inside.
MIN_SMEAR_POINTS = 1.6
MAX_SMEAR_POINTS = 6.0
# How far under the ring's median (in its inter-quartile ranges) the spike must reach (c-image's measure: clean,
# faded, posterised and blurred pages -2.4 to -7.4, smears of 3.8-8 px at 200 dpi -7.2 to -18.4). Lower than
# c-image's 8: a false find now costs only the vote's second reading.
SPIKE_DEPTH = 6.5
SPIKE_OFFSET = 0.7  # the spike stands about this much (px) further out than the smear's length
NOISE = 0.02  # the Wiener filter's noise-to-signal ratio: small enough to sharpen, large enough for JPEG noise
# The sharpened reading is kept when Tesseract is sure of this many more of its words than of the plain one's,
# and this share more, and it reads no fewer common words: on the thirty-third forms' dev motion pages the
# sharpened reading that read 0.02-0.09 more of the truth's words was sure of 11-39 more words (8-55 %) but read only 0-13 more
# common ones (compounds and names are not in the lexicon); a page it did not help, 2 more sure words.
SURE_CONFIDENCE = 90
MIN_GAIN_WORDS = 6
MIN_GAIN_SHARE = 0.05

_LETTERS = re.compile(r"[^\wåäöÅÄÖéÉüÜ]+")
_HOCR_WORD = re.compile(r"<span class=['\"]ocrx_word['\"][^>]*?x_wconf (\d+)[^>]*>(.*?)</span>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _cepstrum(grey):
    """The cepstrum (TILE x TILE, origin at the centre) of the inked tiles' averaged power spectrum; None when
    fewer than MIN_TILES hold print."""
    import numpy as np

    height, width = grey.shape
    window = np.outer(np.hanning(TILE), np.hanning(TILE)).astype(np.float32)
    power = np.zeros((TILE, TILE), np.float32)
    count = 0
    for top in range(0, height - TILE, TILE // 2):
        for left in range(0, width - TILE, TILE // 2):
            tile = grey[top : top + TILE, left : left + TILE].astype(np.float32)
            if tile.std() < MIN_TILE_STD:
                continue
            power += np.abs(np.fft.fft2((tile - tile.mean()) * window)) ** 2
            count += 1
    if count < MIN_TILES:
        return None
    return np.fft.fftshift(np.real(np.fft.ifft2(np.log(power / count + 1e-3))))


def smear(grey, scale: float) -> tuple[float, float] | None:
    """The straight smear of page image `grey` (2-D uint8, `scale` px per pt): (length px at `scale`, angle
    radians), or None when its cepstrum shows none."""
    import numpy as np
    from PIL import Image

    # Measured at a scan's own 200 dpi: a page drawn finer from a 200 dpi image has its smear's spike made
    # shallower and a stroke's halo's deeper by the enlargement.
    factor = min(1.0, MEASURE_SCALE / scale)
    if factor < 0.95:
        size = (max(1, round(grey.shape[1] * factor)), max(1, round(grey.shape[0] * factor)))
        grey = np.asarray(Image.fromarray(grey).resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0))
        scale *= factor
    cepstrum = _cepstrum(grey)
    if cepstrum is None:
        return None
    half = TILE // 2
    ys, xs = np.mgrid[-half:half, -half:half]
    radius = np.hypot(xs, ys)
    ring = (radius >= MIN_SMEAR_POINTS * scale) & (radius <= min(MAX_SMEAR_POINTS * scale, half - 1))
    values = cepstrum[ring]
    spread = float(np.percentile(values, 75) - np.percentile(values, 25))
    if spread <= 0:
        return None
    y, x = np.unravel_index(np.argmin(np.where(ring, cepstrum, np.inf)), cepstrum.shape)
    if (cepstrum[y, x] - float(np.median(values))) / spread > -SPIKE_DEPTH:
        return None
    return max(1.0, float(radius[y, x]) - SPIKE_OFFSET) / factor, math.atan2(y - half, x - half)


def line_kernel(shape: tuple[int, int], length: float, angle: float):
    """A straight smear `length` px long at `angle` as a kernel of `shape` (wrapped round the origin), sum 1."""
    import numpy as np

    height, width = shape
    kernel = np.zeros(shape, np.float32)
    taps = max(3, math.ceil(length * 2) + 1)
    for t in np.linspace(-length / 2, length / 2, taps):
        x, y = t * math.cos(angle), t * math.sin(angle)
        x0, y0 = math.floor(x), math.floor(y)
        fx, fy = x - x0, y - y0
        for dy, dx, weight in (
            (0, 0, (1 - fx) * (1 - fy)),
            (0, 1, fx * (1 - fy)),
            (1, 0, (1 - fx) * fy),
            (1, 1, fx * fy),
        ):
            kernel[(y0 + dy) % height, (x0 + dx) % width] += weight
    return kernel / kernel.sum()


def deconvolved(grey, length: float, angle: float):
    """`grey` (2-D uint8) with a smear of `length` px at `angle` undone by a Wiener filter (uint8)."""
    import numpy as np

    pad = math.ceil(length) * 2 + 4
    padded = np.pad(grey.astype(np.float32), pad, mode="edge")
    kernel = np.fft.rfft2(line_kernel(padded.shape, length, angle))
    image = np.fft.rfft2(padded)
    out = np.fft.irfft2(image * np.conj(kernel) / (np.abs(kernel) ** 2 + NOISE), s=padded.shape)
    return np.clip(out[pad:-pad, pad:-pad], 0, 255).astype(np.uint8)


def hocr_words(hocr: bytes) -> list[tuple[str, float]]:
    """Tesseract's hOCR -> its words' (text, confidence) pairs."""
    import html

    text = hocr.decode("utf-8", errors="replace")
    return [(html.unescape(_TAG.sub("", body)).strip(), float(conf)) for conf, body in _HOCR_WORD.findall(text)]


def reading_counts(words: list[tuple[str, float]], lexicon: frozenset[str]) -> tuple[int, int]:
    """A reading's (word text, Tesseract's confidence) pairs counted for the vote: how many words of three or more
    letters (short ones come out of garbage too) it is sure of (SURE_CONFIDENCE), and how many are common words
    of `lexicon` (lowercase)."""
    sure = common = 0
    for text, confidence in words:
        word = _LETTERS.sub("", text).lower()
        if len(word) < 3:
            continue
        sure += confidence >= SURE_CONFIDENCE
        common += word in lexicon
    return sure, common


def reads_better(plain: tuple[int, int], sharpened: tuple[int, int]) -> bool:
    """Whether a page's sharpened reading is clearly the better one, by the two readings' `reading_counts`: sure
    of clearly more words and reading no fewer common ones (ties and small gains keep the plain page)."""
    gain = sharpened[0] - plain[0]
    return gain >= max(MIN_GAIN_WORDS, MIN_GAIN_SHARE * plain[0]) and sharpened[1] >= plain[1]

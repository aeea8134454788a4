"""Straighten a scanned page before OCR.

A sheet fed a little crooked (a degree or so, a different angle on each page)
makes a label and the answer beside it drift onto each other's line, and
table borders stop being straight runs of ink. Tesseract's orientation
detection only knows quarter turns, so the small angle is estimated here:
the angle at which the rows of ink line up best, i.e. the horizontal
projection profile of a downscaled ink mask is sharpest (sum of squared
differences between neighbouring rows), searched coarse then fine.
"""

from __future__ import annotations

MAX_ANGLE = 3.0  # degrees searched either way; a scan more crooked than this is rare
COARSE_STEP = 0.2
FINE_STEP = 0.02
MIN_ANGLE = 0.1  # below this the page is left as it is: under 1 pt of drift across a 500 pt line
_WORK_WIDTH = 1000  # px: the estimate runs on a copy this wide (a pixel is ~0.6 pt on A4)
_INK = 128


def estimate_skew(grey) -> float:
    """Degrees to rotate `grey` (2-D uint8, ink dark) counter-clockwise (PIL's sense) to straighten it."""
    import numpy as np
    from PIL import Image

    image = Image.fromarray(np.ascontiguousarray(grey))
    if image.width > _WORK_WIDTH:
        image = image.resize(
            (_WORK_WIDTH, max(1, round(image.height * _WORK_WIDTH / image.width))), Image.Resampling.BOX
        )
    ys, xs = np.nonzero(np.asarray(image) < _INK)
    if not len(ys):
        return 0.0
    ink_y, ink_x = ys.astype(np.float64), xs - image.width / 2.0

    def sharpness(angle: float) -> float:
        # The row each ink pixel lands on after turning the page by `angle` (PIL turns counter-clockwise,
        # y down), counted: the same profile as rotating the image, without rotating it.
        theta = np.radians(angle)
        rows = np.rint(ink_y * np.cos(theta) - ink_x * np.sin(theta)).astype(np.int64)
        profile = np.bincount(rows - rows.min()).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    best = max(_steps(-MAX_ANGLE, MAX_ANGLE, COARSE_STEP), key=sharpness)
    best = max(_steps(best - COARSE_STEP, best + COARSE_STEP, FINE_STEP), key=sharpness)
    return round(best, 3) if abs(best) >= MIN_ANGLE else 0.0


def straighten(grey, angle: float):
    """`grey` rotated by `angle` degrees about its centre, same size, new corners white."""
    import numpy as np
    from PIL import Image

    if not angle:
        return grey
    image = Image.fromarray(np.ascontiguousarray(grey))
    return np.asarray(image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255))


def _steps(low: float, high: float, step: float) -> list[float]:
    count = round((high - low) / step)
    return [round(low + i * step, 4) for i in range(count + 1)]

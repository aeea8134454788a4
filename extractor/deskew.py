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

    image = _work_copy(grey)
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


# A sheared page: a fax's paper fed at a slant moves each scanned row a little further sideways than the one above,
# so text lines stay level (estimate_skew sees nothing) while borders and the left edge of every column lean, and
# a border that leans is no longer found as a rule. The shear is measured like the skew, from the columns' profile:
# the row shift (slope * y + bend * y^2 / height px) at which the vertical strokes, borders and column edges line up
# best, and undone row by row.
MAX_SLOPE = 0.03  # px of shift a row: 1.7 degrees of lean; a steeper feed tears the paper
SLOPE_STEP = 0.002
FINE_SLOPE_STEP = 0.0002
MAX_BEND = 0.03  # the slant's growth from the top to the foot of the page, px a row
BEND_STEP = 0.003
MIN_DRIFT = 3.0  # pt: a shift smaller than this at the page's foot is left as it is
LEAST_GAIN = 1.25  # the profile at the shear found this much sharper than at none: an upright page's letters give
# 1.0-1.2 at some shear by chance, a sheared table's borders lined up again far more


def estimate_shear(grey, scale: float) -> tuple[float, float]:
    """(slope, bend) of `grey` (2-D uint8, ink dark; `scale` px per pt): row y of the page lies slope * y +
    bend * y^2 / height px right of where it belongs; (0, 0) when the drift over the inked rows is under
    MIN_DRIFT or the columns' profile is not LEAST_GAIN times sharper for it."""
    import numpy as np

    from bilagor.extractor.dark_streaks import LONGEST_LETTER, longest_runs

    image = _work_copy(grey)
    ink = np.asarray(image) < _INK
    # columns of ink taller than any letter are exactly upright: a scanner's streak, or a border of a page fed
    # true; they would hold the profile at no shear, so only letters, column edges and leaning borders measure it
    ink[:, longest_runs(ink) > LONGEST_LETTER * scale * image.width / grey.shape[1]] = False
    ys, xs = np.nonzero(ink)
    if not len(ys):
        return 0.0, 0.0
    ink_y, ink_x = ys.astype(np.float64), xs.astype(np.float64)
    height = float(image.height)

    def sharpness(chord: float, bow: float) -> float:
        # searched as the chord from top to foot and a bow off it (none at the top and the foot), so that the
        # bow found does not move the chord found first: shift = chord * y + bow * (y^2 / height - y)
        columns = np.rint(ink_x - chord * ink_y - bow * (ink_y * ink_y / height - ink_y)).astype(np.int64)
        profile = np.bincount(columns - columns.min()).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    chord = max(_steps(-MAX_SLOPE, MAX_SLOPE, SLOPE_STEP), key=lambda c: sharpness(c, 0.0))
    bow = max(_steps(-MAX_BEND, MAX_BEND, BEND_STEP), key=lambda b: sharpness(chord, b))
    chord = max(_steps(chord - SLOPE_STEP, chord + SLOPE_STEP, FINE_SLOPE_STEP), key=lambda c: sharpness(c, bow))
    slope, bend = chord - bow, bow
    # the drift over the inked rows only: a shift extrapolated into the blank foot of a short page is no measure
    rows = np.linspace(ink_y.min(), ink_y.max(), 9) * grey.shape[0] / height
    drift = float(np.abs(slope * rows + bend * rows * rows / grey.shape[0]).max())
    if drift < MIN_DRIFT * scale or sharpness(chord, bow) < LEAST_GAIN * sharpness(0.0, 0.0):
        return 0.0, 0.0
    return round(slope, 4), round(bend, 4)


def unsheared(grey, slope: float, bend: float):
    """`grey` with row y moved left by slope * y + bend * y^2 / height px (rounded), the paper it uncovers white."""
    import numpy as np

    if not slope and not bend:
        return grey
    height, width = grey.shape
    out = np.full_like(grey, 255)
    for y in range(height):
        shift = int(round(slope * y + bend * y * y / height))
        if shift >= width or -shift >= width:
            continue
        if shift >= 0:
            out[y, : width - shift] = grey[y, shift:]
        else:
            out[y, -shift:] = grey[y, : width + shift]
    return out


def _work_copy(grey):
    """A PIL copy of `grey` at most _WORK_WIDTH wide (both sides scaled alike: shifts a row keep their ratio)."""
    import numpy as np
    from PIL import Image

    image = Image.fromarray(np.ascontiguousarray(grey))
    if image.width > _WORK_WIDTH:
        image = image.resize(
            (_WORK_WIDTH, max(1, round(image.height * _WORK_WIDTH / image.width))), Image.Resampling.BOX
        )
    return image

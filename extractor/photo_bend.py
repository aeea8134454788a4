"""Straighten the text lines of a photographed page whose paper was bent (issue #12).

A sheet lying curled on a desk, or bulging, is not flat when photographed: its printed lines come out as
curves, and once the sheet is rectified (page_photo) they still rise or sink across the width by up to a
line's height. Tesseract then reads along a straight line through two curved ones and interleaves their
words ("staket i ms ska syfte stället"). The steps, pure functions over pixel arrays:

- `line_slopes`: how steeply the lines run at points of the page, from the rows' ink in neighbouring
  vertical strips (the vertical shift that best lines up one strip's ink profile with the next's);
- `bend_field`: a smooth surface fitted to those slopes, integrated across the width into each point's
  vertical displacement against the page's middle column;
- `bend_of` / `unbent`: the displacement measured (twice: once more on the straightened lines), and the page
  resampled so every column is moved back by it.

A page whose lines are straight (or only turned: deskew straightens that) is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STRIP_POINTS = 24.0  # a strip this wide holds a word or two of most lines: its rows' ink finds them
WINDOW_POINTS = 72.0  # the slope is measured over this height of lines at a time (five or six lines) ...
# ... and the windows overlap by half.
# Steepest slope measured (shift from one strip to the next over its width): a bent sheet's lines run at
# up to ~0.1; at 0.2 the shift is ~5 pt, under half the pitch of lines 11 pt apart (no line is taken for
# its neighbour).
MAX_SLOPE = 0.2
MIN_MATCH = 0.6  # normalised correlation of two strips' profiles at their best shift: less is no match
# Lines of text have clear rows between them in every strip: a window with fewer (a picture, a black box,
# a table's shading) measures no line. A row is clear with less ink than this share of the strip's width.
MIN_CLEAR_SHARE = 0.15
CLEAR_ROW_INK = 0.02
MIN_SAMPLES = 12  # fewer matched strip pairs than this: too little text to tell a bend from noise
X_DEGREE = 3  # the slope across the width: a cubic follows a curl's single or double bend ...
Y_DEGREE = 1  # ... and down the page a straight line (a bend stronger at one end, keystone left over)
SPAN_SHARE = 3.0  # percent of the samples at each end of the page left out of the span the fit is held to
# Lines bending less than this (beyond a straight line through them: a turn) are left for Tesseract.
MIN_BEND_POINTS = 1.5
MESH_CELL_POINTS = 8.0  # the displacement is applied per cell of this size (bilinear within it)
# The most cells the mesh gets (pixel_guard.grid_cell): each is a Python tuple handed to PIL, and a page at OCR's pixel
# cap drawn at a small scale (a poster) had 1.25 M of 4 px, 750 MB. A page drawn at 300 dpi has at most 18 400.
MAX_MESH_CELLS = 40_000


@dataclass(frozen=True)
class Slopes:
    """Slope samples: at pixel (x, y), the lines' rise per pixel to the right, with a weight."""

    x: Any  # numpy arrays, one value per sample
    y: Any
    slope: Any
    weight: Any


def ink_profiles(ink, strip: int):
    """Ink pixels per row of each vertical strip `strip` px wide (H x strips, float32; the last partial
    strip dropped), smoothed over a third of a strip's height so a line is one hump."""
    import numpy as np

    height, width = ink.shape
    count = width // strip
    if count == 0 or height == 0:  # narrower than a strip, or no rows: no profile (np.apply_along_axis raises)
        return np.zeros((height, count), np.float32)
    profiles = ink[:, : count * strip].reshape(height, count, strip).sum(axis=2, dtype=np.float32)
    reach = max(1, strip // 8)
    kernel = np.ones(2 * reach + 1, np.float32) / (2 * reach + 1)
    return np.apply_along_axis(lambda column: np.convolve(column, kernel, mode="same"), 0, profiles)


def line_slopes(ink, scale: float) -> Slopes:
    """Slope samples of the text lines of a page (`ink`: H x W bool, True ink; `scale` px per pt): for
    each pair of neighbouring strips and window of rows, the shift lining up their ink profiles best
    (sub-pixel, from a parabola through the best three), divided by the strips' distance. A pair whose
    profiles match poorly even so (a column's edge, blank paper), or that has no clear rows between lines
    (a picture), gives no sample."""
    import numpy as np

    strip = max(4, round(STRIP_POINTS * scale))
    window = max(8, round(WINDOW_POINTS * scale))
    profiles = ink_profiles(ink, strip)
    height, count = profiles.shape
    reach = max(1, round(MAX_SLOPE * strip))
    empty = Slopes(*(np.zeros(0) for _ in range(4)))
    if count < 2 or height < window or height <= 2 * reach:
        return empty
    left, right = profiles[:, :-1], profiles[:, 1:]
    starts = np.arange(0, height - window + 1, window // 2)

    def window_sums(values):  # the sum of `values` (H x pairs) over each window of rows
        total = np.vstack([np.zeros((1, values.shape[1]), values.dtype), np.cumsum(values, axis=0)])
        return total[starts + window] - total[starts]

    energy_left, energy_right = window_sums(left * left), window_sums(right * right)
    clear = (profiles < CLEAR_ROW_INK * strip).astype(np.float32)
    clear_share = window_sums(np.minimum(clear[:, :-1], clear[:, 1:])) / window
    scores = np.zeros((2 * reach + 1, len(starts), count - 1), np.float64)
    for index, shift in enumerate(range(-reach, reach + 1)):
        moved = np.zeros_like(right)  # right shifted up by `shift` rows: row y holds right[y + shift]
        if shift >= 0:
            moved[: height - shift] = right[shift:]
        else:
            moved[-shift:] = right[: height + shift]
        scores[index] = window_sums(left * moved)
    best = scores.argmax(axis=0)
    peak = np.take_along_axis(scores, best[None], axis=0)[0]
    match = peak / np.maximum(np.sqrt(energy_left * energy_right), 1e-6)
    inner = (best > 0) & (best < 2 * reach)  # a best shift at the end of the range is no peak
    keep = inner & (match >= MIN_MATCH) & (clear_share >= MIN_CLEAR_SHARE)
    below = np.take_along_axis(scores, np.clip(best - 1, 0, 2 * reach)[None], axis=0)[0]
    above = np.take_along_axis(scores, np.clip(best + 1, 0, 2 * reach)[None], axis=0)[0]
    curve = below - 2 * peak + above
    offset = np.where(curve < 0, 0.5 * (below - above) / np.where(curve < 0, curve, -1.0), 0.0)
    shift = best - reach + np.clip(offset, -0.5, 0.5)
    window_rows, pairs = np.nonzero(keep)
    return Slopes(
        x=(pairs + 1.0) * strip,  # the boundary between the two strips
        y=starts[window_rows] + window / 2.0,
        slope=shift[keep] / strip,
        weight=peak[keep] * match[keep],
    )


def bend_field(slopes: Slopes, shape: tuple[int, int], scale: float, columns, rows):
    """The vertical displacement (px) of the lines at each of `columns` x `rows` (pixel positions, as a
    len(rows) x len(columns) array) against where they cross the page's middle column, from a smooth
    surface fitted to `slopes` (weighted least squares, twice more without the samples far off it);
    None when the samples are too few. Outside the samples' span the slope is held at its edge's."""
    import numpy as np

    if len(slopes.slope) < MIN_SAMPLES:
        return None
    height, width = shape
    # The span held to: where most samples lie, so a stray few (a footer, a picture's edge) beyond a blank
    # half page do not stretch the fitted surface over rows it knows nothing of.
    x_low, x_high = (float(v) for v in np.percentile(slopes.x, [SPAN_SHARE, 100 - SPAN_SHARE]))
    y_low, y_high = (float(v) for v in np.percentile(slopes.y, [SPAN_SHARE, 100 - SPAN_SHARE]))

    def design(xs, ys):
        u = 2 * (np.clip(xs, x_low, x_high) - width / 2) / width
        v = 2 * (np.clip(ys, y_low, y_high) - height / 2) / height
        return np.stack([u**a * v**b for a in range(X_DEGREE + 1) for b in range(Y_DEGREE + 1)], axis=-1)

    terms, values, weights = design(slopes.x, slopes.y), slopes.slope, np.sqrt(slopes.weight)
    keep = np.ones(len(values), dtype=np.bool_)
    for _ in range(3):
        if keep.sum() < MIN_SAMPLES:
            return None
        fit, *_ = np.linalg.lstsq(terms[keep] * weights[keep, None], values[keep] * weights[keep], rcond=None)
        off = np.abs(terms @ fit - values)
        keep = off <= max(3 * float(np.median(off[keep])), 0.2 / (STRIP_POINTS * scale))
    # Integrate the slope across the width on a fine grid of columns, then read it at `columns`.
    step = max(1.0, scale * 2)
    fine = np.arange(0.0, width + step, step)
    ys = np.asarray(rows, np.float64)
    slope = design(fine[None, :], ys[:, None]) @ fit  # rows x fine columns
    rise = np.concatenate([np.zeros((len(ys), 1)), np.cumsum((slope[:, 1:] + slope[:, :-1]) / 2 * step, axis=1)], 1)
    middle = np.array([np.interp(width / 2, fine, r) for r in rise])
    return np.array([np.interp(columns, fine, r) for r in rise]) - middle[:, None]


def bent(field, columns, scale: float) -> bool:
    """Whether displacement `field` (rows x columns) bends: beyond each row's straight line (a turn), it
    moves more than MIN_BEND_POINTS somewhere."""
    import numpy as np

    xs = np.asarray(columns, np.float64)
    straight = np.polynomial.polynomial.polyvander(xs, 1)
    fit, *_ = np.linalg.lstsq(straight, field.T, rcond=None)
    return float(np.abs(field.T - straight @ fit).max()) > MIN_BEND_POINTS * scale


@dataclass(frozen=True)
class Bend:
    """How far the lines of a page are moved down at each point of a grid (px, rows x columns)."""

    field: Any  # numpy array, len(rows) x len(columns)
    columns: Any
    rows: Any

    def undone(self, grey, *, fill: int = 255):
        """`grey` (uint8) with each column moved back by the bend: its lines straight."""
        return _moved(grey, self.field, self.columns, self.rows, fill=fill)


def bend_of(ink, scale: float) -> Bend | None:
    """The bend of the text lines in `ink` (H x W bool, True ink; `scale` px per pt), None when they do not
    bend or cannot be measured (an empty, one-pixel or inkless page: pixel_guard). The lines are measured once
    more on the straightened ink and what bend is left (the fitted surface follows a curl only so closely: a
    table's rule at the top came out in steps) is added, so the page is resampled once."""
    import numpy as np

    from bilagor.extractor.pixel_guard import grid_cell, unmeasurable

    if unmeasurable(ink):  # no lines to find (pixel_guard)
        return None
    height, width = ink.shape
    cell = max(4, grid_cell(ink.shape, scale, MESH_CELL_POINTS, MAX_MESH_CELLS))
    columns = np.append(np.arange(0, width, cell), width)
    rows = np.append(np.arange(0, height, cell), height)
    field = bend_field(line_slopes(ink, scale), ink.shape, scale, columns, rows)
    if field is None or not bent(field, columns, scale):
        return None
    straightened = _moved(ink.astype(np.uint8) * 255, field, columns, rows, fill=0) > 127
    left = bend_field(line_slopes(straightened, scale), ink.shape, scale, columns, rows)
    return Bend(field if left is None else field + left, columns, rows)


def unbent(grey, scale: float, ink=None):
    """`grey` (uint8, paper white, ink dark) with its text lines made straight (`bend_of`); `ink` (True for
    ink; by default the pixels darker than page_photo.INK_LEVEL) is what the lines are found in. The page as
    it was when its lines do not bend."""
    from bilagor.extractor.page_photo import INK_LEVEL

    bend = bend_of(grey < INK_LEVEL if ink is None else ink, scale)
    return grey if bend is None else bend.undone(grey)


def _moved(grey, field, columns, rows, *, fill: int):
    """`grey` with each point of the `columns` x `rows` grid taken from `field` px below it (bilinear
    between the grid's points)."""
    import numpy as np
    from PIL import Image

    mesh = []
    for j in range(len(rows) - 1):
        for i in range(len(columns) - 1):
            x0, x1, y0, y1 = columns[i], columns[i + 1], rows[j], rows[j + 1]
            # Each output cell shows the source quad its corners came from (NW, SW, SE, NE).
            quad = (
                x0, y0 + field[j, i],
                x0, y1 + field[j + 1, i],
                x1, y1 + field[j + 1, i + 1],
                x1, y0 + field[j, i + 1],
            )  # fmt: skip
            mesh.append(((int(x0), int(y0), int(x1), int(y1)), tuple(float(c) for c in quad)))
    image = Image.fromarray(np.ascontiguousarray(grey))
    size = (grey.shape[1], grey.shape[0])
    return np.asarray(image.transform(size, Image.Transform.MESH, mesh, Image.Resampling.BILINEAR, fillcolor=fill))

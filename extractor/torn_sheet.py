"""A sheet torn across and mended, scanned: the tear found, wiped, and the lower piece turned back level with the upper.

A page torn from edge to edge shows its tear as a thin dark gap (the scanner's lid between the pieces) wandering
across the whole sheet, margins included, and the piece under it lies shifted and turned a little against the
piece above (mended by hand). Tesseract read the gap into the lines it crossed, the fold step took it for a crease,
and the lower piece's turn, under a degree, bent its lines against the upper piece's: the page's one skew fits
neither, and the lines broke up. A tear is told from a form's rule by running through both margins, where a form
prints nothing, and by wandering (a rule is straight). Pure functions over pixel arrays.
"""

from __future__ import annotations

CELL_POINTS = 1.0  # the tear is followed across columns of this width
DARK = 0.5  # a cell row darker than this share of the paper's light is the gap
MIN_ACROSS = 0.6  # the path is dark over this share of the page's columns (where it crosses print it merges) ...
MARGIN_SHARE = 0.08  # ... and over MIN_MARGIN_DARK of this share of the width at either edge (a form prints nothing)
MIN_MARGIN_DARK = 0.6
MIN_WANDER_POINTS = 0.8  # the path's rows' spread round their straight line: a rule's is a fraction of a point
MAX_GAP_POINTS = 4.0  # the gap is at most this tall (a 3-6 px gap at 200 dpi is 1-2 pt)
STEP_POINTS = 1.0  # the path moves at most this many points up or down from one column to the next
WIPE_POINTS = 1.2  # the gap's rows wiped this far round the path (its white fibres' edge)
MIN_TURN = 0.1  # degrees: the lower piece's turn against the upper's, below which it is left as it lies
TAPE_POINTS = 45.0  # a mending tape lies at most this far either side of the tear's line (tapes are 18-28 mm wide)
MAX_TAPE_GAIN = 1.35  # a tape dims the paper under it by at most this much
EDGE_SHARE = 0.05  # the path is looked for between this share of the height from the top and the foot


def tear_path(grey, scale: float):
    """The tear's row (float px) at each pixel column of `grey` (2-D uint8, `scale` px per pt), or None when the
    page is not torn across."""
    import numpy as np

    height, width = grey.shape
    cell = max(1, round(CELL_POINTS * scale))
    cols = width // cell
    if cols < 20 or height < 50:
        return None
    paper = float(np.percentile(grey[::4, ::4], 90)) or 255.0
    # each row's darkness in each column cell: the gap is dark across a whole cell, a letter's stroke seldom is
    sums = grey[:, : cols * cell].reshape(height, cols, cell).sum(axis=2, dtype=np.uint32)
    dark = sums < DARK * paper * cell
    gap = max(1, round(MAX_GAP_POINTS * scale))
    # a gap's rows: dark runs no taller than the gap (a solid box, a photo, a thick bar are no tear)
    runs = _short_dark_runs(dark, gap)
    margin = max(1, round(MARGIN_SHARE * cols))
    # cheap first: a tear crosses both margins, so most of their columns hold a short dark run somewhere
    if runs[:, :margin].any(axis=0).mean() < MIN_MARGIN_DARK or runs[:, -margin:].any(axis=0).mean() < MIN_MARGIN_DARK:
        return None
    cost = np.where(runs, 0.0, 1.0).astype(np.float32)
    top, foot = int(EDGE_SHARE * height), int((1 - EDGE_SHARE) * height)
    cost[:top], cost[foot:] = 1.0, 1.0
    step = max(1, round(STEP_POINTS * scale))
    total = cost[:, 0].copy()
    back = np.zeros((height, cols), np.int32)
    for c in range(1, cols):
        best, where = _window_min(total, step)
        total = best + cost[:, c]
        back[:, c] = where
    path = np.zeros(cols, np.int64)
    path[-1] = int(np.argmin(total))
    for c in range(cols - 1, 0, -1):
        path[c - 1] = back[path[c], c]
    on = runs[path, np.arange(cols)]
    if on.mean() < MIN_ACROSS or on[:margin].mean() < MIN_MARGIN_DARK or on[-margin:].mean() < MIN_MARGIN_DARK:
        return None
    xs = np.arange(cols, dtype=np.float64)
    line = np.polyval(np.polyfit(xs, path.astype(np.float64), 1), xs)
    if float(np.std(path - line)) < MIN_WANDER_POINTS * scale:
        return None  # straight: a rule, a scanner's edge
    centres = (np.arange(width) + 0.5) / cell - 0.5
    return np.interp(centres, xs, path.astype(np.float64))


def _short_dark_runs(dark, longest: int):
    """`dark` (rows x columns bool) kept only in vertical runs of at most `longest` rows."""
    import numpy as np

    # the columns end to end, a light row between each, so one labelling of runs serves them all
    flat = np.vstack([dark, np.zeros((1, dark.shape[1]), bool)]).T.ravel()
    starts = flat & ~np.concatenate(([False], flat[:-1]))
    label = np.cumsum(starts) * flat
    lengths = np.bincount(label)
    keep = flat & (lengths[label] <= longest)
    return keep.reshape(dark.shape[1], dark.shape[0] + 1)[:, :-1].T


def _window_min(values, step: int):
    """For each index, the least of `values` within `step` either side and where it is."""
    import numpy as np

    n = len(values)
    padded = np.concatenate([np.full(step, np.inf, values.dtype), values, np.full(step, np.inf, values.dtype)])
    shifted = np.stack([padded[k : k + n] for k in range(2 * step + 1)])
    pick = np.argmin(shifted, axis=0)
    return shifted[pick, np.arange(n)], np.clip(np.arange(n) + pick - step, 0, n - 1)


def without_tear(grey, scale: float, colour=None):
    """(`grey` with its tear wiped to paper and the piece under it turned level with the piece above, `colour` (its
    colour render, H x W x 3, or None) mended alike so the pen step's colours still lie on their print, whether a
    tear was found)."""
    import numpy as np

    from bilagor.extractor.deskew import estimate_skew

    path = tear_path(grey, scale)
    if path is None:
        return grey, colour, False
    height, width = grey.shape
    paper = float(np.percentile(grey[::4, ::4], 90))
    rows = np.arange(height, dtype=np.float64)[:, None]
    half = min(_gap_half(grey, path, scale, paper), MAX_GAP_POINTS * scale / 2)
    gap = np.abs(rows - path[None, :]) <= half + WIPE_POINTS * scale
    above = rows < path[None, :]
    turn = estimate_skew(np.where(~above & ~gap, grey, 255).astype(np.uint8)) - estimate_skew(
        np.where(above & ~gap, grey, 255).astype(np.uint8)
    )
    # turned about the tear's middle, where the pieces meet, so the lines next to it stay where they were
    centre = (width / 2, float(np.median(path)))
    turn = turn if abs(turn) >= MIN_TURN else 0.0
    out = _tape_lifted(_mended(grey, above, gap, turn, centre, min(255.0, paper)), path, scale, paper)
    if colour is not None and colour.shape[:2] == grey.shape:
        colour = np.stack(
            [_mended(colour[..., k], above, gap, turn, centre, 255.0) for k in range(colour.shape[2])], axis=2
        )
    return out, colour, True


def _mended(channel, above, gap, turn: float, centre: tuple[float, float], paper: float):
    """One channel (2-D uint8) with the piece under the tear turned `turn` degrees about `centre`, the gap paper."""
    import numpy as np
    from PIL import Image

    upper = np.where(above & ~gap, channel, 255).astype(np.uint8)
    lower = np.where(~above & ~gap, channel, 255).astype(np.uint8)
    if turn:
        lower = np.asarray(
            Image.fromarray(lower).rotate(turn, resample=Image.Resampling.BICUBIC, center=centre, fillcolor=255)
        )
    return np.where(gap, np.uint8(paper), np.minimum(upper, lower)).astype(np.uint8)


def _tape_lifted(grey, path, scale: float, paper: float):
    """`grey` with the rows round the tear (where a mending tape lies, tinted) lifted to the page's paper light, row
    by row: the grey-mark and fold steps took the tape's dimmed print for pencil and a crease's band."""
    import numpy as np

    height = grey.shape[0]
    middle, reach = float(np.median(path)), TAPE_POINTS * scale
    top, foot = max(0, int(middle - reach - np.ptp(path) / 2)), min(height, int(middle + reach + np.ptp(path) / 2))
    band = grey[top:foot].astype(np.float32)
    light = np.percentile(band[:, ::2], 80, axis=1)
    gain = np.clip(paper / np.maximum(light, 1.0), 1.0, MAX_TAPE_GAIN)
    out = grey.copy()
    out[top:foot] = np.clip(band * gain[:, None], 0, 255).astype(np.uint8)
    return out


def _gap_half(grey, path, scale: float, paper: float) -> float:
    """Half the gap's height in px: its dark rows round the path, measured at the path's middle columns."""
    import numpy as np

    height, width = grey.shape
    reach = round(MAX_GAP_POINTS * scale)
    heights = []
    for x in range(width // 4, 3 * width // 4, max(1, width // 50)):
        y = int(round(path[x]))
        column = grey[max(0, y - reach) : min(height, y + reach + 1), x] < DARK * paper
        heights.append(int(column.sum()))
    return float(np.median(heights)) / 2 if heights else reach / 2

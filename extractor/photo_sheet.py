"""A photographed sheet lying on a patterned ground (a checked or striped cloth, a newspaper, wood), turned.

page_photo's desk test takes the sheet for the region round the middle brighter than a desk: a checked
cloth's white checks are as bright as paper and join it, so the "sheet" was the whole frame, and a sheet
turned more than a few degrees broke its edge fits (each side was fitted where a column first meets paper,
which on a turned sheet is two edges). Here, pure functions over a grid of cells (each cell's mean grey):

- `smooth_cells`: bright cells whose neighbourhood is even: paper's margin is one even light, a cloth's
  checks are short edges repeated every way, a newspaper's columns of print are edges too;
- `sheet_cells`: the largest even region, its holes (the form's own print) filled, opened by a reach wider
  than a stripe or a check, so only a sheet-sized region stays; None unless ground shows all round it;
- `sheet_corners`: the region's four corners (its extremes along the diagonals, right for any turn under
  45 degrees), each side then refitted as a straight line to the region's edge between them.
"""

from __future__ import annotations

TEXTURE = 0.12  # a cell whose neighbourhood's grey spans more than this share of the paper's light is patterned
TEXTURE_REACH = 2  # cells (of page_photo.LIGHT_CELL_POINTS) either side over which the span is measured
# A stripe or a check is narrower than this (cells): the opening removes it, a sheet (hundreds of points) stays.
OPEN_REACH = 12
MIN_GROUND_BORDER = 0.6  # share of the frame's border cells that must be ground (not sheet) round a photographed sheet
SCAN_BORDER = 0.9  # even paper along more of the frame's border than this share: a scan's margin, no ground
# Even paper as light as the region's own (BEYOND_LIGHT of its median) outside it over more than this share of the
# frame: the region is a piece of a page, not a sheet on a ground (a torn scan's lower piece, cut off from the
# upper by the tear and its tape, beside the dark lid its shift bared; a ground is darker than paper or patterned).
PAPER_BEYOND = 0.1
BEYOND_LIGHT = 0.95
MAX_SHEET_SHARE = 0.8  # a sheet covering more of the frame than this fills it: page_photo's desk test reads it
MIN_SHEET_SHARE = 0.15  # a region smaller than this is no sheet (a bright spot of the ground)
SIDE_ENDS = 0.15  # share of a side at each end left out of its line fit (the corners are rounded by the opening)
SIDE_TOLERANCE = 0.04  # edge cells further than this share of the side's length from it belong to another side


def smooth_cells(cells, bright):
    """Bright cells (`bright`, H x W bool) of the cell grid `cells` (H x W uint8, each cell's mean grey) whose
    grey within TEXTURE_REACH spans under TEXTURE of the paper's light (the brightest cells')."""
    import numpy as np
    from PIL import Image, ImageFilter

    image = Image.fromarray(np.ascontiguousarray(cells))
    size = 2 * TEXTURE_REACH + 1
    span = np.asarray(image.filter(ImageFilter.MaxFilter(size)), np.int16) - np.asarray(
        image.filter(ImageFilter.MinFilter(size)), np.int16
    )
    lit = float(np.percentile(cells, 95))
    return bright & (span < TEXTURE * lit)


def sheet_cells(smooth, cells=None):
    """The sheet's cells: the even region nearest the middle that survives an opening by OPEN_REACH, its holes
    filled, grown back by the reach the span measure took off its edge; None when no such region, when it
    covers under MIN_SHEET_SHARE or over MAX_SHEET_SHARE of the grid, when under MIN_GROUND_BORDER of the
    grid's border is ground (a scan's white margin runs round its frame), or (given the grid's `cells`, each
    cell's mean grey) when even paper as light as the region's lies outside it over PAPER_BEYOND of the grid."""
    import numpy as np

    from bilagor.extractor.page_photo import _grown, dilated

    if float(_border(smooth).mean()) > SCAN_BORDER:  # a cheap test first
        return None
    filled = _holes_filled(smooth)
    core = ~dilated(~filled, OPEN_REACH)
    if not core.any():
        return None
    rows, cols = core.shape
    ys, xs = np.nonzero(core)
    nearest = int(np.argmin((ys - rows / 2) ** 2 + (xs - cols / 2) ** 2))
    seed = np.zeros_like(core)
    seed[ys[nearest], xs[nearest]] = True
    sheet = dilated(dilated(_grown(seed, core), OPEN_REACH) & filled, TEXTURE_REACH)
    share = float(sheet.mean())
    if not MIN_SHEET_SHARE <= share <= MAX_SHEET_SHARE or float(_border(sheet).mean()) > 1 - MIN_GROUND_BORDER:
        return None
    if cells is not None:
        paper = BEYOND_LIGHT * float(np.median(cells[sheet]))
        if float((smooth & ~sheet & (cells >= paper)).mean()) > PAPER_BEYOND:
            return None
    return sheet


def _border(cells):
    """The grid's border cells of `cells` (H x W), in one row."""
    import numpy as np

    return np.concatenate([cells[0], cells[-1], cells[:, 0], cells[:, -1]])


def _holes_filled(region):
    """`region` (H x W bool) with every cell it closes in (not joined to the grid's border outside it) added."""
    import numpy as np

    from bilagor.extractor.page_photo import _grown

    edge = np.zeros_like(region)
    edge[0, :], edge[-1, :], edge[:, 0], edge[:, -1] = True, True, True, True
    return ~_grown(edge & ~region, ~region)


def sheet_corners(sheet) -> list[tuple[float, float]] | None:
    """The corners (top-left, top-right, bottom-right, bottom-left; x, y in cells) of the quadrilateral region
    `sheet` (H x W bool): each side a line fitted to the region's edge between its extreme corners (the frame's
    border is no edge); None when a corner is not where a quadrilateral's is (the sides do not cross in order)."""
    import numpy as np

    ys, xs = np.nonzero(sheet)
    if len(xs) < 4:
        return None
    x, y = xs + 0.5, ys + 0.5
    extremes = [int(np.argmin(x + y)), int(np.argmax(x - y)), int(np.argmax(x + y)), int(np.argmin(x - y))]
    corners = [(float(x[i]), float(y[i])) for i in extremes]
    edge = _edge_points(sheet)
    lines = [_side_line(edge, corners[n], corners[(n + 1) % 4]) for n in range(4)]
    crossed = [_crossed(lines[n - 1], lines[n]) for n in range(4)]
    if any(point is None for point in crossed):
        return None
    return [(float(p[0]), float(p[1])) for p in crossed if p is not None]


def _edge_points(sheet):
    """(x, y) centres of the sheet's cells next to a cell outside it, the grid's border left out (N x 2)."""
    import numpy as np

    padded = np.pad(sheet, 1, constant_values=True)  # beyond the frame is no edge
    inner = padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    ys, xs = np.nonzero(sheet & ~inner)
    return np.column_stack([xs + 0.5, ys + 0.5])


def _side_line(edge, start: tuple[float, float], end: tuple[float, float]):
    """A line (a point and a unit direction) fitted to the edge points near the side from `start` to `end`, in
    its middle; the straight segment between them when too few show (the side runs off the frame)."""
    import numpy as np

    origin, along = np.array(start), np.array(end) - np.array(start)
    length = float(np.hypot(*along))
    if length == 0:
        return origin, np.array([1.0, 0.0])
    direction = along / length
    relative = edge - origin
    position = relative @ direction
    offset = relative @ np.array([-direction[1], direction[0]])
    near = (
        (position > SIDE_ENDS * length)
        & (position < (1 - SIDE_ENDS) * length)
        & (np.abs(offset) < max(2.0, SIDE_TOLERANCE * length))
    )
    if near.sum() < max(4, 0.2 * length):
        return origin, direction
    points = edge[near]
    centre = points.mean(axis=0)
    _, _, axes = np.linalg.svd(points - centre, full_matrices=False)  # the points' main direction
    fitted = axes[0] if axes[0] @ direction >= 0 else -axes[0]
    return centre, fitted


def _crossed(first, second):
    """Where two lines (point, direction) cross; None when they are (nearly) parallel."""
    import numpy as np

    (p, d), (q, e) = first, second
    matrix = np.array([[d[0], -e[0]], [d[1], -e[1]]])
    if abs(float(np.linalg.det(matrix))) < 1e-6:
        return None
    t, _ = np.linalg.solve(matrix, q - p)
    return p + t * d

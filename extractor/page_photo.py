"""Make a phone photo of a printed page read like a scan before OCR.

A page photographed on a desk is no scan: its paper is tinted and lit
unevenly (light falling off towards a corner, well under the grey level the
rule and photo finders take for ink), the desk shows round the sheet, the
sheet stands in perspective and turned, and coloured marks lie on it (a red
received-stamp, a pen tick). Left as it was, the whole page was taken for
one photograph and blanked: nothing was read. The steps, pure functions over
pixel arrays (uint8, ink dark):

- `photographed`: the paper is not white (scans and faxes have white paper), or white but lit unevenly on a desk;
- `colour_marks`: strongly coloured ink (stamps, pens), made paper at the end;
- `paper_quad` / `rectified`: the sheet's four corners, mapped onto the page's
  rectangle (perspective and rotation at once; the desk falls outside); a sheet turned on a patterned ground
  (a checked cloth, a newspaper) showing all round it is found by `photo_sheet` first;
- `flattened`: the grey divided by the paper's own light, so paper is white
  everywhere and ink stays dark; what is left of the desk is made white;
- `binarised`: ink black, paper white (on the flattened page, halfway between the paper and its ink);
- `photo_bend.bend_of`: the text lines of a bent sheet made straight (a flat sheet's lines are not moved, and
  its page is binarised at the fixed INK_LEVEL instead: its strokes are sharp; a bent sheet's small marks,
  which the lower level shrinks, are kept as the fixed one makes them: `photo_marks.small_marks`);
- `photo_rules.rules_joined`: thin rules the binarisation broke into dashes joined again.

Each is close to a no-op on a page that does not need it; `as_scan` runs them in turn.
"""

from __future__ import annotations

INK_LEVEL = 170  # on a flattened page (paper 255), darker is ink: two thirds of the paper's own light, at most
MID_GREY = 128  # a pixel darker than this on a flattened page is a stroke's core
MIN_CORE_SHARE = 0.001  # share of the page in strokes' cores needed to place the ink level by them
WHITE_PAPER = 232  # a page whose paper (median light) is darker than this was photographed, not scanned
# A sheet whose dimmer tenth is lit under this share of its brightest was lit by a lamp or a window (a hot
# spot, a shadow), not by a scanner's even light: a photo even when most of its paper is white.
UNEVEN_LIGHT = 0.8
DIM_PERCENTILE = 10  # the sheet's dimmer part: a shadow or the light's fall-off covers more than this
LIGHT_CELL_POINTS = 2.0  # the light is estimated on a copy with pixels this size
LIGHT_REACH_POINTS = 12.0  # the brightest pixel within this reach is paper: more than a line's ink is tall
# The sheet's edge is found on the light closed over this reach only: closing over a line's height would
# close a strip of desk thinner than it along the frame; ink closed in by paper is filled in anyway.
EDGE_REACH_POINTS = 4.0
# max - min of R, G, B more than this above the paper's own is coloured ink (a stamp's red, a pen's blue);
# black ink is under the paper's, and the pale fringe of a stroke not far above it
COLOUR = 25
# A colour photo's JPEG keeps colour at half resolution: a stamp's edge is paler colour this far out.
COLOUR_FRINGE_POINTS = 2.0
DESK_SHARE = 0.45  # a desk is under this share of the lit paper's light (the paper's darkest corner is ~0.58)
MIN_CORNER_SHIFT = 0.004  # share of the page's size: nearer the frame's corners than this, the sheet fills it
MAX_CORNER_SHIFT = 0.25  # a corner further from the frame's than this share is a misreading: no rectifying
EDGE_ENDS = 0.1  # share of a side at each end left out of its line (there the sheet's other edges run)
MIN_EDGE_SHARE = 0.1  # share of a side that must show against the desk for a line to be fitted to it
# After rectifying, what lies this near the frame is desk the sheet's fitted edges left in (a side cut off
# by the frame, a sliver): forms keep text further in than this.
FRAME_BAND_POINTS = 6.0
EDGE_SEED_POINTS = 12.0  # solid ink this near the frame is desk, and so is solid ink joined to it
DESK_MARGIN_POINTS = 16.0  # paper this near the desk is whitened with it (the light estimate mixes both)

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


def as_scan(grey, scale: float, rgb=None, screen: bool = False):
    """A photographed page (`grey`; `rgb`, its colour render of the same size, when given) made like a scan:
    the sheet rectified, its light flattened, coloured marks made paper, its lines straightened. A `screen`
    photo's thin strokes, grey over their one screen pixel, are kept with their cores (screen_photo)."""
    import numpy as np

    from bilagor.extractor.photo_bend import bend_of
    from bilagor.extractor.photo_marks import small_marks
    from bilagor.extractor.photo_rules import rules_joined
    from bilagor.extractor.pixel_guard import unmeasurable

    if unmeasurable(grey):  # no sheet, light or lines to find (pixel_guard)
        return grey
    marks = colour_marks(rgb, scale) if rgb is not None else None
    if marks is not None:
        grey = np.where(marks, 0, grey).astype(np.uint8)  # dark: the light estimate passes over them
    quad = paper_quad(grey, scale)
    if quad is not None:
        grey = rectified(grey, quad)
        if marks is not None:
            marks = rectified(marks.astype(np.uint8) * 255, quad, fill=0) > 0  # with the resampled edge
    flat = flattened(grey, scale)
    if marks is not None:
        flat[marks] = 255
    page = _desk_cleared(binarised(flat), scale, quad)
    bend = bend_of(page == 0, scale)  # after the desk is gone: its edge is no text line
    # A flat sheet lies in the focal plane: its strokes are sharp and do not run together at the fixed level,
    # while the blurred strokes' lower level thins its thin ones (an i's dot, a bullet, "in" read "im").
    ink = flat < INK_LEVEL
    if screen:
        from bilagor.extractor.screen_photo import thin_strokes_kept

        ink = thin_strokes_kept(flat, ink, scale)
    sharp = _desk_cleared(black_on_white(ink), scale, quad)
    if bend is None:
        page = sharp
    else:  # a bent sheet's strokes are blurred where it leaves the focal plane: the lower level, its dots kept
        page[small_marks(sharp == 0, scale)] = 0
        page = black_on_white(bend.undone(page) < 128)
    return rules_joined(page, scale)  # with its lines level, a broken rule is one row


def _desk_cleared(page, scale: float, quad: Quad | None):
    """A binarised page without what is left of the desk round a rectified sheet (`quad`, None: no desk)."""
    if quad is not None:
        page = without_edge_ink(page, scale)
        band = round(FRAME_BAND_POINTS * scale)
        if band > 0:  # page[-0:] is the whole page
            page[:band], page[-band:], page[:, :band], page[:, -band:] = 255, 255, 255, 255
    return page


def without_edge_ink(page, scale: float):
    """A black-on-white page without the solid ink reaching within EDGE_SEED_POINTS of the frame: desk
    left beside the sheet's fitted edge (a strip wider than FRAME_BAND_POINTS, or the mixed light of
    the sheet's rim). Text keeps a wider margin; only mostly black cells of LIGHT_CELL_POINTS count,
    so a letter touching such a strip stays unless solid."""
    import numpy as np
    from PIL import Image

    from bilagor.extractor.pixel_guard import grid_cell

    cell = grid_cell(page.shape, scale, LIGHT_CELL_POINTS)
    height, width = page.shape
    small = np.asarray(
        Image.fromarray(page).resize((max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX)
    )
    solid = small < 128  # at least half black
    near = max(1, round(EDGE_SEED_POINTS / LIGHT_CELL_POINTS))
    frame = np.zeros_like(solid)
    frame[:near, :], frame[-near:, :], frame[:, :near], frame[:, -near:] = True, True, True, True
    strip = _grown(frame & solid, solid)
    if not strip.any():
        return page
    grown = np.asarray(Image.fromarray(strip.astype(np.uint8) * 255).filter(_max_filter(1)))
    wipe = np.asarray(Image.fromarray(grown).resize((width, height), Image.Resampling.NEAREST)) > 0
    cleaned = page.copy()
    cleaned[wipe] = 255
    return cleaned


def binarised(flat, level: float | None = None):
    """A flattened page as black ink on white: a photo's soft, noisy letter edges (a 150 dpi JPEG, blurred)
    made Tesseract read marks before a word ("=«Trygghetsbelysning") that a clean edge does not give. The
    threshold is `level`, by default `ink_level`'s."""
    return black_on_white(flat < (ink_level(flat) if level is None else level))


def black_on_white(ink):
    """A uint8 page of `ink` (H x W bool) black on white, made in uint8: np.where over Python's 0 and 255 makes an
    int64 page first, eight bytes a pixel (160 MB of a page at OCR's pixel cap, issue #12)."""
    import numpy as np

    return np.where(ink, np.uint8(0), np.uint8(255))


def ink_level(flat) -> float:
    """The grey under which a flattened page's pixel is ink: halfway between the paper (255) and its
    strokes' dark core (the darkest quarter of the pixels darker than mid-grey), at most INK_LEVEL. A blurred photo's
    strokes are dark in the core and grey at the edge; cut nearer the paper, the grey between two strokes
    joined them ("kamerorna" read "kameroma", "@" a blot)."""
    import numpy as np

    core = flat[::2, ::2]
    core = core[core < MID_GREY]
    if core.size < MIN_CORE_SHARE * flat.size / 4:  # hardly any dark ink: pale print keeps the old level
        return float(INK_LEVEL)
    return float(np.clip((float(np.percentile(core, 25)) + 255) / 2, MID_GREY, INK_LEVEL))


def photographed(grey, scale: float) -> bool:
    """Whether page image `grey` (`scale` px per pt) is a photo of a page: its paper is not white, and
    either its ink is dark for its paper or a desk shows round the sheet; or its paper is white but lit
    unevenly (`unevenly_lit`) with a desk round it. A faded copy's paper is a light grey too, but its ink is
    pale and the sheet fills the scan (faded.restored mends it)."""
    import numpy as np

    from bilagor.extractor.faded import FADED_INK, print_ratio

    light = paper_light_grid(grey, scale)
    if float(np.median(light)) >= WHITE_PAPER:
        # White paper is a scan's, or a photo's under a lamp hot enough to whiten most of the sheet (read as
        # a scan, its curled lines and the desk beside it were read as they were): that one is lit unevenly.
        # Or a sheet on a ground showing all round it (a cloth's white checks lift the median to white).
        uneven = unevenly_lit(grey, scale, light) and paper_quad(grey, scale) is not None
        return uneven or _sheet_on_ground(grey, scale) is not None
    return print_ratio(grey, scale) <= FADED_INK or paper_quad(grey, scale) is not None


def unevenly_lit(grey, scale: float, light=None) -> bool:
    """Whether the sheet in `grey` (the region round the middle brighter than a desk) is lit unevenly: its
    dimmer DIM_PERCENTILE under UNEVEN_LIGHT of its brightest paper (`light`: its paper_light_grid, when the
    caller has it). False when no desk shows round it."""
    import numpy as np

    sheet = _paper_mask(_light(grey, scale, closed=True)[0])
    if sheet is None or not sheet.any():
        return False
    on_sheet = (paper_light_grid(grey, scale) if light is None else light)[sheet]
    dim, lit = np.percentile(on_sheet, [DIM_PERCENTILE, 95])
    return float(dim) < UNEVEN_LIGHT * float(lit)


def paper_light_grid(grey, scale: float):
    """The paper's light on a grid of LIGHT_CELL_POINTS cells: the brightest cell within LIGHT_REACH_POINTS."""
    return _light(grey, scale)[0]


def colour_marks(rgb, scale: float, fringe_points: float = COLOUR_FRINGE_POINTS):
    """Mask of the strongly coloured pixels of an H x W x 3 image (`scale` px per pt: a red stamp, a blue pen
    tick), grown by `fringe_points` for their paler fringe; black ink and tinted paper are not coloured."""
    import numpy as np

    rgb = np.asarray(rgb)
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]  # channel by channel: max(axis=2) is slow on a view
    spread = np.maximum(np.maximum(red, green), blue).astype(np.int16) - np.minimum(np.minimum(red, green), blue)
    paper = float(np.median(spread[::8, ::8]))  # the paper's own tint (it covers most of the page)
    return dilated(spread > paper + COLOUR, max(1, round(fringe_points * scale)))


def dilated(mask, reach: int, axes: tuple[int, ...] = (0, 1)):
    """Boolean `mask` grown by `reach` pixels every way (a square, as a max filter of 2 reach + 1 gives;
    along `axes` only when given): rows then columns, each by steps doubling in length, so a wide reach
    costs a few passes (a max filter over a 300 dpi page's 17 x 17 squares took seconds)."""
    import numpy as np

    grown = np.array(mask, dtype=bool)
    if not grown.any():
        return grown
    for axis in axes:
        view = np.moveaxis(grown, axis, 0)  # a view: growing it grows `grown`
        done, step = 0, 1
        while done < reach:
            length = min(step, reach - done, len(view) - 1)
            if length <= 0:
                break
            before = view.copy()
            view[length:] |= before[:-length]
            view[:-length] |= before[length:]
            done, step = done + length, step * 2
    return grown


def paper_quad(grey, scale: float) -> Quad | None:
    """The sheet's corners (top-left, top-right, bottom-right, bottom-left, in pixels) where a darker
    desk, or a patterned ground all round it (`_sheet_on_ground`), shows; None when neither shows (the sheet
    fills the frame)."""

    on_ground = _sheet_on_ground(grey, scale)
    if on_ground is not None:
        return on_ground
    light, cell = _light(grey, scale, closed=True)
    paper = _paper_mask(light)
    if paper is None:
        return None
    rows, cols = paper.shape
    # Each side as a line (cells), fitted where the desk shows beyond it; a side with no desk beyond it
    # runs off the frame, and the frame's edge stands in for it.
    top = _side(paper) or (0.0, 0.0)
    left = _side(paper.T) or (0.0, 0.0)
    bottom = _side(paper[::-1]) or (0.0, 0.0)
    right = _side(paper.T[::-1]) or (0.0, 0.0)
    bottom = (-bottom[0], rows - bottom[1])  # y = rows - (a x + b)
    right = (-right[0], cols - right[1])
    corners = [_crossing(top, left), _crossing(top, right), _crossing(bottom, right), _crossing(bottom, left)]
    height, width = grey.shape[:2]
    quad = tuple((x * cell, y * cell) for x, y in corners)
    frame = ((0, 0), (width, 0), (width, height), (0, height))
    near, far = MIN_CORNER_SHIFT * max(width, height), MAX_CORNER_SHIFT * max(width, height)
    shifts = [max(abs(c[0] - f[0]), abs(c[1] - f[1])) for c, f in zip(quad, frame, strict=True)]
    if all(shift <= near + cell for shift in shifts) or any(shift > far for shift in shifts):
        return None
    return (quad[0], quad[1], quad[2], quad[3])


def _sheet_on_ground(grey, scale: float) -> Quad | None:
    """The corners (pixels) of a sheet lying turned on a patterned or dark ground that shows all round it
    (photo_sheet); None when no such ground shows (a sheet filling the frame, a scan)."""
    import numpy as np
    from PIL import Image

    from bilagor.extractor.photo_sheet import sheet_cells, sheet_corners, smooth_cells
    from bilagor.extractor.pixel_guard import grid_cell

    cell = grid_cell(grey.shape, scale, LIGHT_CELL_POINTS)
    height, width = grey.shape[:2]
    cells = np.asarray(
        Image.fromarray(np.ascontiguousarray(grey)).resize(
            (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
        )
    )
    bright = cells >= DESK_SHARE * float(np.percentile(cells, 95))
    sheet = sheet_cells(smooth_cells(cells, bright), cells)
    corners = sheet_corners(sheet) if sheet is not None else None
    if corners is None:
        return None
    quad = tuple((x * cell, y * cell) for x, y in corners)
    return (quad[0], quad[1], quad[2], quad[3])


def _side(paper) -> tuple[float, float] | None:
    """The sheet's top edge as y = a x + b (cells) fitted to the first sheet cell of each column where desk
    shows above it, in the middle of the width (towards the ends it is the side edges); None when too
    little of it shows."""
    import numpy as np

    rows, cols = paper.shape
    first = np.argmax(paper, axis=0).astype(np.float64)
    xs = np.arange(cols) + 0.5
    keep = paper.any(axis=0) & (first >= 1) & (xs > EDGE_ENDS * cols) & (xs < (1 - EDGE_ENDS) * cols)
    if keep.sum() < max(2, MIN_EDGE_SHARE * cols):  # a line through one point is no edge (polyfit warns)
        return None
    x, y = xs[keep], first[keep]
    for _ in range(3):  # least squares, then again without the points far off the line (a dent, a shadow)
        a, b = np.polyfit(x, y, 1)
        off = np.abs(y - (a * x + b))
        ok = off <= max(1.5, 3 * float(np.median(off)))
        if ok.all() or ok.sum() < MIN_EDGE_SHARE * cols:
            break
        x, y = x[ok], y[ok]
    return float(a), float(b)


def _crossing(across: tuple[float, float], down: tuple[float, float]) -> tuple[float, float]:
    """Where y = a1 x + b1 (a top or bottom edge) meets x = a2 y + b2 (a left or right edge)."""
    (a1, b1), (a2, b2) = across, down
    x = (a2 * b1 + b2) / (1 - a1 * a2)
    return x, a1 * x + b1


def rectified(grey, quad: Quad, *, fill: int = 255):
    """`grey` with the quadrilateral `quad` (corners as paper_quad gives them) mapped onto the whole frame
    (what lies outside the image: `fill`)."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape[:2]
    frame = ((0, 0), (width, 0), (width, height), (0, height))
    image = Image.fromarray(np.ascontiguousarray(grey))
    turned = image.transform(
        (width, height),
        Image.Transform.PERSPECTIVE,
        _perspective(frame, quad),
        Image.Resampling.BICUBIC,
        fillcolor=fill,
    )
    return np.asarray(turned)


def flattened(grey, scale: float):
    """`grey` divided by the paper's light around each pixel (paper white, ink dark), the desk white."""
    import numpy as np
    from PIL import Image

    from bilagor.extractor.bands import row_bands

    light, _ = _light(grey, scale)
    height, width = grey.shape[:2]
    lit = np.maximum(light, 1).astype(np.float32)
    paper = _paper_mask(_light(grey, scale, closed=True)[0])
    if paper is not None:
        # The desk and the paper's rim next to it: the light there is the desk's, or a mix.
        reach = max(1, round(DESK_MARGIN_POINTS / LIGHT_CELL_POINTS))
        desk = Image.fromarray(np.where(paper, 0, 255).astype(np.uint8)).filter(_max_filter(reach))
        lit[np.asarray(desk) > 0] = 0.0
    full = Image.fromarray(lit, mode="F").resize((width, height), Image.Resampling.BILINEAR)
    out = np.full(grey.shape, 255, np.uint8)
    # In bands of rows (extractor.bands): the light as an array and the quotients, for a whole page, are
    # four float copies of it, 320 MB for a page at the OCR pixel cap.
    for _, _, start, stop in row_bands(height):
        light_band = np.asarray(full.crop((0, start, width, stop)), dtype=np.float32)
        seen = light_band > 0
        quotient = grey[start:stop][seen] * (255.0 / light_band[seen])
        out[start:stop][seen] = np.clip(quotient, 0, 255).astype(np.uint8)
    return out


def _light(grey, scale: float, *, closed: bool = False):
    """(The paper's light on a grid of LIGHT_CELL_POINTS cells, the cell size in pixels): each cell's mean
    grey, then the brightest within LIGHT_REACH_POINTS (there is paper between any lines of ink). `closed`:
    the brightest and then the darkest within EDGE_REACH_POINTS, which keeps the sheet's edge in place."""
    import numpy as np
    from PIL import Image, ImageFilter

    from bilagor.extractor.pixel_guard import grid_cell

    cell = grid_cell(grey.shape, scale, LIGHT_CELL_POINTS)  # a bounded grid: _grown steps once per cell
    height, width = grey.shape[:2]
    small = Image.fromarray(np.ascontiguousarray(grey)).resize(
        (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
    )
    if closed:
        reach = max(1, round(EDGE_REACH_POINTS / LIGHT_CELL_POINTS))
        return np.asarray(small.filter(_max_filter(reach)).filter(ImageFilter.MinFilter(2 * reach + 1))), cell
    return lightest_within(np.asarray(small), max(1, round(LIGHT_REACH_POINTS / LIGHT_CELL_POINTS))), cell


def lightest_within(cells, reach: int):
    """Each cell of a 2-D grid (uint8 or float32) as its lightest value among the cells within `reach` of it (a
    square; past the grid's edge its edge cells repeat): the paper round each cell, between any lines of ink."""
    import numpy as np
    from PIL import Image

    return np.asarray(Image.fromarray(np.ascontiguousarray(cells)).filter(_max_filter(reach)))


def _max_filter(reach: int):
    from PIL import ImageFilter

    return ImageFilter.MaxFilter(2 * reach + 1)


def _paper_mask(light):
    """Cells of the sheet (the region round the middle brighter than a desk), or None when no cell is desk."""
    import numpy as np

    lit = float(np.percentile(light, 95))
    dark = light < DESK_SHARE * lit
    if not dark.any():
        return None
    bright = ~dark
    height, width = bright.shape
    middle = np.zeros_like(bright)
    middle[height // 2, width // 2] = bright[height // 2, width // 2]
    if not middle.any():
        return None
    region = _grown(middle, bright)  # desk-coloured specks on the sheet stay out
    # Holes inside it (dark cells closed in by the sheet: a black photo, a heavy title) are sheet too.
    edge = np.zeros_like(region)
    edge[0, :], edge[-1, :], edge[:, 0], edge[:, -1] = True, True, True, True
    return ~_grown(edge & ~region, ~region)


def _grown(seeds, allowed):
    """The cells of `allowed` 4-connected to a cell of `seeds` (a flood fill). Each numpy step fills whole runs of
    `allowed` along the rows, then down the columns: one step per turn of the path, not per cell of its length
    (a winding sheet edge on a grid of 400 000 cells took minutes cell by cell)."""
    region = seeds & allowed
    while True:
        grown = _run_filled(_run_filled(region, allowed).T, allowed.T).T
        if (grown == region).all():
            return region
        region = grown


def _run_filled(region, allowed):
    """Each run of `allowed` along a row that holds a cell of `region`, whole (H x W bool)."""
    import numpy as np

    height, width = allowed.shape
    open_ = np.zeros((height, width + 1), bool)  # a closed cell ends each row: no run crosses into the next
    open_[:, :width] = allowed
    flat = open_.ravel()
    starts = flat.copy()
    starts[1:] &= ~flat[:-1]
    run = np.cumsum(starts) * flat  # each open cell's run, numbered from 1; 0 closed
    held = np.zeros(int(run.max(initial=0)) + 1, bool)
    marked = np.zeros_like(open_)
    marked[:, :width] = region & allowed
    held[run[marked.ravel()]] = True
    held[0] = False
    return held[run].reshape(height, width + 1)[:, :width]


def _perspective(frame: Quad, quad: Quad) -> tuple[float, ...]:
    """PIL's PERSPECTIVE coefficients taking each output point of `frame` to its point of `quad`."""
    import numpy as np

    rows, values = [], []
    for (x, y), (u, v) in zip(frame, quad, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return tuple(float(c) for c in np.linalg.solve(np.array(rows, float), np.array(values, float)))

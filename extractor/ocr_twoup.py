"""Find where a scanned two-up sheet's two pages meet, before OCR.

A book scanner (or a copier fed an opened binder) puts two portrait pages side by side on one landscape
image. Read whole, a line of the left page and the line of the right page at the same height run
together, and each half sits crooked its own way, so one deskew angle fits neither. What any such scan
shows, whatever the shadow, the paper's tint or the resolution: a landscape image whose two halves each
hold a portrait page of text, with a gutter between them, a band of columns down the middle with no
text at all. Pure functions over a grey page image (2-D uint8, ink dark, `scale` px per pt):

- `text_ink`: a mask of text ink on a grid of points, each cell against the paper's light around it
  (a gutter's shadow or yellowed paper is no ink), straight runs longer than any glyph taken out (the
  sheet's edges against a dark scanner lid, a header's rule, the fold itself);
- `gutter`: the pixel column to cut the sheet at, or None when it is no two-up sheet (a blank right
  page, the last of an odd count, still makes the sheet two-up: its left page gets its own deskew);
- `sheet_halves`: the two pages cut apart, gutter and scanner lid made paper, to be read one by one.
"""

from __future__ import annotations

CELL_POINTS = 1.0  # text ink is judged on a grid of cells this size
PAPER_REACH_POINTS = 3.0  # the brightest cell this near is the paper's light (wider than a stroke)
INK_SHARE = 0.7  # a cell darker than this share of its paper's light holds ink
# A run of ink cells longer than this, across or down, is a rule, a sheet's edge or the fold: no glyph
# of a form's type is this tall (a 24 pt title's capital is about 17 pt) or this wide as one stroke.
MAX_GLYPH_POINTS = 30.0
MIN_ASPECT = 1.15  # width over height: two portrait pages side by side are landscape (A4: 1.41)
# The pages meet here (shares of the sheet's width): a fold is near the middle; a landscape form's
# label column ends well before it, so the gap between labels and short answers is no gutter.
MIDDLE = (0.42, 0.58)
MIN_GUTTER_POINTS = 16.0  # two page margins meet there: wider than a newspaper page's column gap
# A column of the gutter holds text ink in at most this share of the sheet's rows (dust, a JPEG ring).
GUTTER_INK_SHARE = 0.01
LINE_POINTS = 8.0  # a line of body text's letters stand within this height (x-height and ascenders)
# A band with ink in more than this share of its columns within one line's height is crossed by a line
# (word spaces are a fifth of a line at most); a gutter's dust and JPEG rings touch a few columns.
CROSSED_SHARE = 0.5
MIN_TEXT_SHARE = 0.003  # the left page holds text ink in at least this share of its cells (a few lines)


def text_ink(grey, scale: float):
    """Mask of cells of CELL_POINTS holding text ink (see the module's docstring), rows by columns."""
    import numpy as np
    from PIL import Image, ImageFilter

    from bilagor.extractor.ocr import long_runs

    cell = max(1, round(CELL_POINTS * scale))
    height, width = grey.shape[:2]
    small = Image.fromarray(np.ascontiguousarray(grey.reshape(height, width))).resize(
        (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
    )
    reach = max(1, round(PAPER_REACH_POINTS / CELL_POINTS))
    light = np.asarray(small.filter(ImageFilter.MaxFilter(2 * reach + 1)), dtype=np.float32)
    ink = np.asarray(small, dtype=np.float32) < INK_SHARE * light
    longest = max(2, round(MAX_GLYPH_POINTS / CELL_POINTS))
    return ink & ~long_runs(ink, longest) & ~long_runs(ink.T, longest).T


def gutter(grey, scale: float) -> tuple[int, int, int] | None:
    """(the pixel column where a two-up sheet's pages meet, the textless band's first and end column), or
    None: not landscape, or no band of columns without text at least MIN_GUTTER_POINTS wide reaching
    into the sheet's MIDDLE, or no text left of it. The cut is the band's middle; a band reaching out of
    MIDDLE (the right page blank, the last page of an odd count) is cut at the sheet's middle, or the
    nearest column of the band."""
    height, width = grey.shape[:2]
    if width < MIN_ASPECT * height:
        return None
    ink = text_ink(grey, scale)
    cols = ink.shape[1]
    empty = ink.sum(axis=0) <= GUTTER_INK_SHARE * ink.shape[0]
    low, high = round(MIDDLE[0] * cols), round(MIDDLE[1] * cols)
    bands = [band for band in _runs(empty) if band[1] > low and band[0] < high]
    if not bands:
        return None
    start, stop = max(bands, key=lambda band: band[1] - band[0])
    if (stop - start) * CELL_POINTS < MIN_GUTTER_POINTS or crossed(ink[:, start:stop]):
        return None
    cut = (start + stop) // 2 if low <= start and stop <= high else min(max(cols // 2, start), stop - 1)
    if ink[:, :cut].mean() < MIN_TEXT_SHARE:
        return None
    return tuple(min(width, round(x * width / cols)) for x in (cut, start + 1, stop - 1))


def crossed(band) -> bool:
    """Whether a line of text runs across `band` (text ink cells, rows by the columns of a textless band):
    within one line's height, ink in most of its columns. A landscape page of a few lines has columns
    with no more ink than a gutter's dust (one line's small letters are a few cells tall), but its
    lines run on through them; a gutter is crossed by no line."""
    import numpy as np

    rows, cols = band.shape
    height = max(1, round(LINE_POINTS / CELL_POINTS))
    if not cols or rows < height:
        return False
    counts = np.zeros((rows + 1, cols), np.int32)
    np.cumsum(band, axis=0, out=counts[1:])
    inked = (counts[height:] - counts[:-height]) > 0  # each window of a line's height: columns holding ink
    return bool(inked.mean(axis=1).max() > CROSSED_SHARE)


def sheet_halves(grey, scale: float):
    """(the pixel column where the pages meet, [left page, right page] as grey images) for a two-up sheet
    (`gutter`), else None. The textless band between them is made paper (a fold's shadow, the dark gap
    between two sheets: read as ink they give ruling lines and dashes), and so is the scanner's lid
    showing round each page (`without_desk`)."""
    import numpy as np

    found = gutter(grey, scale)
    if found is None:
        return None
    cut, start, stop = found
    left, right = np.array(grey[:, :cut]), np.array(grey[:, cut:])
    left[:, start:] = np.uint8(np.percentile(left, 95))
    right[:, : max(0, stop - cut)] = np.uint8(np.percentile(right, 95))
    return cut, [without_desk(left, scale), without_desk(right, scale)]


def _runs(mask) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D mask."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


DESK_SHARE = 0.45  # a cell darker than this share of the paper's light is the scanner's lid or desk, not paper
DESK_CELL_POINTS = 2.0  # the desk is looked for on cells this size
DESK_MARGIN_POINTS = 3.0  # and whitened this far beyond (its blurred edge)


def without_desk(grey, scale: float):
    """`grey` (a page cut from a sheet) with the dark lid or desk showing round the paper made paper: dark
    cells joined to the image's edge through dark cells. Read as ink it gives ruling lines along the
    page's edges and dashes beside the text; print is never joined to the edge that way."""
    import numpy as np
    from PIL import Image, ImageFilter

    from bilagor.extractor.page_photo import _grown
    from bilagor.extractor.pixel_guard import grid_cell

    cell = grid_cell(grey.shape, scale, DESK_CELL_POINTS)
    height, width = grey.shape[:2]
    small = np.asarray(
        Image.fromarray(np.ascontiguousarray(grey)).resize(
            (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
        )
    )
    dark = small < DESK_SHARE * float(np.percentile(small, 95))
    edge = np.zeros_like(dark)
    edge[0, :], edge[-1, :], edge[:, 0], edge[:, -1] = True, True, True, True
    desk = _grown(edge & dark, dark)
    if not desk.any():
        return np.ascontiguousarray(grey)
    reach = max(1, round(DESK_MARGIN_POINTS / DESK_CELL_POINTS))
    grown = Image.fromarray(desk.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(2 * reach + 1))
    wipe = np.asarray(grown.resize((width, height), Image.Resampling.NEAREST)) > 0
    paper = np.percentile(small, 95)
    cleaned = grey.copy()
    cleaned[wipe] = np.uint8(paper)
    return cleaned

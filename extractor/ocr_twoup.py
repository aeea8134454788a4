"""Text ink and the scanner's lid on a scanned sheet, for cutting it into its pages (ocr_sheet).

A book scanner (or a copier fed an opened binder, or set to print 2 or 4 pages on a sheet) puts several pages
on one image; read whole, lines of pages side by side run together. What tells the pages apart, whatever
the shadow, the paper's tint or the resolution, is where the text ink lies. Pure functions over a grey
page image (2-D uint8, ink dark, `scale` px per pt):

- `text_ink`: a mask of text ink on a grid of points, each cell against the paper's light around it
  (a gutter's shadow or yellowed paper is no ink), straight runs longer than any glyph taken out (the
  sheet's edges against a dark scanner lid, a header's rule, the fold itself), and thin dashed lines (a
  copier's cut marks between pages: dashed_lines);
- `without_desk`: a page cut from a sheet with the scanner's lid round it made paper.
"""

from __future__ import annotations

CELL_POINTS = 1.0  # text ink is judged on a grid of cells this size
# ... of at most this many cells (pixel_guard.grid_cell): a page at OCR's pixel cap drawn at 300 dpi has 1.25 M
# (4 px cells), so none changes; a poster page drawn at 0.31 px per pt had 20 M one-pixel cells, and the sheet
# search's running sums over them took a reader past 600 MB (h28: a 14 400 pt page of one noise image).
MAX_INK_CELLS = 2_000_000
PAPER_REACH_POINTS = 3.0  # the brightest cell this near is the paper's light (wider than a stroke)
INK_SHARE = 0.7  # a cell darker than this share of its paper's light holds ink
# A run of ink cells longer than this, across or down, is a rule, a sheet's edge or the fold: no glyph
# of a form's type is this tall (a 24 pt title's capital is about 17 pt) or this wide as one stroke.
MAX_GLYPH_POINTS = 30.0
MIN_GUTTER_POINTS = 16.0  # two page margins meet there: wider than a newspaper page's column gap
# A column of the gutter holds text ink in at most this share of the sheet's rows (dust, a JPEG ring).
GUTTER_INK_SHARE = 0.01
MIN_TEXT_SHARE = 0.003  # a page holds text ink in at least this share of its cells (a few lines)


def text_ink(grey, scale: float):
    """Mask of cells of CELL_POINTS holding text ink (see the module's docstring), rows by columns."""
    import numpy as np
    from PIL import Image, ImageFilter

    from bilagor.extractor.dashed_lines import dashed_lines
    from bilagor.extractor.ocr import long_runs
    from bilagor.extractor.pixel_guard import grid_cell

    cell = grid_cell(grey.shape, scale, CELL_POINTS, MAX_INK_CELLS)
    height, width = grey.shape[:2]
    small = Image.fromarray(np.ascontiguousarray(grey.reshape(height, width))).resize(
        (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
    )
    reach = max(1, round(PAPER_REACH_POINTS / CELL_POINTS))
    light = np.asarray(small.filter(ImageFilter.MaxFilter(2 * reach + 1)), dtype=np.float32)
    ink = np.asarray(small, dtype=np.float32) < INK_SHARE * light
    longest = max(2, round(MAX_GLYPH_POINTS / CELL_POINTS))
    ink &= ~long_runs(ink, longest) & ~long_runs(ink.T, longest).T
    return ink & ~dashed_lines(ink)  # a copier's cut marks between pages: no text, and in the gutters


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

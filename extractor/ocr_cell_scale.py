"""How much a page cut from a sheet of pages (ocr_sheet) is enlarged before OCR: by its text's height.

A form printed four pages to a sheet (A6 on A4) carries its 10 pt type at 5 pt: on a 300 dpi scan its letters
have the pixels of a 150 dpi page's, too few for Tesseract's small marks (full stops dropped, "@" read as "QQ",
bullets lost), and the layout's measures, in points of an ordinary page, see a page of footnotes. Such a page is
enlarged smoothly by a whole factor that brings its text lines to an ordinary page's height, and its points grow
alike: it is read as the page it was before the copier reduced it. Pure functions over a grey page image (2-D
uint8, ink dark, `scale` px per pt):

- `text_line_points`: the height of the page's full lines of text ink, in points of the sheet;
- `enlargement`: the whole factor to enlarge the page by (1: its text is an ordinary page's);
- `sheet_enlargement`: that factor for the pages of one sheet, measured together (`holds_print`: a blank
  cell is left as it is);
- `enlarged`: an image enlarged by that factor (Lanczos).
"""

from __future__ import annotations

# A page is enlarged by the largest whole factor that keeps its full lines (ascenders to descenders) at most this
# tall: an ordinary page's 9-11 pt type gives 8-10 pt lines and is left as it is, as are two pages reduced onto
# one sheet (A4 at A5, 0.71: 6.5-7.5 pt lines), while a four-up sheet's pages (A4 at A6, 0.5: 4.5-5.5 pt) are
# enlarged twice.
ORDINARY_LINE_POINTS = 12.0
FULL_LINE_PERCENTILE = 75  # the lines without descenders (or ascenders) lie below it
MAX_ENLARGEMENT = 2  # four pages to a sheet, the smallest measured (eight to a sheet, A7, get as much)
# A pixel is ink when it lies nearer the print's darkest than the paper (faint or grey print measures as tall as
# black: a fixed share of the paper's light took only a faint stroke's core, and its lines for half their height).
PAPER_PERCENTILE = 50  # most of a page is paper
PRINT_PERCENTILE = 0.5  # the darkest of its print, for measuring its lines
# Whether a page holds print at all is told by its darkest few pixels: a sheet's short last page (a heading and a line
# or two at its top) darkens fewer than PRINT_PERCENTILE, and left at the sheet's size beside its enlarged pages its
# small words were taken for the form's (the first page's sections were lost). A blank cell is paper all through.
ANY_PRINT_PERCENTILE = 0.02
MIN_CONTRAST = 40  # grey levels between paper and print, or no print at all (paper's grain)
STRIP_POINTS = 36.0  # lines are measured in strips this wide: a page turned by a degree keeps each line level there
# A run of inked rows shorter than this is dust or a rule, taller a picture or lines run together
MIN_LINE_POINTS = 1.0
MAX_LINE_POINTS = 30.0
MIN_LINES = 5  # fewer lines of text give no measure: the page is left as it is


def text_line_points(grey, scale: float) -> float | None:
    """The height in points of the page's full lines of text (FULL_LINE_PERCENTILE of the runs of rows holding
    ink within each vertical strip of the page), or None when no strip holds MIN_LINES lines."""
    return _full_line([grey], scale)


def enlargement(grey, scale: float) -> int:
    """The whole factor (1 to MAX_ENLARGEMENT) that brings the page's text lines nearest an ordinary page's
    without passing it; 1 for a page without a measure."""
    return sheet_enlargement([grey], scale)


def sheet_enlargement(pages: list, scale: float) -> int:
    """`enlargement` of the pages cut from one sheet, measured together: they were reduced alike, and a short
    last page (a line or two) has no measure of its own."""
    line = _full_line(pages, scale)
    if line is None or line <= 0:
        return 1
    return max(1, min(MAX_ENLARGEMENT, int(ORDINARY_LINE_POINTS // line)))


def holds_print(grey) -> bool:
    """Whether the page holds print at all (a blank cell of a sheet is not enlarged: pixels and OCR time for
    nothing)."""
    return _contrast(grey, ANY_PRINT_PERCENTILE) >= MIN_CONTRAST


def _contrast(grey, print_percentile: float) -> float:
    """Grey levels between the page's paper and the darkest `print_percentile` of its pixels (0 for no pixels)."""
    import numpy as np

    if grey.size == 0:
        return 0.0
    paper, dark = np.percentile(grey, (PAPER_PERCENTILE, print_percentile))
    return float(paper - dark)


def _full_line(pages: list, scale: float) -> float | None:
    import numpy as np

    lines: list[float] = []
    most = 0  # lines in the strip holding most
    for grey in pages:
        found, strip_most = _line_heights(grey, scale)
        lines += found
        most = max(most, strip_most)
    return float(np.percentile(lines, FULL_LINE_PERCENTILE)) if most >= MIN_LINES else None


def _line_heights(grey, scale: float) -> tuple[list[float], int]:
    """The heights in points of the runs of inked rows in each strip of the page, and the most in one strip."""
    import numpy as np

    if _contrast(grey, PRINT_PERCENTILE) < MIN_CONTRAST:  # a blank page, a negative's dark ground, a line or two
        return [], 0
    paper, dark = np.percentile(grey, (PAPER_PERCENTILE, PRINT_PERCENTILE))
    ink = grey < (paper + dark) / 2
    strip = max(1, round(STRIP_POINTS * scale))
    lines: list[float] = []
    most = 0
    for left in range(0, ink.shape[1], strip):
        rows = ink[:, left : left + strip].any(axis=1)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
        heights = [(b - a) / scale for a, b in zip(edges[::2], edges[1::2])]
        found = [h for h in heights if MIN_LINE_POINTS <= h <= MAX_LINE_POINTS]
        lines += found
        most = max(most, len(found))
    return lines, most


def enlarged(image, factor: int):
    """`image` (H x W grey or H x W x 3) `factor` times as large, resampled smoothly (Lanczos); itself at 1."""
    import numpy as np
    from PIL import Image

    if factor == 1:
        return image
    picture = Image.fromarray(np.ascontiguousarray(image))
    return np.asarray(picture.resize((picture.width * factor, picture.height * factor), Image.Resampling.LANCZOS))

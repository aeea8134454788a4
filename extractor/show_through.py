"""Take the reverse side's print out of a scan of thin paper before OCR.

On thin paper the form printed on the back of the sheet shows through, mirrored and blurred: a pale
grey text under the page's own. Tesseract reads its strokes where they touch the print ("skolan-och",
"ljusare: Syftet-är", "@" read "QP") and its lines split the print's lines. What any show-through
looks like, whatever the scanner, the encoding or the paper's tint: much pale grey ink that lies away
from the page's own dark print (a scan's grey is otherwise only the fringe of dark strokes), and no
darker than a fraction of the paper's light (it is seen through the paper). Pure functions over a grey
page image (2-D uint8, ink dark, `scale` px per pt):

- `show_through_cut`: the grey from which on the page is paper and show-through, or None when the page
  shows none (a clean scan, pencil or a shadow darker than any show-through);
- `without_show_through`: the page with everything at least that light made paper.
"""

from __future__ import annotations

CELL_POINTS = 1.0  # ink is judged on cells this size, each by its darkest pixel
PRINT_SHARE = 0.45  # a cell darker than this share of the paper's light holds the page's own print
# A cell between these shares of the paper's light holds pale ink: show-through, or a stroke's grey fringe
PALE_SHARE = (0.5, 0.9)
FRINGE_POINTS = 1.5  # a stroke's grey fringe lies this near its dark core: pale ink further out is no fringe
# Pale cells away from print, per print cell: clean scans measured 0.005-0.03, pen-marked ones 0.05-0.17
# (a pen's and a pencil's strokes), show-through 0.31-4.9 (a page of little print over a full back).
MIN_PALE_PER_PRINT = 0.25
# Seen through paper, the back's darkest ink is still this share of the paper's light or more (measured
# 0.76-0.82); a darker pale layer is something else (a gutter's shadow, pencil: 0.51-0.63) and is kept.
MIN_SHOW_THROUGH_SHARE = 0.65
PALE_PERCENTILE = 1  # of the pale cells' grey: the show-through's darkest, outliers aside
MARGIN = 8  # grey levels under that darkest: the cut leaves the blurred show-through's cores no speck


def show_through_cut(grey, scale: float) -> int | None:
    """The grey level from which `grey` is paper or show-through, or None when it shows no reverse side."""
    import numpy as np

    from bilagor.extractor.ink_cells import grown, paper_and_cells

    measured = paper_and_cells(grey, scale, CELL_POINTS)
    if measured is None:
        return None
    paper, _, darkest = measured
    printed = darkest < PRINT_SHARE * paper
    reach = max(1, round(FRINGE_POINTS / CELL_POINTS))
    band = (darkest >= PALE_SHARE[0] * paper) & (darkest < PALE_SHARE[1] * paper)
    pale = band & ~grown(printed, reach)
    # Counted as show-through only: pale cells away from any ink darker than show-through can be (grey print
    # just paler than PRINT_SHARE, a posterised page's grey answers at 0.46 of the paper, has pale fringes and
    # dots of its own), standing in blocks as a mirrored text's lines do (a grey rule or frame is a cell or two
    # thick). A posterised form's frames and its answers' dots at its palest grey but one were taken for a back's
    # print and wiped ("anvandas", "Hasselby"). The level is measured as before, so the step only fires less.
    away = band & ~grown(darkest < PALE_SHARE[0] * paper, reach)
    count = int((away & grown(~grown(~away, 1), 1)).sum())
    if not count or count < MIN_PALE_PER_PRINT * int(printed.sum()):
        return None
    level = float(np.percentile(darkest[pale], PALE_PERCENTILE))
    if level < MIN_SHOW_THROUGH_SHARE * paper:
        return None
    return round(level) - MARGIN


def without_show_through(grey, scale: float):
    """`grey` with its reverse side's show-through (`show_through_cut`) made paper, and whether it showed any.
    The print keeps its grey edges darker than the cut (they tell Tesseract a letter's shape)."""
    import numpy as np

    cut = show_through_cut(grey, scale)
    if cut is None:
        return grey, False
    paper = np.uint8(np.median(grey[::4, ::4]))
    return np.where(grey >= cut, paper, grey).astype(np.uint8), True

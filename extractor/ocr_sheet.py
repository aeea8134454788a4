"""Split a scanned sheet holding several pages (n-up) into its pages, in reading order, before OCR.

A copier's "4 on 1", a booklet spread or two pages on a landscape sheet: read whole, lines of pages side
by side run together, and a report never continues from one page to the next. What any such sheet shows,
whatever its paper or resolution: pages of A-series paper halve the sheet along its long side, and each half
halves again, with a gutter between them, a band of paper across the whole part with no text, wider than
a column gap and crossed by no line. Pure functions over the text ink mask of `ocr_twoup.text_ink`
(rows by columns of 1 pt cells):

- `cells`: the sheet's pages as boxes of the mask, split recursively across each part's long side at a
  gutter near its middle (a blank far half still splits off: an odd page count's last cell); a gutter
  between text lines must be wider than one crossing them, so pages turned on
  the sheet (OCR turns each upright by OSD) are split as well as upright ones;
- `reading_order`: the boxes left to right within a row, rows top to bottom;
- `sheet_pages`: the pages cut from a grey sheet image, each with only its own text on paper (the
  gutters' shadows and the scanner's lid made paper), to be read one by one.

One page with two label/value columns or a wide table is kept whole: its gutter is crossed by a title or
a line, lies off its middle, or splits it alone (see `_split`). A sheet whose lower row is blank (a form that
ran out of pages) is still cut when its upper row is pages: a blank cell beside the text, two text blocks
each with its own margins, wider apart than one page's label and answer columns, or a short second page whose
text starts in its half of the row where the first page's starts in its own (`_pages_side_by_side`). A
copier's dashed cut marks between the pages are no text ink (dashed_lines). Each page cut out is read at the
size of its type (ocr_cell_scale).

Three or four pages printed side by side on one wide sheet are not halved: the sheet's middle lies inside a page
(three) or its halves hold two pages side by side though taller than wide (four). A landscape sheet is cut into n
equal columns first (`_across`) when a gutter reaches each boundary between them and the columns are pages by the
sheet's own geometry: written from the first column on (a form that ran out leaves the last blank), the first a
page's height of text (a landscape page's few lines are none) and, alone, a page's width in its column; no two
neighbours one text block (a label column beside its answer column starts each label on its answer's first line,
pages side by side set their lines apart); and the gutters between written pages wide enough for two pages' margins
(`MIN_GAP_TO_MARGIN` times the first page's left margin). A blank cell's frame corners are specks, no page's text.
"""

from __future__ import annotations

from bilagor.extractor.dashed_lines import bridged
from bilagor.extractor.ocr_twoup import (
    CELL_POINTS,
    GUTTER_INK_SHARE,
    MIN_GUTTER_POINTS,
    MIN_TEXT_SHARE,
    text_ink,
    without_desk,
)

Box = tuple[int, int, int, int]  # x0, top, x1, bottom: cells of the ink mask

# A gutter reaches into this share of the part's long side (uneven cells move it off the exact middle).
MIDDLE = (0.4, 0.6)
# Across the text lines (pages above one another) the gutter must be wider: two page margins, wider than
# the space between a form's sections.
MIN_ACROSS_GUTTER_POINTS = 28.0
MIN_PAGE_POINTS = 140.0  # a part whose short side is below this is no sheet of pages (an A7 page is 210 pt)
MAX_DEPTH = 3  # halved three times: eight pages on one sheet
# A gutter's line holds at most this much ink (dust): a turned page's sparse text across it holds a letter's height.
MAX_GUTTER_INK_POINTS = 3.0
MIN_TEXT_AREA = 100.0  # pt² of text ink: a part holds text (a short word's letters), not only dust
SMEAR_POINTS = 3  # letters of a word stand this near: bridged when judging which way the text runs


def cells(ink) -> list[Box]:
    """The pages on a sheet (`ink`: text ink cells, rows by columns), in reading order; one box when the
    sheet holds one page."""
    rows, cols = ink.shape
    return reading_order(_split(ink, (0, 0, cols, rows), 0))


PAGE_MARGIN_POINTS = 12.0  # a cut page keeps this much paper round its text; beyond it lie gutters and shadows
# A stain's figure on a page cut out (a coffee cup's ring: ocr_quarter.figure_boxes) is made paper where its box is
# lighter than this share of the paper: the ring's grey rim (about 0.6), not the print it runs over (under 0.2 at
# its strokes' cores); read, the rim came out as words ("Vå N", "i SN") inside the answers it crossed.
FIGURE_TONE = 0.4
# The figure's box reaches this much further: where the ring runs straight along a row or a column for longer than
# a glyph (its flattest sides), text_ink took those cells for a rule's and left them out of the figure.
FIGURE_REACH_POINTS = 5.0


def sheet_pages(grey, scale: float) -> list[tuple[tuple[int, int, int, int], object]] | None:
    """[(the page's pixel box (x0, top, x1, bottom) on the sheet, its grey image)] in reading order for a
    sheet of several pages (`cells`), else None. Each page's image is paper beyond PAGE_MARGIN_POINTS round
    its text (a gutter's shadow, the next page's edge: read as ink they give rules and dashes), a stain's ring
    on it is made paper but for the print it crosses (FIGURE_TONE), and the scanner's lid is made paper
    (ocr_twoup.without_desk)."""
    import numpy as np

    from bilagor.extractor.ocr_quarter import figure_boxes, turned_pages

    ink = text_ink(grey, scale)
    # a cell holding two pages turned a quarter side by side is cut once more (ocr_quarter)
    boxes = reading_order([page for box in cells(ink) for page in turned_pages(ink, box)])
    if len(boxes) < 2:
        return None
    height, width = grey.shape[:2]
    rows, cols = ink.shape
    margin = max(1, round(PAGE_MARGIN_POINTS / CELL_POINTS))
    pages = []
    for x0, top, x1, bottom in boxes:
        box = (
            round(x0 * width / cols),
            round(top * height / rows),
            min(width, round(x1 * width / cols)),
            min(height, round(bottom * height / rows)),
        )
        image = np.array(grey[box[1] : box[3], box[0] : box[2]])
        paper = np.uint8(np.percentile(image, 95))
        keep = np.zeros(image.shape[:2], bool)
        text_rows, text_cols = np.nonzero(_text_cells(ink[top:bottom, x0:x1]))
        if text_rows.size:
            y0, y1 = (max(0, text_rows.min() - margin), text_rows.max() + 1 + margin)
            c0, c1 = (max(0, text_cols.min() - margin), text_cols.max() + 1 + margin)
            ys, xs = image.shape[0] / (bottom - top), image.shape[1] / (x1 - x0)
            keep[round(y0 * ys) : round(y1 * ys), round(c0 * xs) : round(c1 * xs)] = True
        image[~keep] = paper
        ys, xs = image.shape[0] / (bottom - top), image.shape[1] / (x1 - x0)
        for f0, f_top, f1, f_bottom in figure_boxes(ink[top:bottom, x0:x1]):  # a coffee ring's grey rim (ocr_quarter)
            grow = FIGURE_REACH_POINTS / CELL_POINTS
            band = slice(max(0, round((f_top - grow) * ys)), round((f_bottom + grow) * ys))
            ring = image[band, max(0, round((f0 - grow) * xs)) : round((f1 + grow) * xs)]
            ring[ring >= FIGURE_TONE * paper] = paper
        pages.append((box, without_desk(image, scale)))
    return pages


def _split(ink, box: Box, depth: int) -> list[Box]:
    """`box` halved at its gutter and each half split again, or [box]. Pages on one sheet are alike, so
    halves holding text split alike (one splitting alone is one page's blank band or column gap: the halves
    stay whole), and a cut along the text lines stands only when both halves hold text and split further (a
    2 x 2 sheet's rows), for one page's blank band between sections is such a cut too; or when one half is
    blank and the other's cells are pages (`_pages_side_by_side`: a form that ran out before the sheet's last
    row), not the label and answer columns of a page written only at its top."""
    across = _across(ink, box) if depth == 0 else None
    if across is not None:
        return across
    found = _halved(ink, box, depth)
    if found is None:
        return [box]
    halves, along_lines = found
    with_text = [_has_text(ink, half) for half in halves]
    parts = [_split(ink, half, depth + 1) for half in halves]
    if along_lines and not all(with_text):
        # a blank row of cells: it stands only when the other row is pages, not one page's columns
        written = [part for part, text in zip(parts, with_text) if text]
        return parts[0] + parts[1] if written and _pages_side_by_side(ink, written[0]) else [box]
    split = {len(part) > 1 for part, text in zip(parts, with_text) if text}
    if along_lines and split != {True}:
        return [box]
    return parts[0] + parts[1] if len(split) == 1 else list(halves)


def _halved(ink, box: Box, depth: int) -> tuple[tuple[Box, Box], bool] | None:
    """(`box`'s two halves cut at a gutter across its long side, whether the cut runs along the text
    lines), or None."""
    x0, top, x1, bottom = box
    part = ink[top:bottom, x0:x1]
    if depth >= MAX_DEPTH or min(part.shape) * CELL_POINTS < MIN_PAGE_POINTS:
        return None
    across = part.shape[0] > part.shape[1]  # portrait: its pages stand one above the other
    along_lines = across != runs_down(part)  # a cut between lines of text needs a wider gutter
    cut = gutter_cut(part.T if across else part, MIN_ACROSS_GUTTER_POINTS if along_lines else MIN_GUTTER_POINTS)
    if cut is None:
        return None
    if across:
        return ((x0, top, x1, top + cut), (x0, top + cut, x1, bottom)), along_lines
    return ((x0, top, x0 + cut, bottom), (x0 + cut, top, x1, bottom)), along_lines


# Two text blocks side by side are pages when the paper between them is this many times as wide as the mean
# of the paper outside them: each page brings its own margins to the gutter, while one page's label and
# answer columns stand no further apart than the page's margins are wide.
MIN_GAP_TO_MARGIN = 1.5
# Two pages' left margins match to this share of the first's, or this many points (pages placed a little unevenly).
MARGIN_MATCH = 0.2
MARGIN_MATCH_POINTS = 4.0


def _pages_side_by_side(ink, row: list[Box]) -> bool:
    """Whether the cells of `row` (one row of a sheet, its other row blank) are pages: it was cut and some cell
    is blank (all its text stays in one cell, the rest of a sheet whose form ran out), or its two cells hold
    text blocks with a page's margins each (`MIN_GAP_TO_MARGIN`), or the second block, however short, starts
    in its half of the row where the first starts in its own (`MARGIN_MATCH`)."""
    if len(row) < 2:
        return False
    written = [cell for cell in row if _has_text(ink, cell)]
    if len(written) < len(row):
        return True
    left, right = sorted(written[:2])
    left_start, left_end = _text_span(ink, left)
    right_start, right_end = _text_span(ink, right)
    gap, margin = right_start - left_end, left_start - left[0]
    outer = (margin + (right[2] - right_end)) / 2
    if gap >= MIN_GAP_TO_MARGIN * max(outer, 1):
        return True
    # a short second page (a line or two at its top) has no right margin to measure; its text starts as far
    # from the row's middle as the first page's from the row's edge, as two pages' left margins do
    start = right_start - (left[0] + right[2]) / 2
    return gap >= MIN_GAP_TO_MARGIN * max(margin, 1) and abs(start - margin) <= max(
        MARGIN_MATCH_POINTS, MARGIN_MATCH * margin
    )


# Pages printed side by side on one wide sheet, besides two (halved by `_halved`).
ACROSS_COUNTS = (4, 3)
# The gutter between two of n pages across reaches within this share of a column's width of their boundary
# (pages placed a little unevenly in their cells, the sheet cropped unevenly by the scanner).
ACROSS_REACH = 0.15
# A print shop's rule down a gutter, slanted by the scan, leaves bits of ink this wide: the gutter runs on across.
GUTTER_RULE_POINTS = 12.0


def _across(ink, box: Box) -> list[Box] | None:
    """`box` (a landscape sheet) cut into ACROSS_COUNTS columns of pages side by side, left to right, or None."""
    x0, top, x1, bottom = box
    part = ink[top:bottom, x0:x1]
    rows, cols = part.shape
    if cols <= rows:
        return None
    paper = bridged(_empty_columns(part)[None, :], round(GUTTER_RULE_POINTS / CELL_POINTS))[0]
    bands = [band for band in _runs(paper) if band[0] > 0]
    for count in ACROSS_COUNTS:
        width = cols / count
        if width * CELL_POINTS < MIN_PAGE_POINTS:
            continue
        cuts = [_cut_near(bands, k * width, ACROSS_REACH * width) for k in range(1, count)]
        if None in cuts:
            continue
        edges = [0, *(cut for cut in cuts if cut is not None), cols]
        columns = list(zip(edges, edges[1:]))
        if _pages_across(part, columns, bands):
            return [(x0 + left, top, x0 + right, bottom) for left, right in columns]
    return None


def _cut_near(bands: list[tuple[int, int]], edge: float, reach: float) -> int | None:
    """The column to cut at between two pages meeting near `edge`: the middle of the widest band of empty columns
    reaching within `reach` of it, or the edge itself when that band's middle lies beyond (a blank last page's
    paper runs on to the sheet's edge) and the edge lies a page margin inside the band; else None."""
    near = [band for band in bands if band[0] < edge + reach and band[1] > edge - reach]
    if not near:
        return None
    start, stop = max(near, key=lambda band: band[1] - band[0])
    middle = (start + stop) // 2
    if abs(middle - edge) <= reach:
        return middle
    margin = PAGE_MARGIN_POINTS / CELL_POINTS
    return round(edge) if start + margin <= edge < stop - margin else None


def _pages_across(part, columns: list[tuple[int, int]], bands: list[tuple[int, int]]) -> bool:
    """Whether `columns` of `part` are pages side by side: written from the first on (the rest blank: a form that ran
    out), the first a page's height of text (`_full_page`) and, alone, a page's width (MIN_PAGE_WIDTH_SHARE of its
    column), no two neighbours one text block (`_one_text_block`), and each gutter between written ones at least MIN_GAP_TO_MARGIN
    times the first page's left margin wide (two pages' margins meet there)."""
    written = [_has_text(part, (left, 0, right, part.shape[0])) for left, right in columns]
    count = sum(written)
    if count < 1 or written[:count] != [True] * count:
        return False
    boxes = [(left, 0, right, part.shape[0]) for left, right in columns[:count]]
    if not _full_page(part, boxes[0]):
        return False
    if count == 1:  # a one-page form: its text fills its column, the rest of the sheet blank
        return _text_width(part, boxes[0]) >= MIN_PAGE_WIDTH_SHARE * (boxes[0][2] - boxes[0][0])
    if any(_one_text_block(part, a, b) for a, b in zip(boxes, boxes[1:])):
        return False
    margin = int(part.any(axis=0).nonzero()[0][0])
    gutters = [
        max((stop - start for start, stop in bands if start < cut < stop), default=0)
        for cut in (right for (_, right) in columns[: count - 1])
    ]
    return min(gutters) >= max(MIN_GAP_TO_MARGIN * max(margin, 1), MIN_GUTTER_POINTS / CELL_POINTS)


# The first of several pages across a sheet is full: its text runs down this share of the sheet at least (a landscape
# page's few lines, or a short form's rows, cut at their thirds hold a line or two each).
MIN_PAGE_TEXT_SHARE = 0.35
# A page alone in the first of n columns fills this share of its column's width: a two-up sheet's left page, its
# right page blank, reaches past the sheet's first third.
MIN_PAGE_WIDTH_SHARE = 0.6


def _full_page(ink, box: Box) -> bool:
    """Whether the text in `box` runs down MIN_PAGE_TEXT_SHARE of its height."""
    x0, top, x1, bottom = box
    rows = _text_cells(ink[top:bottom, x0:x1]).any(axis=1).nonzero()[0]
    return rows.size > 0 and rows[-1] + 1 - rows[0] >= MIN_PAGE_TEXT_SHARE * (bottom - top)


def _text_width(ink, box: Box) -> int:
    """The width of the text in `box`, in cells."""
    x0, top, x1, bottom = box
    columns = _text_cells(ink[top:bottom, x0:x1]).any(axis=0).nonzero()[0]
    return int(columns[-1] + 1 - columns[0]) if columns.size else 0


# A frame's corner left when its long runs were taken out, a speck of dust: ink cells with fewer inked cells than
# this in the window SPECK_REACH cells round them are no text. They give no page its extent (a blank cell's frame
# corners read as the page's text box: its frame, read by the OCR, came out as words).
SPECK_REACH = 3
MIN_TEXT_NEIGHBOURS = 6


def _text_cells(ink):
    """`ink` without its specks."""
    from bilagor.extractor.specks import window_sums

    return ink & (window_sums(ink, SPECK_REACH, SPECK_REACH) >= MIN_TEXT_NEIGHBOURS)


# One page's columns (a label column beside its answer column, a page's halves) share its text block: each line of
# the column with fewer starts where a line of the other does. Pages side by side set their lines apart.
LINE_TOP_REACH_POINTS = 2.0  # two lines start together (a page turned a little on the sheet moves them this far)
MIN_SHARED_TOP_SHARE = 0.8  # of the fewer lines' tops
MIN_SHARED_TOPS = 3  # a line or two shared is chance (a running header at the same height)
MIN_LINE_POINTS = 2.0  # a run of inked rows lower than this is dust or a rule's remains, no line


def _one_text_block(ink, left: Box, right: Box) -> bool:
    """Whether the text of `left` and `right` (boxes of one row of the sheet) is one text block's columns."""
    import numpy as np

    few, many = sorted((_line_tops(ink, left), _line_tops(ink, right)), key=len)
    if not few:
        return False
    tops = np.array(many)
    shared = sum(1 for top in few if np.abs(tops - top).min() * CELL_POINTS <= LINE_TOP_REACH_POINTS)
    return shared >= MIN_SHARED_TOPS and shared >= MIN_SHARED_TOP_SHARE * len(few)


def _line_tops(ink, box: Box) -> list[int]:
    """The sheet rows where the lines of text in `box` start (runs of rows holding ink)."""
    x0, top, x1, bottom = box
    rows = ink[top:bottom, x0:x1].any(axis=1)
    return [top + start for start, stop in _runs(rows) if (stop - start) * CELL_POINTS >= MIN_LINE_POINTS]


def _text_span(ink, box: Box) -> tuple[int, int]:
    """The first and past-last columns of the sheet holding text ink in `box`."""
    x0, top, x1, bottom = box
    columns = ink[top:bottom, x0:x1].any(axis=0).nonzero()[0]
    return x0 + int(columns[0]), x0 + int(columns[-1]) + 1


def _has_text(ink, box: Box) -> bool:
    x0, top, x1, bottom = box
    return int(ink[top:bottom, x0:x1].sum()) * CELL_POINTS**2 >= MIN_TEXT_AREA


def gutter_cut(part, min_points: float) -> int | None:
    """The column to cut `part` (ink cells, rows by columns) at: the middle of the widest band of columns
    without text (a line crossing it puts a letter's height of ink in each column), at least `min_points`
    wide, reaching into the MIDDLE; None when
    there is none or no text before it. A band reaching out of the MIDDLE (a blank last cell, short pages'
    blank sides) is cut at the part's middle, or the nearest column of the band."""
    import numpy as np

    rows, cols = part.shape
    empty = _empty_columns(part)
    low, high = round(MIDDLE[0] * cols), round(MIDDLE[1] * cols)
    bands = [band for band in _runs(empty) if band[1] > low and band[0] < high and band[0] > 0]
    if not bands:
        return None
    start, stop = max(bands, key=lambda band: band[1] - band[0])
    if (stop - start) * CELL_POINTS < min_points:
        return None
    cut = (start + stop) // 2 if low <= start and stop <= high else min(max(cols // 2, start), stop - 1)
    if np.asarray(part[:, :cut]).mean() < MIN_TEXT_SHARE:
        return None
    return int(cut)


def _empty_columns(part):
    """The columns of `part` without text (dust, or a crossing line's letter height of ink, at most)."""
    return part.sum(axis=0) <= min(GUTTER_INK_SHARE * part.shape[0], MAX_GUTTER_INK_POINTS / CELL_POINTS)


def runs_down(part) -> bool:
    """Whether the text in `part` runs down the sheet (a page turned 90°): with a word's letters bridged,
    its ink's runs are longer down than across."""
    if not part.any():
        return False
    return _mean_run(_bridged(part.T)) > _mean_run(_bridged(part))


def _bridged(mask):
    """`mask` with gaps along its rows up to SMEAR_POINTS wide closed."""
    return bridged(mask, max(1, round(SMEAR_POINTS / CELL_POINTS)))


def _mean_run(mask) -> float:
    """Mean length of the runs of True along the rows of `mask`."""
    import numpy as np

    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), np.int8)
    padded[:, 1:-1] = mask
    starts = int((np.diff(padded, axis=1) == 1).sum())
    return float(mask.sum()) / starts if starts else 0.0


def reading_order(boxes: list[Box]) -> list[Box]:
    """`boxes` as a reader takes them: rows top to bottom (a box whose middle lies within the first box of
    a row belongs to it), each row left to right."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        middle = (box[1] + box[3]) / 2
        for row in rows:
            if row[0][1] <= middle < row[0][3]:
                row.append(box)
                break
        else:
            rows.append([box])
    return [box for row in rows for box in sorted(row, key=lambda b: b[0])]


def _runs(mask) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D mask."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]

"""A header grid whose cells are centred in their rows (LibreOffice Writer's tables from HTML, a table set with
its cells centred vertically).

In a grid of label | value | label | value pairs, a value wrapped over two lines in its narrow cell straddles
the row's one-line cells: its first line stands above the row's labels, its last below, so read line by line
the value's first line runs ahead of its own label and its last line into the next row ('Laddstolpar vid
Brommaplan' / 'Sökande nämnd' …). Put each such short cell (two or three lines at their wrap pitch) with its
first line level with the row's one-line cells, where a top-aligned grid would have it: the middle of the cell
is the middle of a one-line cell in another of the grid's columns, and no one-line cell of another column
starts level with its first line. A grid is a band of lines parted in cells, one line of three cells or more,
its cells starting at three x's or more (a label | answer table's two columns are `rows`' to read).
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page


def _middle(run: Line) -> float:
    return (run.top + run.bottom) / 2


def top_align_centred_cells(page: Page, tol: float, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` with every short cell of a centred grid moved down to its row's top (see the module's docstring)."""
    lines = [[Line(line.page, run) for run in segments(line, s)] for line in group_lines(page, s)]
    if sum(len(runs) >= s.centred_grid_min_cells for runs in lines) == 0:
        return page
    # The grid's band: from its first line parted in cells to its last, and a line's height beyond (a centred
    # cell's first line above its row's one-line cells, its last below).
    parted = [runs for runs in lines if len(runs) >= 2]
    height = min(r.bottom - r.top for runs in parted for r in runs)
    top = min(r.top for r in parted[0]) - s.centred_band_lines * height
    bottom = max(r.bottom for r in parted[-1]) + s.centred_band_lines * height
    runs = [r for line in lines for r in line if top <= r.top and r.bottom <= bottom]
    starts = [x for x, n in cluster([r.x0 for r in runs], tol) if n >= s.centred_grid_min_rows]
    if len(starts) < s.centred_grid_min_cells:
        return page  # a label | answer table: its centred rows are `rows`' to read
    columns = {x: _cells(sorted((r for r in runs if abs(r.x0 - x) <= tol), key=lambda r: r.top), s) for x in starts}
    shifts: dict[int, float] = {}  # id(word) -> how far down
    for x, cells in columns.items():
        # The one-line cells of the grid's other columns: where a row's top and middle are.
        single = [c[0] for other, cs in columns.items() if other != x for c in cs if len(c) == 1]
        for cell in cells:
            if not 2 <= len(cell) <= s.centred_cell_max_lines:
                continue
            level = s.centred_level_share * (cell[0].bottom - cell[0].top)
            if any(abs(r.top - cell[0].top) <= level for r in single):
                continue  # a one-line cell beside it starts level with it: the grid is top-aligned here
            middle = (cell[0].top + cell[-1].bottom) / 2
            row = [r for r in single if abs(_middle(r) - middle) <= level and r.top > cell[0].top]
            if row:
                dy = min(r.top for r in row) - cell[0].top
                shifts.update({id(w): dy for run in cell for w in run.words})
    if not shifts:
        return page
    moved = [
        replace(w, top=w.top + shifts[id(w)], bottom=w.bottom + shifts[id(w)]) if id(w) in shifts else w
        for w in page.words
    ]
    return replace(page, words=moved)


def _cells(column: list[Line], s: LayoutSettings) -> list[list[Line]]:
    """A column's runs parted into cells: runs following each other at a wrapped line's pitch are one cell."""
    out: list[list[Line]] = []
    for run in column:
        last = out[-1][-1] if out else None
        height = max(run.bottom - run.top, 0.1)
        if last is not None and 0 < run.top - last.top <= s.centred_wrap_pitch * height:
            out[-1].append(run)
        else:
            out.append([run])
    return out

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

from bisect import bisect_left, bisect_right
from dataclasses import replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page


def grid_runs(page: Page, tol: float, s: LayoutSettings = DEFAULT_SETTINGS) -> tuple[list[Line], list[float]] | None:
    """The runs of the page's grid band and its columns' starts, or None when the page holds no grid of three
    columns or more."""
    lines = [[Line(line.page, run) for run in segments(line, s)] for line in group_lines(page, s)]
    if sum(len(runs) >= s.centred_grid_min_cells for runs in lines) == 0:
        return None
    # The grid's band: from its first line parted in cells to its last, and a line's height beyond (a centred
    # cell's first line above its row's one-line cells, its last below).
    parted = [runs for runs in lines if len(runs) >= 2]
    height = min(r.bottom - r.top for runs in parted for r in runs)
    top = min(r.top for r in parted[0]) - s.centred_band_lines * height
    bottom = max(r.bottom for r in parted[-1]) + s.centred_band_lines * height
    runs = [r for line in lines for r in line if top <= r.top and r.bottom <= bottom]
    starts = [x for x, n in cluster([r.x0 for r in runs], tol) if n >= s.centred_grid_min_rows]
    if len(starts) < s.centred_grid_min_cells:
        return None  # a label | answer table: its centred rows are `rows`' to read
    return runs, starts


def _middle(run: Line) -> float:
    return (run.top + run.bottom) / 2


def top_align_centred_cells(page: Page, tol: float, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` with every short cell of a centred grid moved down to its row's top (see the module's docstring)."""
    grid = grid_runs(page, tol, s)
    if grid is None:
        return page
    runs, starts = grid
    by_start = _Starts(runs)
    columns = {x: _cells(by_start.column(x, tol), s) for x in starts}
    # The one-line cells of each column: where a row's top and middle are, for the cells of the other columns.
    single = _Singles([(x, c[0]) for x, cs in columns.items() for c in cs if len(c) == 1])
    shifts: dict[int, float] = {}  # id(word) -> how far down
    for x, cells in columns.items():
        for cell in cells:
            if not 2 <= len(cell) <= s.centred_cell_max_lines:
                continue
            level = s.centred_level_share * (cell[0].bottom - cell[0].top)
            if single.level_with(cell[0].top, level, x):
                continue  # a one-line cell beside it starts level with it: the grid is top-aligned here
            middle = (cell[0].top + cell[-1].bottom) / 2
            row = single.row_tops(middle, level, cell[0].top, x)
            if row:
                dy = min(row) - cell[0].top
                shifts.update({id(w): dy for run in cell for w in run.words})
    if not shifts:
        return page
    moved = [
        replace(w, top=w.top + shifts[id(w)], bottom=w.bottom + shifts[id(w)]) if id(w) in shifts else w
        for w in page.words
    ]
    return replace(page, words=moved)


class _Starts:
    """The grid's runs sorted by x0 once, so each column's runs are a window, not a pass over the grid's runs
    (h33: a drawing sheet's thousands of runs and hundreds of starts)."""

    def __init__(self, runs: list[Line]):
        self.runs = runs
        self.order = sorted(range(len(runs)), key=lambda i: runs[i].x0)
        self.x0s = [runs[i].x0 for i in self.order]

    def column(self, x: float, tol: float) -> list[Line]:
        """The runs starting at `x` (within `tol`) by top, runs level in the grid's order (a window a hair wider,
        then the test)."""
        lo, hi = bisect_left(self.x0s, x - tol - 0.001), bisect_right(self.x0s, x + tol + 0.001)
        inside = [i for i in self.order[lo:hi] if abs(self.runs[i].x0 - x) <= tol]
        return [self.runs[i] for i in sorted(inside, key=lambda i: (self.runs[i].top, i))]


class _Singles:
    """The grid's one-line cells (each with its column's x), sorted by top and by middle, so that "a one-line
    cell of another column level with this one" and "the one-line cells of another column whose middle is this
    cell's" are look-ups in a window, not passes over the grid's cells (a window a hair wider, then the test)."""

    def __init__(self, cells: list[tuple[float, Line]]):
        boxes = [(x, run.top, _middle(run)) for x, run in cells]
        self.by_top = sorted(boxes, key=lambda b: b[1])
        self.tops = [b[1] for b in self.by_top]
        self.by_middle = sorted(boxes, key=lambda b: b[2])
        self.middles = [b[2] for b in self.by_middle]

    def level_with(self, top: float, level: float, x: float) -> bool:
        lo, hi = bisect_left(self.tops, top - level - 0.001), bisect_right(self.tops, top + level + 0.001)
        return any(other != x and abs(t - top) <= level for other, t, _ in self.by_top[lo:hi])

    def row_tops(self, middle: float, level: float, top: float, x: float) -> list[float]:
        lo = bisect_left(self.middles, middle - level - 0.001)
        hi = bisect_right(self.middles, middle + level + 0.001)
        return [t for other, t, m in self.by_middle[lo:hi] if other != x and abs(m - middle) <= level and t > top]


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

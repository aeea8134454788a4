"""Grid forms: a header of several label/value column pairs (label | value | label | value).

The boundary found by `columns` is the first pair's. A second label column
is where known labels start, left-aligned, right of the first value column
(or where a vertical rule stands just before them). Each line of the grid is
split there, and the lines of one grid row are read pair by pair: the left
label and its answer, then the right label and its answer, the right pair's
words moved onto the first pair's columns, so the walker reads every pair as
an ordinary label/value row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word


@dataclass(frozen=True)
class Grid:
    page: int
    boundary: float  # the first value column's left edge on this page
    label_x: float  # the second label column's left edge
    value_x: float  # the second value column's left edge
    top: float  # the first and last line of the grid
    bottom: float


def find_grids(
    lines: list[Line],
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Grid]:
    """Per page, a second label/value column pair right of the value column, if any."""
    grids = []
    for page in sorted({ln.page for ln in lines}):
        boundary = boundaries.get(page)
        if boundary is None:
            continue
        page_lines = [ln for ln in lines if ln.page == page]
        starts: list[tuple[float, Line]] = []
        for line in page_lines:
            for run in segments(line, s)[1:]:
                text = " ".join(w.text for w in run)
                if run[0].x0 > boundary + s.grid_min_value_width and _label_form(text) and is_label(text):
                    starts.append((run[0].x0, line))
        if not starts:
            continue
        x, count = cluster([x for x, _ in starts], tol)[0]
        # One grid row is enough when it reads label, answer, label (the second label column's only label).
        single = count == 1 and any(_pair_row(ln, boundary, sx, is_label, s) for sx, ln in starts if x <= sx <= x + tol)
        if count < s.grid_min_labels and not single:
            continue
        labelled = [ln for sx, ln in starts if x <= sx <= x + tol]
        rows = [ln for ln in page_lines if labelled[0].top <= ln.top <= labelled[-1].top]
        value_x = _value_column(page_lines, labelled, x, tol, s)
        if value_x is None:
            continue
        # The grid runs on below its last label while lines keep to its columns.
        last = labelled[-1]
        for line in page_lines:
            if line.top <= last.top:
                continue
            if _crosses(line, x - tol, s) or line.x0 >= x - tol and not _right_text(line, x, tol):
                break
            # Every grid row has a right-hand label: a new row without one is below the grid.
            if line.x0 < boundary and not line.text[:1].islower() and not _right_text(line, x, tol):
                break
            if line.top - rows[-1].top > s.grid_row_pitch * max(line.height, line.size):
                break
            rows.append(line)
        grids.append(Grid(page, boundary, x, value_x, rows[0].top, rows[-1].top))
    return grids


def _pair_row(line: Line, boundary: float, label_x: float, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    """The line reads label | answer | label: a known label first, an answer in the value column,
    then the known label at label_x."""
    runs = segments(line, s)
    first = " ".join(w.text for w in runs[0])
    return (
        len(runs) >= 3
        and runs[0][0].x0 < boundary
        and _label_form(first)
        and is_label(first.rstrip(":"))
        and any(boundary <= run[0].x0 < label_x for run in runs[1:])
    )


def _label_form(text: str) -> bool:
    """Starts like a label: a capital letter, no sentence."""
    return text[:1].isupper() and not text.rstrip().endswith((".", "!", "?", ";"))


def _value_column(
    page_lines: list[Line], labelled: list[Line], x: float, tol: float, s: LayoutSettings
) -> float | None:
    """Where the right pair's answers start: the most common run start right of its labels."""
    xs = []
    for line in page_lines:
        if not labelled[0].top <= line.top <= labelled[-1].top + s.grid_row_pitch * line.height:
            continue
        for run in segments(line, s):
            if run[0].x0 > x + tol:
                xs.append(run[0].x0)
    if not xs:
        return None
    return cluster(xs, tol)[0][0]


def _crosses(line: Line, x: float, s: LayoutSettings) -> bool:
    return any(run[0].x0 < x < run[-1].x1 for run in segments(line, s))


def _right_text(line: Line, x: float, tol: float) -> bool:
    return any(w.x0 >= x - tol for w in line.words)


def unfold_grids(
    lines: list[Line], grids: list[Grid], label_x: float, tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """Lines in reading order with each grid row read pair by pair (see the module's docstring)."""
    if not grids:
        return lines
    out: list[Line] = []
    row: list[Line] = []
    grid: Grid | None = None

    def flush() -> None:
        if grid is None or not row:
            return
        left = [Line(ln.page, [w for w in ln.words if w.x0 < grid.label_x - tol], True) for ln in row]
        right = [
            Line(ln.page, [_moved(w, grid, label_x) for w in ln.words if w.x0 >= grid.label_x - tol], True)
            for ln in row
        ]
        out.extend(ln for ln in left if ln.words)
        out.extend(ln for ln in right if ln.words)
        row.clear()

    for line in lines:
        current = next((g for g in grids if g.page == line.page and g.top <= line.top <= g.bottom), None)
        if current is not None and _crosses(line, current.label_x - tol, s) and not _right_label(line, current, tol):
            # A long answer across the whole row (under both pairs) lies between grid rows: read it as it is.
            current = None
        if current is None:
            flush()
            grid = None
            out.append(line)
            continue
        if grid is not current:
            flush()
            grid = current
        elif _starts_row(line, current, tol):
            flush()
        row.append(line)
    flush()
    return out


def _right_label(line: Line, grid: Grid, tol: float) -> bool:
    """A capitalised word starts at the second label column: a grid row whose left answer runs
    up close to the right label, not a long answer across the row."""
    return any(abs(w.x0 - grid.label_x) <= tol and w.text[:1].isupper() for w in line.words)


def _starts_row(line: Line, grid: Grid, tol: float) -> bool:
    """A line whose left or right label cell starts with a capital starts a grid row."""
    left = [w for w in line.words if w.x0 < grid.boundary]
    right = [w for w in line.words if grid.label_x - tol <= w.x0 < grid.value_x - tol]
    return any(cell and cell[0].text[:1].isupper() for cell in (left, right))


def _moved(word: Word, grid: Grid, label_x: float) -> Word:
    """A right-pair word moved onto the first pair's columns (label or value)."""
    if word.x0 < grid.value_x - 1:
        dx = label_x - grid.label_x
    else:
        dx = grid.boundary + 1 - grid.value_x
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx)

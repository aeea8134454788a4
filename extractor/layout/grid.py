"""Grid forms: label/value pairs side by side (label | value | label | value). Two kinds:

Header tables (`unfold_header_rows`, read first): rows of one to four pairs above the body in a
table with columns of its own, its cells sized to their words or to the table, so no right-hand
label column lines up with the body's for a column finder to see. A run of lines, each cut by
column gaps into label/answer runs (label runs short and in label form, the row holding a known
label), with the lines its cells wrap onto (at a wrapped line's pitch, each word in a cell), is a
header table when its labels read as known labels at least `header_grid_min_known` times (over
wrapped cells: 'Namn på' / 'insats') and it has a row of several pairs none of whose right-hand
labels lines up with a known label of another line (an aligned grid is read below), or lone pairs
sharing an answer column other than the body's. Each row is read pair by pair: each pair's label
at the row's left edge, its answer moved onto the body's value column, wrapped lines with them.

Aligned grids (`find_grids`, `unfold_grids`): the boundary found by `columns` is the first pair's. A further label column
is where known labels start, left-aligned, right of the previous value column
(or where a vertical rule stands just before them); a grid has one or more
(two to four pairs a row). Each line of the grid is split at every label
column, and the lines of one grid row are read pair by pair: the left label
and its answer, then each right-hand label and its answer, their words moved
onto the first pair's columns, so the walker reads every pair as an ordinary
label/value row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.lines import replacing_runs
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import in_capitals, label_form
from bilagor.extractor.words import Word


def _text(run: list[Word]) -> str:
    return " ".join(w.text for w in run)


def _shift(word: Word, dx: float) -> Word:
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx)


@dataclass(frozen=True)
class Grid:
    page: int
    boundary: float  # the first value column's left edge on this page
    label_x: float  # the second label column's left edge
    value_x: float  # the second value column's left edge
    top: float  # the first and last line of the grid
    bottom: float
    # The third and later pairs' (label column, value column) left edges, left to right.
    later_pairs: tuple[tuple[float, float], ...] = ()

    @property
    def pairs(self) -> list[tuple[float, float]]:
        """Every right-hand pair's (label column, value column), left to right."""
        return [(self.label_x, self.value_x), *self.later_pairs]


def find_grids(
    lines: list[Line],
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Grid]:
    """Per page, the grids of label/value pairs right of the value column, top to bottom (a form
    may have one at the top and another further down: 'Bilder före | ... | Bilder efter | ...')."""
    grids = []
    for page in sorted({ln.page for ln in lines}):
        boundary = boundaries.get(page)
        if boundary is None:
            continue
        page_lines = [ln for ln in lines if ln.page == page]
        starts: list[tuple[float, Line, list[Word]]] = []
        for line in page_lines:
            for run in segments(line, s)[1:]:
                text = _text(run)
                if run[0].x0 > boundary + s.grid_min_value_width and _starts_like_label(text) and is_label(text):
                    starts.append((run[0].x0, line, run))
        while starts:
            grid = _grid(page, page_lines, starts, boundary, is_label, tol, s)
            if grid is None:
                break
            grids.append(grid)
            starts = [st for st in starts if st[1].top > grid.bottom]
    return grids


def _grid(
    page: int,
    page_lines: list[Line],
    starts: list[tuple[float, Line, list[Word]]],
    boundary: float,
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
) -> Grid | None:
    """The topmost grid the known-label run `starts` show on the page, if any."""
    columns = _label_columns([(x, ln) for x, ln, _ in starts], boundary, is_label, tol, s)
    if not columns:
        return None
    x = columns[0]
    labelled = sorted((ln for sx, ln, _ in starts if x <= sx <= x + tol), key=lambda ln: ln.top)
    rows = [ln for ln in page_lines if labelled[0].top <= ln.top <= labelled[-1].top]
    typed = _label_type([w for _, _, run in starts for w in run], [w for ln in page_lines for w in ln.words])
    if typed is not None:
        columns = _more_label_columns(rows, columns, typed, tol, s)
    pairs = []
    for k, label_x in enumerate(columns):
        right = columns[k + 1] if k + 1 < len(columns) else float("inf")
        value_x = _value_column(page_lines, labelled, label_x, right, tol, s, typed)
        if value_x is None:
            break
        pairs.append((label_x, value_x))
    if not pairs:
        return None
    rows = _run_on(rows, page_lines, labelled[-1].top, x, boundary, tol, s)
    (label_x, value_x), *later = pairs
    return Grid(page, boundary, label_x, value_x, rows[0].top, rows[-1].top, tuple(later))


def _run_on(
    rows: list[Line], page_lines: list[Line], last_top: float, x: float, boundary: float, tol: float, s: LayoutSettings
) -> list[Line]:
    """`rows` and the lines below the grid's last label (at `last_top`; the second label column
    at `x`) for as long as they keep to its columns."""
    rows = list(rows)
    for line in page_lines:
        if line.top <= last_top:
            continue
        if _crosses(line, x - tol, s) or line.x0 >= x - tol and not _right_text(line, x, tol):
            break
        # Every grid row has a right-hand label: a new row without one is below the grid.
        if (
            line.x0 < boundary
            and not line.text[:1].islower()
            and not _right_text(line, x, tol)
            and not _capital_tail(rows[-1], line, boundary, s)
        ):
            break
        if line.top - rows[-1].top > s.grid_row_pitch * max(line.height, line.size):
            break
        rows.append(line)
    return rows


def _label_type(label_words: list[Word], words: list[Word]) -> Callable[[list[Word]], bool] | None:
    """How the grid's known labels are set apart from answers: in bold, or in capitals (when the
    page's other text is not); None when their type tells nothing."""
    if label_words and all(w.bold for w in label_words) and not all(w.bold for w in words):
        return lambda run: all(w.bold for w in run)
    if label_words and all(in_capitals(w.text) for w in label_words):
        return lambda run: all(in_capitals(w.text) for w in run)
    return None


def _more_label_columns(
    rows: list[Line], columns: list[float], typed: Callable[[list[Word]], bool], tol: float, s: LayoutSettings
) -> list[float]:
    """Label columns right of the known ones found by label form alone: runs set like the known
    labels (bold, or capitals), a few words each, starting at one x on several grid rows
    ('Ev medsökande nämnd' wrapped in a narrow cell reads as no known label)."""
    columns = list(columns)
    while True:
        reach = columns[-1] + s.grid_min_pair_width
        xs = [
            run[0].x0
            for line in rows
            for run in segments(line, s)
            if run[0].x0 > reach
            and typed(run)
            and _starts_like_label(_text(run))
            and len(run) <= s.grid_label_max_words
        ]
        found = [x for x, n in cluster(xs, tol) if n >= s.grid_min_labels]
        if not found:
            return columns
        columns.append(min(found))


def _label_columns(
    starts: list[tuple[float, Line]],
    boundary: float,
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
) -> list[float]:
    """The right-hand label columns, left to right: x-positions where known labels start on
    several lines (a grid of a single row: on a line that reads label, answer, label)."""
    columns = []
    for x, count in cluster([x for x, _ in starts], tol):
        single = count == 1 and any(_pair_row(ln, boundary, sx, is_label, s) for sx, ln in starts if x <= sx <= x + tol)
        if count >= s.grid_min_labels or single:
            columns.append(x)
    columns.sort()
    # Each pair needs room for its answer: a label column too close to the previous is none.
    kept: list[float] = []
    for x in columns:
        if not kept or x - kept[-1] >= s.grid_min_value_width:
            kept.append(x)
    return kept


def _pair_row(line: Line, boundary: float, label_x: float, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    """The line reads label | answer | label: a label first (a known one, or one set as the known
    label at label_x is: bold or capitals, its wrapped start 'PROJEKTETS' / 'NAMN' reads as none),
    an answer in the value column, then the known label at label_x."""
    runs = segments(line, s)
    first = _text(runs[0])
    right = next((run for run in runs[1:] if abs(run[0].x0 - label_x) <= s.min_align_tolerance), None)
    return (
        len(runs) >= 3
        and runs[0][0].x0 < boundary
        and _starts_like_label(first)
        and (is_label(first.rstrip(":")) or (right is not None and _same_type(runs[0], right)))
        and any(boundary <= run[0].x0 < label_x for run in runs[1:])
    )


def _same_type(a: list[Word], b: list[Word]) -> bool:
    """Two runs set alike in a way answers are not: both bold, or both in capitals."""
    return (all(w.bold for w in a) and all(w.bold for w in b)) or (in_capitals(_text(a)) and in_capitals(_text(b)))


def _starts_like_label(text: str) -> bool:
    """Starts like a label: a capital letter, no sentence. Enough for an aligned grid's labels,
    which must also line up in columns; a header table's, with columns of their own, must pass
    the walker's stricter `label_form`."""
    return text[:1].isupper() and not text.rstrip().endswith((".", "!", "?", ";"))


def _value_column(
    page_lines: list[Line],
    labelled: list[Line],
    x: float,
    right: float,
    tol: float,
    s: LayoutSettings,
    typed: Callable[[list[Word]], bool] | None = None,
) -> float | None:
    """Where a right-hand pair's answers start: the most common run start right of its labels
    (and left of the next pair's label column, at `right`; never a run set as the labels are)."""
    xs = []
    for line in page_lines:
        if not labelled[0].top <= line.top <= labelled[-1].top + s.grid_row_pitch * line.height:
            continue
        for run in segments(line, s):
            if x + tol < run[0].x0 < right - tol and not (typed is not None and typed(run)):
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
        # OCR'd inline pairs whose labels all closed on the row's first line: a later line of the row is an
        # answer wrapped under its own label, in its pair's part of the row; its words go to the value column
        # (kept where they stood, they read as a label's tail or a label of their own).
        wrapped_answers = _labels_closed(row[0], grid, tol)
        left = [Line(ln.page, [w for w in ln.words if w.x0 < grid.label_x - tol], True) for ln in row]
        for k, ln in enumerate(left):
            if k and wrapped_answers and ln.words and ln.x0 < grid.boundary:
                ln = Line(ln.page, [_shift(w, grid.boundary + 1 - ln.x0) for w in ln.words], True)
            if ln.words:
                out.append(ln)
        pairs = grid.pairs
        for k, (pair_label, pair_value) in enumerate(pairs):
            end = pairs[k + 1][0] - tol if k + 1 < len(pairs) else float("inf")
            for i, ln in enumerate(row):
                mine = [w for w in ln.words if pair_label - tol <= w.x0 < end]
                if i and wrapped_answers and mine and mine[0].x0 < pair_value - 1:
                    words = [_shift(w, grid.boundary + 1 - mine[0].x0) for w in mine]
                else:
                    words = [_moved(w, grid, pair_label, pair_value, label_x) for w in mine]
                if words:
                    out.append(Line(ln.page, words, True))
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
        elif (
            _starts_row(line, current, tol)
            and not _wraps_capitals(row[-1], line, current, tol, s)
            and not _wraps_answer(row, line, current, tol, s)
        ):
            flush()
        row.append(line)
    flush()
    return out


def _labels_closed(line: Line, grid: Grid, tol: float) -> bool:
    """On OCR'd words (no font), every label cell of the row's first `line` holding words ends in a colon: a row
    of "Label: answer" pairs, no label of which wraps."""
    if any(w.fontname for w in line.words):
        return False
    cells = [cell for cell in _label_cells(line, grid, tol) if cell]
    return bool(cells) and all(any(w.text.endswith(":") for w in cell) for cell in cells)


def _wraps_answer(row: list[Line], line: Line, grid: Grid, tol: float, s: LayoutSettings) -> bool:
    """A capital in a label cell starts no row where `line` follows the row at the leading, the row's labels all
    closed on its first line, and no word of `line` closes a label of its own: an answer wrapped under its label
    ("Namn på insats: Färgsättning av gångtunneln vid" / "Midsommarkransens torg")."""
    return (
        not any(w.text.endswith(":") for w in line.words)
        and _at_leading(row[-1], line, s)
        and _labels_closed(row[0], grid, tol)
    )


def _right_label(line: Line, grid: Grid, tol: float) -> bool:
    """A capitalised word starts at the second label column: a grid row whose left answer runs
    up close to the right label, not a long answer across the row."""
    return any(abs(w.x0 - grid.label_x) <= tol and w.text[:1].isupper() for w in line.words)


def _label_cells(line: Line, grid: Grid, tol: float) -> list[list[Word]]:
    """The line's words in each label cell: left of the first value column, then in each
    right-hand pair's label column (a cell may be empty)."""
    cells = [[w for w in line.words if w.x0 < grid.boundary]]
    cells += [[w for w in line.words if label - tol <= w.x0 < value - tol] for label, value in grid.pairs]
    return cells


def _at_leading(prev: Line, line: Line, s: LayoutSettings) -> bool:
    """`line` follows `prev` on its page at the leading (a wrapped line, not the next row)."""
    return prev.page == line.page and line.top - prev.top <= s.max_leading * max(prev.size, prev.height)


def _starts_row(line: Line, grid: Grid, tol: float) -> bool:
    """A line whose left or any right-hand label cell starts with a capital starts a grid row."""
    return any(cell and cell[0].text[:1].isupper() for cell in _label_cells(line, grid, tol))


def _capital_tail(prev: Line, line: Line, boundary: float, s: LayoutSettings) -> bool:
    """The line's label cell continues a label in capitals at the leading ('PROJEKTETS' / 'NAMN')."""
    cell = [w for w in line.words if w.x0 < boundary]
    return bool(cell) and in_capitals(_text(cell)) and _at_leading(prev, line, s)


def _wraps_capitals(prev: Line, line: Line, grid: Grid, tol: float, s: LayoutSettings) -> bool:
    """Labels in capitals: a capital starts no row; a label cell wrapped onto `line` follows at
    the leading ('PROJEKTETS' / 'NAMN'), the next row after a row gap."""
    cells = [cell for cell in _label_cells(line, grid, tol) if cell]
    return bool(cells) and all(in_capitals(_text(cell)) for cell in cells) and _at_leading(prev, line, s)


def _moved(word: Word, grid: Grid, pair_label: float, pair_value: float, label_x: float) -> Word:
    """A right-hand pair's word moved onto the first pair's columns (label or value)."""
    if word.x0 < pair_value - 1:
        dx = label_x - pair_label
    else:
        dx = grid.boundary + 1 - pair_value
    return _shift(word, dx)


# --- header tables: rows of 1-4 label/answer pairs above the body, with columns of their own


def pair_runs(
    line: Line, s: LayoutSettings = DEFAULT_SETTINGS, form: Callable[[str], bool] = label_form
) -> list[tuple[list[Word], list[Word]]] | None:
    """The line's (label, answer) runs when it reads as 1-4 pairs side by side (label runs short
    and in `form`, label form unless told), else None. Where a cell's answer runs close up to the
    next label, the runs are also parted where the type changes (labels set bold or at a size of
    their own), or after a label's colon (labels set close up to their answers); two labels side by
    side in their own type have an empty answer between them."""
    for runs in (segments(line, s), _typed_runs(line, s), _colon_runs(line, s), _empty_answers(line, s)):
        pairs = _paired(runs, s, form)
        if pairs is not None:
            return pairs
    return None


def _paired(
    runs: list[list[Word]], s: LayoutSettings, form: Callable[[str], bool]
) -> list[tuple[list[Word], list[Word]]] | None:
    if len(runs) % 2 or not 2 <= len(runs) <= 2 * s.header_grid_max_pairs:
        return None
    labels = runs[0::2]
    if any(len(run) > s.header_grid_label_max_words or not form(_text(run)) for run in labels):
        return None
    return list(zip(labels, runs[1::2], strict=True))


def label_start_form(text: str) -> bool:
    """Reads like a label's first line in a cell it wraps in: label form once a last abbreviation's
    stop is left out ('Ev.' / 'medsökande nämnd': the stop is no sentence's end when the label goes
    on). Only for a row whose wrapped label cells then read in label form whole."""
    return label_form(text.removesuffix("."))


def _empty_answers(line: Line, s: LayoutSettings) -> list[list[Word]]:
    """`_typed_runs` with an empty answer put between two label runs side by side ('Ev medsökande
    nämnd' with nothing beside it, then 'Kontaktperson'): a run in the first run's type (bold, or a
    size of its own) is a label, one with none of it an answer. Only for a row of several pairs with
    an answer somewhere; [] when the type does not tell labels from answers."""
    runs = _typed_runs(line, s)

    def kind(word: Word) -> tuple[bool, int]:
        return word.bold, round(word.size)

    label_kind = kind(runs[0][0])
    if not runs[0][0].fontname or any(kind(w) != label_kind for w in runs[0]):
        return []
    out: list[list[Word]] = []
    for run in runs:
        is_label = all(kind(w) == label_kind for w in run)
        if not is_label and any(kind(w) == label_kind for w in run):
            return []
        if is_label and out and len(out) % 2 == 1:
            out.append([])  # the label before had no answer
        elif not is_label and len(out) % 2 == 0:
            return []  # an answer with no label before it
        out.append(run)
    if len(out) % 2 == 1:
        out.append([])
    answered = any(out[1::2])
    return out if answered and len(out) >= 4 and any(not a for a in out[1::2]) else []


def _typed_runs(line: Line, s: LayoutSettings) -> list[list[Word]]:
    """`segments`, each run also parted between two words of another weight or size."""
    out = []
    for run in segments(line, s):
        out.append([run[0]])
        for prev, word in zip(run, run[1:]):
            other_type = prev.bold != word.bold or abs(prev.size - word.size) >= s.label_size_step
            if word.fontname and other_type:
                out.append([word])
            else:
                out[-1].append(word)
    return out


def _cut_runs(line: Line, s: LayoutSettings, xs: tuple[float, ...], tol: float) -> list[list[Word]]:
    """`segments`, each run also parted before a word that starts where the table's other rows start a cell
    (`xs`) with at least `min_column_gap` before it: a cell filled up to its padding leaves less than a
    column gap before the next cell's words, but more than a word space."""
    out = []
    for run in segments(line, s):
        out.append([run[0]])
        for prev, word in zip(run, run[1:]):
            if word.x0 - prev.x1 >= s.min_column_gap and any(abs(word.x0 - x) <= tol for x in xs):
                out.append([word])
            else:
                out[-1].append(word)
    return out


def _cell_starts(lines: list[Line], start: int, s: LayoutSettings, tol: float) -> tuple[float, ...]:
    """Where the lines from `start` on (its page, `grid_scan_lines` of them) start a run after a column gap
    at least twice: the table's cells' left edges."""
    page = lines[start].page
    xs = [
        seg[0].x0
        for line in lines[start : start + s.grid_scan_lines]
        if line.page == page
        for seg in segments(line, s)[1:]
    ]
    return tuple(x for x, n in cluster(xs, tol) if n >= 2)


def _colon_runs(line: Line, s: LayoutSettings) -> list[list[Word]]:
    """`segments`, each run also parted after a colon that ends a label at its start ('Namn på
    insats: Trygghetsbelysning'): the words up to it short and in label form."""
    out = []
    for run in segments(line, s):
        end = next((i + 1 for i, w in enumerate(run[:-1]) if w.text.endswith(":")), None)
        head = run[:end] if end else run
        if end and len(head) <= s.header_grid_label_max_words and label_form(_text(head)):
            out += [head, run[end:]]
        else:
            out.append(run)
    return out


@dataclass
class _HeaderRow:
    lines: list[Line]  # the row's first line and the lines its cells wrap onto
    pairs: list[tuple[list[Word], list[Word]]]  # the first line's (label, answer) runs

    @property
    def cells(self) -> list[tuple[float, float]]:
        """Each pair's (label x, answer x), left to right; an empty answer's cell ends where the next
        label starts (or just after its label)."""
        out = []
        for k, (label, answer) in enumerate(self.pairs):
            ends = self.pairs[k + 1][0][0].x0 if k + 1 < len(self.pairs) else label[-1].x1 + 1.0
            out.append((label[0].x0, answer[0].x0 if answer else ends))
        return out


def unfold_header_rows(
    lines: list[Line],
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Line]:
    """`lines` with every header table read pair by pair (see the module's docstring)."""

    def table_read_by_pairs(i: int) -> tuple[list[Line], int] | None:
        rows, end = _header_table(lines, i, boundaries, is_label, tol, s)
        if not rows:
            return None
        value_x = boundaries[lines[i].page] or 0.0
        if _labels_past(rows, value_x, tol):
            return None
        return [pair for row in rows for pair in _row_pair_by_pair(row, value_x, tol, s)], end

    return replacing_runs(lines, table_read_by_pairs)


def _labels_past(rows: list[_HeaderRow], value_x: float, tol: float) -> bool:
    """Whether lone pairs' labels (their wrapped lines too) reach past the body's value column: their answers moved
    there would stand on them. A part's own table with a wider label column than the page's ('Beskrivning av
    ekonomiskt' / 'utfall och eventuell avvikelse' under 'Del 2'): its block's value column reads it as it stands."""
    if any(len(row.pairs) > 1 for row in rows):
        return False
    return any(
        value_x < w.x1 and w.x0 < row.cells[0][1] - tol for row in rows for line in row.lines for w in line.words
    )


def _header_table(
    lines: list[Line],
    start: int,
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
) -> tuple[list[_HeaderRow], int]:
    """The header table whose first row starts at lines[start] (its rows, and the index after its
    last line), or ([], start) when there is none there."""
    page = lines[start].page
    boundary = boundaries.get(page)
    if boundary is None:
        return [], start
    rows: list[_HeaderRow] = []
    j = start
    cuts = (_cell_starts(lines, start, s, tol), tol)
    while j < len(lines) and lines[j].page == page and not lines[j].in_grid:
        pairs = pair_runs(lines[j], s)
        # A label wrapping in its cell is judged whole, over the row's lines ('Ev.' / 'medsökande nämnd').
        wrapped_label = pairs is None
        if wrapped_label:
            pairs = pair_runs(lines[j], s, label_start_form)
        # A cell filled up to its padding leaves less than a column gap before the next cell's words: parted
        # where the table's other rows start their cells, the line is more pairs.
        cut = _paired(_cut_runs(lines[j], s, *cuts), s, label_start_form) if cuts[0] else None
        if cut is not None and len(cut) > len(pairs or []):
            pairs, wrapped_label = cut, True
        if pairs is None:
            break
        row = _HeaderRow([lines[j]], pairs)
        k = j + 1
        while k < len(lines) and _wraps_row(row, lines[k], is_label, tol, s):
            row.lines.append(lines[k])
            k += 1
        if wrapped_label and not _labels_whole(row, tol):
            break
        if not (_opens_row(row, boundary, is_label, tol, s) or _next_lone_pair(rows, pairs, tol)):
            break
        rows.append(row)
        j = k
    if not rows or not _is_header_table(rows, lines, is_label, tol, s):
        return [], start
    _part_empty_pairs(rows, tol)
    return rows, j


def _part_empty_pairs(rows: list[_HeaderRow], tol: float) -> None:
    """A row of two labels with both answers empty reads as one pair, the second label its answer: where that
    "answer" starts where the table's other rows start their right-hand labels, in its label's type (bold, a
    size) that none of their answers has, the row is two labels, each with an empty answer."""

    def kind(word: Word) -> tuple[bool, int]:
        return word.bold, round(word.size)

    others = [row for row in rows if len(row.pairs) > 1]
    label_xs = [label[0].x0 for row in others for label, _ in row.pairs[1:]]
    answer_kinds = {kind(w) for row in others for _, answer in row.pairs for w in answer}
    for row in rows:
        if len(row.pairs) != 1 or not row.pairs[0][1]:
            continue
        label, answer = row.pairs[0]
        if (
            label[0].fontname
            and any(abs(answer[0].x0 - x) <= tol for x in label_xs)
            and all(kind(w) == kind(label[0]) for w in answer)
            and kind(label[0]) not in answer_kinds
        ):
            row.pairs = [(label, []), (answer, [])]


def _opens_row(
    row: _HeaderRow, boundary: float, is_label: Callable[[str], bool], tol: float, s: LayoutSettings
) -> bool:
    """A header row holds a known label (over its cell's lines: 'Projektets' / 'namn'; a lone
    pair's must be it); a lone pair whose answer starts where the body's answers do is an
    ordinary row of the body."""
    texts = [text.rstrip(":") for text in _label_texts(row, tol)]
    if len(row.pairs) > 1:
        return any(is_label(text) for text in texts)
    answer_x = row.pairs[0][1][0].x0
    # Left of the boundary its answer would be read as label text; far right of it, as no answer.
    own_column = answer_x < boundary or answer_x - boundary > s.value_align_tolerances * tol
    return is_label(texts[0]) and own_column


def _next_lone_pair(rows: list[_HeaderRow], pairs: list, tol: float) -> bool:
    """A lone pair under a lone pair of the table, its answer in the same column: the table's next
    row, whatever its label ('Diarienr', 'Datum' are no template labels)."""
    return (
        bool(rows)
        and len(pairs) == 1
        and len(rows[-1].pairs) == 1
        and abs(pairs[0][1][0].x0 - rows[-1].cells[0][1]) <= tol
    )


def _is_header_table(
    rows: list[_HeaderRow], lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings
) -> bool:
    """Enough evidence that the rows are a header table this step reads (an aligned grid is
    `find_grids`'): known labels at least `header_grid_min_known` times, and a row of several
    pairs or lone pairs sharing an answer column of their own."""
    known = sum(is_label(text.rstrip(":")) for row in rows for text in _label_texts(row, tol))
    multi = [row for row in rows if len(row.pairs) > 1]
    # One known label proves little, unless a row of several pairs sets all its labels apart by
    # type (bold, or a size of their own) as its answers are not.
    if known < s.header_grid_min_known and not (known and any(_labels_typed(row) for row in multi)):
        return False
    if multi:
        return not _aligned(multi, lines, is_label, tol, s)
    answer_xs = cluster([row.cells[0][1] for row in rows], tol)
    return answer_xs[0][1] >= s.header_table_min_lone_rows


def _wraps_row(row: _HeaderRow, line: Line, is_label: Callable[[str], bool], tol: float, s: LayoutSettings) -> bool:
    """`line` continues the row's cells: it follows at a wrapped line's pitch, each of its words
    in a cell, each cell's first word at the cell's left edge (a label cell's last word at the
    label's right edge, too), and no label cell opening a new row with a known label."""
    prev = row.lines[-1]
    if line.page != prev.page or not 0 < line.top - prev.top <= s.wrap_pitch * max(prev.size, prev.height):
        return False
    edges = [x for cell in row.cells for x in cell]
    cells: dict[int, list[Word]] = {}
    for word in line.words:
        k = max((i for i, x in enumerate(edges) if word.x0 >= x - tol), default=None)
        if k is None:
            return False
        cells.setdefault(k, []).append(word)
    label_ends = [label[-1].x1 for label, _ in row.pairs]
    for k, words in cells.items():
        # A label cell's wrapped line starts at the cell's left edge, or ends where the label does
        # (a right-aligned label: 'Ev medsökande' / 'nämnd').
        right_aligned = k % 2 == 0 and abs(words[-1].x1 - label_ends[k // 2]) <= tol
        if abs(words[0].x0 - edges[k]) > tol and not right_aligned:
            return False
        text = _text(words)
        # ... nor a numbered heading at the label cell's edge under the table ('1. Beskrivning (mål och syfte)').
        first = text.lstrip("0123456789.[]() ")[:1]
        if k % 2 == 0 and first.isupper() and is_label(text.rstrip(":")) and not in_capitals(text):
            return False
    return True


def _labels_whole(row: _HeaderRow, tol: float) -> bool:
    """Every label of the row reads in label form over its cell's lines, and one that does not on
    its first line alone goes on under it (a first line ending in a stop with nothing after it is
    a sentence, not a wrapped label)."""
    texts = _label_texts(row, tol)
    return all(
        label_form(text) and (label_form(_text(label)) or len(text) > len(_text(label)))
        for text, (label, _) in zip(texts, row.pairs, strict=True)
    )


def _labels_typed(row: _HeaderRow) -> bool:
    """The row's label words are all bold and none of its answer words is, or all share a size
    none of its answer words has."""
    labels = [w for label, _ in row.pairs for w in label]
    answers = [w for _, answer in row.pairs for w in answer]
    if not labels[0].fontname:
        return False
    bold = all(w.bold for w in labels) and not any(w.bold for w in answers)
    label_sizes = {round(w.size) for w in labels}
    size = len(label_sizes) == 1 and label_sizes.isdisjoint(round(w.size) for w in answers)
    return bold or size


def _label_texts(row: _HeaderRow, tol: float) -> list[str]:
    """Each pair's label as its cell holds it over the row's lines ('Namn på insats')."""
    return [
        " ".join(w.text for line in row.lines for w in line.words if label_x - tol <= w.x0 < answer_x - tol)
        for label_x, answer_x in row.cells
    ]


def _row_pair_by_pair(row: _HeaderRow, value_x: float, tol: float, s: LayoutSettings) -> list[Line]:
    """The row's lines read pair by pair: each pair's label moved to the row's left edge and its
    answer onto the body's value column, so the walker reads them as ordinary label/answer rows (a
    label that fills its cell up to its answer's padding: the answer a column gap right of it)."""
    cells = row.cells
    left = cells[0][0]
    out = []
    # OCR'd "Label: answer" pairs whose labels all closed on the row's first line: a later line's words under a
    # label are its answer wrapped in its part of the row (as `_labels_closed` says for an aligned grid).
    closed = all(label and label[-1].text.endswith(":") and not label[-1].fontname for label, _ in row.pairs)
    for k, (label_x, answer_x) in enumerate(cells):
        end = cells[k + 1][0] - tol if k + 1 < len(cells) else float("inf")
        first = [w for w in row.lines[0].words if label_x - tol <= w.x0 < answer_x - tol]
        bold_label = bool(first) and all(w.bold for w in first)
        for n, line in enumerate(row.lines):
            mine = [w for w in line.words if label_x - tol <= w.x0 < end]
            if n and closed and mine:
                out.append(Line(line.page, [_shift(w, value_x + 1 - mine[0].x0) for w in mine], True))
                continue
            # A wrapped line's body-type words under a bold label are its answer gone back to the pair's left
            # edge (ploticus wraps so), not the label's.
            under = bool(n) and bold_label
            labelled = {id(w) for w in mine if w.x0 < answer_x - tol and not (under and not w.bold)}

            # A cell's wrapped lines may start a little left of its first (a first line set in by a
            # space): each line's answer starts on the value column, not left of it, where it would
            # read as label text.
            start = min([answer_x] + [w.x0 for w in mine if id(w) not in labelled])
            label_end = max((w.x1 + left - label_x for w in mine if id(w) in labelled), default=0.0)
            gap = max(s.min_column_gap, s.word_gap_share * line.size) + 1.0
            # A right-hand label longer than the first pair's label column ("Ev medsökande nämnd:" beside
            # "Sökande nämnd:") would reach over the value column, its tail read as its answer: its words are
            # drawn closer together to end a column gap before it.
            room = value_x - gap - left
            fit = room / (label_end - left) if k and room > 0 and label_end > value_x - gap else 1.0
            at = max(value_x + 1, left + (label_end - left) * fit + gap)
            moved = [_squeezed(w, label_x, left, fit) if id(w) in labelled else _shift(w, at - start) for w in mine]
            if moved:
                out.append(Line(line.page, moved, True))
    return out


def _squeezed(word: Word, label_x: float, left: float, fit: float) -> Word:
    """A label's word moved from its cell at `label_x` to the row's `left` edge, its offset and width times `fit`."""
    return replace(word, x0=left + (word.x0 - label_x) * fit, x1=left + (word.x1 - label_x) * fit)


def _aligned(
    rows: list[_HeaderRow], lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings
) -> bool:
    """Whether a right-hand label of the rows starts where a known label of a line of the same
    grid does (its label columns line up: `find_grids` reads it)."""
    xs = [label[0].x0 for row in rows for label, _ in row.pairs[1:]]
    for other in _grid_neighbours(rows, lines, xs, tol, s):
        for seg in segments(other, s)[1:]:
            if any(abs(seg[0].x0 - x) <= tol for x in xs) and is_label(_text(seg)):
                return True
    return False


def _grid_neighbours(
    rows: list[_HeaderRow], lines: list[Line], xs: list[float], tol: float, s: LayoutSettings
) -> list[Line]:
    """The lines above and below the rows that may be rows of the same grid: each following the
    next at a grid's row pitch, no word of them across a right-hand label column (a line across
    the page ends a grid)."""
    members = {id(line) for row in rows for line in row.lines}
    page_lines = [ln for ln in lines if ln.page == rows[0].lines[0].page and not ln.in_grid]
    first = next(i for i, ln in enumerate(page_lines) if id(ln) in members)
    last = max(i for i, ln in enumerate(page_lines) if id(ln) in members)
    out = []
    for step, start in ((-1, first), (1, last)):
        prev = page_lines[start]
        i = start + step
        while 0 <= i < len(page_lines):
            line = page_lines[i]
            reach = s.grid_row_pitch * max(line.height, line.size)
            if abs(line.top - prev.top) > reach or any(w.x0 < x - tol < x + tol < w.x1 for w in line.words for x in xs):
                break
            if id(line) not in members:
                out.append(line)
            prev = line
            i += step
    return out

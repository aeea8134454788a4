"""A table of one row holding several label | answer pairs side by side. Pure: no I/O.

A form may open with one table row of two or three pairs: "Projektnamn | Kameraövervakning Rinkeby torg |
Geografisk plats för investering | Rinkeby torg (Järva stadsdelsnämnd)", each label bold in a narrow cell and
wrapped, the answers wrapped in theirs. With one row there is no value column (a column needs rows), and where the
cells are centred on the row's middle, cells of unlike depth interleave their lines ("Geografisk" alone, then both
answers' first lines, then "Projektnamn" beside "plats för"), so line by line the row reads as nonsense.
`unfold_pair_rows` reads such a row by its columns: lines one after another within a wrap's pitch, each cut at
cell gaps (a type size at least) into runs all bold or all in body type, every run starting at one of four or six
xs and ending before the next: bold, body, bold, body … (the last answer's cell may be empty under a known
label). Each pair becomes its label (one line)
and its answer's lines, marked as cells (`Line.cell`) as a cell grid's are. Only where the page has no value column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.lines import replacing_runs
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word

Run = list[Word]


def _shift(word: Word, dx: float) -> Word:
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx)


def _runs(line: Line, s: LayoutSettings) -> list[Run] | None:
    """The line cut at cell gaps into runs, None when a run mixes bold and body type: a gap of a type size, or
    of `pair_row_type_gap` sizes where the type changes (a narrow cell's padding; a run-in label's colon is a
    word space from its answer)."""
    size = line.size or 1
    runs: list[Run] = []
    for word in line.words:
        gap = s.one_row_gap if not runs or runs[-1][-1].bold == word.bold else s.pair_row_type_gap
        if runs and word.x0 - runs[-1][-1].x1 < gap * size:
            runs[-1].append(word)
        else:
            runs.append([word])
    return None if any(len({w.bold for w in run}) > 1 for run in runs) else runs


def _columns(runs: list[Run], tol: float, pitch: float) -> list[tuple[float, bool, list[Run]]] | None:
    """The runs as columns (x, bold, runs) left to right, None when they do not stand so: a column's runs start at
    one x, are all bold or all not, end before the next column starts and follow each other within `pitch` type
    sizes."""
    columns: list[tuple[float, bool, list[Run]]] = []
    for run in sorted(runs, key=lambda r: r[0].x0):
        if columns and run[0].x0 - columns[-1][0] <= tol:
            if columns[-1][1] != run[0].bold:
                return None
            columns[-1][2].append(run)
        else:
            columns.append((run[0].x0, run[0].bold, [run]))
    for (_, _, own), (x_next, _, _) in zip(columns, columns[1:]):
        if any(run[-1].x1 >= x_next for run in own):
            return None
    for _, _, own in columns:  # a cell's lines follow at a wrap's pitch: a heading further down is no cell's
        tops = sorted(run[0].top for run in own)
        if any(b - a > pitch * own[0][0].size for a, b in zip(tops, tops[1:])):
            return None
    return columns


def _pairs(columns: list[tuple[float, bool, list[Run]]], s: LayoutSettings, is_label: Callable[[str], bool]) -> bool:
    """The columns read as label | answer pairs: two pairs at least, labels bold and answers not, in turn; the
    last pair's answer cell may be empty when its label is a known one."""
    if len(columns) % 2:
        last = " ".join(w.text for run in sorted(columns[-1][2], key=lambda r: r[0].top) for w in run)
        if not is_label(last):
            return False
    if len(columns) < 2 * s.pair_row_min_pairs - 1:
        return False
    return all(bold == (k % 2 == 0) for k, (_, bold, _) in enumerate(columns))


def _row(
    lines: list[Line],
    i: int,
    boundaries: dict[int, float | None],
    tol: float,
    s: LayoutSettings,
    is_label: Callable[[str], bool],
):
    """(the index after the row, its columns) of a table row of label | answer pairs starting at lines[i]."""
    first = lines[i]
    if boundaries.get(first.page) is not None or first.cell or first.in_grid:
        return None
    runs = _runs(first, s)
    if runs is None:
        return None
    columns = _columns(runs, tol, s.wrap_pitch)
    best = (i + 1, columns) if columns is not None and _pairs(columns, s, is_label) else None
    j = i + 1
    while j < len(lines) and j - i < s.pair_row_max_lines:
        line = lines[j]
        step = line.top - lines[j - 1].top
        more = _runs(line, s) if line.page == first.page and not (line.cell or line.in_grid) else None
        if more is None or not 0 < step <= s.wrap_pitch * (line.size or 1):
            break
        columns = _columns(runs + more, tol, s.wrap_pitch)
        if columns is None:
            break
        runs += more
        j += 1
        if _pairs(columns, s, is_label):
            best = (j, columns)
    return best


def unfold_pair_rows(
    lines: list[Line],
    boundaries: dict[int, float | None],
    tol: float,
    is_label: Callable[[str], bool],
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Line]:
    """`lines` with each one-row table of label | answer pairs (see the module's docstring) read pair by pair."""

    def row_read_by_pairs(i: int) -> tuple[list[Line], int] | None:
        row = _row(lines, i, boundaries, tol, s, is_label)
        if row is None:
            return None
        end, columns = row
        page = lines[i].page
        out: list[Line] = []
        for k in range(0, len(columns), 2):
            # Each pair moved onto the first pair's x, as a cell grid's are (the cells' columns are no
            # label/value boundary for the walker).
            dx = columns[0][0] - columns[k][0]
            label = [_shift(w, dx) for run in sorted(columns[k][2], key=lambda r: r[0].top) for w in run]
            out.append(Line(page, label, in_grid=True, cell="label"))
            answer = sorted(columns[k + 1][2], key=lambda r: r[0].top) if k + 1 < len(columns) else []
            out += [Line(page, [_shift(w, dx) for w in run], in_grid=True, cell="value") for run in answer]
        return out, end

    return replacing_runs(lines, row_read_by_pairs)

"""Header grids drawn on one line: 'Projektnamn | ... | Diarienr | ... | Datum | ...' above a
two-column body (issue #12), each pair in cells sized to its words, so no right-hand label
column lines up from row to row for `grid` to find.

A run of consecutive lines, each cut by wide gaps into 2-3 label/answer pairs (an even number
of runs, every label run short and in label form), whose label runs read as known labels at
least `header_grid_min_known` times and none of whose right-hand labels shares its x with a
known label of another line (an aligned grid is `grid`'s, which also reads cells wrapped over
several lines), is read pair by pair: each pair becomes a line of its own,
its label at the line's start and its answer moved onto the value column, so the walker reads
every pair as an ordinary label/answer row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.columns import segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import label_form
from bilagor.extractor.words import Word


def pair_runs(line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> list[tuple[list[Word], list[Word]]] | None:
    """The line's (label, answer) runs when it reads as 2-3 pairs side by side, else None."""
    runs = segments(line, s)
    if len(runs) % 2 or not 4 <= len(runs) <= 2 * s.header_grid_max_pairs:
        return None
    labels = runs[0::2]
    if any(len(run) > s.header_grid_label_max_words or not label_form(_text(run)) for run in labels):
        return None
    return list(zip(labels, runs[1::2], strict=True))


def unfold_header_rows(
    lines: list[Line],
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Line]:
    """`lines` with every header-grid line read pair by pair (see the module's docstring)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        run: list[tuple[Line, list]] = []
        j = i
        while j < len(lines) and not lines[j].in_grid and boundaries.get(lines[j].page) is not None:
            pairs = pair_runs(lines[j], s)
            if pairs is None:
                break
            run.append((lines[j], pairs))
            j += 1
        known = sum(is_label(_text(label)) for _, pairs in run for label, _ in pairs)
        if not run or known < s.header_grid_min_known or _aligned(run, lines, is_label, tol, s):
            out.append(lines[i])
            i += 1
            continue
        for line, pairs in run:
            value_x = boundaries[line.page] or 0.0
            for label, answer in pairs:
                dl = line.x0 - label[0].x0
                da = value_x + 1 - answer[0].x0
                moved = [_shift(w, dl) for w in label] + [_shift(w, da) for w in answer]
                out.append(Line(line.page, moved, True))
        i = j
    return out


def _aligned(
    run: list[tuple[Line, list]], lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings
) -> bool:
    """Whether a right-hand label of the run starts where a known label of another line does."""
    members = {id(line) for line, _ in run}
    page = run[0][0].page
    xs = [label[0].x0 for _, pairs in run for label, _ in pairs[1:]]
    for other in lines:
        if other.page != page or other.in_grid:
            continue
        for seg in segments(other, s)[1:]:
            if not any(abs(seg[0].x0 - x) <= tol for x in xs):
                continue
            own = id(other) in members and any(seg[0] is label[0] for _, pairs in run for label, _ in pairs)
            if not own and is_label(_text(seg)):
                return True
    return False


def _text(run: list[Word]) -> str:
    return " ".join(w.text for w in run)


def _shift(word: Word, dx: float) -> Word:
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx)

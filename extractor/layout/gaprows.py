"""Rows of a small table on an OCR'd page that has no value column of its own: 'Projektnamn ⇥ Ljus vid
torget ⇥ Geografisk plats / för investering ⇥ Torget / (Norrmalm)'.

A scan's header table over headed sections: its row sets a known label, a column gap, its answer, and
maybe a second label and answer further on, each cell wrapping under its own start. Without a value
column the walker would read the row as one line and the wrapped line under it as the answer's. The
row's cells are its column gaps' runs of words; a line right under it, set in from the row's start and
starting its runs where the row's cells start, is the row wrapped. Each cell takes the words under it;
when the cells alternate label and answer (a cell, its wrapped words joined, that reads as a known
label, then its answer), each pair becomes one line: the label's words, a column gap, the answer's
words, which the walker reads as a label run in with its answer (`runin.label_before_gap`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.columns import gap_threshold, segments
from bilagor.extractor.layout.lines import replacing_runs
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word


def _wraps_row(row: Line, starts: list[float], below: Line, tol: float, s: LayoutSettings) -> bool:
    """`below` is `row` wrapped: close under it, set in from its start, each of its runs starting at a cell."""
    if below.page != row.page or not 0 < below.top - row.top <= s.wrap_pitch * max(row.size, row.height):
        return False
    return below.x0 > row.x0 + tol and all(any(abs(run[0].x0 - x) <= tol for x in starts) for run in segments(below, s))


def _laid(words: list[Word], x: float, top: float, bottom: float, space: float) -> list[Word]:
    """`words` set one after another from `x` on one line, `space` apart, each as wide as it was."""
    out = []
    for word in words:
        width = word.x1 - word.x0
        out.append(replace(word, x0=x, x1=x + width, top=top, bottom=bottom))
        x += width + space
    return out


def _pairs(
    row: Line, wrapped: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings
) -> list[Line] | None:
    """The row's label/answer pairs, one line each, or None when its cells are not label, answer, ..."""
    starts = [run[0].x0 for run in segments(row, s)]
    if len(starts) < 2 or len(starts) % 2:
        return None
    cells: list[list[Word]] = [[] for _ in starts]
    for line in [row, *wrapped]:
        for word in line.words:
            cells[max(i for i, x in enumerate(starts) if x <= word.x0 + tol)].append(word)
    if not all(is_label(" ".join(w.text for w in cells[i])) for i in range(0, len(cells), 2)):
        return None
    size = row.size or row.height
    space, gap = 0.3 * size, 2 * gap_threshold(size, s)
    out = []
    for label, answer in zip(cells[::2], cells[1::2]):
        laid = _laid(label, row.x0, row.top, row.bottom, space)
        out.append(Line(row.page, laid + _laid(answer, laid[-1].x1 + gap, row.top, row.bottom, space)))
    return out


def part_gap_rows(
    lines: list[Line],
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Line]:
    """`lines` with each small table row on a page without a value column read pair by pair (see the module's
    docstring); a row with one pair and nothing wrapped under it is left to the walker as it is."""

    def row_read_by_pairs(i: int) -> tuple[list[Line], int] | None:
        row = lines[i]
        if row.in_grid or row.cell or boundaries.get(row.page) is not None:
            return None
        starts = [run[0].x0 for run in segments(row, s)]
        wrapped: list[Line] = []
        while i + 1 + len(wrapped) < len(lines) and _wraps_row(row, starts, lines[i + 1 + len(wrapped)], tol, s):
            wrapped.append(lines[i + 1 + len(wrapped)])
        pairs = _pairs(row, wrapped, is_label, tol, s) if wrapped or len(starts) > 2 else None
        return None if pairs is None else (pairs, i + 1 + len(wrapped))

    return replacing_runs(lines, row_read_by_pairs)

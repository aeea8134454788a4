"""Header tables read column by column: label | value | label | value with the labels centred.

fpdf2 and other table writers centre a small label vertically in its cell, so a label's first line
lies between its value's lines, or above them when the label wraps further ('GEOGRAFISK' / 'PLATS
FÖR' / 'INVESTERING' beside a two-line answer). Line by line no label sits beside its answer's first
line, and a right-hand label's line runs into the left pair's answer. A header table is a band of
lines set at the line pitch (no row gap inside) whose word runs start at an even number (four or
more) of x-positions, alternating label columns (every run in capitals or bold) and value columns
(not), each label column reading as one known label (a template wording, or a label none of whose
lines is a template wording by itself: two rows' labels stacked are two labels). Each pair is
handed on as a cell (cells.py): its label's words top to bottom, then its value lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.columns import cluster, label_type_end, segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import in_capitals
from bilagor.extractor.words import Word

Run = tuple[float, list[Word]]  # (top, words)


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _label_typed(words: list[Word]) -> bool:
    return in_capitals(_text(words)) or all(w.bold for w in words)


def _bands(lines: list[Line], s: LayoutSettings) -> list[list[Line]]:
    """Runs of consecutive lines on one page at most a wrapped line's pitch apart (of the smaller
    type: a title over the table is further off)."""
    bands: list[list[Line]] = []
    for line in lines:
        prev = bands[-1][-1] if bands else None
        if (
            prev is not None
            and prev.page == line.page
            and not prev.cell
            and not line.cell
            and 0 <= line.top - prev.top <= s.wrap_pitch * (min(prev.size, line.size) or prev.height)
        ):
            bands[-1].append(line)
        else:
            bands.append([line])
    return bands


def _one_label(runs: list[Run], is_label: Callable[[str], bool], is_known_wording: Callable[[str], bool]) -> bool:
    text = " ".join(_text(words) for _, words in runs).rstrip(":")
    if is_known_wording(text):
        return True
    return is_label(text) and not any(is_known_wording(_text(words).rstrip(":")) for _, words in runs)


def _typed_parts(run: list[Word], s: LayoutSettings) -> list[list[Word]]:
    """A run parted where a label's type gives way to its answer's ('GEOGRAFISK Bredängs centrum':
    a label word as wide as its cell leaves no gap)."""
    end = label_type_end(run, s)
    return [run[:end], run[end:]] if end else [run]


def _columns(band: list[Line], tol: float, s: LayoutSettings) -> list[list[Run]] | None:
    """The band's runs by column, left to right, when they start at an even number (4+) of x's."""
    runs = [(line.top, part) for line in band for run in segments(line, s) for part in _typed_parts(run, s)]
    xs = sorted(x for x, _ in cluster([run[0].x0 for _, run in runs], tol))
    if len(xs) < 4 or len(xs) % 2:
        return None
    columns: list[list[Run]] = [[] for _ in xs]
    for top, run in runs:
        i = max(i for i, x in enumerate(xs) if run[0].x0 >= x - 0.01)
        columns[i].append((top, run))
    return columns


def _centred(columns: list[list[Run]]) -> bool:
    """Some label starts off its answer's first line (centred in its cell): labels beside their
    answers line by line are the grid readers' (grid.py)."""
    for labels, values in zip(columns[::2], columns[1::2], strict=True):
        label_top, label_words = min(labels, key=lambda r: r[0])
        value_top, value_words = min(values, key=lambda r: r[0])
        if abs(label_top - value_top) > 0.5 * min(label_words[0].size, value_words[0].size):
            return True
    return False


def _shift(words: list[Word], dx: float) -> list[Word]:
    return [replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in words]


def _cells(band: list[Line], columns: list[list[Run]]) -> list[Line]:
    page = band[0].page
    label_x, value_x = columns[0][0][1][0].x0, columns[1][0][1][0].x0
    pairs = list(zip(columns[::2], columns[1::2], strict=True))
    out = []
    for n, (labels, values) in enumerate(pairs):
        # The last cell is read in order with the row under the table, which may centre its label on
        # an answer whose first line the walker gave that cell (rows.pull_centred_answers).
        in_grid = n < len(pairs) - 1
        label_words = [w for _, words in sorted(labels, key=lambda r: r[0]) for w in words]
        dx = label_x - min(w.x0 for w in label_words)
        out.append(Line(page, _shift(label_words, dx), in_grid=in_grid, cell="label"))
        vdx = value_x - min(words[0].x0 for _, words in values)
        out += [
            Line(page, _shift(words, vdx), in_grid=in_grid, cell="value")
            for _, words in sorted(values, key=lambda r: r[0])
        ]
    return out


def unfold_header_cells(
    lines: list[Line],
    is_label: Callable[[str], bool],
    is_known_wording: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[Line]:
    """Lines with every header table of centred labels read pair by pair."""
    out: list[Line] = []
    for band in _bands(lines, s):
        columns = _columns(band, tol, s) if len(band) >= 2 else None
        if (
            columns is not None
            and all(col and all(_label_typed(words) for _, words in col) for col in columns[::2])
            and all(col and not all(_label_typed(words) for _, words in col) for col in columns[1::2])
            and all(_one_label(col, is_label, is_known_wording) for col in columns[::2])
            and _centred(columns)
        ):
            out += _cells(band, columns)
        else:
            out += band
    return out

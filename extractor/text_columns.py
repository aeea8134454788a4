"""A text layer's body set in two or more text columns, read a column at a time (pure, over words with boxes).

A web page printed with CSS `columns:` (or a word processor's, TeX's, groff's two-column section) flows its
body down one column and on at the next column's head. Read line by line across the page, each line of the
left column runs into the line of the right column level with it, so labels, answers and paragraphs of two
columns are mixed. A column gutter is a vertical band that fewer than half of the page's lines cross; the
lines that do (a title, a heading or header fields spanning the columns) part the page into runs. A run
is text columns when it is a fair share of the page's text height (not a few rows of a header grid), each
column holds a few lines, the columns are of similar width (a label/value table's label column is far
narrower than its answers, and one as wide holds labels only, no sentence's end or figure, with answer lines
beside its gaps), and the second column's blocks do not start level with the first's row by
row (a grid of pairs pairs its rows across the gap). Of the candidate gutters (a column's own label/value
gap is one too) the largest set that parts a run into text columns is taken. Such a band's
columns are put one under the other at the first column's x, so the page reads as one column: the second
column's head right under the first column's foot (a label at a column's foot keeps its answer at the next
column's head), lines that cross the gutter (a title, a heading or header fields spanning the columns) in
place, and everything below the band moved down by the height the band grew.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from statistics import median
from typing import Protocol

from bilagor.extractor.words import Page, Word, lines_of

Box = tuple[float, float, float, float]

# A gutter is at least this share of the body size wide (a word space is about a quarter of it).
MIN_GUTTER_SIZES = 1.0
# Gutters stand between this share of the page width and one minus it (not in the margins).
EDGE_SHARE = 0.15
# A band of columns holds at least this many lines in each column.
MIN_COLUMN_LINES = 3
# The narrower column is at least this share of the wider one's width (a label column is far narrower).
MIN_WIDTH_RATIO = 0.7
# A block starts after a vertical gap wider than this many line pitches. A grid pairs its rows across the
# gap: at least this share of the second column's block starts stand level with a start in the first.
BLOCK_GAP_PITCHES = 1.3
GRID_LEVEL_SHARE = 0.75
LEVEL_TOLERANCE = 2.0
# A grid shows itself in this many block starts of a column or more.
MIN_GRID_ROWS = 3
# A grid's left column goes on below the right one's last line by this many lines at most.
GRID_TAIL_LINES = 2
# A grid's right column changes type (label, value, label …) at this share of its lines at least.
GRID_TYPE_CHANGE_SHARE = 0.6
# A first column holding fewer than this share of the second's lines is a label column (pandoc's ODT printed
# by LibreOffice: a header grid's left pairs, then labels beside long answers), not the head of a flow.
SPARSE_FIRST_SHARE = 0.5
# A label column leaves at least this many of its answers' lines without a line of its own beside them.
ROW_HOLES = 2
# A column's right edge is where this share of its lines end, at most.
EXTENT_SHARE = 0.9
# The gutter's middle is that of the widest stretch, at least this share of a size wide, crossed by fewest lines.
MIN_CLEAR_SIZES = 0.6
# A line crosses a gutter when a word of it comes this share of its size near the gutter's middle: more
# than a word space, less than half the narrowest gutter.
REACH = 0.4
# A page is set in columns when its columns hold this share of its lines at least: a header grid's cards
# over a body across the page are no columns.
MIN_PAGE_SHARE = 0.5
# Columns run down this share of the height of the page's text at least.
MIN_BAND_SHARE = 0.2
# A run's first lines (HEAD_LINES at most) above a gap of more than this many line pitches are its head.
HEAD_LINES = 3
HEAD_GAP_PITCHES = 2.0
# ... or whose words are all smaller than this share of the body size.
SMALL_TYPE = 0.9
# A column's last line ending more than this share of the measure short of its right edge ends a paragraph.
SHORT_SHARE = 0.25
# A line of the first column level with a shorter last column (a flow's end) and parted by this many gaps a gutter
# wide or more, between words a word space apart (under this share of the body size: a justified line's spaces
# are all alike), is a row of label | answer cells running on past the gutter (a row of three pairs), no text's.
ROW_CELL_GAPS = 2
CELL_WORD_SPACE = 0.6
# A label's numbers before its words: a row's number, a section's, a sub-item's letter ("6 a", "9 1.1", "4b)").
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?(?:\s?[a-h]\)?(?=\s|$))?\s*)+")
# Candidate gutters weighed per page, at most (their subsets are tried).
MAX_CANDIDATES = 6
# A label's number wrapped onto a line of its own ("1.1" over "Behovsanalys/problembeskrivning"): figures with a
# dot between or after them, which no amount is written as (a decimal comma, a space between thousands).
_LABEL_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?|\d+\.")


def _no_label(_text: str) -> bool:
    return False


@dataclass
class _Line:
    words: list[Word]
    top: float
    bottom: float

    def crosses(self, x: float) -> bool:
        """Whether a word of the line stands within REACH of a body size about x: a line spanning the
        columns crosses the gutter's middle, or leaves at most a word space there."""
        reach = REACH * self.size
        return any(w.x0 < x + reach and w.x1 > x - reach for w in self.words)

    def covers(self, x: float) -> bool:
        return any(w.x0 < x < w.x1 for w in self.words)

    @property
    def size(self) -> float:
        return min(w.bottom - w.top for w in self.words)


def in_column_order(page: Page) -> Page:
    """`page` with each band of text columns put into one column (see the module's docstring); a page
    without such a band comes back as it was, and so does a landscape sheet: two pages printed side by
    side are the layout's to split (layout/twoup.py)."""
    # Imported here: the layout package's own text-column step imports this module (a cycle at import time).
    from bilagor.extractor.layout.letterhead import band_words

    if page.number == 1 and (band := band_words(page, _no_label)):
        # A letterhead band down the margin beside the form is no text column: read the form without it (the
        # layout takes the band out as furniture).
        taken = {id(w) for w in band}
        rest = _in_columns(replace(page, words=[w for w in page.words if id(w) not in taken]))
        return replace(rest, words=band + rest.words)
    return _in_columns(page)


def _in_columns(page: Page) -> Page:
    lines = _lines(page.words)
    if len(lines) < 2 * MIN_COLUMN_LINES or page.width > page.height:
        return page
    size = median(w.bottom - w.top for w in page.words)
    gutters = _gutter_candidates(lines, page.width, size)
    if not gutters:
        return page
    words: list[Word] = []
    moved: list[_BandMove] = []
    shift = 0.0
    for band, cuts in _bands(lines, gutters, size):
        top, bottom = min(ln.top for ln in band), max(ln.bottom for ln in band)
        if not cuts:
            words += [_moved(w, 0.0, shift) for ln in band for w in ln.words]
            moved.append(_BandMove(top, bottom, [], [(0.0, 0.0)], shift))
            continue
        columns = _split(band, cuts)
        moves = _stack_moves(columns, _pitch(columns[0]))
        for column, (dx, dy) in zip(columns, moves):
            words += [_moved(w, dx, dy + shift) for ln in column for w in ln.words]
        moved.append(_BandMove(top, bottom, cuts, moves, shift))
        new_bottom = max(ln.bottom + dy for column, (_, dy) in zip(columns, moves) for ln in column)
        shift += max(new_bottom - bottom, 0.0)
    if not any(band.cuts for band in moved):
        return page
    rules = [b for box in page.rules if (b := _moved_box(box, moved, shift, drop_column_rule=True)) is not None]
    images = [b for box in page.images if (b := _moved_box(box, moved, shift, drop_column_rule=False)) is not None]
    fills = [b for box in page.fills if (b := _moved_box(box, moved, shift, drop_column_rule=False)) is not None]
    return replace(page, words=words, rules=rules, images=images, fills=fills, height=page.height + shift)


@dataclass
class _BandMove:
    """How a band of the page moved: its extent, its gutters, each column's (dx, dy), the shift of the
    bands above it."""

    top: float
    bottom: float
    cuts: list[float]
    moves: list[tuple[float, float]]
    shift: float


def _lines(words: list[Word]) -> list[_Line]:
    """Words grouped into lines across the whole page by their vertical extents, top to bottom."""
    return [
        _Line(line, line[0].top, max(w.bottom for w in line))
        for line in lines_of(words, order=lambda w: (w.top, w.x0), joins=_overlaps_line)
    ]


def _overlaps_line(line: list[Word], word: Word) -> bool:
    """Whether `word` overlaps the line's extent (its first word's top to its lowest bottom) by half the lower of
    the two heights."""
    top, bottom = line[0].top, max(w.bottom for w in line)
    overlap = min(bottom, word.bottom) - max(top, word.top)
    return overlap >= 0.5 * min(max(word.bottom - word.top, 0.1), bottom - top)


def _gutter_candidates(lines: list[_Line], width: float, size: float) -> list[float]:
    """Middles of the x-runs (at least a gutter wide, away from the margins) that fewer than half of the
    page's lines cross: the columns' gutters, crossed only by lines spanning the columns."""
    step = 1.0
    xs = [EDGE_SHARE * width + i * step for i in range(int((1 - 2 * EDGE_SHARE) * width / step))]
    crossed = _covering_lines(lines, xs)
    limit = 0.5 * len(lines)
    out: list[float] = []
    run: list[int] = []
    for i, count in enumerate([*crossed, len(lines)]):
        if count < limit:
            run.append(i)
            continue
        if run and (len(run) - 1) * step >= MIN_GUTTER_SIZES * size:
            stretch = _widest_clear_stretch(run, crossed, MIN_CLEAR_SIZES * size / step, len(xs))
            if stretch:
                out.append(xs[stretch[len(stretch) // 2]])
        run = []
    return out


def _covering_lines(lines: list[_Line], xs: list[float]) -> list[int]:
    """For each of the sorted `xs`, how many lines a word covers it in (_Line.covers: x0 < x < x1): each word
    marks the xs strictly inside it, found by bisection, once for its line, instead of every x asking every
    line's every word (a long page of text: a third of a second a page)."""
    crossed = [0] * len(xs)
    for line in lines:
        covered = bytearray(len(xs))
        for w in line.words:
            lo, hi = bisect_right(xs, w.x0), bisect_left(xs, w.x1)
            if hi > lo:
                covered[lo:hi] = b"\x01" * (hi - lo)
        for i in (i for i, c in enumerate(covered) if c):
            crossed[i] += 1
    return crossed


def _widest_clear_stretch(run: list[int], crossed: list[int], min_len: float, end: int) -> list[int]:
    """The widest stretch of `run` crossed by the fewest lines that is wider than a word space (where the
    columns' lines do not reach; a spanning line's word space is narrower), with text on both sides: a
    stretch reaching the scanned range's ends (index 0 or `end` - 1) is a margin, where a last column's
    ragged lines end. Empty if there is none."""
    for level in sorted({crossed[j] for j in run}):
        stretches: list[list[int]] = [[]]
        for j in run:
            if crossed[j] <= level:
                stretches[-1].append(j)
            elif stretches[-1]:
                stretches.append([])
        inner = [s for s in stretches if s and s[0] > 0 and s[-1] < end - 1]
        widest = max(inner, key=len, default=[])
        if len(widest) >= min_len:
            return widest
    return []


def _bands(lines: list[_Line], gutters: list[float], size: float) -> list[tuple[list[_Line], list[float]]]:
    """The page's lines in bands, each with the gutters that part it into text columns (none for lines
    outside the columns). Of the candidate gutter sets that part some run into text columns, the largest
    is taken (two columns of three would pass for a narrow and a wide one over a longer run, the title's
    line too), then the one that puts the most lines into columns; a column's own label/value gap is a
    candidate too, but parts the columns unevenly."""
    body = lines[-1].bottom - lines[0].top
    right = max(w.x1 for ln in lines for w in ln.words)
    best: list[tuple[list[_Line], list[float]]] = [(lines, [])]
    best_score = (0, 0)
    for cuts in _subsets(gutters):
        bands = [
            (run, cuts if _tall(run, body) and _columns_at(run, cuts, size, right) else [])
            for whole in _runs(lines, cuts)
            for run in _parted_ends(whole, size)
        ]
        lines_in_columns = sum(len(run) for run, found in bands if found)
        score = (len(cuts), lines_in_columns)
        if lines_in_columns >= MIN_PAGE_SHARE * len(lines) and score > best_score:
            best, best_score = bands, score
    return _merged(best)


def _tall(run: list[_Line], body: float) -> bool:
    """Whether the run is MIN_BAND_SHARE of the page's text height or more: a body's columns, not a few
    rows of a header grid between lines across it."""
    return run[-1].bottom - run[0].top >= MIN_BAND_SHARE * body


def _parted_ends(run: list[_Line], size: float) -> list[list[_Line]]:
    """The run with its head and its foot parted off (`_head`; the foot is the head of the run read upside
    down: a page number or footer under the columns is none of their last lines)."""
    head, rest = _head(run, size)
    foot, body = _head(rest[::-1], size)
    return [part for part in (head, body[::-1], foot[::-1]) if part]


def _head(run: list[_Line], size: float) -> tuple[list[_Line], list[_Line]]:
    """(head, rest) of the run: a line or two at its top standing more than HEAD_GAP_PITCHES line pitches
    away from the rest (a short title, a file number set flush right in the header), or set in smaller
    type than the body's `size` (a running header: a browser's date and page title), are no column's
    head, though they cross no gutter."""
    pitch = _pitch(sorted(run, key=lambda ln: ln.top))
    small = 0
    while small < min(HEAD_LINES, len(run) - 1) and run[small].size < SMALL_TYPE * size:
        small += 1
    for i in range(small, min(HEAD_LINES, len(run) - 1)):
        if _gap(run[i], run[i + 1]) > HEAD_GAP_PITCHES * pitch:
            return run[: i + 1], run[i + 1 :]
    return run[:small], run[small:]


def _gap(a: _Line, b: _Line) -> float:
    """The white space between two lines, whichever stands higher."""
    return max(b.top - a.bottom, a.top - b.bottom)


def _subsets(gutters: list[float]) -> list[list[float]]:
    """Every non-empty subset of the candidates, in x order within each (few: a page has a handful)."""
    out: list[list[float]] = [[]]
    for gutter in gutters[:MAX_CANDIDATES]:
        out += [[*subset, gutter] for subset in out]
    return [subset for subset in out if subset]


def _runs(lines: list[_Line], cuts: list[float]) -> list[list[_Line]]:
    """Maximal runs of lines crossing none of `cuts`, each line crossing one a run of its own."""
    out: list[list[_Line]] = []
    open_run = False
    for line in lines:
        free = not any(line.crosses(x) for x in cuts)
        if free and open_run:
            out[-1].append(line)
        else:
            out.append([line])
        open_run = free
    return out


def _merged(bands: list[tuple[list[_Line], list[float]]]) -> list[tuple[list[_Line], list[float]]]:
    """Neighbouring runs without columns joined (they move alike)."""
    out: list[tuple[list[_Line], list[float]]] = []
    for lines, cuts in bands:
        if out and not cuts and not out[-1][1]:
            out[-1][0].extend(lines)
        else:
            out.append((list(lines), cuts))
    return out


def _split(band: list[_Line], cuts: list[float]) -> list[list[_Line]]:
    """The band's lines parted at the gutters: one list of lines per column, each line its column's words."""
    edges = [float("-inf"), *cuts, float("inf")]
    columns: list[list[_Line]] = []
    for left, right in zip(edges, edges[1:]):
        column = []
        for line in band:
            words = [w for w in line.words if left <= (w.x0 + w.x1) / 2 < right]
            if words:
                column.append(_Line(words, min(w.top for w in words), max(w.bottom for w in words)))
        columns.append(column)
    return columns


def _columns_at(band: list[_Line], cuts: list[float], size: float, right: float) -> bool:
    """Whether the gutters part the band into text columns: each holds MIN_COLUMN_LINES lines or more (the
    last two or more), the gutters are a body size wide, the columns are of similar width, and the blocks
    of the first two do not start level (a grid's rows)."""
    if not cuts:
        return False
    columns = _split(band, cuts)
    # The last column holds the flow's end: it may be short and its last lines short.
    if any(len(c) < MIN_COLUMN_LINES for c in columns[:-1]) or len(columns[-1]) < 2:
        return False
    if len(columns[-1]) < len(columns[-2]) and _cells_beside(columns[0], columns[-1], size):
        return False
    # A flow fills its first column before the next; a label column beside its answers holds a line or two a row.
    if len(columns[0]) < SPARSE_FIRST_SHARE * len(columns[1]):
        return False
    if _labels_only(columns[0]) and any(_ends_sentence(ln) for ln in columns[1]) and _rows_beside(*columns[:2]):
        return False
    # The same table mirrored: labels in a column at the right of their answers (layout/rightlabels.py reads it),
    # each row's label level with its answer's first line, the answers' further lines with no label beside them.
    if _labels_only(columns[-1]) and any(_ends_sentence(ln) for ln in columns[-2]) and _rows_beside(*columns[:-3:-1]):
        return False
    extents = [_extent(c) for c in columns]
    if any(b[0] - a[1] < MIN_GUTTER_SIZES * size for a, b in zip(extents, extents[1:])):
        return False
    widths = [x1 - x0 for x0, x1 in _beside_extents(columns, extents)]
    if len(columns[-1]) < len(columns[-2]):
        # The flow's end: a few lines, maybe short ones, down the last column, which reaches as far right
        # as the page's text does (`right`: a spanning line's end, a header's file number).
        widths[-1] = max(widths[-1], right - extents[-1][0])
    if min(widths) < MIN_WIDTH_RATIO * max(widths):
        return False
    # The first two columns tell a grid's rows (the last column of a flow may be a few lines only).
    return not _level_blocks(columns[0], columns[1], _pitch(columns[0])) and not level_type_runs(*columns[:2])


def _cells_beside(first: list[_Line], last: list[_Line], size: float) -> bool:
    """Whether a line of the first column level with the shorter last column is parted into cells (ROW_CELL_GAPS
    gaps a gutter wide beside word spaces): the last column is then a row's last cells, not the flow's end."""
    for line in first:
        if not any(min(line.bottom, other.bottom) > max(line.top, other.top) for other in last):
            continue
        gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:])]
        wide = sum(gap >= MIN_GUTTER_SIZES * size for gap in gaps)
        if wide >= ROW_CELL_GAPS and any(gap < CELL_WORD_SPACE * size for gap in gaps):
            return True
    return False


def _ends_sentence(line: _Line) -> bool:
    return line.words[-1].text.endswith((".", "!", "?"))


def _labels_only(column: list[_Line]) -> bool:
    """Whether the column holds labels only, however wide (a label | answer table whose label column takes half
    the measure: pandoc's ODT printed by LibreOffice; a numbered table's numbers and labels): no line of it ends
    a sentence and no word holds a digit (an answer's amount, date or phone number), a label's numbers aside
    ("6 a", "1.1"). A flow's column holds answers, and they mostly do."""
    return not any(
        _ends_sentence(ln)
        or (
            any(ch.isdigit() for ch in _unnumbered(ln))
            and not _LABEL_NUMBER.fullmatch(" ".join(w.text for w in ln.words))
        )
        for ln in column
    )


def _unnumbered(line: _Line) -> str:
    """The line's text without the numbers before a label's words (an amount, numbers only, keeps them)."""
    text = " ".join(w.text for w in line.words)
    rest = _NUMBERING.sub("", text)
    return rest if rest[:1].isalpha() else text


def _rows_beside(left: list[_Line], right: list[_Line]) -> bool:
    """Whether the left column leaves lines of the right one without a line level with them, between its own
    first and last lines, ROW_HOLES times or more: rows whose answers run longer than their labels. A flow fills
    its first column down to its foot, a paragraph's gap aside."""
    top, bottom = left[0].top, left[-1].top
    holes = [
        ln for ln in right if top < ln.top < bottom and all(abs(ln.top - other.top) > LEVEL_TOLERANCE for other in left)
    ]
    return len(holes) >= ROW_HOLES


def _extent(column: list[_Line]) -> tuple[float, float]:
    """Where the column's lines start (the leftmost) and where most of them end: a word or two running
    into the gutter (a long word, a picture's caption) is no measure of the column."""
    ends = sorted(max(w.x1 for w in ln.words) for ln in column)
    return min(w.x0 for ln in column for w in ln.words), ends[round(EXTENT_SHARE * (len(ends) - 1))]


def _beside_extents(columns: list[list[_Line]], extents: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each column's extent measured on its lines level with a line of the next or previous column, where it
    has MIN_COLUMN_LINES of them: a label/value table's label column beside its answers holds short labels, and
    a heading under the table, wider than any label, is no measure of it (pandoc's ODT printed by LibreOffice:
    a header table's rows, then "1. Beskrivning (mål och syfte)" under its labels). Text columns' lines of a
    flow stand level as wide as the columns are."""
    out = []
    for i, (column, extent) in enumerate(zip(columns, extents)):
        others = [ln for j in (i - 1, i + 1) if 0 <= j < len(columns) for ln in columns[j]]
        level = level_lines(column, [o.top for o in others])
        out.append((extent[0], _extent(level)[1]) if len(level) >= MIN_COLUMN_LINES else extent)
    return out


def level_lines(lines: list[_Line], others: list[float]) -> list[_Line]:
    """The `lines` whose top stands within LEVEL_TOLERANCE of a top of `others`: a window of the tops sorted once, a
    hair wider, then the test itself, so the same lines as comparing each with every other (h34: a 67-page
    document's column tests compared its lines pairwise, ten million times)."""
    tops = sorted(others)
    out = []
    for line in lines:
        lo = bisect_left(tops, line.top - LEVEL_TOLERANCE - 0.001)
        hi = bisect_right(tops, line.top + LEVEL_TOLERANCE + 0.001)
        if any(abs(line.top - top) <= LEVEL_TOLERANCE for top in tops[lo:hi]):
            out.append(line)
    return out


def _block_starts(column: list[_Line], pitch: float) -> list[float]:
    """Tops of the column's first line and of its lines that follow a gap wider than BLOCK_GAP_PITCHES
    line pitches."""
    return [column[0].top] + [b.top for a, b in zip(column, column[1:]) if b.top - a.top > BLOCK_GAP_PITCHES * pitch]


def _level_blocks(left: list[_Line], right: list[_Line], pitch: float) -> bool:
    """Whether the right column's blocks start level with the left's, row by row: a grid, not a flow."""
    starts, left_starts = _block_starts(right, pitch), _block_starts(left, pitch)
    if len(starts) < MIN_GRID_ROWS:
        return False
    level = sum(1 for top in starts if any(abs(top - other) <= LEVEL_TOLERANCE for other in left_starts))
    return level >= GRID_LEVEL_SHARE * len(starts)


class _Typed(Protocol):
    """A line as both column readers hold it: its words, and its top."""

    @property
    def words(self) -> list[Word]: ...

    @property
    def top(self) -> float: ...


def _type(line: _Typed) -> tuple[str, float]:
    return line.words[0].fontname, round(line.words[0].size, 1)


def _type_starts(column: Sequence[_Typed]) -> list[_Typed]:
    """The column's first line and each line set in another type than the line above it (a label in bold over
    its answer, the answer over the next label)."""
    return [b for a, b in zip([None, *column], column) if a is None or _type(a) != _type(b)]


def level_type_runs(left: Sequence[_Typed], right: Sequence[_Typed]) -> bool:
    """Whether the right column's changes of type stand level with the left's, to the same type, row by row,
    down to the left column's foot: a grid of cells each a label over its value, every row at one pitch (no
    gap tells its rows apart; the labels' type does), the type changing at almost every line. A flow's labels
    fall where its text puts them, not level across the gutter, between paragraphs in one type, and where they
    happen to (fields of one line each) the left column flows on far below the right one's end; a grid's left
    column goes on a line or two at most (the last row's value beside an empty cell, a heading under the grid).
    Text layers only (OCR words name no font)."""
    if not right or not right[0].words[0].fontname:
        return False
    end = max(line.top for line in right)
    if sum(line.top > end + LEVEL_TOLERANCE for line in left) > GRID_TAIL_LINES:
        return False
    starts, left_starts = _type_starts(right), _type_starts(left)
    # A grid's column changes type at almost every line (a label, its value, the next label); a flow's holds
    # paragraphs of lines in one type.
    if len(starts) < max(MIN_GRID_ROWS, GRID_TYPE_CHANGE_SHARE * len(right)):
        return False
    level = sum(
        1
        for line in starts
        if any(abs(line.top - other.top) <= LEVEL_TOLERANCE and _type(other) == _type(line) for other in left_starts)
    )
    return level >= GRID_LEVEL_SHARE * len(starts)


def _pitch(lines: list[_Line]) -> float:
    """The line pitch: the median step from a line to the next within a paragraph (less than one and a half line
    heights); the steps over a gap between fields or rows would count as pitches where blocks are short."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top]
    within = [step for step, a in zip(steps, lines) if step < 1.5 * (a.bottom - a.top)]
    return median(within or steps) if steps else 12.0


def _stack_moves(columns: list[list[_Line]], pitch: float) -> list[tuple[float, float]]:
    """(dx, dy) of each column: the first stays, each next one goes under the one before at its x, its head
    a line pitch under that column's foot, or a block's gap when that foot ends short of the column's
    measure (a paragraph ends there, so the next column's head starts a block: a heading or a label)."""
    x0 = min(w.x0 for ln in columns[0] for w in ln.words)
    measure = _extent(columns[0])
    steps = [b.top - a.top for a, b in zip(columns[0], columns[0][1:])]
    block_steps = [step for step in steps if step > BLOCK_GAP_PITCHES * pitch]
    block_step = median(block_steps) if block_steps else 2 * pitch
    moves = [(0.0, 0.0)]
    previous = columns[0]
    foot = max(ln.top for ln in previous)
    for column in columns[1:]:
        last = max(previous, key=lambda ln: ln.top)
        ends_short = max(w.x1 for w in last.words) < measure[1] - SHORT_SHARE * (measure[1] - measure[0])
        head = min(ln.top for ln in column)
        dx = x0 - min(w.x0 for ln in column for w in ln.words)
        dy = foot + (block_step if ends_short else pitch) - head
        moves.append((dx, dy))
        previous = column
        foot = max(ln.top for ln in column) + dy
    return moves


def _moved(word: Word, dx: float, dy: float) -> Word:
    if not dx and not dy:
        return word
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx, top=word.top + dy, bottom=word.bottom + dy)


def _moved_box(box: Box, bands: list[_BandMove], total_shift: float, drop_column_rule: bool) -> Box | None:
    """A rule or picture moved with the band (and column) it stands in; a vertical rule in a gutter (a column
    rule) dropped (None); one across the gutters, or between bands, moved down with what lies above it."""
    x0, t, x1, b = box
    within = next((band for band in bands if band.top - 1 <= t and b <= band.bottom + 1), None)
    if within is None:
        shift = next((band.shift for band in bands if band.top > t), total_shift)
        return (x0, t + shift, x1, b + shift)
    edges = [float("-inf"), *within.cuts, float("inf")]
    column = next((i for i, (lo, hi) in enumerate(zip(edges, edges[1:])) if lo <= x0 and x1 <= hi), None)
    if column is None:
        if drop_column_rule and x1 - x0 < 2:
            return None
        return (x0, t + within.shift, x1, b + within.shift)
    dx, dy = within.moves[column]
    return (x0 + dx, t + dy + within.shift, x1 + dx, b + dy + within.shift)

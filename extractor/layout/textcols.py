"""Text columns: a page set in two columns, like a newspaper, each field a label above its answer
or beside it.

Read line by line across the page, a line of the left column runs into the line of the right
column at the same height, and the gutter looks like a label/value boundary, so every answer
line of the right column lands beside a label of the left. A page is set in text columns when,
below some point, no word or rule crosses a vertical gutter (until a line across it, or one far
below the rest, or a page number at the foot: a footer; after a line or two far above the rest, a
running header, and from the right column's first line at its own x: a file number set flush right
in the header's margin is none of it, nor are labels above that line, such as a
header grid's cells over a list of labels beside their answers), and each column holds a
label worded as a template's or a known alias (wrapped over a few lines of its type or not)
standing alone above a line of its own that starts where the label does (a label above its
answer), each side is one column (a justified line's wide, equal spaces part nothing) (its labels at one x, hardly a line parted by a column gap), and
some label of the right column stands level with no label of the left, or one column holds two
or more labels more than the other (the columns flow on their own, unlike the cards of a grid's
rows). A column may instead be a label/value table of its own (a web form's flex rows): each
row a label in label form (numbered or not) beside its answer, the row's other lines an answer's
wrapped line at the row's value x or a label's wrapped line left of it (a row's value x may lie
right of another's: a flex row's label box grows with a long word); both columns must then be
such tables (a grid of pairs stands level in rows and is no text columns). The right column is
then put under the left one, at the left column's x (a table's rows each with its value x under
the left column's value column; an answer running on atop the right column, above its first
label, goes on the left column's last answer), and anything below the columns (a footer) under
both, so the page reads as one column; the page keeps its number. The gutter is where lines of
the right column start, or where the horizontal rules of the right column's rows start (a rule
under each row that stops at the gutter).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import page_number
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import label_form
from bilagor.extractor.text import join_lines
from bilagor.extractor.text_columns import level_type_runs
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]
# A label's number ('1.', '1.1 '): no part of its label form.
_SECTION_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+")


@dataclass(frozen=True)
class _Columns:
    gutter: float  # the x the right column starts at, less the tolerance
    top: float  # where the columns start (the right column's top)
    end: float  # where they end: the first line below them across the gutter (a footer), or inf
    left_x: float  # where the left column is aligned (its text's x, or its value column's)
    # The right column's rows, top down: (the row's top, its x to put at left_x). A text column is
    # one row; a label/value table's rows each put their value x there (a row's value x may differ),
    # and an answer running on atop it, above its first label, is a row at its own x.
    right_rows: tuple[tuple[float, float], ...]


def _side(page: Page, words: list[Word], s: LayoutSettings) -> list[Line]:
    return group_lines(replace(page, words=words), s)


class _Sides:
    """A page's sides of its gutters, grouped into lines once each: gutters close together part the band's words
    alike (a drawing sheet: 336 sides of 168 gutters were 192 distinct), and a side's lines, its labels above
    answers, its label/value table and its lines a column gap parts are the same for the same words in the same
    order; so is a stretch's band of words for the same top and end. The steps only read what they share."""

    def __init__(self, page: Page, is_known: Callable[[str], bool], tol: float, s: LayoutSettings):
        self.page, self.is_known, self.tol, self.s = page, is_known, tol, s
        self.lines: dict[tuple[int, ...], list[Line]] = {}
        self.above: dict[int, list[Line]] = {}  # by id of a side's lines
        self.beside: dict[int, list[tuple[Line, float]] | None] = {}
        self.parted_lines: dict[int, int] = {}
        self.bands: dict[tuple[float, float], list[Word]] = {}

    def of(self, words: list[Word]) -> list[Line]:
        key = tuple(map(id, words))
        if key not in self.lines:
            self.lines[key] = _side(self.page, words, self.s)
        return self.lines[key]

    def labels_above(self, lines: list[Line]) -> list[Line]:
        if id(lines) not in self.above:
            self.above[id(lines)] = _label_above_answer(lines, self.is_known, self.tol, self.s)
        return self.above[id(lines)]

    def band(self, top: float, end: float) -> list[Word]:
        """The page's words from `top` (less the tolerance) to `end`, in the page's order."""
        if (top, end) not in self.bands:
            self.bands[top, end] = [w for w in self.page.words if top - self.tol <= w.top < end]
        return self.bands[top, end]

    def parted(self, lines: list[Line]) -> int:
        """How many of a side's lines a column gap parts."""
        if id(lines) not in self.parted_lines:
            self.parted_lines[id(lines)] = sum(len(segments(ln, self.s)) > 1 for ln in lines)
        return self.parted_lines[id(lines)]

    def labels_beside(self, lines: list[Line]) -> list[tuple[Line, float]] | None:
        if id(lines) not in self.beside:
            self.beside[id(lines)] = _labels_beside(lines, self.tol, self.s)
        return self.beside[id(lines)]


def _label_above_answer(
    lines: list[Line], is_known: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """The first lines of a column's known labels, each alone above a line starting where it does. A
    label may wrap in its narrow column ('1.1 Behovsanalys/' over 'problembeskrivning'): its lines
    follow closely at its x, in its type."""
    found = []
    for i, line in enumerate(lines):
        for end in range(i + 1, min(i + s.text_column_label_lines, len(lines) - 1) + 1):
            wrapped = lines[i:end]
            if any(
                abs(b.x0 - line.x0) > tol or not 0 < b.top - a.bottom <= 1.5 * a.height or _type(b) != _type(a)
                for a, b in zip(wrapped, wrapped[1:])
            ):
                break
            below = lines[end]
            if (
                is_known(join_lines([ln.text for ln in wrapped]).strip().rstrip(":"))
                and abs(below.x0 - line.x0) <= tol
                and 0 < below.top - wrapped[-1].bottom <= 1.5 * line.height
                and not is_known(below.text.strip().rstrip(":"))
            ):
                found.append(line)
                break
    return found


def _with_paired(labels: list[Line], lines: list[Line], others: list[Line], tol: float) -> list[Line]:
    """`labels` of a column and the lines of it that stand level with a label of the other column, in its
    type (font and size), above a line of their own starting where they do: the other card of a row."""
    paired = [
        line
        for line, below in zip(lines, lines[1:])
        if line not in labels
        and abs(below.x0 - line.x0) <= tol
        and 0 < below.top - line.bottom <= 1.5 * line.height
        and line.words[0].fontname  # type tells only where fonts are named (not on OCR pages)
        and any(abs(o.top - line.top) <= tol and _type(o) == _type(line) for o in others)
    ]
    return sorted([*labels, *paired], key=lambda ln: ln.top) if paired else labels


def _type(line: Line) -> tuple[str, float]:
    return (line.words[0].fontname, line.words[0].size)


def _labels_beside(lines: list[Line], tol: float, s: LayoutSettings) -> list[tuple[Line, float]] | None:
    """A column that is a label/value table of its own: its label lines and their value x, when
    each row is a label in label form (numbered or not) beside its answer, the row's lines after it
    an answer's wrapped line starting at the row's value x or a label's wrapped line ending before
    it (beside an answer's line or alone), and a few lines are parted so. A row's value x may differ
    from another's (a flex row's label box grows with its longest word)."""
    labels: list[Line] = []
    value_xs: list[float] = []  # each label's
    parted = 0
    for line in lines:
        runs = segments(line, s)
        if len(runs) > 2:
            return None
        if len(runs) == 2:
            label = _SECTION_NUMBER.sub("", " ".join(w.text for w in runs[0]))
            if len(label.split()) > s.stacked_label_max_words:
                return None
            if label_form(label):
                labels.append(line)
                value_xs.append(runs[1][0].x0)
            elif not value_xs or abs(runs[1][0].x0 - value_xs[-1]) > tol:
                return None
            parted += 1
        elif labels and not (abs(line.x0 - value_xs[-1]) <= tol or line.x1 < value_xs[-1] - tol):
            return None
        # (a line above the first label: an answer running on from the previous column)
    if not labels or parted < s.text_column_beside_labels:
        return None
    return list(zip(labels, value_xs))


def _gutters(page: Page, lines: list[Line], tol: float, s: LayoutSettings) -> list[float]:
    """Where a right-hand column may start: a common start of runs inside the page, or a common
    left end of horizontal rules there (rules under the rows of a column stop at its gutter)."""
    lo, hi = page.width * s.text_column_min_share, page.width * (1 - s.text_column_min_share)
    starts = [run[0].x0 for line in lines for run in segments(line, s) if lo < run[0].x0 < hi]
    rule_starts = [r[0] for r in page.rules if r[3] - r[1] <= s.rule_max_width and lo < r[0] < hi]
    return [x - tol for x, n in cluster(starts, tol) if n >= s.text_column_min_lines] + [
        x - tol for x, n in cluster(rule_starts, tol) if n >= s.text_column_min_rules
    ]


def _columns(page: Page, is_known: Callable[[str], bool], tol: float, s: LayoutSettings) -> _Columns | None:
    """The page's two text columns, if it is set in them (see the module's docstring)."""
    lines = group_lines(page, s)
    # Each line's top, right end and runs' spans, once a page: a drawing sheet has thousands of lines and a
    # hundred gutters, and a line's top is a pass over its words (h33: millions of them on one sheet).
    tops, ends = [ln.top for ln in lines], [ln.x1 for ln in lines]
    spans = [[(r[0].x0, r[-1].x1) for r in segments(ln, s)] for ln in lines]
    sides = _Sides(page, is_known, tol, s)
    for gutter in _gutters(page, lines, tol, s):
        # The columns: the stretch between lines running across the gutter (the title, a footer)
        # that holds the most lines starting at the right column.
        across = [t for t, runs in zip(tops, spans) if any(x0 < gutter < x1 for x0, x1 in runs)]
        edges = [-1.0, *across, float("inf")]
        top, end = _fullest_stretch(edges, sorted(t for t, x1 in zip(tops, ends) if x1 > gutter))
        top = min((w.top for w in page.words if w.x0 >= gutter and top < w.top < end), default=end)
        # A line far below the rest (a footer on one side of the gutter) ends them too; a line or two far
        # above the rest (a running header in the margin) start them after it.
        inside = lines[bisect_left(tops, top - tol) : bisect_left(tops, end)]  # (lines run down the page)
        far = [
            i + 1
            for i, (a, b) in enumerate(zip(inside, inside[1:]))
            if b.top - a.bottom > s.text_column_foot_gap * a.height
        ]
        if far and far[0] < s.text_column_min_lines and len(inside) - far[0] >= s.text_column_min_lines:
            top, inside, far = inside[far[0]].top, inside[far[0] :], [i - far[0] for i in far[1:]]
        end = inside[far[0]].top if far else end
        # So does a page number at the foot (a footer set close under the columns, on one side of the gutter).
        foot = [ln for ln in inside if ln.top < end]
        if len(foot) > 1 and any(page_number(" ".join(w.text for w in run)) for run in segments(foot[-1], s)):
            end = foot[-1].top
        # A rule across the gutter parts the columns; one below their last line (a scanner lid's dark edge at the
        # page's foot, read as a rule) parts nothing.
        low = max((ln.bottom for ln in foot if ln.top < end), default=end) + tol
        if any(r[0] < gutter < r[2] and top <= r[1] < min(end, low) for r in page.rules):
            continue
        band = sides.band(top, end)
        left = [w for w in band if w.x1 <= gutter]
        right = [w for w in band if w.x0 >= gutter]
        if not left or not right:
            continue
        left_lines, right_lines = sides.of(left), sides.of(right)
        if min(len(left_lines), len(right_lines)) < s.text_column_min_lines:
            continue
        if level_type_runs(left_lines, right_lines):
            continue  # a grid of cells, a label over its value, its rows level across the gutter
        left_labels, right_labels = sides.labels_above(left_lines), sides.labels_above(right_lines)
        left_x, right_rows = min(w.x0 for w in left), [(-math.inf, min(w.x0 for w in right))]
        left_table, right_table = sides.labels_beside(left_lines), sides.labels_beside(right_lines)
        if left_table and right_table:
            left_labels, right_labels = [ln for ln, _ in left_table], [ln for ln, _ in right_table]
            left_x = cluster([x for _, x in left_table], tol)[0][0]
            right_rows = [(ln.top - tol, x) for ln, x in right_table]
            if above := [w.x0 for w in right if w.top < right_rows[0][0]]:
                right_rows.insert(0, (-math.inf, min(above)))
        else:
            # Text columns are set flush left: a line above the right column's first line at its x (a
            # running header's file number set flush right in the margin) is no part of them.
            first = next((ln for ln in right_lines if ln.x0 <= gutter + 2 * tol), None)
            if first is not None and first.top > top + tol:
                top = first.top
                # Labels above that line are no evidence for columns below it (a header grid's cells
                # over a list of labels beside their answers).
                left_labels = [ln for ln in left_labels if ln.top >= top - tol]
                right_labels = [ln for ln in right_labels if ln.top >= top - tol]
            # A card's label worded as no template words it still pairs off with a label level with it.
            left_labels, right_labels = (
                _with_paired(left_labels, left_lines, right_labels, tol),
                _with_paired(right_labels, right_lines, left_labels, tol),
            )
        # Cards in rows pair their labels off level; columns that flow on their own hold labels out
        # of level, or as many more labels in one column than in the other as rows of cards never do.
        unlevel = any(all(abs(r.top - ln.top) > tol for ln in left_labels) for r in right_labels)
        uneven = abs(len(left_labels) - len(right_labels)) >= s.text_column_uneven_labels
        # Each side one column: its labels start at one x, and hardly a line of it is parted by a
        # column gap (two cards a row on one side are).
        # (A label/value table's labels are one column by their answers' shared x.)
        single = bool(left_table and right_table) or (
            all(abs(ln.x0 - side[0].x0) <= tol for side in (left_labels, right_labels) for ln in side)
            and all(sides.parted(side) <= s.text_column_parted_share * len(side) for side in (left_lines, right_lines))
        )
        # A right column of one answer running on from the left column's last label holds no label of its
        # own: columns still when the left one holds answers in the right one's type under labels in a
        # type of their own (a label/value table's left column is labels only).
        run_on = (
            not right_labels
            and not (left_table or right_table)
            and _answers_run_on(left_lines, right_lines, left_labels, s)
        )
        if left_labels and (right_labels or run_on) and single and (unlevel or uneven):
            return _Columns(gutter, top, end, left_x, tuple(right_rows))
    return None


def _fullest_stretch(edges: list[float], tops: list[float]) -> tuple[float, float]:
    """Of the stretches between consecutive `edges`, the one holding the most of the ascending `tops` strictly
    inside it (the first of equals): two look-ups a stretch, not a pass over the lines."""
    best, most = (edges[0], edges[1]), -1
    for low, high in zip(edges, edges[1:]):
        count = max(0, bisect_left(tops, high) - bisect_right(tops, low))
        if count > most:
            best, most = (low, high), count
    return best


def _answers_run_on(left: list[Line], right: list[Line], labels: list[Line], s: LayoutSettings) -> bool:
    """The left column's labels set apart by type over answers in the type the right column is set in."""
    if len(labels) < s.text_column_uneven_labels or not right[0].words[0].fontname:
        return False
    body = Counter(_type(ln) for ln in right).most_common(1)[0][0]
    in_body = sum(_type(ln) == body for ln in left)
    return 2 * in_body > len(left) and all(_type(ln) != body for ln in labels)


def _margin_marks(band: list[Word], c: _Columns) -> set[int]:
    """Ids of the words in the margin right of the right column (a reader's pencil ticks read as "j", "V/"): they
    start past where nearly all its lines end. Moved under the left column with the rest they would start runs a
    gutter's width right of its text, a value column's evidence."""
    ends = sorted(w.x1 for w in band if w.x0 >= c.gutter)
    if len(ends) < 20:
        return set()
    edge = ends[int(0.9 * (len(ends) - 1))]

    def apart(w: Word) -> bool:  # no word of its line within a gap of twice its height before it
        height = w.bottom - w.top
        return not any(
            abs(o.top - w.top) < height / 2 and o.x1 <= w.x0 and w.x0 - o.x1 < 2 * height for o in band if o is not w
        )

    return {id(w) for w in band if w.x0 >= c.gutter and w.x0 > edge and len(w.text) <= 3 and apart(w)}


def _stacked(page: Page, c: _Columns) -> Page:
    """The page with its right column under its left one, and what was below both under that."""
    band = [w for w in page.words if c.top - 1 <= w.top < c.end]
    marks = _margin_marks(band, c)
    if marks:
        page = replace(page, words=[w for w in page.words if id(w) not in marks])
        band = [w for w in band if id(w) not in marks]
    left_end = max(w.bottom for w in band if w.x1 <= c.gutter)
    right_end = max(w.bottom for w in band if w.x0 >= c.gutter)
    pitch = 2 * min(w.bottom - w.top for w in band)
    dy = left_end + pitch - c.top
    below = max(0.0, right_end + dy - max(left_end, right_end))

    def move(box: Box) -> Box:
        x0, top, x1, bottom = box
        if top >= c.end:
            return (x0, top + below, x1, bottom + below)
        if x0 >= c.gutter and top >= c.top - 1:
            dx = c.left_x - next(x for row_top, x in reversed(c.right_rows) if row_top <= top)
            return (x0 + dx, top + dy, x1 + dx, bottom + dy)
        return box

    words = []
    for w in page.words:
        x0, top, x1, bottom = move((w.x0, w.top, w.x1, w.bottom))
        words.append(replace(w, x0=x0, top=top, x1=x1, bottom=bottom))
    return replace(
        page,
        height=page.height + below,
        words=words,
        rules=[move(r) for r in page.rules if not _column_rule(r, page, c)],
        images=[move(b) for b in page.images],
    )


def _column_rule(r: Box, page: Page, c: _Columns) -> bool:
    """Whether rule `r` is drawn down the gutter between the columns: it parts them, no label from its answer, and
    stacked it would stand beside the one column as a value column's edge (an OCR'd page has no bold to say
    otherwise)."""
    if r[2] - r[0] > 2 or r[3] <= c.top - 1 or r[1] >= c.end or not (c.left_x + c.gutter) / 2 < r[0] <= c.gutter + 2:
        return False
    x = (r[0] + r[2]) / 2  # crossing no word of the columns (an OCR'd box may end a point or two past it)
    return not any(w.x0 < x - 2 and w.x1 > x + 2 for w in page.words if r[1] <= w.top <= r[3])


def _without_column_rules(page: Page, xs: list[float]) -> Page:
    """A page of the same document not read as columns (the columns' last lines run on to it, with no label to
    find them by) without the vertical rules down the gutter at the x of the columns' rule, which no word crosses."""
    if not page.rules:
        return page

    def crossed(x: float) -> bool:
        return any(w.x0 < x < w.x1 for w in page.words)

    keep = [
        r
        for r in page.rules
        if not (r[2] - r[0] <= 2 and any(abs(r[0] - x) <= 3 for x in xs) and not crossed((r[0] + r[2]) / 2))
    ]
    return page if len(keep) == len(page.rules) else replace(page, rules=keep)


def stack_text_columns(
    pages: list[Page], is_known: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Page]:
    """Pages with every page set in two text columns read as one column (same page numbers); the rule down their
    gutter taken away, on the document's other pages too."""
    found = [_columns(page, is_known, tol, s) if page.words else None for page in pages]
    xs = [r[0] for page, c in zip(pages, found, strict=True) if c for r in page.rules if _column_rule(r, page, c)]
    return [
        _stacked(page, c) if c else _without_column_rules(page, xs) if xs else page
        for page, c in zip(pages, found, strict=True)
    ]

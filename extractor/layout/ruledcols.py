"""Label/value columns side by side between tall vertical rules: a landscape page of three (or two) columns of
label/answer pairs, read one column after the other.

Read line by line across such a page, a line meets a label and an answer in every column: the second column's
label lands in the first column's answer, and a long answer going on at the top of the next column (its label
cell empty) is read into whatever stands level with it. `textcols` finds two text columns by a gutter and a label
standing alone above its answer; here the columns are parted by thin rules drawn down the page, which no line
crosses (but a title over their top end), each column a label/value table of its own (a label beside its answer,
its wrapped lines under either) or an answer running on with no label. The columns are then put one under another
at the first column's x (each column's value x put at the first's), top to bottom, and anything below them (a footer)
under all, so the page reads as one column of label/answer rows; the rules between the columns are taken away.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _across(words: list[Word], x: float, top: float, bottom: float, s: LayoutSettings) -> list[Word]:
    """The words of lines run across `x` between `top` and `bottom`: a word over it, or two words of one line a word
    space apart on either side of it (a rule may fall in a title's space)."""
    inside = [w for w in words if top <= (w.top + w.bottom) / 2 <= bottom]
    out = [w for w in inside if w.x0 < x - 1 and w.x1 > x + 1]
    before = [w for w in inside if w.x1 <= x + 1 and x - w.x1 < s.ruled_column_space_sizes * w.size]
    for w in before:
        out += [
            v
            for v in inside
            if v.x0 >= x - 1 and v.x0 - w.x1 < s.ruled_column_space_sizes * w.size and abs(v.top - w.top) < 0.3 * w.size
        ]
    return out


def _joined_pieces(page: Page, s: LayoutSettings) -> dict[Box, list[Box]]:
    """The page's rules, each with the rules it stands for: on an OCR'd page (no word has a font name) the thin
    upright pieces of one x with small gaps between them joined into one rule down their whole run."""
    if not page.words or any(w.fontname for w in page.words):
        return {r: [r] for r in page.rules}
    heights = sorted(w.bottom - w.top for w in page.words)
    gap = s.ruled_column_piece_gap_sizes * heights[len(heights) // 2]
    upright = sorted(
        (r for r in page.rules if r[2] - r[0] <= s.rule_max_width and r[3] - r[1] > r[2] - r[0]),
        key=lambda r: r[1],
    )
    runs: list[list[Box]] = []
    for r in upright:
        x = (r[0] + r[2]) / 2
        run = next(
            (
                run
                for run in runs
                if abs(x - (run[-1][0] + run[-1][2]) / 2) <= s.ruled_column_piece_x_tol
                and r[1] - max(o[3] for o in run) <= gap
            ),
            None,
        )
        if run is None:
            runs.append([r])
        else:
            run.append(r)
    out: dict[Box, list[Box]] = {r: [r] for r in page.rules if r not in upright}
    for run in runs:
        middle = sorted(run, key=lambda r: r[0] + r[2])[len(run) // 2]  # its x where most of it stands
        joined = (middle[0], min(r[1] for r in run), middle[2], max(r[3] for r in run))
        out[joined] = run
    return out


def _column_rules(page: Page, s: LayoutSettings) -> list[tuple[Box, float]]:
    """Thin vertical rules down most of the page, inside it, that no word crosses (one a column's x), each with where
    its columns start: under the lines run across its top end (a title set over rules drawn from the page's top)."""
    out: list[tuple[Box, float]] = []
    for r in _joined_pieces(page, s):
        x0, top, x1, bottom = r
        x = (x0 + x1) / 2
        if (
            x1 - x0 > s.rule_max_width
            or not s.ruled_column_min_share * page.width < x < (1 - s.ruled_column_min_share) * page.width
        ):
            continue
        across = _across(page.words, x, top, bottom, s)
        if across:
            if max(w.bottom for w in across) > top + s.ruled_column_head_share * (bottom - top):
                continue
            top = max(w.bottom for w in across) + 1
        if bottom - top < s.ruled_column_rule_min_share * page.height:
            continue
        if all(abs(x - (o[0] + o[2]) / 2) > 3 for o, _ in out):
            out.append((r, top))
    return sorted(out, key=lambda found: found[0][0])


def _type(w: Word) -> tuple[str, float]:
    return (w.fontname, round(w.size, 1))


def _answer_start(line: Line, s: LayoutSettings) -> float | None:
    """Where the answer starts on a line that opens with its label: the first word in another type than the
    label's (bold, a point smaller) or, with no type to tell it (a scan, a label in the answers' type), after a
    column gap."""
    words = line.words
    if words[0].fontname and (start := next((w.x0 for w in words[1:] if _type(w) != _type(words[0])), None)):
        return start
    runs = segments(line, s)
    return runs[1][0].x0 if len(runs) == 2 else None


def _value_x(lines: list[Line], tol: float, s: LayoutSettings) -> tuple[float, int] | None:
    """A column's value x and how many of its lines hold a label beside its answer: each line starts at the
    column's label x (a label, its answer beside it or none) or at the value x or right of it (an answer's wrapped
    line, or an answer running on from the previous column with no label); None when the column is not so."""
    left = min(ln.x0 for ln in lines)
    starts = [_answer_start(ln, s) if abs(ln.x0 - left) <= tol else None for ln in lines]
    paired = [x for x in starts if x is not None]
    if not paired:  # an answer running on, every line at one x
        return (left, 0) if all(abs(ln.x0 - left) <= tol for ln in lines) else None
    value = cluster(paired, tol)[0][0]
    for ln, x in zip(lines, starts):
        if x is not None and x < value - tol:
            return None
        if x is None and abs(ln.x0 - left) > tol and ln.x0 < value - tol:
            return None  # (a line in the answer column may be indented: a list item's hanging indent)
    return value, len(paired)


def _even(cuts: list[float], page: Page, s: LayoutSettings) -> bool:
    """Whether the rules part the text's width (the page's left margin kept on the right too) into columns of
    about one width: a table's rule between its label column and its answers parts it unevenly."""
    left = min(w.x0 for w in page.words)
    edges = [left, *cuts, page.width - left]
    widths = [b - a for a, b in zip(edges, edges[1:])]
    return min(widths) >= s.ruled_column_even_share * max(widths)


def _stack(page: Page, tol: float, s: LayoutSettings) -> Page:
    found_rules = _column_rules(page, s)
    if not found_rules:
        return page
    rules = [r for r, _ in found_rules]
    pieces = _joined_pieces(page, s)
    taken = {piece for r in rules for piece in pieces.get(r, [r])}
    # the columns' words: their middles level with the rules (a footer set just under the rules' foot is none)
    top = max(t for _, t in found_rules)  # (under a title run across any of them)
    end = max(r[3] for r in rules)
    cuts = [(r[0] + r[2]) / 2 for r in rules]
    edges = [-1.0, *cuts, page.width + 1]
    columns = [
        [w for w in page.words if top <= (w.top + w.bottom) / 2 < end and a <= (w.x0 + w.x1) / 2 < b]
        for a, b in zip(edges, edges[1:])
    ]
    if not columns[0] or sum(bool(c) for c in columns) < 2 or not _even(cuts, page, s):
        return page
    lines = [group_lines(replace(page, words=c), s) for c in columns]
    found = [_value_x(ls, tol, s) if ls else None for ls in lines]
    # every column pairs or runs on, and labels stand beside answers on a few lines (columns of answers alone,
    # or of labels alone, are a table's columns, not columns of pairs)
    if any(f is None for f, c in zip(found, columns) if c):
        return page
    if sum(f[1] for f in found if f) < s.text_column_beside_labels:
        return page
    xs = [f[0] if f else None for f in found]
    pitch = 2 * min(w.bottom - w.top for c in columns for w in c)
    moved: dict[int, tuple[float, float]] = {}
    y = max(w.bottom for w in columns[0]) + pitch
    for column, x in zip(columns[1:], xs[1:]):
        if not column or x is None:
            continue
        col_top = min(w.top for w in column)
        dx, dy = (xs[0] or 0.0) - x, y - col_top
        for w in column:
            moved[id(w)] = (dx, dy)
        y = max(w.bottom for w in column) + dy + pitch
    below = max(0.0, y - end)
    words: list[Word] = []
    for w in page.words:
        if id(w) in moved:
            dx, dy = moved[id(w)]
            words.append(replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=w.top + dy, bottom=w.bottom + dy))
        elif (w.top + w.bottom) / 2 >= end:
            words.append(replace(w, top=w.top + below, bottom=w.bottom + below))
        else:
            words.append(w)
    kept = [r for r in page.rules if r not in taken and r[1] < end]
    lower = [(r[0], r[1] + below, r[2], r[3] + below) for r in page.rules if r not in taken and r[1] >= end]
    return replace(page, height=page.height + below, words=words, rules=kept + lower)


def stack_ruled_columns(pages: list[Page], tol: float, s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """Pages whose label/value columns stand side by side between tall rules read as one column (see the module)."""
    return [_stack(p, tol, s) if p.words and p.rules else p for p in pages]

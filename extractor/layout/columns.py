"""The label/value column boundary: where answers start, if the document has a label column."""

from __future__ import annotations

from dataclasses import replace

import re
from collections import Counter
from collections.abc import Callable
from statistics import median

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings, alignment_tolerance
from bilagor.extractor.words import Page, Word


_PUNCTUATION = re.compile(r"^[^\w]+$")
# A list item's mark, a word of its own: the item's text after it (a hanging indent) starts no value column.
# A list item's mark as a word of its own ("•", "–", "-", Java's minus sign "−", …).
LIST_MARK = re.compile(r"^[•◦▪●·∙‣*–—\-\u2212]$")


def is_fragment(word: Word) -> bool:
    """A punctuation-only OCR token ('—', ',', '.'): no evidence of where a column starts."""
    return not word.fontname and bool(_PUNCTUATION.match(word.text))


def without_fragments(lines: list[Line]) -> list[Line]:
    """Lines for alignment tests: punctuation-only OCR tokens left out (lines of nothing else dropped)."""
    out = []
    for line in lines:
        words = [w for w in line.words if not is_fragment(w)]
        if len(words) == len(line.words):
            out.append(line)
        elif words:
            out.append(replace(line, words=words))
    return out


def gap_threshold(size: float, s: LayoutSettings = DEFAULT_SETTINGS) -> float:
    # Wider than a (justified) word space, narrower than a table's column gap.
    return max(s.word_gap_share * (size or 10.0), s.min_column_gap)


def justified(words: list[Word], s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Words set justified: two or more spaces, all stretched alike to fill the measure. In a narrow column
    they grow as wide as a column gap, but a label beside its answer leaves a gap unlike its own spaces."""
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    return len(gaps) >= 2 and max(gaps) - min(gaps) <= s.justified_gap_spread


def segments(line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> list[list[Word]]:
    """Runs of words separated by gaps wider than a word space (a justified line is one run)."""
    if justified(line.words, s):
        return [list(line.words)]
    runs = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:]):
        if word.x0 - prev.x1 > gap_threshold(word.size or prev.size or line.height * 0.8, s):
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


def cluster(xs: list[float], tol: float) -> list[tuple[float, int]]:
    """1-D clusters of x positions: (leftmost x, count), most common first."""
    clusters: list[list[float]] = []
    for x in sorted(xs):
        if clusters and x - clusters[-1][0] <= tol:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return sorted(((min(c), len(c)) for c in clusters), key=lambda c: -c[1])


def label_column_x(lines: list[Line], tol: float, s: LayoutSettings = DEFAULT_SETTINGS) -> float:
    """The label column's x: the leftmost start shared by several lines (value
    lines may outnumber label lines many times when answers are long), title-sized
    lines aside (a title wrapping over two lines may start left of the form)."""
    kept = _body_lines(lines, s)
    left = cluster([ln.x0 for ln in without_fragments(kept)] or [ln.x0 for ln in kept], tol)
    return min((x for x, n in left if n >= max(2, s.label_column_share * len(lines))), default=left[0][0])


def _body_lines(lines: list[Line], s: LayoutSettings) -> list[Line]:
    """The lines not set clearly larger than the median line (a title), or all when none is left."""
    sizes = sorted(ln.size for ln in lines if ln.size)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    return [ln for ln in lines if not (body and ln.size > body + s.title_size_step)] or lines


def find_boundary(
    pages: list[Page],
    lines: list[Line],
    s: LayoutSettings = DEFAULT_SETTINGS,
    is_label: Callable[[str], bool] | None = None,
) -> float | None:
    """x where the value column starts, or None for a one-column document.

    With `is_label`, a column of runs that mostly read as known labels is a
    second label column (a grid of label/value pairs), not the value column.
    Where runs alone show no value column, runs parted where a label's type
    gives way to its answer's (`typed_segments`: label words as wide as their
    column leave no gap) are asked too."""
    found = _boundary(pages, lines, s, is_label, segments)
    return found if found is not None else _boundary(pages, lines, s, is_label, typed_segments)


def _boundary(
    pages: list[Page],
    lines: list[Line],
    s: LayoutSettings,
    is_label: Callable[[str], bool] | None,
    split: Callable[[Line, LayoutSettings], list[list[Word]]],
) -> float | None:
    lines = without_fragments(lines)
    if not lines:
        return None
    width = max(p.width for p in pages) or 595.0
    tol = alignment_tolerance([p.width for p in pages], s)
    x_left = label_column_x(lines, tol, s)

    if _labels_flush_right_apart(_body_lines(lines, s), x_left, width, tol, s):
        return x_left - tol
    line_height = median(ln.height for ln in lines)
    scanned = not any(w.fontname for ln in lines for w in ln.words)
    rule_xs = _vertical_rules(pages, x_left, width, s.rule_min_lines * line_height, s, scanned)

    starts: list[float] = []  # x of value runs: after a wide gap, or a line starting right of the label column
    start_lines: list[Line] = []  # the line of each start
    labelled: list[float] = []  # x of those runs that read as known labels
    same_line: Counter[int] = Counter()  # value-run x -> lines that also hold label text
    for line in lines:
        if LIST_MARK.match(line.words[0].text):
            continue  # a list item set in under an answer (its mark, then its text at a tab): answer text
        runs = split(line, s)
        if runs[0][0].x0 > x_left + tol and not (scanned and len(runs) == 1 and _mark(runs[0])):
            starts.append(runs[0][0].x0)
            start_lines.append(line)
        for run in runs[1:]:
            if scanned and _mark(run):
                continue
            starts.append(run[0].x0)
            start_lines.append(line)
            if runs[0][0].x0 <= x_left + tol:
                same_line[round(run[0].x0)] += 1
            if is_label is not None and run[0].text[:1].isupper() and is_label(" ".join(w.text for w in run)):
                labelled.append(run[0].x0)
    candidates = [
        (x, n)
        for x, n in cluster(starts, tol)
        if x_left + s.value_column_min_share * width <= x <= s.value_column_max_share * width
        and sum(x <= lx <= x + tol for lx in labelled) < s.label_column_share_of_runs * n
    ]
    strongest = max((n for _, n in candidates), default=0)
    candidates = _first_pair_first(candidates, labelled, strongest, tol, s)
    flush = _flush_right_value_x(lines, x_left, tol, s)
    leftmost = min(ln.x0 for ln in _body_lines(lines, s))
    if flush is None and leftmost < x_left - tol:
        # In a short form with labels flush right, the only lines that start together may be answers
        # wrapping under their labels: the label column starts where its longest label does.
        flush = _flush_right_value_x(lines, leftmost, tol, s)
    if flush is not None and not any(abs(x - flush) <= tol for x, _ in candidates[:1]):
        # Labels flush right, a cell's padding from their answers (closer than a column gap):
        # the value column is where the answers beside them start.
        return flush - tol
    for rule_x in rule_xs:
        heights = _table_heights(pages, rule_x, tol, s)
        # Value text starts a cell padding right of the table's inner border
        # (a frame elsewhere, e.g. round a picture, has no column of text beside it), and some of it
        # beside the border: a line above or below the table starting there by chance is no answer.
        right = [
            x
            for x, n in candidates
            if rule_x - tol <= x <= rule_x + 3 * tol + s.rule_cell_padding
            and n >= s.rule_column_strength * strongest
            and any(x <= sx <= x + tol and _beside(line, heights, tol) for sx, line in zip(starts, start_lines))
        ]
        if right:
            return min(right) - tol
    if not candidates:
        # On a scan a table's inner border says where answers start better than OCR's rough boxes;
        # in a text layer a frame with no text starting beside it (a lone card) is no table border.
        # A rule with no word right of it beside the table parts no answers from their labels (a column rule down
        # a page set in text columns whose right column is empty): every line would be read as a label.
        bordered = [x for x in rule_xs if scanned and _text_right_of(pages, lines, x, tol, s)]
        return bordered[0] + 2.0 - tol if bordered else None
    x_value, count = candidates[0]
    paired = sum(n for x, n in same_line.items() if abs(x - x_value) <= tol + 1)
    label_only = sum(1 for ln in lines if ln.x0 <= x_left + tol and ln.x1 < x_value - tol)
    edge = _right_aligned_edge(lines, x_left, x_value, tol, s)
    if edge is not None:
        # Labels set flush right in their column start anywhere but end at its edge.
        ends_at_edge = [ln for ln in lines if ln.x0 > x_left + tol and abs(segments(ln, s)[0][-1].x1 - edge) <= tol]
        paired += sum(1 for ln in ends_at_edge if ln.x1 > x_value)
        label_only += sum(1 for ln in ends_at_edge if ln.x1 < x_value - tol)
    crossing = sum(1 for ln in lines if ln.x0 <= x_left + tol and _crosses(ln, x_value - tol, s, split))
    value_lines = sum(1 for ln in lines if abs(ln.x0 - x_value) <= tol)
    # A table of known labels beside their answers (its cells may be padded off the text's margin).
    table = _header_table(lines, x_value, tol, s, is_label, split)
    if count < 2 or (paired < 2 and label_only < 2 and not table):
        return None
    # One-column text reaches right of the column through lines that run
    # across it (a wide justified space or an indent may align by chance);
    # a form reaches there through answers beside or below their labels.
    # Labels of a second label/value pair right of the value column are form evidence too.
    grid_labels = sum(lx > x_value + tol for lx in labelled)
    if crossing > s.crossing_ratio * (paired + value_lines + grid_labels) and not table:
        return None
    return x_value - tol


def _header_table(
    lines: list[Line],
    x_value: float,
    tol: float,
    s: LayoutSettings,
    is_label: Callable[[str], bool] | None,
    split: Callable[[Line, LayoutSettings], list[list[Word]]],
) -> bool:
    """A table of known labels beside their answers above (or below) one-column text: an application's
    header fields over its numbered sections. The text's lines cross the value column many times, but
    only outside the table: within the rows' span on each page the table's evidence holds."""
    if is_label is None:
        return False
    rows: dict[int, list[Line]] = {}  # per page, the lines of a known label with its answer at x_value
    for line in lines:
        runs = split(line, s)
        if len(runs) > 1 and abs(runs[1][0].x0 - x_value) <= tol and is_label(" ".join(w.text for w in runs[0])):
            rows.setdefault(line.page, []).append(line)
    if sum(len(r) for r in rows.values()) < s.header_table_min_rows:
        return False
    inside = 0
    for page, page_rows in rows.items():
        top, bottom = min(ln.top for ln in page_rows), max(ln.bottom for ln in page_rows)
        inside += sum(
            1 for ln in lines if ln.page == page and top <= ln.top <= bottom and _crosses(ln, x_value - tol, s, split)
        )
    return inside <= s.crossing_ratio * sum(len(r) for r in rows.values())


def _first_pair_first(
    candidates: list[tuple[float, int]], labelled: list[float], strongest: int, tol: float, s: LayoutSettings
) -> list[tuple[float, int]]:
    """Value-column candidates with the first pair's ahead: in a grid of label/value pairs the
    value column is left of the first column of known labels right of the label column, however
    many answers a later pair's column holds (three or four pairs a row, a later one wrapping more)."""
    label_columns = [x for x, n in cluster(labelled, tol) if n >= s.grid_min_labels]
    if not label_columns:
        return candidates
    first_labels = min(label_columns)
    first = [(x, n) for x, n in candidates if x < first_labels - tol and n >= s.grid_first_value_strength * strongest]
    return first + [c for c in candidates if c not in first] if first else candidates


def _right_aligned_edge(
    lines: list[Line], x_left: float, x_value: float, tol: float, s: LayoutSettings
) -> float | None:
    """The right edge of a label column whose labels are set flush right (web forms often do):
    where the first word runs of lines with an answer at x_value end, when most of them start
    right of the label column's left edge."""
    ends = []
    for line in lines:
        runs = segments(line, s)
        if len(runs) > 1 and runs[0][0].x0 > x_left + tol and abs(runs[1][0].x0 - x_value) <= tol:
            ends.append(runs[0][-1].x1)
    if not ends:
        return None
    edge, count = cluster(ends, tol)[0]
    return edge if count >= s.right_aligned_min_labels else None


def _labels_flush_right_apart(lines: list[Line], x_left: float, width: float, tol: float, s: LayoutSettings) -> bool:
    """Labels set flush right on lines of their own, left of the column most lines start at (`x_left`, then
    the answers'): text frames place each answer apart from its label, off level with it, so no line holds
    both. Such label lines end at one edge a cell's padding or a column gap left of `x_left`, and start at
    x's of their own (a one-column text's headings or list numbers start together)."""
    apart = [ln for ln in lines if ln.x1 < x_left - tol]
    if len(apart) < s.right_aligned_min_labels:
        return False
    edge, n = cluster([ln.x1 for ln in apart], tol)[0]
    at_edge = [ln for ln in apart if abs(ln.x1 - edge) <= tol]
    return (
        n >= s.right_aligned_min_labels
        and x_left - edge <= s.value_column_min_share * width
        and x_left - min(ln.x0 for ln in at_edge) >= s.value_column_min_share * width
        and 2 * cluster([ln.x0 for ln in at_edge], tol)[0][1] < n
    )


def _flush_right_value_x(lines: list[Line], x_left: float, tol: float, s: LayoutSettings) -> float | None:
    """Where answers start beside labels set flush right with only a cell's padding between:
    lines starting right of the label column whose first run (split at the label gap, narrower
    than a column gap) ends at one x and whose next run starts at one x, often enough."""
    ends, starts, line_starts = [], [], []
    for line in lines:
        if line.x0 <= x_left + tol or justified(line.words, s):
            continue  # (a justified line's spaces are all alike: no label's gap among them)
        for prev, word in zip(line.words, line.words[1:]):
            narrow = gap_threshold(word.size or line.height * 0.8, s) * s.label_gap_share
            if word.x0 - prev.x1 >= narrow:
                ends.append(prev.x1)
                starts.append(word.x0)
                line_starts.append(line.x0)
                break
    if len(starts) < s.right_aligned_min_labels:
        return None
    if 2 * cluster(line_starts, tol)[0][1] >= len(line_starts):
        return None  # the lines start together: answer text (a justified space), not labels of many lengths
    (edge, n_edge), (value_x, n_value) = cluster(ends, tol)[0], cluster(starts, tol)[0]
    if min(n_edge, n_value) < s.right_aligned_min_labels or value_x <= edge:
        return None
    return value_x


def _crosses(
    line: Line, x: float, s: LayoutSettings, split: Callable[[Line, LayoutSettings], list[list[Word]]] = segments
) -> bool:
    """A word run (no column gap) spans x."""
    return any(run[0].x0 < x < run[-1].x1 for run in split(line, s))


def _vertical_rules(
    pages: list[Page], x_left: float, width: float, min_length: float, s: LayoutSettings, scanned: bool = False
) -> list[float]:
    """x of vertical rules that could be a table's inner border, longest first;
    one small boxed cell (a framed stage marker) does not make a table (nor, on a scan, a box's short side)."""
    xs: dict[int, float] = {}  # x -> total length of the rules there
    shortest = s.scan_rule_min_length if scanned else s.rule_min_length
    for page in pages:
        for x0, top, x1, bottom in page.rules:
            if (
                abs(x1 - x0) <= s.rule_max_width
                and bottom - top >= shortest
                and x_left + s.value_column_min_share * width <= x0 <= s.value_column_max_share * width
            ):
                xs[round(x0)] = xs.get(round(x0), 0.0) + bottom - top
    longest_first = sorted(xs.items(), key=lambda item: -item[1])  # stable: ties keep their first-seen order
    return [float(x) for x, length in longest_first if length >= min_length]


def _table_heights(pages: list[Page], rule_x: float, tol: float, s: LayoutSettings) -> dict[int, tuple[float, float]]:
    """Per page, the top and bottom of the table whose inner border is at rule_x (as `_vertical_rules`
    rounds it): its first and last rules at or across that x (a one-line row's short borders may be
    missing, its horizontal rules are not)."""
    out: dict[int, tuple[float, float]] = {}
    for page in pages:
        spans = [
            (top, bottom)
            for x0, top, x1, bottom in page.rules
            if (abs(x1 - x0) <= s.rule_max_width and abs(round(x0) - rule_x) <= 1)
            or (bottom - top <= s.rule_max_width and x0 - tol <= rule_x <= x1 + tol)
        ]
        if spans:
            out[page.number] = (min(t for t, _ in spans), max(b for _, b in spans))
    return out


def _mark(run: list[Word]) -> bool:
    """A run that is a scan's pencil mark or speck read as capitals ("V", "NA", "MAG"): one word of three letters
    at most, no digit, no lower case (an answer "Ja", "Nej" or "400 000" is none)."""
    text = run[0].text
    return len(run) == 1 and len(text) <= 3 and not any(ch.islower() or ch.isdigit() for ch in text)


def _text_right_of(pages: list[Page], lines: list[Line], rule_x: float, tol: float, s: LayoutSettings) -> bool:
    """Whether words beside the table whose inner border is at rule_x lie right of it: two of four letters or more
    (a scan's pencil ticks and specks read as "V", "NA" are no answers)."""
    heights = _table_heights(pages, rule_x, tol, s)
    right = [
        w
        for line in lines
        if _beside(line, heights, tol)
        for w in line.words
        if w.x0 > rule_x and sum(ch.isalpha() for ch in w.text) >= 4
    ]
    return len(right) >= 2


def _beside(line: Line, heights: dict[int, tuple[float, float]], tol: float) -> bool:
    top, bottom = heights.get(line.page, (0.0, -1.0))
    return top - tol <= (line.top + line.bottom) / 2 <= bottom + tol


def page_boundaries(
    pages: list[Page],
    page_lines: list[list[Line]],
    boundary: float | None,
    s: LayoutSettings = DEFAULT_SETTINGS,
    is_label: Callable[[str], bool] | None = None,
) -> dict[int, float | None]:
    """The value column's x per page: a scanned page lies shifted on the scanner
    glass by its own amount, so a recognised page with enough lines gets the
    boundary its own lines show; text-layer pages keep the document's."""
    result: dict[int, float | None] = {p.number: boundary for p in pages}
    own: dict[int, float | None] = {}
    for page, lines in zip(pages, page_lines):
        scanned = not any(w.fontname for ln in lines for w in ln.words)
        if scanned and len(lines) >= s.page_boundary_min_lines:
            own[page.number] = find_boundary([page], lines, s, is_label)
    found = {n: x for n, x in own.items() if x is not None}
    # Without a document boundary, pages must mostly agree there is a table at all.
    if boundary is None and 2 * len(found) < len(own):
        return result
    result.update(found)
    return result


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def label_type_end(words: list[Word], s: LayoutSettings = DEFAULT_SETTINGS) -> int | None:
    """Where a run of words set as a label (bold, in capitals, or at a size of its own) gives way
    to answer text with no column gap between (a label word as wide as its column runs up to its
    answer): the index of the first answer word, or None when the type does not change there
    (or fonts are unknown, as on OCR pages)."""
    if len(words) < 2 or not words[0].fontname:
        return None
    for i in range(1, len(words)):
        head, tail = words[:i], words[i:]
        if not tail[0].text[:1].isalnum():
            continue
        bold = all(w.bold for w in head) and not any(w.bold for w in tail)
        capitals = all(_capitals(w.text) for w in head) and any(ch.islower() for ch in tail[0].text)
        size = all(abs(w.size - head[0].size) < s.label_size_step for w in head) and all(
            abs(w.size - head[0].size) >= s.label_size_step for w in tail
        )
        if bold or capitals or size:
            return i
    return None


def typed_segments(line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> list[list[Word]]:
    """`segments`, the first run also parted where its label type gives way to answer text."""
    runs = segments(line, s)
    end = label_type_end(runs[0], s)
    return [runs[0][:end], runs[0][end:], *runs[1:]] if end else runs


def answer_leading(
    lines: list[Line], boundaries: dict[int, float | None], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> float | None:
    """The answers' line pitch (top to top): the most common distance between consecutive lines
    whose answer text starts at the value column; None without `leading_min_samples` of them."""
    pitches = []
    prev: Line | None = None
    for line in lines:
        boundary = boundaries.get(line.page)
        answer = boundary is not None and any(
            0 <= w.x0 - boundary <= s.value_align_tolerances * tol for w in line.words
        )
        if not answer:
            # A label-only line between two answer lines (small labels wrapping at their own pitch
            # around a centred answer) breaks no run of answer lines; other text does.
            if boundary is None or any(w.x0 >= boundary for w in line.words):
                prev = None
            continue
        if (
            prev is not None
            and prev.page == line.page
            and 0 < line.top - prev.top < s.wrap_pitch * max(line.size, line.height)
        ):
            pitches.append(line.top - prev.top)
        prev = line
    if len(pitches) < s.leading_min_samples:
        return None
    x, n = cluster(pitches, s.leading_spread)[0]
    if n < s.leading_min_samples:
        return None
    return median([p for p in pitches if x <= p <= x + s.leading_spread])

"""Labels in a narrow bold column at the right of their answers, moved over them. Pure: no I/O.

Some forms set the answers in the wide column from the left margin and each label, bold, in a narrow margin column
at the RIGHT of the page, on the line of its answer's first line (a hairline down between the columns). Read as it
stands, each line is "answer … label", the label last: no label opens a line, and the labels ran into their answers.
The column is told by evidence on the page: the lines' trailing runs of bold words that start past the page's middle
after a gap of at least `right_label_column_gap` type sizes (or stand alone there), at least
`right_label_min_labels` of them beside an answer, no word that is not bold reaching into the column among the
labelled rows (a note above or under them may run full width), and the runs reading as known labels no less often
than the text before them (else it is a label column at the left with bold answers past the middle). Each label (its
run and the runs on the lines right under it, `right_label_wrap_pitch` line pitches apart at most with no rule
between) is then set at the left margin on lines of its own over its answer, the page below it moved down to make
room, the rules with it, and the vertical rules in the gap between the columns taken away (they would read as a
label/value column boundary).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from statistics import median

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word


def _trailing_bold(line: Line, middle: float, s: LayoutSettings, typography: bool = True) -> int:
    """Index of the line's first word of a trailing bold run past `middle` set off by a gap (len(words) if
    none); a line wholly such a run gives 0. On an OCR'd page (no `typography`: no weight is known) any trailing
    run past `middle` set off by a gap."""
    words = line.words
    i = len(words)
    while i > 0 and (words[i - 1].bold or not typography):
        i -= 1
    while i < len(words):
        if words[i].x0 >= middle:
            size = words[i].size or (words[i].bottom - words[i].top)
            if i == 0 or words[i].x0 - words[i - 1].x1 >= s.right_label_column_gap * size:
                return i
        i += 1
    return len(words)


def _pitch(lines: list[Line]) -> float:
    """The page's line pitch: the median of the smaller half of its steps from line to line (row gaps and
    paragraph gaps are the larger)."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if b.top - a.top > 0]
    return median(sorted(steps)[: max(1, len(steps) // 2)]) if steps else 0.0


def _column(
    page_lines: list[list[Line]],
    pages: list[Page],
    is_label: Callable[[str], bool],
    s: LayoutSettings,
    typography: bool = True,
) -> float | None:
    """The right-hand label column's left edge, when the document has one (see above). On an OCR'd page the runs
    stand at one x (their median start, within `right_label_ocr_edge`), most of them read as known labels
    (`right_label_ocr_known`), and the labelled rows' other words end before the column."""
    beside = 0
    edge = None
    known = 0  # runs that read as known labels, less the text before them that does: which side holds labels
    spans: list[list[Line]] = []  # each page's lines from its first label run to its last
    starts: list[float] = []
    runs = 0
    for page, lines in zip(pages, page_lines, strict=True):
        middle = page.width / 2
        at = []
        for k, line in enumerate(lines):
            i = _trailing_bold(line, middle, s, typography)
            if i < len(line.words):
                at.append(k)
                x = line.words[i].x0
                edge = x if edge is None else min(edge, x)
                beside += i > 0
                known += is_label(" ".join(w.text for w in line.words[i:]))
                known -= i > 0 and is_label(" ".join(w.text for w in line.words[:i]))
                starts.append(x)
                runs += 1
        spans.append(lines[at[0] : at[-1] + 1] if at else [])
    if not typography:
        return _ocr_column(spans, starts, runs, known, beside, s)
    # A label column at the left with bold answers past the middle is no right-hand label column.
    if edge is None or beside < s.right_label_min_labels or known < 0:
        return None
    # Among the labelled rows nothing else reaches into the column (a note above or under them may run full width).
    for lines in spans:
        for line in lines:
            if any(not w.bold and w.x1 > edge - s.right_label_edge_slack for w in line.words):
                return None
    return edge


def _ocr_column(
    spans: list[list[Line]], starts: list[float], runs: int, known: int, beside: int, s: LayoutSettings
) -> float | None:
    """The label column's left edge on OCR'd pages, from the runs' starts (see `_column`)."""
    if beside < s.right_label_min_labels or not starts:
        return None
    middle = median(starts)
    at_edge = [x for x in starts if abs(x - middle) <= s.right_label_ocr_edge]
    least = s.right_label_min_labels
    if len(at_edge) < least or len(at_edge) < 0.8 * runs or known < max(least, s.right_label_ocr_known * runs):
        return None
    edge = min(at_edge)
    for lines in spans:
        for line in lines:
            if any(
                edge - s.right_label_edge_slack < w.x1 and w.x0 < edge - s.right_label_edge_slack for w in line.words
            ):
                return None  # a word across the column's edge: no column
    return edge


def _has_rule_between(page: Page, top: float, bottom: float, edge: float) -> bool:
    """A horizontal rule reaching into the label column between two of its lines."""
    return any(r[3] - r[1] < 1.5 and r[2] >= edge and top < r[1] < bottom for r in page.rules)


def _blocks(
    page: Page, split: list[tuple[Line, int]], edge: float, pitch: float, s: LayoutSettings, typography: bool = True
) -> list[tuple[float, list[list[Word]]]]:
    """The page's labels: each its first line's top and its runs, one a line."""
    blocks: list[tuple[float, list[list[Word]]]] = []
    last_top: float | None = None
    for line, i in split:
        run = line.words[i:]
        if not run or run[0].x0 < edge - s.right_label_edge_slack:
            continue
        # on an OCR'd line the label's box may sit lower than its answer's: the row starts at the line's top
        top = min(w.top for w in run) if typography else line.top
        if blocks and last_top is not None and top - last_top <= s.right_label_wrap_pitch * pitch:
            if not _has_rule_between(page, last_top, top, edge):
                blocks[-1][1].append(run)
                last_top = top
                continue
        blocks.append((top, [run]))
        last_top = top
    return blocks


def _move_page(
    page: Page, lines: list[Line], edge: float, s: LayoutSettings, typography: bool = True
) -> tuple[Page, list[Line]]:
    """One page with its right-hand labels set over their answers."""
    if not lines:
        return page, lines
    margin = min(line.x0 for line in lines)
    pitch = _pitch(lines) or lines[0].bottom - lines[0].top
    split = [(line, _trailing_bold(line, page.width / 2, s, typography)) for line in lines]
    blocks = _blocks(page, split, edge, pitch, s, typography)
    if not blocks:
        return page, lines
    starts = [(top, len(runs) * pitch) for top, runs in blocks]

    def shift(y: float) -> float:
        return sum(h for top, h in starts if top <= y + 0.5)

    def moved(w: Word) -> Word:
        d = shift(w.top)
        return replace(w, top=w.top + d, bottom=w.bottom + d)

    out: list[Line] = []
    label_ids: set[int] = set()
    for top, runs in blocks:
        before = shift(top - 1.0)
        for k, run in enumerate(runs):
            dx, dy = margin - run[0].x0, top + before + k * pitch - run[0].top
            label_ids.update(id(w) for w in run)
            out.append(
                Line(
                    page.number,
                    [replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=w.top + dy, bottom=w.bottom + dy) for w in run],
                )
            )
    placed = [w for line in out for w in line.words]
    new_words: dict[int, Word] = {}
    for line in lines:
        rest = [w for w in line.words if id(w) not in label_ids]
        if rest:
            words = [moved(w) for w in rest]
            new_words.update({id(a): b for a, b in zip(rest, words, strict=True)})
            out.append(replace(line, words=words))
    out.sort(key=lambda ln: ln.top)
    answers_end = max((w.x1 for w in new_words.values() if w.x1 < edge), default=margin)
    rules = [
        (r[0], r[1] + shift(r[1]), r[2], r[3] + shift(r[3]))
        for r in page.rules
        if not (
            r[2] - r[0] < 1.5 and answers_end - s.right_label_edge_slack <= r[0] <= edge + s.right_label_edge_slack
        )  # the hairline between columns
    ]
    words = [new_words.get(id(w)) or moved(w) for w in page.words if id(w) not in label_ids] + placed
    height = page.height + sum(h for _top, h in starts)
    fills = [(f[0], f[1] + shift(f[1]), f[2], f[3] + shift(f[3])) for f in page.fills]  # shaded fields move too
    return replace(page, words=words, rules=rules, fills=fills, height=height), out


def move_right_labels(
    pages: list[Page],
    page_lines: list[list[Line]],
    is_label: Callable[[str], bool],
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> tuple[list[Page], list[list[Line]]]:
    """`pages` and `page_lines` with a right-hand label column's labels set over their answers (see above);
    unchanged when the document has no such column."""
    typography = any(w.fontname for page in pages for w in page.words)
    edge = _column(page_lines, pages, is_label, s, typography)
    if edge is None:
        return pages, page_lines
    moved = [_move_page(page, lines, edge, s, typography) for page, lines in zip(pages, page_lines, strict=True)]
    return [p for p, _ in moved], [ls for _, ls in moved]

"""A second label/value column pair lower on a page: the value column's x per block of the page.

A page may set its header fields in one table (labels at one x, answers at another) and its numbered
sections below in a second, with labels further left and answers further right (Chromium fieldsets:
'Namn på insats' at 76 with its answer at 189, '1. Beskrivning (mål och' at 63 with its answer at 222).
The document's boundary is the first table's; rows of the second, their answers past the tolerance
the walker allows, would read as full-width text. Here each run of rows sharing a label x and a value x
of their own is a block that keeps its own boundary from its first row down to the next block's. The
second table may share the first's label x and only widen its label column (a letterhead band's form: its
labels wrap past the first table's answer x, beside answers further right): its labels running past the
document's boundary make it a block of its own too.
"""

from __future__ import annotations

from bilagor.extractor.layout.columns import segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

# Per page, the value column's x from a top downward: [(top, boundary), ...] in top order.
BlockBoundaries = dict[int, list[tuple[float, float]]]


def _pair_row(line: Line, boundary: float, s: LayoutSettings) -> tuple[float, float, float, float] | None:
    """(top, label x, value x, label end) of a line that is a label beside its answer right of `boundary`
    (the label may run past it: a second table's wider label column)."""
    runs = segments(line, s)
    # A label starts left of the boundary, in a label column (a list item's bullet set in beside its text is none).
    if len(runs) != 2 or runs[1][0].x0 < boundary or runs[0][0].x0 >= boundary:
        return None
    return line.top, runs[0][0].x0, runs[1][0].x0, runs[0][-1].x1


def _same(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol


def block_boundaries(
    lines: list[Line], boundaries: dict[int, float | None], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> BlockBoundaries:
    """Per page, where a block of label/value rows with a column pair of its own starts, and its boundary.

    A block needs `block_column_min_rows` rows whose labels start at one x and whose answers start at
    another, both apart from the document's pair (its answers more than the walker's alignment allowance
    right of the boundary): a lone row set differently is no table."""
    out: BlockBoundaries = {}
    for page in sorted({ln.page for ln in lines}):
        boundary = boundaries.get(page)
        if boundary is None:
            continue
        rows = [r for ln in lines if ln.page == page and (r := _pair_row(ln, boundary, s)) is not None]
        own_value = boundary + tol  # the document's answers start a tolerance right of its boundary
        blocks: list[list[tuple[float, float, float, float]]] = []
        for row in sorted(rows):
            last = blocks[-1][-1] if blocks else None
            if last is not None and _same(row[1], last[1], tol) and _same(row[2], last[2], tol):
                blocks[-1].append(row)
            else:
                blocks.append([row])
        starts: list[tuple[float, float]] = []
        document_label = next((b[0][1] for b in blocks if _same(b[0][2], own_value, tol)), None)
        for block in blocks:
            top, label_x, value_x, _ = block[0]
            wider = any(row[3] >= boundary for row in block)  # labels running past the document's boundary
            # Answers within the walker's allowance of the document's are its own, unless the block's labels run
            # past the document's boundary: a part's wider label column, its answers a little further right.
            own = value_x - own_value <= s.value_align_tolerances * tol and not wider
            if own or len(block) < s.block_column_min_rows:
                if starts and own:
                    starts.append((top, boundary))  # back to the document's pair
                continue
            if document_label is not None and _same(label_x, document_label, tol) and not wider:
                continue  # the same label column, answers merely indented: not a pair of its own
            starts.append((top, value_x - tol))
        if starts:
            out[page] = starts
    return out


def boundary_at(line: Line, page_boundary: float | None, blocks: BlockBoundaries, tol: float) -> float | None:
    """The value column's x for `line`: its block's, or its page's above any block of its own."""
    found = page_boundary
    for top, x in blocks.get(line.page, []):
        if line.top >= top - tol:
            found = x
    return found

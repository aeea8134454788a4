"""A label | answer table of one row whose bold label wraps beside its answer. Pure: no I/O.

A form may open with a table of a single row: a bold label wrapped in a narrow cell ("Projektets" / "namn") beside
its answer wrapped in the next ("Genomsiktliga staket vid" / "Rinkeby torg"). With one row there is no value column
to find (a column needs rows), so each text line reads as one line: the label's first word runs into the answer
and its second line ("namn Rinkeby torg") reads as answer text. `unfold_one_row_pairs` reads such a row by its
type: two lines or more one pitch apart, each a bold run at one x then, a cell's gap (a type size at least; a
word space is about a quarter) past the label's end, a run in body type at another x shared by every line (a line
may hold only one of the two: the longer side's tail), the label wrapped onto two lines at least. The row becomes its label (one line) and its answer lines,
marked as cells (`Line.cell`) as a cell grid's are. Only where the page has no value column. A line whose bold run
opens with a capital and has its own answer beside it is the next row (a hanging list's one-line items, groff mm's
`.VL`), not the label's tail.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.lines import replacing_runs
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

Parts = tuple[list, list]  # (bold label words, answer words) of one line


def _parts(line: Line, s: LayoutSettings) -> Parts | None:
    """The line as a bold run then, after a gap, a run in body type; None when it is not so."""
    words = line.words
    k = next((i for i, w in enumerate(words) if not w.bold), len(words))
    if k == 0 or any(w.bold for w in words[k:]):
        return None
    if k < len(words) and words[k].x0 - words[k - 1].x1 < s.one_row_gap * (line.size or 1):
        return None
    return words[:k], words[k:]


def unfold_one_row_pairs(
    lines: list[Line], boundaries: dict[int, float | None], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """`lines` with each one-row label | answer table (see the module's docstring) read as its label and answer."""

    def row_read(i: int) -> tuple[list[Line], int] | None:
        row = _row(lines, i, boundaries, tol, s)
        if row is None:
            return None
        end, label, answer = row
        return [
            replace(lines[i], words=label, cell="label"),
            *(Line(lines[i].page, run, cell="value") for run in answer),
        ], end

    return replacing_runs(lines, row_read)


def _row(
    lines: list[Line], i: int, boundaries: dict[int, float | None], tol: float, s: LayoutSettings
) -> tuple[int, list, list[list]] | None:
    """(the index after the row, its label's words, its answer's runs) of a one-row table starting at lines[i]."""
    first = lines[i]
    if boundaries.get(first.page) is not None or first.cell or first.in_grid:
        return None
    head = _parts(first, s)
    if head is None:
        return None
    label_x = head[0][0].x0
    label, answer = list(head[0]), [head[1]] if head[1] else []
    j = i + 1
    pitch = None  # the row's line pitch, set by its second line: every later line follows at it
    while j < len(lines):
        line, last = lines[j], lines[j - 1]
        step = line.top - last.top
        if line.page != first.page or line.cell or not 0 < step <= s.wrap_pitch * (line.size or 1):
            break
        if pitch is not None and abs(step - pitch) > s.one_row_pitch_slack:
            break
        pitch = step
        parts = _parts(line, s)
        if parts is not None and parts[0][0].text[:1].isupper() and parts[1]:
            break  # a capital opens the next row's label beside its own answer (a list of one-line rows), no tail
        if parts is not None and abs(parts[0][0].x0 - label_x) <= s.one_row_pitch_slack:
            if parts[1] and answer and abs(parts[1][0].x0 - answer[0][0].x0) > tol:
                break
            label += parts[0]
            if parts[1]:
                answer.append(parts[1])
        elif (
            not any(w.bold for w in line.words)
            and line.x0 > max(w.x1 for w in label)
            and (not answer or abs(line.x0 - answer[0][0].x0) <= tol)
        ):
            answer.append(line.words)  # an answer line alone: beside a label's gap, or its tail
        else:
            break
        j += 1
    if not answer or len({round(w.top) for w in label}) < 2:
        return None  # a label of one line: the walker reads a row whose answer wraps under it
    if min(run[0].x0 for run in answer) - max(w.x1 for w in label) < s.one_row_gap * (first.size or 1):
        return None  # an answer a word space right of its label's end: a list of labels over indented answers
    return j, label, answer

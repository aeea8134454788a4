"""Answers typed in a frame under a label standing free over it. Pure: no I/O.

A form whose labels are plain lines in the answers' own type, each alone on its line, may draw every answer in a
ruled frame the width of the text (Skia's comb-box forms: a short answer one character a box, a longer one in a
frame). A one-line answer in its frame reads like a label alone on its line ("stadsbyggnadskontoret och
lokalpolisområde Globen" under "Ev samverkan" was read as the next label and the answer lost). A line whose words
all stand inside such a frame is an answer (`cell="value"`) when the frame's top edge runs between it and the line
before, that line stands in no frame and in the line's type size (within `framed_answer_size_slack`), the line is
the frame's only line (a label small in a frame's corner over its answer stays a label; a table row framed whole
is no answer) with no column gap in it, and the frame has no inner wall (a table row's cells have one) and spans at
least `framed_answer_min_width` of the page. Longer framed answers read right without it.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.captions import frames
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import upright_rules
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.shadedfields import has_column_gap
from bilagor.extractor.words import Page

Box = tuple[float, float, float, float]


def _inside(line: Line, box: Box) -> bool:
    return all(
        box[0] - 1 <= w.x0 and w.x1 <= box[2] + 1 and box[1] - 1 <= w.top and w.bottom <= box[3] + 1 for w in line.words
    )


def _walled(box: Box, upright: list[Box]) -> bool:
    """A vertical rule runs down the frame's inside (a row of cells, not one answer's box)."""
    return any(box[0] + 2 < v[0] < box[2] - 2 and v[1] < box[3] - 2 and v[3] > box[1] + 2 for v in upright)


def mark_framed_answers(lines: list[Line], pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Line]:
    """`lines` with each line in an answer's frame under a free-standing line marked as an answer (see above)."""
    boxes: dict[int, list[Box]] = {}
    for p in pages:
        upright = upright_rules(p.rules, s)
        wide = [b for b in frames(p.rules) if b[2] - b[0] >= s.framed_answer_min_width * p.width]
        boxes[p.number] = [b for b in wide if not _walled(b, upright)]
    out = list(lines)
    for i, line in enumerate(lines):
        if line.cell or not line.words or i == 0 or not boxes.get(line.page):
            continue
        prev = lines[i - 1]
        own = next((b for b in boxes[line.page] if _inside(line, b)), None)
        if own is None or prev.page != line.page or not prev.bottom <= own[1] + 1:
            continue
        # The label over it in the answers' own type, and nothing in the frame in another (a label small in the
        # frame's corner over its answer, PDF::Builder's boxes, is that frame's label, not an answer).
        # The frame holds this line alone, in one run of words (a table row framed whole, its label and answer a
        # column gap apart or its label wrapped on lines of their own, is a row, not a framed answer).
        held = [ln for ln in lines if ln.page == line.page and _inside(ln, own)]
        if held != [line] or abs(prev.size - line.size) > s.framed_answer_size_slack or has_column_gap(line, s):
            continue
        if any(_inside(prev, b) for b in frames(next(p.rules for p in pages if p.number == prev.page))):
            continue
        out[i] = replace(line, cell="value")
    return out

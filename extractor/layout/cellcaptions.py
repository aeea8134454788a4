"""A row of captioned cells whose answers wrap to different depths, levelled. Pure: no I/O.

On a form whose labels are small captions under their answers' writing lines (captions.py), an application's
short fields stand two or three cells a row; each cell's answer wraps onto as many ruled lines as it needs and
its caption hangs under its own last rule. A cell whose answer took one line then has its caption level with
the next line of a neighbour that took two, and the two read as one line: a caption fused with answer words
(and a row's captions on two levels) closes no answer. `level_cell_captions` moves each cell's caption down to
the row's deepest caption, so the row reads as its answers' lines over one line of captions, which
`lift_captions` then lifts as it lifts a row of one-line cells.

- a row: two rules or more at one height side by side (each a cell's first or a later writing line);
- a cell: from its rule down the rules of the same span a writing line's pitch apart, until one with small
  words under it (the caption);
- a caption moves only down, by its rule's distance to the row's deepest caption rule.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _rows(rules: list[Box]) -> list[list[Box]]:
    """Rules at one height (within a point) standing side by side, two or more."""
    out: list[list[Box]] = []
    for rule in sorted(rules, key=lambda r: (r[1], r[0])):
        if out and abs(out[-1][0][1] - rule[1]) <= 1.0:
            out[-1].append(rule)
        else:
            out.append([rule])
    return [
        row for row in out if len(row) >= 2 and all(b[0] >= a[2] - 1.0 for a, b in zip(sorted(row), sorted(row)[1:]))
    ]


def _caption_under(rule: Box, words: list[Word], body: float, s: LayoutSettings) -> list[Word]:
    """The small words hanging under `rule` in its span, with the lines they wrap onto at their pitch."""
    small = [w for w in words if 0 < w.size <= body - s.small_label_step and rule[0] - 3 <= w.x0 < rule[2]]
    caption = [w for w in small if 0 <= w.top - rule[1] <= s.caption_under_rule]
    while caption:
        last = max(w.top for w in caption)
        size = max(w.size for w in caption)
        more = [w for w in small if 0.5 * size < w.top - last <= s.caption_wrap_pitch * size]
        if not more:
            break
        caption += more
    return caption


def _cell_end(
    rule: Box, rules: list[Box], words: list[Word], body: float, s: LayoutSettings
) -> tuple[Box, list[Word]] | None:
    """The rule a cell's caption hangs under and the caption's words, walking the cell's writing lines down
    from `rule` (None when no caption closes it)."""
    seen = 0
    while seen < 40:
        seen += 1
        caption = _caption_under(rule, words, body, s)
        if caption:
            return rule, caption
        below = [
            r
            for r in rules
            if 0 < r[1] - rule[1] <= s.caption_cell_pitch * body
            and abs(r[0] - rule[0]) <= s.caption_cell_align
            and abs(r[2] - rule[2]) <= s.caption_cell_align
        ]
        if not below:
            return None
        rule = min(below, key=lambda r: r[1])
    return None


def level_cell_captions(
    page: Page, lines: list[Line], rules: list[Box], body: float, s: LayoutSettings
) -> tuple[list[Line], list[Box]]:
    """`lines` with each captioned cell's caption moved down level with its row's deepest caption (the page's
    lines grouped again), and `rules` with the moved captions' cells' last rules carried down with them (an
    unwritten writing line: the caption still hangs under its cell's rule); both unchanged when none moved."""
    if not body:
        return lines, rules
    words = [w for ln in lines for w in ln.words]
    shift: dict[int, float] = {}  # id of a caption word -> how far it moves down
    carried: dict[Box, float] = {}  # a moved caption's rule -> how far it is carried down
    for row in _rows(rules):
        ends = [end for end in (_cell_end(r, rules, words, body, s) for r in row) if end]
        if len(ends) < 2:
            continue
        deepest = max(rule[1] for rule, _ in ends)
        for rule, caption in ends:
            down = deepest - rule[1]
            if down > 1.0:
                carried[rule] = max(carried.get(rule, 0.0), down)
                for w in caption:
                    shift[id(w)] = max(shift.get(id(w), 0.0), down)
    if not shift:
        return lines, rules
    moved = [
        replace(w, top=w.top + shift[id(w)], bottom=w.bottom + shift[id(w)]) if id(w) in shift else w for w in words
    ]
    extra = [(r[0], r[1] + d, r[2], r[3] + d) for r, d in carried.items()]
    return group_lines(replace(page, words=moved, rules=[]), s), rules + extra

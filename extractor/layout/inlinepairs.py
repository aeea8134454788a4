"""Inline pairs side by side: 'Namn på insats: Pollare vid skolgården   Sökt belopp: 1 161 000'.

A web form's flex row (or any form that runs its fields on) sets several "Label: answer" items on
one line, each item parted from the one before by a gap wider than the line's own word spaces; an
item too long for its share wraps under its own start. A line that opens with a known inline label
is cut before every further known inline label (its words up to a colon) that follows such a gap.
Each item becomes a line of its own at the row's left edge, followed by its share of the lines the
row wraps onto (the words under it), moved by as much, so the walker reads item after item as
ordinary "Label: answer" lines. Only known labels cut: prose with a colon after a wide space stays
whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word


def _opens_with_label(words: list[Word], is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    """Whether `words` open with a known label closed by a colon ('Sökt belopp:')."""
    for i, word in enumerate(words[: s.inline_label_scan_words]):
        if word.text.endswith(":"):
            return is_label(" ".join(w.text for w in words[: i + 1]).rstrip(":"))
    return False


def _item_starts(line: Line, is_label: Callable[[str], bool], s: LayoutSettings) -> list[int]:
    """Indexes of the words where a further item of `line` starts (none when it holds one)."""
    words = line.words
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    if not gaps or not _opens_with_label(words, is_label, s):
        return []
    # The word space: the gaps' lower quartile (a row of few words has as many item gaps as word
    # spaces), at most a wide space of the type (two labels alone on a row have no word space).
    space = min(sorted(gaps)[len(gaps) // 4], s.item_space_ems * (line.size or line.height))
    wide = s.item_gap_ratio * space + s.item_gap_slack
    return [i + 1 for i, gap in enumerate(gaps) if gap > wide and _opens_with_label(words[i + 1 :], is_label, s)]


def _moved(page: int, words: list[Word], dx: float) -> Line:
    return Line(page, [replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in words])


def _wraps(row: Line, below: Line, under_first: bool, tol: float, s: LayoutSettings) -> bool:
    """Whether `below` is a line `row` wraps onto: close under it and set in from its left edge, or at
    that edge when the row's first item is a label alone (its answer under it, `under_first`)."""
    pitch = s.wrap_pitch * max(row.size, row.height)
    if below.page != row.page or not 0 < below.top - row.top <= pitch:
        return False
    return below.x0 > row.x0 + tol or (under_first and abs(below.x0 - row.x0) <= tol)


def part_inline_pairs(
    lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """Lines with each run-on row of inline pairs read item by item (see the module's docstring)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        starts = [] if line.in_grid or line.cell else _item_starts(line, is_label, s)
        if not starts:
            out.append(line)
            i += 1
            continue
        bounds = [0, *starts, len(line.words)]
        items = [line.words[a:b] for a, b in zip(bounds, bounds[1:])]
        xs = [item[0].x0 for item in items]
        wrapped: list[Line] = []
        under_first = items[0][-1].text.endswith(":")
        while i + 1 + len(wrapped) < len(lines) and _wraps(
            wrapped[-1] if wrapped else line, lines[i + 1 + len(wrapped)], under_first, tol, s
        ):
            wrapped.append(lines[i + 1 + len(wrapped)])
        for k, (item, x) in enumerate(zip(items, xs)):
            right = xs[k + 1] - tol if k + 1 < len(xs) else float("inf")
            dx = line.x0 - x
            out.append(_moved(line.page, item, dx))
            for below in wrapped:
                share = [w for w in below.words if (k == 0 or w.x0 >= x - tol) and w.x0 < right]
                if share:
                    out.append(_moved(below.page, share, dx))
        i += 1 + len(wrapped)
    return out

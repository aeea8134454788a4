"""Comb boxes for any short answer: a name, an e-mail address or a committee written one character a ruled box.
Pure: no I/O.

A form may give every short answer (not only a phone number or an amount, `combs.py`'s) a row of touching ruled
boxes, one character in each, a space an empty box. The text layer then holds a row of one-character words
about a box apart ("A n n a H a s s a n"), which later steps read as that many words. Such a row is told by the
boxes' walls, whatever its characters: at least `letter_comb_min_cells` one-character words of one size on one
line, a vertical rule across their height between every two neighbouring characters, the walls a regular pitch
apart (each within `letter_comb_wall_slack` of the row's median), that pitch no wider than `comb_max_pitch` type
sizes (a rating scale's or a table's columns stand wider). The row is joined into one word, the empty boxes
between two characters a space (runs of them one space). The walls rather than the glyphs' centres place each
character in its box, so a producer that sets a glyph at its box's left, or a box a little wider, reads the same.
`combs.join_comb_cells`, the layout's one comb step, runs it after the combs told by their pitch.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from statistics import median

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import upright_rules
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word


def join_letter_combs(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` with each row of boxed characters joined into one word; unchanged when it has none."""
    upright = upright_rules(page.rules, s, taller_than=s.upright_rule_min_height)
    if not upright:
        return page
    runs = level_runs(w for w in page.words if _boxed(w, upright))
    joined: dict[int, Word | None] = {}
    for run in runs:
        for comb in _combs(run, upright, s):
            joined[id(comb[0])] = _joined(comb, _walls(comb, upright))
            joined.update(dict.fromkeys(map(id, comb[1:])))
    if not joined:
        return page
    words = [joined.get(id(w), w) for w in page.words]
    return replace(page, words=[w for w in words if w is not None])


def on_one_level(a: Word, b: Word) -> bool:
    """Two characters of one comb row: their tops within a point, their sizes within 0.3 pt."""
    return abs(a.top - b.top) <= 1.0 and abs(a.size - b.size) <= 0.3


def level_runs(cells: Iterable[Word], joins: Callable[[Word, Word], bool] = on_one_level) -> list[list[Word]]:
    """`cells` in reading order (their tops rounded, then left to right) cut into runs wherever `joins` fails
    between a run's last cell and the next: the rows a comb step looks for combs in (`combs.py` too)."""
    runs: list[list[Word]] = []
    for word in sorted(cells, key=lambda w: (round(w.top), w.x0)):
        last = runs[-1][-1] if runs else None
        if last is not None and joins(last, word):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _boxed(word: Word, upright: list[tuple[float, float, float, float]]) -> bool:
    """A one-character word, or a word whose characters stand one a box: the reader's word grouping joins a
    comb's characters where its glyphs stand closer than its tolerance (wide letters in narrow boxes), and then a
    wall runs through the word between every two of its characters."""
    if len(word.text) == 1:
        return not word.text.isspace()
    return " " not in word.text and len(_inner_walls(word, upright)) == len(word.text) - 1


def _inner_walls(word: Word, upright: list[tuple[float, float, float, float]]) -> list[float]:
    return [x for x in _walls([word], upright) if word.x0 + 0.5 < x < word.x1 - 0.5]


def _walls(run: list[Word], upright: list[tuple[float, float, float, float]]) -> list[float]:
    """The x of each vertical rule across the run's middle (a quarter of its height either side of its centre
    line: a glyph's box may stand a little past a tight comb's top or foot), near ones (two boxes' shared edge)
    as one."""
    top, bottom = min(w.top for w in run), max(w.bottom for w in run)
    middle, reach = (top + bottom) / 2, (bottom - top) / 4
    xs = sorted((r[0] + r[2]) / 2 for r in upright if r[1] <= middle - reach and r[3] >= middle + reach)
    out: list[float] = []
    for x in xs:
        if not out or x - out[-1] > 1.0:
            out.append(x)
    return out


def _combs(run: list[Word], upright: list[tuple[float, float, float, float]], s: LayoutSettings) -> list[list[Word]]:
    """The run cut into rows of boxed characters: stretches whose every two neighbours have a wall between them
    and whose walls stand a regular pitch apart."""
    walls = _walls(run, upright)
    if len(walls) < 2:
        return []
    out: list[list[Word]] = []
    current: list[Word] = [run[0]]
    for a, b in zip(run, run[1:]):
        between = bisect_right(walls, b.x0 + 0.5) - bisect_left(walls, a.x1 - 0.5)
        if between >= 1:
            current.append(b)
        else:
            out.append(current)
            current = [b]
    out.append(current)
    return [c for c in out if len(c) >= s.letter_comb_min_cells and _regular(c, walls, s)]


def _regular(comb: list[Word], walls: list[float], s: LayoutSettings) -> bool:
    """The walls from the comb's first character to its last stand a regular pitch apart, a few sizes at most."""
    first = max(0, bisect_right(walls, comb[0].x0 + 0.5) - 1)  # the wall at or left of the first character
    last = bisect_left(walls, comb[-1].x1 - 0.5)  # the wall at or right of the last
    inside = walls[first : last + 1]
    steps = [b - a for a, b in zip(inside, inside[1:])]
    if not steps:
        return False
    pitch = median(steps)
    size = comb[0].size or (comb[0].bottom - comb[0].top)
    if pitch <= 0 or pitch > s.comb_max_pitch * size:
        return False
    if any(w.x1 - w.x0 > len(w.text) * pitch + 1 for w in comb):  # a glyph wider than its box is none of its
        return False
    return all(abs(d - pitch) <= s.letter_comb_wall_slack * pitch for d in steps)


def _joined(comb: list[Word], walls: list[float]) -> Word:
    text = comb[0].text
    for a, b in zip(comb, comb[1:]):
        between = bisect_right(walls, b.x0 + 0.5) - bisect_left(walls, a.x1 - 0.5)  # two walls: an empty box
        text += (" " if between > 1 else "") + b.text
    return replace(comb[0], text=text, x1=comb[-1].x1, bottom=max(w.bottom for w in comb))


def mark_comb_answers(lines: list[Line], pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Line]:
    """`lines` with each line written in comb boxes marked as an answer (`cell="value"`): a name and a role in
    boxes ("Erik Holm, projektledare") reads like a label alone on its line, but a label is never boxed. A line is
    so when its words stand inside one row of boxes with walls through them at every `letter_comb_min_cells`
    characters or more (`join_letter_combs` has joined the row into one word)."""
    upright = {p.number: upright_rules(p.rules, s, taller_than=s.upright_rule_min_height) for p in pages if p.rules}
    out = list(lines)
    for i, line in enumerate(lines):
        rules = upright.get(line.page)
        if line.cell or not rules or not line.words:
            continue
        inner = sum(len(_inner_walls(w, rules)) for w in line.words)
        letters = sum(len(w.text.replace(" ", "")) for w in line.words)
        if inner >= max(s.letter_comb_min_cells, letters // 2) and _regular(line.words, _walls(line.words, rules), s):
            out[i] = replace(line, cell="value")
    return out

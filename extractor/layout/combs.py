"""Comb fields: a phone number or an amount written one character a cell. Pure: no I/O.

A form to fill in may give a phone number or an amount a comb of cells, one character centred in each, so a
text layer holds a row of one-character words several points apart ("0 8 - 5 0 8 …") that later steps would read
as that many words. A comb is told by its evidence: at least `comb_min_cells` one-character words of one size
on one line, figures, a number's signs or a unit's letters, mostly figures, their centres a regular pitch apart (each step a whole
number of pitches, an empty cell between two being a space), the pitch wider than the type sets a figure and a
space, or the cells' edges drawn between them; the pitch is read between figures (a sign's glyph may stand off its
cell's centre), and an amount's unit after an empty cell ("tkr", "Mkr") counts for no figure share. Such a row is
joined into one word, an empty cell a space ("08-508 59 913", "400 000", "2,14 Mkr").

A scan's combs are the pixel step's (extractor.comb_walls, before OCR: the walls taken out and the characters set
side by side, so Tesseract reads the comb as a line of type); the join of OCR'd words between the walls that this
module did as well in the twenty-eighth round, with thresholds of its own, was taken out in the twenty-ninth.

This is the layout's one comb step: after the combs told by their centres' pitch, it joins those told by their
boxes' walls, whatever their characters (`lettercombs.join_letter_combs`: a name or an e-mail address one letter a
box), on the same page.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.lettercombs import join_letter_combs, level_runs, on_one_level
from bilagor.extractor.layout.ruling import upright_rules
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_SIGNS = set("-+(),.:/")


def join_comb_cells(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` with each comb's characters joined into one word, the figures' combs told by their pitch, then any
    characters' told by their walls; unchanged when it has none."""
    return join_letter_combs(_join_pitched(page, s), s)


def _join_pitched(page: Page, s: LayoutSettings) -> Page:
    """`page` with each comb told by its centres' regular pitch joined into one word."""
    runs = level_runs(
        (w for w in page.words if _cell_char(w)),
        lambda last, word: on_one_level(last, word) and word.x0 - last.x1 <= s.comb_max_step * (word.size or 1),
    )
    joined: dict[Word, Word | None] = {}
    for run in runs:
        for comb in _combs(run, page, s):
            joined[comb[0]] = _joined(comb)
            joined.update(dict.fromkeys(comb[1:]))
    if not joined:
        return page
    words = [joined.get(w, w) for w in page.words]
    return replace(page, words=[w for w in words if w is not None])


def _cell_char(word: Word) -> bool:
    return len(word.text) == 1 and (word.text.isalnum() or word.text in _SIGNS)


def _centre(word: Word) -> float:
    return (word.x0 + word.x1) / 2


def _combs(run: list[Word], page: Page, s: LayoutSettings) -> list[list[Word]]:
    """The run as a comb when its centres step a regular pitch (each step 1 to `comb_max_cells` pitches within
    `comb_pitch_slack` of one), else nothing."""
    figures = sum(w.text.isdigit() for w in run)
    number = len(run) - _unit_cells(run)
    if len(run) < s.comb_min_cells or figures < s.comb_min_cells - 1 or figures < s.comb_min_figures * number:
        return []
    steps = [_centre(b) - _centre(a) for a, b in zip(run, run[1:])]
    pitch = _pitch(run)
    size = run[0].size or (run[0].bottom - run[0].top)
    if pitch <= 0:
        return []
    if any(
        abs(d / pitch - round(d / pitch)) > s.comb_pitch_slack or round(d / pitch) > s.comb_max_cells for d in steps
    ):
        return []
    # A figure and a space of the type take about 0.8 of its size: a comb's cells stand wider, or are drawn.
    if pitch > s.comb_max_pitch * size or pitch < s.comb_min_pitch * size and not _edges_between(run, page, s):
        return []
    return [run]


def _unit_cells(run: list[Word]) -> int:
    """How many of the run's last cells are an amount's unit ("kr", "tkr", "Mkr", "mnkr"): up to four letters
    after a figure, an empty cell before them; they count for no figure share."""
    k = 0
    while k < min(4, len(run) - 1) and run[-1 - k].text.isalpha():
        k += 1
    if not k or not run[-1 - k].text.isdigit():
        return 0
    first, before = run[-k], run[-1 - k]
    return k if _centre(first) - _centre(before) > 1.5 * _pitch(run[:-k] or run) else 0


def _pitch(run: list[Word]) -> float:
    """The comb's pitch: its narrowest step between two neighbouring figures (a figure is centred in its cell;
    a sign's or a letter's glyph may stand a little off its cell's centre), else its narrowest step."""
    steps = [_centre(b) - _centre(a) for a, b in zip(run, run[1:])]
    figures = [d for (a, b), d in zip(zip(run, run[1:]), steps) if a.text.isdigit() and b.text.isdigit()]
    return min(figures or steps or [0.0])


def _edges_between(run: list[Word], page: Page, s: LayoutSettings) -> bool:
    """A vertical rule between most neighbouring characters, across their height (the cells' edges)."""
    upright = upright_rules(page.rules, s)
    pairs = list(zip(run, run[1:]))
    drawn = sum(
        any(a.x1 - 0.5 <= r[0] <= b.x0 + 0.5 and r[1] <= a.top + 1 and r[3] >= a.bottom - 1 for r in upright)
        for a, b in pairs
    )
    return drawn * 2 > len(pairs)


def _joined(comb: list[Word]) -> Word:
    pitch = _pitch(comb)
    text = comb[0].text
    for a, b in zip(comb, comb[1:]):
        text += " " * (round((_centre(b) - _centre(a)) / pitch) - 1) + b.text
    return replace(comb[0], text=text, x1=comb[-1].x1, bottom=max(w.bottom for w in comb))

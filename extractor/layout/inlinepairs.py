"""Inline pairs side by side: 'Namn på insats: Pollare vid skolgården   Sökt belopp: 1 161 000'.

A web form's flex row (or any form that runs its fields on) sets several "Label: answer" items on
one line, each item parted from the one before by a gap wider than the line's own word spaces; an
item too long for its share wraps under its own start. A line that opens with a known inline label
is cut before every further known inline label (its words up to a colon) that follows such a gap.
Each item becomes a line of its own at the row's left edge, followed by its share of the lines the
row wraps onto (the words under it), moved by as much, so the walker reads item after item as
ordinary "Label: answer" lines. Only known labels cut: prose with a colon after a wide space stays
whole. A monospaced printout's word space is a character, however wide its pitch sets it against the
type (a print filter's 12 characters an inch in type under 10 pt): there the word space is the pitch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def monospaced_space(words: list[Word], steps: list[float], s: LayoutSettings) -> float | None:
    """The gap one space leaves between `words` of one type set at one pitch, or None when they are not.

    A word of n characters is then n pitches wide less what its last glyph leaves of its cell (`width =
    pitch * n + b`), and a word starts a whole number of pitches after the word before it on its line
    (`steps`: those distances): at least `pitch_fit_share` of the words lie within `pitch_fit_tolerance` of the
    pitch off the fitted line, and as many steps as close to a whole number of pitches (a proportional font's
    words scatter, and its word spaces fall off the grid). A space is one pitch and the glyph's unused part:
    `pitch - b`. Words ending in a colon are left out of the fit: a leader's colon moved onto a label
    (leaders.py) keeps the label's width."""
    points = [(len(w.text), w.x1 - w.x0) for w in words if w.text and not w.text.endswith(":")]
    if len(points) < s.pitch_min_words or len({n for n, _ in points}) < 2 or not steps:
        return None
    mean_n = sum(n for n, _ in points) / len(points)
    mean_w = sum(w for _, w in points) / len(points)
    pitch = sum((n - mean_n) * (w - mean_w) for n, w in points) / sum((n - mean_n) ** 2 for n, _ in points)
    if pitch <= 0:
        return None
    b = mean_w - pitch * mean_n
    tolerance = s.pitch_fit_tolerance * pitch
    fits = sum(abs(w - pitch * n - b) <= tolerance for n, w in points)
    on_grid = sum(abs(step - pitch * round(step / pitch)) <= tolerance for step in steps)
    share = s.pitch_fit_share
    return pitch - b if fits >= share * len(points) and on_grid >= share * len(steps) else None


def type_of(word: Word) -> tuple[str, float]:
    return word.fontname, round(word.size, 1)


def monospaced_spaces(lines: list[Line], s: LayoutSettings) -> dict[tuple[str, float], float]:
    """Per type (font and size) of a text layer's words, the word space of a monospaced one."""
    by_type: dict[tuple[str, float], list[Word]] = {}
    steps: dict[tuple[str, float], list[float]] = {}
    for line in lines:
        for prev, word in zip([None, *line.words], line.words):
            if not word.fontname:
                continue
            by_type.setdefault(type_of(word), []).append(word)
            if prev is not None and type_of(prev) == type_of(word):
                steps.setdefault(type_of(word), []).append(word.x0 - prev.x0)
    spaces = {key: monospaced_space(words, steps.get(key, []), s) for key, words in by_type.items()}
    return {key: space for key, space in spaces.items() if space is not None}


def _item_starts(
    line: Line, is_label: Callable[[str], bool], mono: dict[tuple[str, float], float], s: LayoutSettings
) -> list[int]:
    """Indexes of the words where a further item of `line` starts (none when it holds one)."""
    words = line.words
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    if not gaps or not _opens_with_label(words, is_label, s):
        return []
    # The word space: the gaps' lower quartile (a row of few words has as many item gaps as word
    # spaces), at most a wide space of the type (two labels alone on a row have no word space). In a
    # monospaced type one typed space never parts two items, however wide its pitch.
    space = min(sorted(gaps)[len(gaps) // 4], s.item_space_ems * (line.size or line.height))
    wide = max(s.item_gap_ratio * space + s.item_gap_slack, s.monospaced_space_slack * mono.get(type_of(words[0]), 0.0))
    # An item ends after its own label's colon: a wide justified space inside a numbered label ("1.1 ⇥
    # Behovsanalys/problembeskrivning: ...") cuts no item off.
    starts: list[int] = []
    for i, gap in enumerate(gaps):
        closed = any(w.text.endswith(":") for w in words[(starts[-1] if starts else 0) : i + 1])
        if gap > wide and closed and _opens_with_label(words[i + 1 :], is_label, s):
            if not _label_spans_item_gap(words, gaps, i + 1, wide, is_label, s):
                starts.append(i + 1)
    return starts


def _label_spans_item_gap(
    words: list[Word], gaps: list[float], start: int, wide: float, is_label: Callable[[str], bool], s: LayoutSettings
) -> bool:
    """Whether the label an item starting at `start` would open runs over a further item gap after which a
    label opens too: "Projektnamn:  Utegym Kungsträdgården ⇥ Geografisk plats för investering:" (a pair's
    label set two spaces before its answer) is cut before "Geografisk", not before the answer, however a
    loose label match reads "Utegym … investering"."""
    end = next(
        (k for k in range(start, min(len(words), start + s.inline_label_scan_words)) if words[k].text.endswith(":")),
        start,
    )
    return any(gaps[k] > wide and _opens_with_label(words[k + 1 :], is_label, s) for k in range(start, end))


def _moved(page: int, words: list[Word], dx: float, cell: str = "") -> Line:
    return Line(page, [replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in words], cell=cell)


def _wraps(
    row: Line,
    below: Line,
    under_first: bool,
    tol: float,
    is_label: Callable[[str], bool],
    s: LayoutSettings,
    starts: Sequence[float] = (),
    back_to: list[float] | None = None,
) -> bool:
    """Whether `below` is a line `row` wraps onto: close under it and set in from its left edge, or at
    that edge when the row's first item is a label alone (its answer under it, `under_first`) and the line
    does not open with a known label of its own (the next row of pairs, an empty first item's above it).
    On OCR'd words (no font) a line at that edge counts too when it is parted at every further item's start
    (`starts`) by an item gap: each pair's answer wrapped under its own label, in its part of the row.
    With `back_to` (the later items' xs of a row whose labels are bold), a line at that edge opening in body
    type wraps too when none of its words runs over an item's start: each pair's wrapped lines gone back
    under its label, in its half (ploticus), not a paragraph across the page."""
    pitch = s.wrap_pitch * max(row.size, row.height)
    if below.page != row.page or not 0 < below.top - row.top <= pitch:
        return False
    if below.x0 > row.x0 + tol:
        return True
    if abs(below.x0 - row.x0) > tol or _opens_with_label(below.words, is_label, s):
        return False
    if under_first:
        return True
    if (
        back_to
        and not below.words[0].bold
        and not any(w.x0 < x - tol and w.x1 > x + tol for w in below.words for x in back_to)
    ):
        return True
    return _parted_at(below, starts, tol, s) and not any(w.fontname for w in row.words)


def _parted_at(line: Line, starts: Sequence[float], tol: float, s: LayoutSettings) -> bool:
    """Whether no word of `line` runs over an item's start in `starts`, and words on both sides of one stand an
    item gap apart (a line of prose runs on across the row with its word spaces)."""
    if not starts or any(w.fontname for w in line.words):
        return False
    gap = s.item_gap_ratio * s.item_space_ems * max(line.size, line.height)
    for x in starts:
        left = [w.x1 for w in line.words if w.x0 < x - tol]
        right = [w.x0 for w in line.words if w.x0 >= x - tol]
        if left and max(left) > x - tol:
            return False
        if left and right and min(right) - max(left) < gap:
            return False
    return True


def _answer_x(item: list[Word]) -> float | None:
    """Where an item's answer starts: the word after its label's colon (None: no answer on the row)."""
    k = next((k for k, w in enumerate(item) if w.text.endswith(":")), None)
    return item[k + 1].x0 if k is not None and k + 1 < len(item) else None


def part_inline_pairs(
    lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """Lines with each run-on row of inline pairs read item by item (see the module's docstring)."""
    out: list[Line] = []
    mono = monospaced_spaces(lines, s)
    i = 0
    while i < len(lines):
        line = lines[i]
        starts = [] if line.in_grid or line.cell else _item_starts(line, is_label, mono, s)
        if not starts:
            out.append(line)
            i += 1
            continue
        bounds = [0, *starts, len(line.words)]
        items = [line.words[a:b] for a, b in zip(bounds, bounds[1:])]
        xs = [item[0].x0 for item in items]
        wrapped: list[Line] = []
        under_first = items[0][-1].text.endswith(":")
        # bold labels tell the next row of pairs from an answer's lines gone back to the row's edge
        back_to = xs[1:] if items[0][0].bold and not any(w.bold for w in items[0][-1:]) else None
        while i + 1 + len(wrapped) < len(lines) and _wraps(
            wrapped[-1] if wrapped else line,
            lines[i + 1 + len(wrapped)],
            under_first,
            tol,
            is_label,
            s,
            xs[1:],
            back_to,
        ):
            wrapped.append(lines[i + 1 + len(wrapped)])
        for k, (item, x) in enumerate(zip(items, xs)):
            right = xs[k + 1] - tol if k + 1 < len(xs) else float("inf")
            dx = line.x0 - x
            out.append(_moved(line.page, item, dx))
            for below in wrapped:
                share = [w for w in below.words if (k == 0 or w.x0 >= x - tol) and w.x0 < right]
                if not share:
                    continue
                # OCR: an answer wrapped under its own label (at the item's start) goes on under the answer;
                # moved to the row's edge with its item, it stood where labels start and read as a label's tail.
                answer_x = _answer_x(item)
                under_label = abs(share[0].x0 - x) <= tol and not share[0].fontname
                shift = answer_x - share[0].x0 if answer_x is not None and under_label else 0.0
                # an answer's line gone back under its label is its answer's, however short (not a label)
                out.append(_moved(below.page, share, dx + shift, "value" if back_to else ""))
        i += 1 + len(wrapped)
    return out

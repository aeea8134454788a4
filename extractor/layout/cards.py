"""Card grids: labels above their answers, two or more cards side by side.

Web forms lay short fields out as cards in columns (CSS grid): a line holds
the labels of every card in the row ('Kontaktperson    Telefon'), the lines
below their answers side by side. Read in plain line order the answers of
a row run together. A card row starts at a line made only of labels in
label form (all but the first known labels) at two or more x-positions, with
later cards starting at a shared x or the answers right under the labels;
the lines that follow within a row pitch and keep to the columns (no word
run across a column's start) belong to it. Each card row is read card by
card, the later cards' words moved onto the first card's x, so the walker
reads stacked labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import CONNECTOR_END, label_form
from bilagor.extractor.words import Page


def _label_row(line: Line, is_label: Callable[[str], bool], s: LayoutSettings) -> list[float] | None:
    """The x of each card's label when the line holds only labels of cards side by side: every
    run in label form, the later ones known labels (in a label/value table they are answers)."""
    runs = segments(line, s)
    texts = [" ".join(w.text for w in run) for run in runs]
    # A label ending in 'av', 'och', ... wraps onto the next line: a label column's cell, not a card's label.
    if len(runs) < 2 or not all(
        label_form(t) and not CONNECTOR_END.search(t) and len(t.split()) <= s.card_label_max_words for t in texts
    ):
        return None
    if not all(is_label(t.strip().rstrip(":")) for t in texts[1:]):
        return None
    return [run[0].x0 for run in runs]


def _answers_below(line: Line, xs: list[float], tol: float, s: LayoutSettings) -> bool:
    """The next line holds text at every card's x: the answers under the labels."""
    starts = [run[0].x0 for run in segments(line, s)]
    return all(any(abs(x - start) <= tol for start in starts) for x in xs)


def _crosses(line: Line, xs: list[float], tol: float, s: LayoutSettings) -> bool:
    return any(run[0].x0 < x - tol < run[-1].x1 for run in segments(line, s) for x in xs)


def unfold_cards(
    lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Line], list[float]]:
    """Lines with each card row read card by card (see the module's docstring), and the x where
    later cards start (their frames are no table borders)."""
    found = {i: xs for i, ln in enumerate(lines) if (xs := _label_row(ln, is_label, s))}
    if not found:
        return lines, []
    starts = [x for xs in found.values() for x in xs[1:]]
    shared = [x for x, n in cluster(starts, tol) if n >= s.card_min_rows]
    # A card row has its first answer right under its first label (in a label/value table the next
    # line is the next row, a label first), and its later cards start at a shared column or have
    # their answers right under their labels too.
    label_rows = {
        id(lines[i]): xs
        for i, xs in found.items()
        if i + 1 < len(lines)
        and lines[i + 1].page == lines[i].page
        and _answers_below(lines[i + 1], xs[:1], tol, s)
        and not is_label(" ".join(w.text for w in segments(lines[i + 1], s)[0]).rstrip(":"))
        and (all(any(abs(x - c) <= tol for c in shared) for x in xs[1:]) or _answers_below(lines[i + 1], xs, tol, s))
    }
    if not label_rows:
        return lines, []
    starts = [x for xs in label_rows.values() for x in xs[1:]]
    out: list[Line] = []
    row: list[Line] = []
    columns: list[float] = []

    def flush() -> None:
        if not row:
            return
        edges = [*columns[1:], float("inf")]
        for start, (left, right) in enumerate(zip(columns, edges)):
            dx = columns[0] - left
            for line in row:
                words = [replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in line.words if left - tol <= w.x0 < right - tol]
                if start == 0:
                    words = [w for w in line.words if w.x0 < right - tol]
                if words:
                    out.append(Line(line.page, words, True))
        row.clear()

    for line in lines:
        xs = label_rows.get(id(line))
        if xs is not None:
            flush()
            columns = xs
            row.append(line)
        elif (
            row
            and line.page == row[-1].page
            and line.top - row[-1].top <= s.grid_row_pitch * max(line.height, line.size)
            and not _crosses(line, columns[1:], tol, s)
        ):
            row.append(line)
        else:
            flush()
            columns = []
            out.append(line)
    flush()
    return out, [x for x, _ in cluster(starts, tol)]


def without_card_frames(page: Page, card_xs: list[float], s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """The page without the vertical rules framing cards (just left of where a card's text starts)."""
    if not card_xs:
        return page
    rules = [
        r
        for r in page.rules
        if abs(r[2] - r[0]) > s.rule_max_width or not any(x - s.card_frame_reach <= r[0] <= x for x in card_xs)
    ]
    return replace(page, rules=rules)

"""A paper questionnaire's question numbers, each in a small ruled square at the margin. Pure: no I/O.

A questionnaire numbers its questions 1, 2, 3 … in small ruled squares down the left margin, the label beside
each ("9 ▢ 1. Beskrivning (mål och syfte)"). The number is the field's place, not its label: read with it, a
label already numbered ("1. Beskrivning") became "9 1. Beskrivning", which no longer opened a field and ran into
the answer above. Such a number is told by the page, not the wording: a word of figures alone wholly inside a
small square of four rules (the square at most a few type sizes a side), the squares standing at one x down the
document, no other such square on its line (a comb field's boxed figures stand side by side and are an answer),
and the numbers running up in reading order. Those words and their squares are left out, as furniture.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

Rule = tuple[float, float, float, float]


def _square_around(word: Word, rules: list[Rule], s: LayoutSettings) -> tuple[Rule, ...] | None:
    """The four rules of a small square wholly around `word`, or None."""
    height = word.bottom - word.top
    reach = s.boxed_number_max_side * height
    slack = s.boxed_number_slack
    above = [r for r in rules if r[1] == r[3] and word.top - reach <= r[1] <= word.top + slack]
    below = [r for r in rules if r[1] == r[3] and word.bottom - slack <= r[1] <= word.bottom + reach]
    left = [r for r in rules if r[0] == r[2] and word.x0 - reach <= r[0] <= word.x0 + slack]
    right = [r for r in rules if r[0] == r[2] and word.x1 - slack <= r[0] <= word.x1 + reach]
    for top in above:
        for bottom in below:
            if abs(top[0] - bottom[0]) > slack or abs(top[2] - bottom[2]) > slack:
                continue
            x0, x1, y0, y1 = top[0], top[2], top[1], bottom[1]
            if not (x0 - slack <= word.x0 and word.x1 <= x1 + slack):
                continue
            if max(x1 - x0, y1 - y0) > reach or min(x1 - x0, y1 - y0) < height:
                continue
            sides = [r for r in left if abs(r[0] - x0) <= slack and r[1] <= y0 + slack and r[3] >= y1 - slack]
            sides += [r for r in right if abs(r[0] - x1) <= slack and r[1] <= y0 + slack and r[3] >= y1 - slack]
            if len(sides) >= 2 and _alone(top, rules, reach, slack):
                return (top, bottom, sides[0], sides[-1])
    return None


def _alone(top: Rule, rules: list[Rule], reach: float, slack: float) -> bool:
    """No other rule at the square's top within a side of it: a comb's cells stand side by side."""
    return not any(
        r != top and abs(r[1] - top[1]) <= slack and r[1] == r[3] and r[0] <= top[2] + reach and r[2] >= top[0] - reach
        for r in rules
    )


def strip_boxed_numbers(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """The pages without the question numbers in ruled squares at one x down the document (see above)."""
    found: list[tuple[int, Word, tuple[Rule, ...]]] = []  # (page index, word, the square's rules)
    for k, page in enumerate(pages):
        for word in page.words:
            if not word.text.isdigit() or len(word.text) > 3:
                continue
            square = _square_around(word, page.rules, s)
            if square is not None:
                found.append((k, word, square))
    if len(found) < s.boxed_number_min_count:
        return pages
    # One column: the squares' left edges agree; no two on one line (a comb's cells).
    lefts = sorted(sq[2][0] for _, _, sq in found)
    middle = lefts[len(lefts) // 2]
    found = [f for f in found if abs(f[2][2][0] - middle) <= s.boxed_number_slack]
    tops = [(k, round(w.top)) for k, w, _ in found]
    if len(found) < s.boxed_number_min_count or len(set(tops)) < len(tops):
        return pages
    found.sort(key=lambda f: (f[0], f[1].top))
    numbers = [int(w.text) for _, w, _ in found]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return pages
    out = list(pages)
    for k in {f[0] for f in found}:
        words = {id(w) for j, w, _ in found if j == k}
        rules = {r for j, _, sq in found if j == k for r in sq}
        page = pages[k]
        out[k] = replace(
            page,
            words=[w for w in page.words if id(w) not in words],
            rules=[r for r in page.rules if r not in rules],
        )
    return out

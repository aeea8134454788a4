"""Words -> lines, and the type size of the body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_SPECK = re.compile(r"^[=|_~¦:;'\"`^*+<>]+$")
# A border's remains read as a dash run together with a speck mark ("=-", "~—"); a dash alone is writing.
_DASHED_SPECK = re.compile(r"^(?=.*[=~¦|])[=~¦|\-‐–—]+$")


def without_specks(page: Page) -> Page:
    """OCR reads table borders and dirt as '=', '|', '=:'; such tokens carry no text."""
    words = [w for w in page.words if w.fontname or not (_SPECK.match(w.text) or _DASHED_SPECK.match(w.text))]
    if len(words) == len(page.words):
        return page
    return Page(page.number, page.width, page.height, words, page.rules, page.images)


# A rule typed out of characters (a line printer's or a plain-text print's "-----", "=====", "+---+"):
# at least this many of them, and nothing else on the line.
_TYPED_RULE = re.compile(r"^[-‐–—_=~+*]{4,}$")


def without_typed_rules(lines: list[Line]) -> list[Line]:
    """Lines that are only a typed rule carry no text: one under a title or between fields is
    decoration, never an answer."""
    return [ln for ln in lines if not all(_TYPED_RULE.match(w.text) for w in ln.words)]


def group_lines(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> list[Line]:
    """Words -> lines: words whose vertical extents overlap share a line, unless a
    word stands under another word of that line (see `_stacked`)."""
    lines: list[Line] = []
    for word in sorted(page.words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        for line in reversed(lines[-s.line_lookback :]):
            overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
            if overlap >= s.line_overlap * min(height, line.height) and not _stacked(word, line, s):
                line.words.append(word)
                break
        else:
            lines.append(Line(page.number, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _stacked(word: Word, line: Line, s: LayoutSettings) -> bool:
    """Whether `word` stands under (or over) a word of `line` in the same column: a small-type
    label wrapping at its own pitch beside a larger answer line overlaps that line twice, and two
    words one above the other are never one line."""
    for other in line.words:
        beside = min(other.x1, word.x1) - max(other.x0, word.x0) < s.stacked_min_x_overlap
        if beside:
            continue
        overlap = min(other.bottom, word.bottom) - max(other.top, word.top)
        if overlap < s.line_overlap * min(word.bottom - word.top, other.bottom - other.top):
            return True
    return False


def body_size(lines: list[Line]) -> float:
    """The most common font size, weighted by characters (0 when fonts are unknown)."""
    counts: Counter[float] = Counter()
    for line in lines:
        for w in line.words:
            if w.size:
                counts[round(w.size, 1)] += len(w.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def mostly_bold(lines: list[Line], size: float) -> bool:
    """Whether body-size text is itself bold (then bold marks no heading)."""
    chars = [(len(w.text), w.bold) for ln in lines for w in ln.words if abs(w.size - size) < 0.3]
    total = sum(n for n, _ in chars)
    return bool(total) and sum(n for n, b in chars if b) > total / 2


def replacing_runs(lines: list[Line], run_at: Callable[[int], tuple[list[Line], int] | None]) -> list[Line]:
    """`lines` with the runs `run_at` finds replaced: given an index, it returns the lines to put in place of
    the run starting there and the index after the run, or None to keep that line and look at the next."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        found = run_at(i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        replacement, i = found
        out += replacement
    return out

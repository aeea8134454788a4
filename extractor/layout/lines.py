"""Words -> lines, and the type size of the body."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import upright_rules
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_SPECK = re.compile(r"^[=|_~¦:;'\"`^*+<>]+$")
# A border's remains read as a dash run together with a speck mark ("=-", "~—"); a dash alone is writing.
_DASHED_SPECK = re.compile(r"^(?=.*[=~¦|])[=~¦|\-‐–—]+$")


# A piece of a table's vertical rule that the scan's rule finder missed (a gap in the line, a highlighter over it)
# and Tesseract read as a letter: one stroke character standing on the rule's line, the rule ending or starting
# within `line_rule_stroke_gap` pt of it, its x within `line_rule_stroke_x` of the rule's.
_STROKE = frozenset({"I", "l", "|", "1", "!", "i"})


# A frame's corner or side read as letters by Tesseract (a bright frame's corners on a posterised or faded scan:
# "JL", "UJ", "L", a dash at the frame's right side; a lone "I" may be writing): one or two such characters, or a
# dash in the page's right fifth, alone at their height (no other word level with them).
_CORNER = re.compile(r"^[JLU\[\]|]{1,2}$")
_CORNER_DASH = re.compile(r"^[—–-]$")


def _frame_corner(word: Word, width: float) -> bool:
    return bool(_CORNER.match(word.text)) or (bool(_CORNER_DASH.match(word.text)) and word.x0 > 0.8 * width)


def _rule_stroke(word: Word, verticals: list[tuple[float, float, float, float]], s: LayoutSettings) -> bool:
    """Whether an OCR'd one-stroke word is a piece of a vertical rule (see above)."""
    if word.text not in _STROKE:
        return False
    mid = (word.x0 + word.x1) / 2
    return any(
        abs((r[0] + r[2]) / 2 - mid) <= s.line_rule_stroke_x
        and word.x1 - word.x0 <= 2 * s.line_rule_stroke_x
        and r[1] - s.line_rule_stroke_gap <= word.bottom
        and word.top <= r[3] + s.line_rule_stroke_gap
        for r in verticals
    )


def without_specks(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """OCR reads table borders and dirt as '=', '|', '=:' (and a vertical rule's piece as 'I'); such tokens carry
    no text."""
    verticals = upright_rules(page.rules, taller_than=DEFAULT_SETTINGS.upright_rule_min_height)
    words = [
        w
        for w in page.words
        if w.fontname or not (_SPECK.match(w.text) or _DASHED_SPECK.match(w.text) or _rule_stroke(w, verticals, s))
    ]
    corners = [w for w in words if not w.fontname and _frame_corner(w, page.width)]
    if corners:
        gone = {id(w) for w in corners if not any(w.level_with(o) for o in words if o is not w and o not in corners)}
        words = [w for w in words if id(w) not in gone]
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
    word stands under another word of that line (see `_Growing.stacked`)."""
    lines: list[Line] = []
    growing: list[_Growing] = []
    share, lookback = s.line_overlap, s.line_lookback
    # (min and max written out as comparisons in this loop: the builtins' calls were a third of a dense sheet's time)
    for word in sorted(page.words, key=lambda w: (w.top, w.x0)):
        top, bottom = word.top, word.bottom
        height = bottom - top if bottom - top > 0.1 else 0.1
        for i in range(len(lines) - 1, max(len(lines) - lookback, 0) - 1, -1):
            extent = growing[i]
            overlap = (extent.bottom if extent.bottom < bottom else bottom) - (extent.top if extent.top > top else top)
            if overlap >= share * (height if height < extent.median else extent.median) and not extent.stacked(word, s):
                lines[i].words.append(word)
                extent.add(word)
                break
        else:
            lines.append(Line(page.number, [word]))
            growing.append(_Growing(word))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


class _Growing:
    """A line's extent while words join it: its top, bottom, sorted word heights, and its words sorted by x0
    with the widest one's width, kept as words come. Line.top, .bottom and .height are passes over the words,
    and "a word of the line above or under this one" was a pass too: a long line of a dense sheet was passed
    over several times a word (h33, issue #12). The answers are the same."""

    def __init__(self, word: Word):
        self.top, self.bottom = word.top, word.bottom
        self.heights = [word.bottom - word.top]
        self.median = self.heights[0]
        self.x0s, self.words, self.widest = [word.x0], [word], word.x1 - word.x0

    def add(self, word: Word) -> None:
        if word.top < self.top:
            self.top = word.top
        if word.bottom > self.bottom:
            self.bottom = word.bottom
        insort(self.heights, word.bottom - word.top)
        self.median = self.height()
        at = bisect_right(self.x0s, word.x0)
        self.x0s.insert(at, word.x0)
        self.words.insert(at, word)
        if word.x1 - word.x0 > self.widest:
            self.widest = word.x1 - word.x0

    def height(self) -> float:
        """statistics.median of the words' heights (Line.height), without sorting them again."""
        half = len(self.heights) // 2
        return self.heights[half] if len(self.heights) % 2 else (self.heights[half - 1] + self.heights[half]) / 2

    def stacked(self, word: Word, s: LayoutSettings) -> bool:
        """Whether `word` stands under (or over) a word of the line in the same column: a small-type
        label wrapping at its own pitch beside a larger answer line overlaps that line twice, and two
        words one above the other are never one line. Only words whose x0 lies within the widest word's width
        of `word` can share its column; a window a hair wider, then the test itself."""
        low = word.x0 + s.stacked_min_x_overlap - self.widest - 0.001
        high = word.x1 - s.stacked_min_x_overlap + 0.001
        x0, x1, top, bottom = word.x0, word.x1, word.top, word.bottom
        height, least, share = bottom - top, s.stacked_min_x_overlap, s.line_overlap
        for other in self.words[bisect_left(self.x0s, low) : bisect_right(self.x0s, high)]:
            if (other.x1 if other.x1 < x1 else x1) - (other.x0 if other.x0 > x0 else x0) < least:
                continue  # beside it
            overlap = (other.bottom if other.bottom < bottom else bottom) - (other.top if other.top > top else top)
            other_height = other.bottom - other.top
            if overlap < share * (height if height < other_height else other_height):
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


# A dark label tab's edges read with its label by Tesseract: a stroke glued before the label's capital
# ("LResultat", "|Plats"), a token of strokes before it ("IL Bilder före"), a stroke after it ("Resultat i",
# "Bilder före |").
_EDGE_TOKEN = re.compile(r"^[|\[\]IlL]{1,2}$")
_EDGE_GLUED = re.compile(r"^[|\[\]IlL](?=[A-ZÅÄÖ][a-zåäö])")
_EDGE_TAIL = frozenset({"|", "i", "I", "l", "]", "["})


def mend_tab_edges(lines: list[Line], is_label: Callable[[str], bool]) -> list[Line]:
    """OCR'd lines of at most six words that read as a known label only without their tab's edges (see above):
    those edges taken off. A line that reads as a label already, or not even so, is left as it is."""
    out: list[Line] = []
    for line in lines:
        words = line.words
        if len(words) > 6 or any(w.fontname for w in words) or is_label(line.text):
            out.append(line)
            continue
        mended = list(words)
        if len(mended) > 1 and _EDGE_TOKEN.match(mended[0].text):
            mended = mended[1:]
        first = mended[0]
        glued = _EDGE_GLUED.match(first.text)
        if glued:
            share = (first.x1 - first.x0) / max(1, len(first.text))
            mended[0] = replace(first, text=first.text[1:], x0=first.x0 + share)
        while len(mended) > 1 and mended[-1].text in _EDGE_TAIL:
            mended = mended[:-1]
        if len(mended) < len(words) or glued:
            candidate = Line(line.page, mended, line.in_grid, line.cell)
            if is_label(candidate.text):
                out.append(candidate)
                continue
        out.append(line)
    return out

"""A letterhead band down the first page's margin, beside the form. Pure: no I/O.

A city's letter paper may carry its name, the office, post and visiting address, the switchboard's number and
its web address in a column down the left (or right) edge of page 1, the form set beside it. Its lines share
the form's lines' heights, so they would be read into the title, as labels or as a label column.
`strip_letterhead` tells the band by evidence on the page and takes its words out as furniture:

- a clear vertical gutter, `letterhead_min_gutter` wide at least: no word crosses it beside the band's lines (a running header above the band or a
  footer under it may);
- the band holds several lines, no more than one a known label beside its contact lines, and reads as contact lines: at least two kinds of
  `CONTACT` evidence (a telephone number, a web or e-mail address, a postal code, a post box);
- the form's side holds the most words, and the band's lines do not stand on the form's rows in its type
  (a grid's right-hand pairs do).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from dataclasses import replace

from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

CONTACT = (
    re.compile(r"\b0\d{1,3}[-–‐ ]\d{2,3}[ -]?\d{2}"),  # a Swedish telephone number
    re.compile(r"(?:\bwww\.|\w\.(?:se|nu|com|org)\b|@\w)", re.IGNORECASE),  # a web or e-mail address
    re.compile(r"^\d{3} ?\d{2} \w"),  # a postal code before its town
    re.compile(r"^(?:Box|Postadress|Besöksadress|Telefon|Tel\.?|Växel)\b", re.IGNORECASE),
)


def _same_row_and_type(a: Word, b: Word) -> bool:
    return abs(a.top - b.top) < 1 and abs(a.size - b.size) < 0.5 and a.fontname == b.fontname


class _Rows:
    """For each word of a page (by position in page.words), the nearest word of its row (tops within 1 pt)
    that stands right of it (`after`, its x0) and left of it (`before`, its x1). Found once a page through a
    window of the words sorted by top: every candidate gutter asks them (a long page of text has hundreds of
    gutters and thousands of words; comparing each word with the page's every word per gutter took seconds)."""

    def __init__(self, words: list[Word]):
        order = sorted(range(len(words)), key=lambda i: words[i].top)
        tops = [words[i].top for i in order]
        self.after: list[float] = []
        self.before: list[float] = []
        for word in words:
            # a window a hair wider than the row, then the row's own test: the same words as comparing all
            lo, hi = bisect_left(tops, word.top - 1.001), bisect_right(tops, word.top + 1.001)
            row = [w for w in (words[order[k]] for k in range(lo, hi)) if abs(w.top - word.top) < 1 and w is not word]
            self.after.append(min((w.x0 for w in row if w.x0 > word.x1), default=float("inf")))
            self.before.append(max((w.x1 for w in row if w.x1 < word.x0), default=float("-inf")))


def _bands_own(after: float, before: float, word: Word, form_edge: float, left: bool, s: LayoutSettings) -> bool:
    """A word across a candidate gutter that is the band's own (its widest line), so the gutter lies further
    out: it stops short of the form (`form_edge`: the form's leftmost x0, or rightmost x1), and what follows it
    on its row (the form's first row; `after`/`before`, _Rows) stands a gutter away; a running header across the
    band reads on, word after word. (Read as such a header, the band's line stayed in the form's first row.)"""
    if left:
        return word.x1 < form_edge and after - word.x1 >= s.letterhead_min_gutter
    return word.x0 > form_edge and word.x0 - before >= s.letterhead_min_gutter


def _clear_of(words: list[Word], crossing: list[Word]) -> list[Word]:
    """`words` whose rows no `crossing` word shares (none of them overlaps the word's height): the crossing
    words sorted by top with the running lowest bottom, so a word is one look-up, not a pass over them."""
    if not crossing:
        return list(words)
    ordered = sorted(crossing, key=lambda c: c.top)
    tops = [c.top for c in ordered]
    lowest = list(accumulate((c.bottom for c in ordered), max))
    kept = []
    for w in words:
        k = bisect_left(tops, w.bottom)  # the crossing words with c.top < w.bottom
        if not (k and lowest[k - 1] > w.top):
            kept.append(w)
    return kept


def _band_at(
    page: Page, rows: _Rows, gutter: float, left: bool, is_label: Callable[[str], bool], s: LayoutSettings
) -> list[Word] | None:
    at = [i for i, w in enumerate(page.words) if w.x0 <= gutter <= w.x1]
    crossing = [page.words[i] for i in at]
    # A running header or footer across the page (its row crossed by the gutter) stays with the form.
    band = _clear_of([w for w in page.words if (w.x1 < gutter if left else w.x0 > gutter)], crossing)
    form = [w for w in page.words if (w.x0 > gutter if left else w.x1 < gutter)]
    if len(band) < 3 or len(form) <= len(band):
        return None
    form_edge = min(w.x0 for w in form) if left else max(w.x1 for w in form)
    if any(_bands_own(rows.after[i], rows.before[i], page.words[i], form_edge, left, s) for i in at):
        return None
    top, bottom = min(w.top for w in band), max(w.bottom for w in band)
    # Beside the band no word crosses the gutter (a header above it, or a footer under it, may), and the form
    # stands clear of the band's widest line.
    beside = [w for w in form if w.bottom > top and w.top < bottom]
    if any(w.bottom > top and w.top < bottom for w in crossing) or not beside:
        return None
    edge = max(w.x1 for w in band) if left else min(w.x0 for w in band)
    clear = min(w.x0 - edge for w in beside) if left else min(edge - w.x1 for w in beside)
    if clear < s.letterhead_min_gutter:
        return None
    grouped = group_lines(Page(page.number, page.width, page.height, band), s)
    lines = [ln.text for ln in grouped]
    if len(lines) < s.letterhead_min_lines:
        return None
    # A column of the form (a grid's right-hand pairs) shares the form's rows: its lines stand on the form's
    # lines in the form's type; a letterhead keeps a rhythm of its own.
    shared = sum(any(_same_row_and_type(w, ln.words[0]) for w in form) for ln in grouped)
    if shared > len(grouped) / 2:
        return None
    kinds = sum(any(p.search(t) for t in lines) for p in CONTACT)
    # A contact line may open with a label's word ("Telefon växel 08-508 …"); the others read as no label
    # but one (a lone "Telefon" over its number): a column of labels is no letterhead.
    plain = [t for t in lines if not any(p.search(t) for p in CONTACT)]
    labels = sum(is_label(t.strip().rstrip(":")) for t in plain)
    return band if kinds >= 2 and labels <= 1 else None


def band_words(page: Page, is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Word]:
    """The words of a letterhead band down `page`'s left or right margin (see the module's docstring), or []."""
    reach = page.width * s.letterhead_max_share
    rows: _Rows | None = None  # made at the first gutter inside the reach
    for left in (True, False):
        edges = sorted({w.x1 + 0.5 for w in page.words} if left else {w.x0 - 0.5 for w in page.words}, reverse=not left)
        for gutter in edges:
            if (gutter > reach) if left else (gutter < page.width - reach):
                break
            rows = rows or _Rows(page.words)
            band = _band_at(page, rows, gutter, left, is_label, s)
            if band is not None:
                return band
    return []


def strip_letterhead(
    pages: list[Page], is_label: Callable[[str], bool], s: LayoutSettings
) -> tuple[list[Page], list[str]]:
    """`pages` with page 1's letterhead band taken out, and the band's lines (furniture); unchanged when the
    first page has no such band."""
    if not pages or not pages[0].words:
        return pages, []
    page = pages[0]
    band = band_words(page, is_label, s)
    if not band:
        return pages, []
    taken = {id(w) for w in band}
    keep = [w for w in page.words if id(w) not in taken]
    lines = group_lines(Page(page.number, page.width, page.height, band), s)
    return [replace(page, words=keep), *pages[1:]], [ln.text for ln in lines]

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
from collections.abc import Callable
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


def _bands_own(word: Word, words: list[Word], form: list[Word], left: bool, s: LayoutSettings) -> bool:
    """A word across a candidate gutter that is the band's own (its widest line), so the gutter lies further
    out: it stops short of the form, and what follows it on its row (the form's first row) stands a gutter
    away; a running header across the band reads on, word after word. (Read as such a header, the band's
    line stayed in the form's first row.)"""
    row = [w for w in words if abs(w.top - word.top) < 1 and w is not word]
    if left:
        after = min((w.x0 for w in row if w.x0 > word.x1), default=float("inf"))
        return word.x1 < min(w.x0 for w in form) and after - word.x1 >= s.letterhead_min_gutter
    before = max((w.x1 for w in row if w.x1 < word.x0), default=float("-inf"))
    return word.x0 > max(w.x1 for w in form) and word.x0 - before >= s.letterhead_min_gutter


def _band_at(
    page: Page, gutter: float, left: bool, is_label: Callable[[str], bool], s: LayoutSettings
) -> list[Word] | None:
    crossing = [w for w in page.words if w.x0 <= gutter <= w.x1]
    # A running header or footer across the page (its row crossed by the gutter) stays with the form.
    band = [
        w
        for w in page.words
        if (w.x1 < gutter if left else w.x0 > gutter)
        and not any(c.bottom > w.top and c.top < w.bottom for c in crossing)
    ]
    form = [w for w in page.words if (w.x0 > gutter if left else w.x1 < gutter)]
    if len(band) < 3 or len(form) <= len(band):
        return None
    if any(_bands_own(c, page.words, form, left, s) for c in crossing):
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
    for left in (True, False):
        edges = sorted({w.x1 + 0.5 for w in page.words} if left else {w.x0 - 0.5 for w in page.words}, reverse=not left)
        for gutter in edges:
            if (gutter > reach) if left else (gutter < page.width - reach):
                break
            band = _band_at(page, gutter, left, is_label, s)
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

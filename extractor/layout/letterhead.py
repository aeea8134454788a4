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
    that stands right of it (`after`, its x0) and left of it (`before`, its x1). Found once a page: every candidate
    gutter asks them (a long page of text has hundreds of gutters and thousands of words; comparing each word with
    the page's every word per gutter took seconds). With the words sorted by top, a word's row is a run of its
    neighbours in that order, so the pairs are taken a step apart at a time, all words at once, until no pair of a
    step shares a row (h35: a window's Python pass per word was a third of a drawing sheet's letterhead search)."""

    def __init__(self, words: list[Word]):
        import numpy as np

        order = np.argsort(np.array([w.top for w in words], dtype=np.float64), kind="stable")
        top = np.array([words[i].top for i in order], dtype=np.float64)
        x0 = np.array([words[i].x0 for i in order], dtype=np.float64)
        x1 = np.array([words[i].x1 for i in order], dtype=np.float64)
        same = np.array([id(words[i]) for i in order], dtype=np.int64)  # a word listed twice is not its own neighbour
        after, before = np.full(len(words), np.inf), np.full(len(words), -np.inf)
        for step in range(1, len(words)):
            # pairs (k, k + step); tops sorted, so a pair further apart shares no row once no pair this far does
            near = top[step:] - top[:-step] < 1
            if not near.any():
                break
            row = near & (same[step:] != same[:-step])
            lo, hi = slice(None, -step), slice(step, None)
            for a, b in ((lo, hi), (hi, lo)):  # b's word beside a's
                after[a] = np.minimum(after[a], np.where(row & (x0[b] > x1[a]), x0[b], np.inf))
                before[a] = np.maximum(before[a], np.where(row & (x1[b] < x0[a]), x1[b], -np.inf))
        by_position_after, by_position_before = np.empty(len(words)), np.empty(len(words))
        by_position_after[order], by_position_before[order] = after, before
        self.after: list[float] = by_position_after.tolist()
        self.before: list[float] = by_position_before.tolist()


class _Boxes:
    """The page's words' boxes as arrays (by position in page.words) and their row neighbours (_Rows): a page of
    text has thousands of words and a gutter at nearly every word's edge, so each gutter's tests are array
    operations over the page, not Python passes over its words (four thousand words of a two-column paper, three
    thousand gutters: eight seconds a search)."""

    def __init__(self, words: list[Word]):
        import numpy as np

        self.x0 = np.array([w.x0 for w in words], dtype=np.float64)
        self.x1 = np.array([w.x1 for w in words], dtype=np.float64)
        self.top = np.array([w.top for w in words], dtype=np.float64)
        self.bottom = np.array([w.bottom for w in words], dtype=np.float64)
        rows = _Rows(words)
        self.after = np.array(rows.after, dtype=np.float64)
        self.before = np.array(rows.before, dtype=np.float64)
        self.words = words
        self.by_top = sorted(range(len(words)), key=lambda i: words[i].top)
        self.sorted_tops = [words[i].top for i in self.by_top]

    def level_in(self, mask) -> Callable[[Word], bool]:
        """Whether a word of `mask` (a form's side) stands on `word`'s row in its type: a look-up in a window of
        the words sorted by top, not a pass over the form (a drawing sheet's form side holds thousands of words,
        and a band is tried at many gutters)."""

        def level(word: Word) -> bool:
            # a window a hair wider than the row, then the row's own test: the same answer as comparing all
            lo = bisect_left(self.sorted_tops, word.top - 1.001)
            hi = bisect_right(self.sorted_tops, word.top + 1.001)
            return any(mask[i] and _same_row_and_type(self.words[i], word) for i in self.by_top[lo:hi])

        return level


def _clear_of(top, bottom, candidates, crossing):
    """Of the word indices `candidates` (ascending), those whose rows no `crossing` word shares (none of them
    overlaps the word's height, `top` to `bottom`): the crossing words sorted by top with the running lowest
    bottom, so a word is one look-up, not a pass over them."""
    import numpy as np

    if not len(crossing):
        return candidates
    order = np.argsort(top[crossing], kind="stable")
    tops = top[crossing][order]
    lowest = np.maximum.accumulate(bottom[crossing][order])
    k = np.searchsorted(tops, bottom[candidates], side="left")  # the crossing words with c.top < w.bottom
    shared = (k > 0) & (lowest[np.maximum(k - 1, 0)] > top[candidates])
    return candidates[~shared]


class _Reach:
    """A side's gutters touch only the words within the margin's reach (left: those starting inside it; right:
    those ending inside it): their boxes as arrays of their own, and the boxes of the rest (`far`), which are all
    on the form's side of every gutter of the reach. A gutter's tests pass over the near words only, and over the
    far ones for what the form's side asks (beside the band, its nearest edge) only when no near word answers:
    the far words lie beyond every near one (h34: a drawing sheet's 10 000 gutters each passed over its 13 000
    words)."""

    def __init__(self, boxes: _Boxes, left: bool, reach: float):
        import numpy as np

        near = (boxes.x0 <= reach) if left else (boxes.x1 >= reach)
        self.index, far = np.flatnonzero(near), np.flatnonzero(~near)
        self.x0, self.x1 = boxes.x0[self.index], boxes.x1[self.index]
        self.top, self.bottom = boxes.top[self.index], boxes.bottom[self.index]
        self.after, self.before = boxes.after[self.index], boxes.before[self.index]
        self.far, self.far_x0, self.far_x1 = far, boxes.x0[far], boxes.x1[far]
        self.far_top, self.far_bottom = boxes.top[far], boxes.bottom[far]


def _band_at(
    page: Page, boxes: _Boxes, r: _Reach, gutter: float, left: bool, is_label: Callable[[str], bool], s: LayoutSettings
) -> list[Word] | None:
    import numpy as np

    gap = s.letterhead_min_gutter
    crossing = np.flatnonzero((r.x0 <= gutter) & (gutter <= r.x1))
    on_form = (r.x0 > gutter) if left else (r.x1 < gutter)  # of the near words; every far word is on the form
    # A running header or footer across the page (its row crossed by the gutter) stays with the form.
    band = _clear_of(r.top, r.bottom, np.flatnonzero(r.x1 < gutter if left else r.x0 > gutter), crossing)
    if len(band) < 3 or int(on_form.sum()) + len(r.far) <= len(band):
        return None
    # A word across the gutter that is the band's own (its widest line; _bands_own): the gutter lies further out.
    if left:
        form_edge = r.x0[on_form].min() if on_form.any() else r.far_x0.min()
        own = (r.x1[crossing] < form_edge) & (r.after[crossing] - r.x1[crossing] >= gap)
    else:
        form_edge = r.x1[on_form].max() if on_form.any() else r.far_x1.max()
        own = (r.x0[crossing] > form_edge) & (r.x0[crossing] - r.before[crossing] >= gap)
    if own.any():
        return None
    top, bottom = r.top[band].min(), r.bottom[band].max()
    # Beside the band no word crosses the gutter (a header above it, or a footer under it, may), and the form
    # stands clear of the band's widest line.
    if ((r.bottom[crossing] > top) & (r.top[crossing] < bottom)).any():
        return None
    beside = on_form & (r.bottom > top) & (r.top < bottom)
    if beside.any():
        nearest = r.x0[beside].min() if left else r.x1[beside].max()
    else:
        far_beside = (r.far_bottom > top) & (r.far_top < bottom)
        if not far_beside.any():
            return None
        nearest = r.far_x0[far_beside].min() if left else r.far_x1[far_beside].max()
    clear = nearest - r.x1[band].max() if left else r.x0[band].min() - nearest
    if clear < gap:
        return None
    form = np.zeros(len(page.words), dtype=bool)
    form[r.index[on_form]], form[r.far] = True, True
    return _contact_band(page, [page.words[i] for i in r.index[band]], boxes.level_in(form), is_label, s)


def _contact_band(
    page: Page,
    band: list[Word],
    on_form_row: Callable[[Word], bool],
    is_label: Callable[[str], bool],
    s: LayoutSettings,
) -> list[Word] | None:
    """`band` if its lines read as a letterhead's beside the form (see the module's docstring), else None.
    `on_form_row` tells whether a word of the form stands on a word's row in its type."""
    grouped = group_lines(Page(page.number, page.width, page.height, band), s)
    lines = [ln.text for ln in grouped]
    if len(lines) < s.letterhead_min_lines:
        return None
    # A column of the form (a grid's right-hand pairs) shares the form's rows: its lines stand on the form's
    # lines in the form's type; a letterhead keeps a rhythm of its own.
    shared = sum(on_form_row(ln.words[0]) for ln in grouped)
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
    boxes: _Boxes | None = None  # made at the first gutter inside the reach
    for left in (True, False):
        edges = sorted({w.x1 + 0.5 for w in page.words} if left else {w.x0 - 0.5 for w in page.words}, reverse=not left)
        near: _Reach | None = None
        for gutter in edges:
            if (gutter > reach) if left else (gutter < page.width - reach):
                break
            boxes = boxes or _Boxes(page.words)
            near = near or _Reach(boxes, left, reach if left else page.width - reach)
            band = _band_at(page, boxes, near, gutter, left, is_label, s)
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

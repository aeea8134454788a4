"""Two-page spreads: the labels alone on the left-hand page, the answers alone on the facing page. Pure: no I/O.

A booklet (or a scanned spread split into two pages) may print a form across each spread: the left-hand page holds
only the labels, bold, right-aligned against the spine, each at the height where its answer starts, the right-hand
page only the answers from its left margin at those heights. Read page by page, the labels form one field-less
block and the answers one label-less block. The pair is told by evidence on the pages, never by page parity: the
left page's body (less its running header and footer) is a column of at least `spread_min_labels` bold lines right-aligned
on one edge in the page's right half with their left edges apart (a column set flush left is not a spread's), at
most `spread_max_head_lines` bold lines above it (the title) and nothing else; where the document has no bold at all (a
scan, a layer of one weight) a label line is one of at most `spread_untyped_label_words` words, and a longer line on the
column's edge starting inside the page is a long label of the column. The next page has no such
column, and a line of its own starts at the height of at least `spread_min_matched_share` of the labels (within
`spread_height_slack` type sizes: a second producer sets the label's baseline a point or two off). A scanned spread's two
sheets lie on the glass each on its own, so on pages without type (a scan) the answers' page may stand shifted up or
down against the labels' (within `spread_scan_shift` type sizes, the shift at which most labels meet a line), and a
label meets its line by its bottom too (OCR boxes a garbled bold word with the rule above it, raising its top). The
two become one page, the answers' page moved back by that shift and, on a scan, without its lines above the first
label's height (its header where OCR read it unlike the labels' page's, a staple's ink read as letters):
the labels moved flush left onto the column's left edge (a label column as ordinary forms have it), the answers set
`spread_gap` type sizes right of the spine, the right page's running header and page number dropped where the left page
has the same line (digits aside) at that height. Once a document has a spread, a later left-hand page with no body
(a few short lines in its top or bottom band at most) and its facing page of answers (a long answer going on) are
joined the same way, the answers moved as far, so they read as the answer going on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

_DIGITS = re.compile(r"\d+")


def _size(lines: list[Line]) -> float:
    sizes = sorted(w.size or (w.bottom - w.top) for ln in lines for w in ln.words)
    return sizes[len(sizes) // 2] if sizes else 10.0


def _bold(line: Line) -> bool:
    return all(w.bold for w in line.words)


def _label_like(line: Line, typed: bool, s: LayoutSettings) -> bool:
    """A label line: bold where the pages have bold type; else (a scan, a layer of one weight) a short line."""
    return _bold(line) if typed else len(line.words) <= s.spread_untyped_label_words


def _furniture(lines: list[Line], other: list[Line], slack: float, dy: float = 0.0) -> set[int]:
    """Indexes of `lines` that `other` repeats (digits aside) at the same height (`other` standing `dy` lower): a
    running header, a page number."""
    keys = [(_DIGITS.sub("#", o.text), o.top - dy) for o in other]
    return {
        i
        for i, ln in enumerate(lines)
        if any(t == _DIGITS.sub("#", ln.text) and abs(top - ln.top) <= slack for t, top in keys)
    }


def _body(lines: list[Line], repeated: set[int], typed: bool, s: LayoutSettings) -> list[Line]:
    """The page's lines less the repeated furniture and the short plain lines above or below every label-like line
    (a page number or header the other page sets differently)."""
    kept = [ln for i, ln in enumerate(lines) if i not in repeated]
    if not typed:
        return kept
    bold = [ln for ln in kept if _bold(ln)]
    if not bold:
        return kept
    top, bottom = bold[0].top, bold[-1].top
    return [ln for ln in kept if _bold(ln) or (top <= ln.top <= bottom) or len(ln.words) > s.spread_furniture_words]


def _label_column(
    lines: list[Line], width: float, size: float, typed: bool, s: LayoutSettings
) -> tuple[list[Line], float] | None:
    """(the label lines, their right edge) when the body is a column of label-like lines right-aligned in the
    page's right half, with at most `spread_max_head_lines` lines above it (a title, bold where type is told)."""
    labelish = [ln for ln in lines if _label_like(ln, typed, s)]
    if not labelish:
        return None
    # The edge most lines share (the rightmost of a tie): a title wider than the column may reach past it.
    right = max(
        (ln.x1 for ln in labelish),
        key=lambda x: (sum(abs(o.x1 - x) <= s.spread_edge_slack * size for o in labelish), x),
    )
    # Without type a long label (a wrapped question, 'Beskrivning av eventuella avvikelser i ...') is told by its
    # place alone: on the column's edge, starting inside the page; the short lines set the edge and the count.
    placed = labelish if typed else lines
    column = [
        ln
        for ln in placed
        if abs(ln.x1 - right) <= s.spread_edge_slack * size and ln.x0 > width * s.spread_column_left_share
    ]
    if sum(_label_like(ln, typed, s) for ln in column) < s.spread_min_labels or right < width / 2:
        return None
    if max(ln.x0 for ln in column) - min(ln.x0 for ln in column) < s.spread_min_left_spread * size:
        return None
    first = min(ln.top for ln in column)
    # Every line under the column's first is in the column: a lone line elsewhere is a page of prose or headings.
    if any(ln not in column for ln in lines if ln.top >= first):
        return None
    head = [ln for ln in lines if ln.top < first]
    if len(head) > s.spread_max_head_lines or (typed and not all(_bold(ln) for ln in head)):
        return None
    return column, right


def _blank(lines: list[Line], height: float, s: LayoutSettings) -> bool:
    """No body at all: at most a few short lines in the page's top or bottom band (a header, a page number the
    facing page sets elsewhere)."""
    return all(
        len(ln.words) <= s.spread_furniture_words
        and min(ln.top, height - ln.bottom) < s.spread_edge_band_share * height
        for ln in lines
    )


def _offset(label: Line, line: Line, dy: float, typed: bool) -> float:
    """How far `label` stands from the height of `line` (its page `dy` lower): by its top; without type (a scan)
    by its bottom too, as OCR may box a garbled bold label with the rule above it."""
    by_top = abs(label.top + dy - line.top)
    return by_top if typed else min(by_top, abs(label.bottom + dy - line.bottom))


def _fit(labels: list[Line], lines: list[Line], slack: float, dy: float, typed: bool) -> tuple[int, float]:
    """How many labels meet a line within `slack`, and (negated) how far off they stand in all."""
    offsets = [min((_offset(ln, r, dy, typed) for r in lines), default=slack + 1) for ln in labels]
    met = [o for o in offsets if o <= slack]
    return len(met), -sum(met)


def _matched(labels: list[Line], lines: list[Line], slack: float, dy: float, typed: bool) -> int:
    return _fit(labels, lines, slack, dy, typed)[0]


def _page_shift(labels: list[Line], lines: list[Line], size: float, typed: bool, s: LayoutSettings) -> float:
    """How much lower the answers' page stands than its labels' page: none where the pages have type (one file's
    pages share their heights); on a scan the shift within `spread_scan_shift` type sizes at which most labels
    meet a line of the answers' page, and of those the one they meet closest (fields at an even pitch meet their
    neighbours' lines a row off too, further from their heights)."""
    if typed:
        return 0.0
    reach = s.spread_scan_shift * size
    shifts = {0.0} | {r.top - ln.top for ln in labels for r in lines if abs(r.top - ln.top) <= reach}
    slack = s.spread_height_slack * size
    return max(sorted(shifts, key=abs), key=lambda dy: _fit(labels, lines, slack, dy, typed))


def _shifted(words: list[Word], dx: float, dy: float = 0.0) -> list[Word]:
    return [replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=w.top - dy, bottom=w.bottom - dy) for w in words]


def _join(left: Page, right: Page, lines_r: list[Line], col: list[Line] | None, dx: float, dy: float = 0.0) -> Page:
    """One page: the left page's words (its label column flush left), the right page's body words moved by dx
    across and dy up."""
    moved: dict[int, float] = {}
    if col:
        x = min(ln.x0 for ln in col)
        for ln in col:
            for w in ln.words:
                moved[id(w)] = x - ln.x0
    words = [replace(w, x0=w.x0 + moved[id(w)], x1=w.x1 + moved[id(w)]) if id(w) in moved else w for w in left.words]
    words += _shifted([w for ln in lines_r for w in ln.words], dx, dy)
    rules = left.rules + [(x0 + dx, t - dy, x1 + dx, b - dy) for x0, t, x1, b in right.rules]
    width = max(left.width, dx + right.width)
    return replace(
        left,
        width=width,
        words=words,
        rules=rules,
        images=left.images + [(x0 + dx, t - dy, x1 + dx, b - dy) for x0, t, x1, b in right.images],
    )


def join_facing_spreads(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[Page]:
    """Pages with each spread of a labels-only page and its answers page joined into one (see the module)."""
    if len(pages) < 2:
        return pages
    grouped = [group_lines(p, s) for p in pages]
    typed = any(w.bold for p in pages for w in p.words)
    out: list[Page] = []
    dx: float | None = None
    dy = 0.0
    i = 0
    while i < len(pages):
        if i + 1 >= len(pages):
            out.append(pages[i])
            break
        left, right, ll, rl = pages[i], pages[i + 1], grouped[i], grouped[i + 1]
        size = _size(ll + rl)
        body_l = _body(ll, _furniture(ll, rl, s.spread_height_slack * size), typed, s)
        rep_r = _furniture(rl, ll, s.spread_height_slack * size)
        body_r = [ln for k, ln in enumerate(rl) if k not in rep_r]
        found = _label_column(body_l, left.width, size, typed, s)
        if found and body_r and _label_column(body_r, right.width, size, typed, s) is None:
            col, spine = found
            labels = [ln for ln in col if not any(0 < ln.top - o.top <= s.spread_label_wrap_pitch * size for o in col)]
            dy = _page_shift(labels, body_r, size, typed, s)
            if _matched(labels, body_r, s.spread_height_slack * size, dy, typed) >= s.spread_min_matched_share * len(
                labels
            ):
                if dy:  # the answers' page's header and number where the labels' page has them, once shifted
                    rep_r = _furniture(rl, ll, s.spread_height_slack * size, -dy)
                    body_r = [ln for k, ln in enumerate(rl) if k not in rep_r]
                if not typed:  # OCR'd furniture that reads unlike the labels' page's (a staple read "SZ"): no answer
                    first = min(ln.top for ln in labels) + dy - s.spread_height_slack * size
                    body_r = [ln for ln in body_r if ln.top >= first]
                dx = spine + s.spread_gap * size - min(ln.x0 for ln in body_r)
                out.append(_join(left, right, body_r, col, dx, dy))
                i += 2
                continue
        # A spread's left-hand page left empty while a long answer goes on on the facing page.
        if (
            dx is not None
            and _blank(body_l, left.height, s)
            and body_r
            and _label_column(body_r, right.width, size, typed, s) is None
        ):
            out.append(_join(left, right, body_r, None, dx, dy))
            i += 2
            continue
        out.append(left)
        i += 1
    return out if len(out) < len(pages) else pages

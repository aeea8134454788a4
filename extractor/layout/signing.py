"""A form printed for signing: the office's box of empty rules at page 1's top and the signature block at the
end. Pure: no I/O.

An application printed to be signed may carry a framed box for the office to fill in ("Fylls i av
förvaltningen": Ankomstdatum, Diarienummer, Handläggare, each beside an empty rule) beside its title, and
close with empty rules to sign on, each captioned under it ("Ort och datum", "Underskrift",
"Namnförtydligande"). The box's words stand level with the title's and were read into it; the block's captions
were read as the last field's answer. Neither is the form's content; both are told by evidence on the page:

- an empty rule is a horizontal rule that no word stands on (a word's foot within `signing_rule_gap` over it);
- the office's box (`strip_office_box`, on words: its words share the title's lines) is a frame in page 1's top
  `office_box_top` share, at most `office_box_max_width` of the page wide, holding at least
  `signing_min_rules` empty rules, each captioned beside or under it, and a few words only: all its words go;
- the signature block (`strip_signature`, on lines) is the last page's last lines: captions each right under an
  empty rule with room to sign over it (`signing_room`) that no vertical rule meets (a grid cell's top edge over
  its corner caption is none) (within `signing_caption_gap`), at least `signing_min_rules` of them, with at most one short line
  over the first rule (the block's heading, "Underskrift"); a footer standing `signing_footer_gap` pt or more
  under the block (a page number) may follow it; not on a form whose small captions stand under rules that
  answers are typed on (its empty answers are bare rules over their captions: captions.py reads them).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import is_upright, upright_rules
from bilagor.extractor.layout.settings import LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _horizontals(page: Page, s: LayoutSettings) -> list[Box]:
    return [r for r in page.rules if r[3] - r[1] <= 1.5 and r[2] - r[0] >= s.signing_min_rule]


def _empty(rule: Box, words: list[Word], s: LayoutSettings) -> bool:
    """No word stands on `rule`: none overlapping it across with its foot within `signing_rule_gap` over it."""
    return not any(
        min(w.x1, rule[2]) - max(w.x0, rule[0]) > 1 and -1.5 <= rule[1] - w.bottom <= s.signing_rule_gap for w in words
    )


def _free(rule: Box, page: Page, s: LayoutSettings) -> bool:
    """A rule to sign on: empty with room over it (no word's foot within `signing_room` pt over it), and standing
    free (no vertical rule meets or crosses it: a grid cell's top edge, its caption in the corner, is no such
    rule)."""
    if not _empty(rule, page.words, s) or any(
        min(w.x1, rule[2]) - max(w.x0, rule[0]) > 1 and 0 <= rule[1] - w.bottom <= s.signing_room for w in page.words
    ):
        return False
    return not any(
        is_upright(r, s) and rule[0] - 2 <= r[0] <= rule[2] + 2 and r[1] - 2 <= rule[1] <= r[3] + 2 for r in page.rules
    )


def _frames(page: Page) -> list[Box]:
    """Closed rectangles drawn by their four rules (a box's edges). The sides of like height and the edges at a
    height are looked up in windows of them sorted by top, a hair wider than the tolerance, then tested as before:
    the same frames in the same order as comparing every pair of sides and every edge (h34: a page of a few hundred
    boxed digits, 190 000 pairs each passed over all its edges: three minutes)."""
    tops = sorted((r for r in page.rules if r[3] - r[1] <= 1.5), key=lambda r: r[1])
    heights = [r[1] for r in tops]
    sides = upright_rules(page.rules, taller_than=10)
    by_top = sorted(range(len(sides)), key=lambda i: sides[i][1])
    side_tops = [sides[i][1] for i in by_top]

    at_height: dict[float, tuple[list[float], list[float]]] = {}

    def edge(y: float, x0: float, x1: float) -> bool:
        """Whether a rule within 2 pt of `y` starts by x0 + 2 and ends from x1 - 2 on: the rules at that height
        (found once a height: a row of boxes shares its tops) sorted by start, with the furthest end so far."""
        if y not in at_height:
            lo, hi = bisect_left(heights, y - 2.001), bisect_right(heights, y + 2.001)
            level = sorted((r[0], r[2]) for r in tops[lo:hi] if abs(r[1] - y) <= 2)
            at_height[y] = ([start for start, _ in level], list(accumulate((end for _, end in level), max)))
        starts, furthest = at_height[y]
        k = bisect_right(starts, x0 + 2)
        return k > 0 and furthest[k - 1] >= x1 - 2

    frames: list[Box] = []
    for left in sides:
        lo, hi = bisect_left(side_tops, left[1] - 2.001), bisect_right(side_tops, left[1] + 2.001)
        for right in (sides[i] for i in sorted(by_top[lo:hi])):  # in the sides' own order, as before
            if right[0] - left[0] < 40 or abs(right[1] - left[1]) > 2 or abs(right[3] - left[3]) > 2:
                continue
            x0, x1, top, bottom = left[0], right[0], left[1], left[3]
            if edge(top, x0, x1) and edge(bottom, x0, x1):
                frames.append((x0, top, x1, bottom))
    return frames


def _captioned(rule: Box, words: list[Word], s: LayoutSettings) -> bool:
    """A word (of the box's) stands left of `rule` on its line, or right under its start."""
    beside = any(w.x1 <= rule[0] and abs(w.bottom - rule[1]) <= 4 for w in words)
    under = any(0 <= w.top - rule[1] <= s.signing_caption_gap and abs(w.x0 - rule[0]) <= 4 for w in words)
    return beside or under


def _table_cell(frame: Box, page: Page, s: LayoutSettings) -> bool:
    """Whether the frame is a cell of a wider table row: a rule along its top or bottom runs on past either side
    (an office's box stands free beside the title). A scan's header table whose right cell holds a short answer
    ("Plats" over "Skarpnäcks allé") reads rules from the grey fill's edges inside the cell, which looked like the
    box's empty rules to write on."""
    x0, top, x1, bottom = frame
    return any(
        r[3] - r[1] <= s.office_cell_rule_thickness
        and min(abs(r[1] - top), abs(r[1] - bottom)) <= s.office_cell_edge_slack
        and min(r[2], x1) - max(r[0], x0) > s.office_cell_min_overlap
        and (r[0] <= x0 - s.office_cell_edge_run or r[2] >= x1 + s.office_cell_edge_run)
        for r in page.rules
    )


def strip_office_box(pages: list[Page], s: LayoutSettings) -> list[Page]:
    """`pages` without the words of page 1's office box (see the module's docstring)."""
    if not pages or not pages[0].words:
        return pages
    page = pages[0]
    for x0, top, x1, bottom in _frames(page):
        if top > page.height * s.office_box_top or x1 - x0 > page.width * s.office_box_max_width:
            continue
        if _table_cell((x0, top, x1, bottom), page, s):
            continue
        inside = [w for w in page.words if x0 <= w.x0 and w.x1 <= x1 and top <= w.top and w.bottom <= bottom]
        rules = [
            r
            for r in _horizontals(page, s)
            if x0 - 1 <= r[0] and r[2] <= x1 + 1 and top + 3 < r[1] < bottom - 3 and _empty(r, page.words, s)
        ]
        if (
            len(rules) >= s.signing_min_rules
            and all(_captioned(r, inside, s) for r in rules)
            and len(inside) <= s.office_box_max_words
        ):
            taken = {id(w) for w in inside}
            return [replace(page, words=[w for w in page.words if id(w) not in taken]), *pages[1:]]
    return pages


def _caption_rules(line: Line, rules: list[Box], s: LayoutSettings) -> int:
    """How many empty rules `line`'s words caption from under them; 0 unless every word is under one."""
    hit: set[Box] = set()
    for w in line.words:
        over = [r for r in rules if 0 <= w.top - r[1] <= s.signing_caption_gap and r[0] - 3 <= w.x0 <= r[2]]
        if not over:
            return 0
        hit.add(over[0])
    return len(hit)


def _captions_typed_form(pages: list[Page], page_lines: list[list[Line]], body: float, s: LayoutSettings) -> bool:
    """Small lines right under rules that answers are typed on: a form captioned under its writing lines
    (captions.py), whose last empty answers are bare rules over their captions, no signature block."""
    by_number = {p.number: p for p in pages}
    for lines in page_lines:
        for line in lines:
            page = by_number.get(line.page)
            if page is None or not 0 < line.size <= body - s.small_label_step:
                continue
            for r in _horizontals(page, s):
                under = 0 <= line.top - r[1] <= s.signing_caption_gap and abs(line.x0 - r[0]) <= 4
                if under and not _empty(r, page.words, s):
                    return True
    return False


def strip_signature(
    pages: list[Page],
    page_lines: list[list[Line]],
    body: float,
    s: LayoutSettings,
    is_label: Callable[[str], bool] = lambda _text: False,
    is_known_wording: Callable[[str], bool] = lambda _text: False,
) -> list[list[Line]]:
    """`page_lines` without the signature block at the end of the last page with lines (see the module's
    docstring); unchanged on a form captioned under its writing lines. A known label over the block is the
    form's last field left empty ('Bilder efter'), not the block's heading: it stays. So is a template label
    word for word right under a rule: a ruled table's last rows left empty, each label under its row's rule
    (a signature's captions, "Ort och datum", "Namnförtydligande", are no form label)."""
    last = max((i for i, lines in enumerate(page_lines) if lines), default=None)
    if last is None or _captions_typed_form(pages, page_lines, body, s):
        return page_lines
    lines = page_lines[last]
    page = next((p for p in pages if p.number == lines[0].page), None)
    if page is None:
        return page_lines
    rules = [r for r in _horizontals(page, s) if _free(r, page, s)]
    end = len(lines)
    # A footer under the block (a page number the running lines left: the document's only page) stays.
    while (
        end > 1 and len(lines[end - 1].words) <= 4 and lines[end - 1].top - lines[end - 2].bottom > s.signing_footer_gap
    ):
        end -= 1
    k, count = end, 0
    while (
        k > 0 and not is_known_wording(lines[k - 1].text.rstrip(":")) and (n := _caption_rules(lines[k - 1], rules, s))
    ):
        count += n
        k -= 1
    if count < s.signing_min_rules or k == end:
        return page_lines
    first_rule = max(r[1] for r in rules if r[1] < lines[k].top)
    head = lines[k - 1] if k else None
    if (
        head is not None
        and len(head.words) <= 3
        and head.bottom < first_rule
        and not head.text.endswith(".")
        and not is_label(head.text.rstrip(":"))
    ):
        # The block's heading ("Underskrift") only when nothing of the form stands between it and the rules.
        if not any(head.bottom < w.top and w.bottom < first_rule for w in page.words):
            k -= 1
    return [*page_lines[:last], lines[:k] + lines[end:], *page_lines[last + 1 :]]

"""A rounded box's sides read as letters on an OCR'd page, taken out before lines are grouped (issue #12). Pure.

A form may set each label inside a box with rounded corners. On a scan the rule finder takes the box's straight top
and bottom edges as rules, but its sides, cut short by the rounded corners, join neither rule (frame_walls), so they
stay in the image and Tesseract reads each side as a letter or a mark beside the label or its answer ("pa", "VC",
"d", "5", ")", "Zz", "N"): 'Ekonomisk redovisning 5 Budgeten …', 'Sökt belopp ) 2 105 000 kr', an answer 'd' of its
own under an empty label. The box is the evidence: two horizontal rules of one extent, one above the other within
`box_side_max_height` median word heights (the box's top and bottom edges); a word of at most `box_side_max_chars`
characters, at most `box_side_word_width` median word heights wide, touching either end of that extent (within
`box_side_slack` pt) from outside (its middle beyond the box's edge: a box's text starts inside its padding) and
standing between the two rules (a median word height's reach beyond them, for the corner), with no rule across
between the two (lined paper's rules broken at one x are no box), is the box's side, not text. Only words with no font (OCR): a text layer draws its boxes as paths.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]  # (x0, top, x1, bottom), as a page keeps its rules


def _boxes(rules: list[Box], reach: float, s: LayoutSettings) -> list[Box]:
    """(x0, top, x1, bottom) of each pair of horizontal rules of one extent, one under the other within `reach`."""
    across = [r for r in rules if r[3] - r[1] <= s.rule_max_width]
    slack = s.box_side_slack

    def empty(a: Box, b: Box) -> bool:  # no rule across between them: lined paper's pieces are no box
        return not any(a[3] + slack < r[1] < b[1] - slack and r[0] < a[2] and a[0] < r[2] for r in across)

    return [
        (a[0], a[1], a[2], b[3])
        for a in across
        for b in across
        if slack < b[1] - a[1] <= reach and abs(a[0] - b[0]) <= slack and abs(a[2] - b[2]) <= slack and empty(a, b)
    ]


def _side(word: Word, box: Box, height: float, slack: float) -> bool:
    x0, top, x1, bottom = box
    middle = (word.top + word.bottom) / 2
    if not top - height <= middle <= bottom + height:
        return False
    # Outside the box at its edge: text inside starts at its padding, or at a rule's end where a rule is no box's.
    centre = (word.x0 + word.x1) / 2
    return centre < x0 <= word.x1 + slack or word.x0 - slack <= x1 < centre


def without_box_sides(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` without the words that are a box's side read as letters (see the module); the page as it is when it
    has none, or when its words name fonts."""
    if not page.words or not page.rules or any(w.fontname for w in page.words):
        return page
    height = median(w.bottom - w.top for w in page.words)
    boxes = _boxes(page.rules, s.box_side_max_height * height, s)
    if not boxes:
        return page
    narrow = [
        w
        for w in page.words
        if len(w.text.strip()) <= s.box_side_max_chars and w.x1 - w.x0 <= s.box_side_word_width * height
    ]
    gone = {id(w) for w in narrow if any(_side(w, box, height, s.box_side_slack) for box in boxes)}
    if not gone:
        return page
    return replace(page, words=[w for w in page.words if id(w) not in gone])

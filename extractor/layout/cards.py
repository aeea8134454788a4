"""Card frames: the boxes round the cards of a web form's card grid are no table borders.

A card grid (`cells.unfold_card_rows`) frames each card; the frames' vertical rules stand just
left of where a later card's text starts, where the column finder would take them for the rule
between a label and its answer.
"""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page


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

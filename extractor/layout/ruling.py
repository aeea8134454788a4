"""Horizontal rules (a table's row borders) between two lines; a page's upright rules."""

from __future__ import annotations

from collections.abc import Iterable

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

Box = tuple[float, float, float, float]
Rules = dict[int, list[Box]]


def is_upright(rule: Box, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """The rule stands upright: at most `upright_rule_max_width` across (a box's wall, a cell's side)."""
    return rule[2] - rule[0] <= s.upright_rule_max_width


def upright_rules(
    rules: Iterable[Box], s: LayoutSettings = DEFAULT_SETTINGS, *, taller_than: float | None = None
) -> list[Box]:
    """The upright ones of `rules`, in their order; with `taller_than`, only those taller than that (pt)."""
    return [r for r in rules if is_upright(r, s) and (taller_than is None or r[3] - r[1] > taller_than)]


def ruled_between(
    rules: Rules, upper: Line, lower: Line, *, under_start: bool = False, s: LayoutSettings = DEFAULT_SETTINGS
) -> bool:
    """A horizontal rule runs between two lines of one page; with `under_start`,
    one that also runs under the start of `lower` (a cell border, not a rule elsewhere on the line)."""
    if upper.page != lower.page:
        return False
    for x0, top, x1, bottom in rules.get(lower.page, []):
        if abs(bottom - top) > s.rule_max_width:
            continue
        if not upper.bottom - s.rule_slack <= top <= lower.top + s.rule_slack:
            continue
        if not under_start or (x0 <= lower.x0 + s.rule_slack and x1 >= lower.x0 + s.rule_min_reach):
            return True
    return False


def ruled_apart(
    rules: Rules, page: int, left_x1: float, right_x0: float, top: float, bottom: float, s: LayoutSettings
) -> bool:
    """A vertical rule (a cell border) stands between x `left_x1` and `right_x0` of a page, across the middle
    of a line from `top` to `bottom`: words on either side are in two cells."""
    middle = (top + bottom) / 2
    for x0, y0, x1, y1 in rules.get(page, []):
        if abs(x1 - x0) > s.rule_max_width or not y0 - s.rule_slack <= middle <= y1 + s.rule_slack:
            continue
        if left_x1 - s.rule_slack <= (x0 + x1) / 2 <= right_x0 + s.rule_slack:
            return True
    return False

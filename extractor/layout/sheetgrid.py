"""A spreadsheet printout's gridlines: rules that carry no rows.

A sheet printed with its gridlines rules every printed row, and a sheet sets one line a row: a label wrapped
onto three rows down column A, its answer's lines down column B, a rule under each. The walker takes a rule
between two label lines for a row's end, so each line of the label became a label of its own. The page tells
its gridlines by an answer they cut: a rule between two lines of the value column where the lower goes on
mid-sentence (starts in lowercase) parts one answer, which no row boundary does. On such a page the horizontal
rules say nothing of where a row ends; the walker reads it by type and wording as an unruled table.
"""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import Rules, ruled_between
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings


def without_sheet_gridlines(
    rules: Rules, lines: list[Line], boundaries: dict[int, float | None], s: LayoutSettings = DEFAULT_SETTINGS
) -> Rules:
    """`rules` with the horizontal rules of each page whose rules cut an answer mid-sentence taken out."""
    gridded = {
        upper.page
        for upper, lower in zip(lines, lines[1:])
        if _answer_goes_on(upper, lower, boundaries.get(upper.page), s) and ruled_between(rules, upper, lower, s=s)
    }
    return {
        page: [r for r in page_rules if page not in gridded or abs(r[3] - r[1]) > s.rule_max_width]
        for page, page_rules in rules.items()
    }


def _answer_goes_on(upper: Line, lower: Line, boundary: float | None, s: LayoutSettings) -> bool:
    """Two lines of one page, one line's pitch apart, each with words in the value column, the lower's going
    on mid-sentence."""
    if boundary is None or upper.page != lower.page:
        return False
    above = [w for w in upper.words if w.x0 >= boundary]
    below = [w for w in lower.words if w.x0 >= boundary]
    return (
        bool(above and below)
        and 0 < lower.top - upper.top <= s.wrap_pitch * max(upper.size, upper.height)
        and below[0].text[:1].islower()
        and not above[-1].text.endswith((".", "!", "?", ":"))
    )

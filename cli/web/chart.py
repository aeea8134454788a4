"""Budget against outcome per group as an SVG bar chart, written by hand.

Pure: rows of (group, budget, outcome) in, SVG text out. Horizontal bars, so
long group names (projects, organisations) stay readable. Colours are SVG
attributes, not CSS, so the page's strict Content-Security-Policy holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from bilagor.cli.money import format_sek

BUDGET_COLOUR = "#4a78b5"
OUTCOME_COLOUR = "#e08a2c"
LABEL_WIDTH = 220  # px for group names, at least; more for long ones (a project's name), up to MAX_LABEL_CHARS
LABEL_CHAR_PX = 7  # a character of the 12 px sans-serif labels, on average (wide enough for "ö" and "m")
BAR_AREA = 420  # px for the longest bar
VALUE_WIDTH = 110  # px for the figure after a bar
BAR_HEIGHT = 11
GROUP_GAP = 12
TOP = 28  # room for the legend
MAX_LABEL_CHARS = 60  # projects of one search share their first words: "Kameraövervakning Blackebergs c…" told none


@dataclass(frozen=True)
class Bar:
    group: str
    budget: int | None  # None: the group has no such figure (not 0 kr)
    outcome: int | None


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"


def label_width(bars: Sequence[Bar]) -> int:
    """Room for the longest group name (cut at MAX_LABEL_CHARS), never less than LABEL_WIDTH."""
    longest = max((len(_label(b.group)) for b in bars), default=0)
    return max(LABEL_WIDTH, longest * LABEL_CHAR_PX + 12)


def bar_chart_svg(bars: Sequence[Bar], *, title: str = "Budget och utfall") -> str:
    """Two bars per group (budget, outcome), each with its figure; an empty chart says so."""
    left = label_width(bars)  # where the bars start
    width = left + BAR_AREA + VALUE_WIDTH
    row_height = 2 * BAR_HEIGHT + GROUP_GAP
    height = TOP + max(1, len(bars)) * row_height + 4
    largest = max([v for b in bars for v in (b.budget, b.outcome) if v is not None and v > 0], default=0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect x="{left}" y="6" width="12" height="12" fill="{BUDGET_COLOUR}"/>'
        f'<text x="{left + 16}" y="16">Budget</text>'
        f'<rect x="{left + 80}" y="6" width="12" height="12" fill="{OUTCOME_COLOUR}"/>'
        f'<text x="{left + 96}" y="16">Utfall</text>',
    ]
    if not bars:
        parts.append(f'<text x="{left}" y="{TOP + 14}">Inga belopp.</text>')
    for row, bar in enumerate(bars):
        y = TOP + row * row_height
        parts.append(
            f'<text x="{left - 8}" y="{y + BAR_HEIGHT + 4}" text-anchor="end">{escape(_label(bar.group))}'
            f"<title>{escape(bar.group)}</title></text>"
        )
        for offset, (name, value, colour) in enumerate(
            (("budget", bar.budget, BUDGET_COLOUR), ("utfall", bar.outcome, OUTCOME_COLOUR))
        ):
            top = y + offset * BAR_HEIGHT
            length = round(BAR_AREA * value / largest) if value and largest and value > 0 else 0
            figure = format_sek(value, sep=" ") if value is not None else "–"
            parts.append(
                f'<rect class="bar-{name}" x="{left}" y="{top}" width="{length}" height="{BAR_HEIGHT - 1}" '
                f'fill="{colour}"><title>{escape(bar.group)}: {name} {escape(figure)}</title></rect>'
                f'<text x="{left + length + 4}" y="{top + BAR_HEIGHT - 2}" font-size="10">{escape(figure)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)

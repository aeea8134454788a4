"""Budget against outcome per group as a bar chart (PNG, SVG or PDF).

matplotlib is an optional extra (bilagor[plot]) and is imported only here,
inside the function, through its object API (no pyplot, no global backend).
What to draw (`chart_bars`) is a pure function over the summary; drawing is
the I/O edge.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bilagor.extractor.errors import MissingDependencyError, UsageError
from bilagor.index.reports.amounts import AmountSummary, every_year
from bilagor.index.reports.words import ROLE_WORDS

CHART_SUFFIXES = (".png", ".svg", ".pdf")
# More groups than this: horizontal bars, the largest TOP_GROUPS and one bar "övriga" for the rest.
MAX_VERTICAL_GROUPS = 25
TOP_GROUPS = 20
OTHERS = "övriga"
HEDGED_HATCH = "//"

_BY_WORDS = {
    "year": "per år",
    "district": "per stadsdel",
    "district-today": "per stadsdel i dag",
    "project": "per projekt",
    "org": "per organisation",
    "role": "per roll",
    "district,year": "per stadsdel och år",
    "district-today,year": "per stadsdel i dag och år",
}


def chart_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise UsageError(f"--chart {path}: filnamnet måste sluta på .png, .svg eller .pdf")
    return suffix[1:]


def check_chart_request(path: str | Path) -> str:
    """Fail early (before any summary is printed) on a bad suffix, a missing folder or a missing matplotlib."""
    import importlib.util

    from bilagor.index.reports.export import check_output_folder

    fmt = chart_format(path)
    check_output_folder(path)
    if importlib.util.find_spec("matplotlib") is None:
        raise MissingDependencyError(_MISSING)
    return fmt


_MISSING = "--chart behöver matplotlib: pip install matplotlib, eller tillägget plot från bilagor-mappen: pip install '.[plot]'"


@dataclass(frozen=True)
class ChartContext:
    """The query and filters behind a summary, for the chart's subtitle."""

    query: str | None = None
    year: str | None = None
    district: str | None = None
    role: str | None = None


@dataclass
class Bar:
    name: str
    values: list[int]  # one per series
    hedged: list[bool] = field(default_factory=list)  # per series: a summed figure was hedged


@dataclass
class ChartPlan:
    title: str
    subtitle: str
    series: list[str]
    bars: list[Bar]
    horizontal: bool


def title_of(summary: AmountSummary) -> str:
    what = "Belopp" if summary.by == "role" else "Budget och utfall"
    return f"{what} {_BY_WORDS[summary.by]}"


def subtitle_of(context: ChartContext | None) -> str:
    context = context or ChartContext()
    parts = [
        f"sökning: {context.query}" if context.query else "",
        f"år: {context.year}" if context.year else "",
        f"stadsdel: {context.district}" if context.district else "",
        f"roll: {ROLE_WORDS.get(context.role, context.role)}" if context.role else "",
    ]
    return " · ".join(p for p in parts if p) or "hela arkivet"


def chart_bars(summary: AmountSummary, context: ChartContext | None = None) -> ChartPlan:
    """What to draw: every year of the range (empty ones too), or the largest groups and "övriga"."""
    if summary.by == "role":
        series = ["Summa"]
        bars = [
            Bar(ROLE_WORDS.get(g.group, g.group), [g.roles.get(g.group, 0)], [_role_hedged(g)]) for g in summary.groups
        ]
    else:
        series = ["Budget", "Utfall"]
        # Every year of the range, as `bilagor amounts` lists them (a summary it made has them already).
        groups = every_year(summary.groups, summary.years) if summary.by == "year" else summary.groups
        bars = [Bar(g.group, [g.budget, g.outcome], [g.budget_margin > 0, g.outcome_margin > 0]) for g in groups]
    horizontal = len(bars) > MAX_VERTICAL_GROUPS
    if horizontal:
        ranked = sorted(bars, key=lambda b: -max(b.values))
        rest = ranked[TOP_GROUPS:]
        others = Bar(
            f"{OTHERS} ({len(rest)})",
            [sum(b.values[i] for b in rest) for i in range(len(series))],
            [any(b.hedged[i] for b in rest) for i in range(len(series))],
        )
        bars = [*ranked[:TOP_GROUPS], others]
    return ChartPlan(title_of(summary), subtitle_of(context), series, bars, horizontal)


def _role_hedged(group) -> bool:
    return group.role_margins.get(group.group, 0) > 0 or group.approx


def _mnkr(value: float, _pos: int | None = None) -> str:
    return f"{value / 1e6:.1f}".replace(".", ",")


def draw_chart(
    summary: AmountSummary, path: str | Path, *, context: ChartContext | None = None, notes: Sequence[str] = ()
) -> Path:
    """Draw `summary` to `path` (.png, .svg or .pdf), `notes` in small type under it; returns the path written."""
    fmt = chart_format(path)
    try:
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch
        from matplotlib.ticker import FuncFormatter
    except ImportError as exc:
        raise MissingDependencyError(_MISSING) from exc
    from bilagor.index.reports.export import atomic_output

    plan = chart_bars(summary, context)
    count = max(len(plan.bars), 1)
    size = (10.0, max(4.5, 0.32 * count + 1.5)) if plan.horizontal else (max(6.0, 0.6 * count + 2), 4.8)
    figure = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / len(plan.series)
    colours = ["#4c72b0", "#dd8452"]
    for i, label in enumerate(plan.series):
        positions = [x + (i - (len(plan.series) - 1) / 2) * width for x in range(len(plan.bars))]
        values = [b.values[i] for b in plan.bars]
        draw = axes.barh if plan.horizontal else axes.bar
        drawn = draw(positions, values, width, label=label, color=colours[i % len(colours)])
        for patch, bar in zip(drawn, plan.bars):
            if bar.hedged[i]:
                patch.set_hatch(HEDGED_HATCH)
                patch.set_edgecolor("black")
    names = [b.name for b in plan.bars]
    money_axis = axes.xaxis if plan.horizontal else axes.yaxis
    money_axis.set_major_formatter(FuncFormatter(_mnkr))
    if plan.horizontal:
        axes.set_yticks(range(len(names)), names)
        axes.invert_yaxis()  # the largest at the top
        axes.set_xlabel("mnkr")
    else:
        tilt = len(names) > 6
        axes.set_xticks(range(len(names)), names, rotation=45 if tilt else 0, ha="right" if tilt else "center")
        axes.set_ylabel("mnkr")
    figure.suptitle(plan.title, fontweight="bold")
    axes.set_title(plan.subtitle, fontsize="small")
    handles, labels = axes.get_legend_handles_labels()
    if any(any(b.hedged) for b in plan.bars):
        handles.append(Patch(facecolor="white", edgecolor="black", hatch=HEDGED_HATCH))
        labels.append("ca: ungefärlig siffra ingår")
    axes.legend(handles, labels)
    if notes:  # wrapped to the figure's width (about 15 characters an inch in small type)
        width = int(size[0] * 15)
        lines = [line for note in notes for line in textwrap.wrap(note, width)]
        figure.supxlabel("\n".join(lines), fontsize="small", x=0.01, ha="left")
    # Text stays text in SVG (searchable, and screen readers can read it).
    with matplotlib.rc_context({"svg.fonttype": "none"}), atomic_output(path, binary=True) as out:
        figure.savefig(out, format=fmt)
    return Path(path)

"""Budget against outcome per group as a grouped bar chart (PNG or SVG).

matplotlib is an optional extra (bilagor[plot]) and is imported only here,
inside the function, through its object API (no pyplot, no global backend).
"""

from __future__ import annotations

from pathlib import Path

from bilagor.extractor.errors import MissingDependencyError, UsageError
from bilagor.index.reports.amounts import AmountSummary

CHART_SUFFIXES = (".png", ".svg")


def chart_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise UsageError(f"--chart {path}: the file name must end in .png or .svg")
    return suffix[1:]


def check_chart_request(path: str | Path) -> str:
    """Fail early (before any summary is printed) on a bad suffix or a missing matplotlib."""
    import importlib.util

    fmt = chart_format(path)
    if importlib.util.find_spec("matplotlib") is None:
        raise MissingDependencyError(_MISSING)
    return fmt


_MISSING = "--chart needs matplotlib: pip install matplotlib, or the plot extra from the bilagor folder: pip install '.[plot]'"


def _mnkr(value: float, _pos: int | None = None) -> str:
    return f"{value / 1e6:.1f}".replace(".", ",")


def draw_chart(summary: AmountSummary, path: str | Path) -> Path:
    """Draw `summary` to `path` (.png or .svg); returns the path written."""
    fmt = chart_format(path)
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter
    except ImportError as exc:
        raise MissingDependencyError(_MISSING) from exc
    from bilagor.index.reports.export import atomic_output

    names = [g.group for g in summary.groups]
    if summary.by == "role":
        series = [("Summa", [g.roles.get(g.group, 0) for g in summary.groups])]
    else:
        series = [("Budget", [g.budget for g in summary.groups]), ("Utfall", [g.outcome for g in summary.groups])]

    figure = Figure(figsize=(max(6.0, 0.6 * len(names) + 2), 4.5), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / len(series)
    for i, (label, values) in enumerate(series):
        positions = [x + (i - (len(series) - 1) / 2) * width for x in range(len(names))]
        axes.bar(positions, values, width, label=label)
    axes.set_xticks(range(len(names)), names, rotation=45 if len(names) > 6 else 0, ha="right" if len(names) > 6 else "center")
    axes.yaxis.set_major_formatter(FuncFormatter(_mnkr))
    axes.set_ylabel("mnkr")
    axes.set_title("Budget och utfall" if summary.by != "role" else "Belopp per roll")
    axes.legend()
    with atomic_output(path, binary=True) as out:
        figure.savefig(out, format=fmt)
    return Path(path)

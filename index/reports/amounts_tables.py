"""`bilagor amounts` as tables: plain rows of kronor for CSV and Excel.

The terminal table is cli/views/amounts.py; the sums come from
bilagor.index.reports.amounts.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bilagor.extractor.record import Report
from bilagor.index.reports.export import formula_safe_row

if TYPE_CHECKING:
    from bilagor.index.reports.amounts import AmountSummary


SUMMARY_COLUMNS = (
    "group",
    "reports",
    "applications",
    "budget",
    "outcome",
    "compared_budget",
    "deviation",
    "deviation_pct",
    "approx",
)
ROLE_COLUMNS = ("role", "reports", "sek", "approx")
DETAIL_COLUMNS = (
    "report_id",
    "filename",
    "project",
    "year",
    "groups",
    "section",
    "role",
    "sek",
    "approx",
    "status",
    "superseded_by",
    "text",
    "sentence",
)


def summary_table(summary: AmountSummary) -> tuple[tuple[str, ...], list[list[Any]]]:
    """Column names and plain rows (kronor as integers) of an AmountSummary's groups; a pair of groupings
    (`--by district,year`) has a column for each, so a spreadsheet can pivot them."""
    from bilagor.index.reports.amounts import group_cells, group_columns

    if summary.by == "role":
        rows = [[g.group, g.reports, g.roles.get(g.group, 0), int(g.approx)] for g in summary.groups]
        return ROLE_COLUMNS, rows
    rows = [[*group_cells(summary.by, g.group), *figure_cells(g), int(g.approx)] for g in summary.groups]
    return (*group_columns(summary.by), *SUMMARY_COLUMNS[1:]), rows


def has_role(group, *roles: str) -> bool:
    """Whether a group holds a figure of one of `roles` (a report with such an amount)."""
    return any(group.role_reports.get(r) for r in roles)


def figures_or_empty(group) -> tuple[int | None, int | None]:
    """(budget, outcome) of a group, None where it has no such figure: an empty cell, as the table's "–",
    never a 0 a chart draws as nothing spent."""
    return (
        group.budget if has_role(group, "budget", "beviljat") else None,
        group.outcome if has_role(group, "utfall") else None,
    )


def figure_cells(group) -> list[Any]:
    """A group's figures in SUMMARY_COLUMNS' order, between its grouping's cells and its approximate count:
    reports, applications, budget and outcome (empty where none), the budget compared, the deviation (kr, %)."""
    return [
        group.reports,
        group.applications,
        *figures_or_empty(group),
        group.compared_budget,
        group.deviation,
        group.deviation_pct,
    ]


def total_row(summary: AmountSummary) -> list[Any]:
    t = summary.total
    if summary.by == "role":
        return [t.group, t.reports, None, int(t.approx)]
    return [t.group, *figure_cells(t), int(t.approx)]


def detail_table(summary: AmountSummary) -> tuple[tuple[str, ...], list[list[Any]]]:
    rows = []
    for d in summary.detail:
        data = d.to_dict()
        data["groups"] = "; ".join(d.groups)
        data["approx"] = int(d.approx)
        rows.append([data[c] for c in DETAIL_COLUMNS])
    return DETAIL_COLUMNS, rows


def write_summary_csv(summary: AmountSummary, out: TextIO, *, detail: bool = False) -> int:
    """The groups (or, with detail=True, every amount) as CSV; returns the row count."""
    columns, rows = detail_table(summary) if detail else summary_table(summary)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(formula_safe_row(row) for row in rows)
    return len(rows)


def write_summary_xlsx(
    summary: AmountSummary, path: str | Path, reports: Iterable[Report] | None = None, notes: Sequence[str] = ()
) -> None:
    """A workbook for people: see `spreadsheet.write_summary_xlsx` (Swedish headers, formats, sheets, notes)."""
    from bilagor.index.reports.spreadsheet import write_summary_xlsx as write

    write(summary, path, reports, notes)

"""One row per report: where it is, what it is about and its summed figures.

The figures come from `report_figures`, the one definition of what a
report contributes to `bilagor amounts` (README, summing rules 1-2); this
module only lays them out. Used by `bilagor export --format csv --per-report`
and the xlsx sheet "Rapporter".
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from bilagor.extractor.record import Report
from bilagor.index.figures import report_figures

PER_REPORT_COLUMNS = (
    "id",
    "filename",
    "path",
    "economy_page",
    "project",
    "year",
    "district",
    "district_today",
    "stage",
    "budget",
    "outcome",
    "deviation",
    "approx",
    "organisations",
    "warnings",
)
# Where a report's money is described: the follow-up's economy section, else an application's amount.
ECONOMY_SECTIONS = ("ekonomiskt_utfall", "sokt_belopp")


def economy_page(report: Report) -> int | None:
    """The page of the report's economy section (None when it has none)."""
    for key in ECONOMY_SECTIONS:
        for section in report.sections:
            if section.key == key:
                return section.page
    return None


def per_report_row(report: Report) -> dict[str, Any]:
    """The row of one report; budget/outcome are None when it has no such figure."""
    figures = report_figures(report.amounts)
    budget = figures.budget if figures.has_budget else None
    outcome = figures.outcome if figures.has_outcome else None
    return {
        "id": report.id,
        "filename": report.filename,
        "path": report.paths[0] if report.paths else "",
        "economy_page": economy_page(report),
        "project": report.project,
        "year": report.year,
        "district": report.district,
        "district_today": report.district_today,
        "stage": report.stage,
        "budget": budget,
        "outcome": outcome,
        "deviation": outcome - budget if budget is not None and outcome is not None else None,
        "approx": figures.approx,
        # Whom the report names, for a reader's filter in a spreadsheet ("Polisen; Stokab").
        "organisations": "; ".join(o.name for o in report.organisations),
        "warnings": "; ".join(report.warnings),
    }


def per_report_rows(reports: Iterable[Report]) -> Iterator[dict[str, Any]]:
    return (per_report_row(report) for report in reports)


def write_per_report_csv(reports: Iterable[Report], out: TextIO) -> int:
    """`bilagor export --format csv --per-report`: one row per report (codes, whole kronor)."""
    from bilagor.index.reports.export import spreadsheet_safe

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PER_REPORT_COLUMNS)
    count = 0
    for row in per_report_rows(reports):
        values = [int(row[c]) if c == "approx" else row[c] for c in PER_REPORT_COLUMNS]
        writer.writerow([spreadsheet_safe(v) for v in values])
        count += 1
    return count

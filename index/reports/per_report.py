"""One row per report: where it is, what it is about and its summed figures.

The figures come from `report_figures`, the one definition of what a
report contributes to `bilagor amounts` (README, summing rules 1-2); this
module only lays them out. Used by `bilagor export --format csv --per-report`
and the xlsx sheet "Rapporter".
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
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
    "file_number",
    "budget",
    "outcome",
    "deviation",
    "approx",
    "superseded_by",
    "organisations",
    "match_section",
    "match_page",
    "match_passage",
    "warnings",
)
MATCH_COLUMNS = ("match_section", "match_page", "match_passage")
# Where a report's money is described: the follow-up's economy section, else an application's amount.
ECONOMY_SECTIONS = ("ekonomiskt_utfall", "sokt_belopp")


@dataclass(frozen=True)
class Passage:
    """Where a search found a report: the best-matching passage (plain text), its section and page."""

    section: str | None
    page: int | None
    text: str


def economy_page(report: Report) -> int | None:
    """The page of the report's economy section (None when it has none)."""
    for key in ECONOMY_SECTIONS:
        for section in report.sections:
            if section.key == key:
                return section.page
    return None


def per_report_row(report: Report, passage: Passage | None = None, superseded_by: str | None = None) -> dict[str, Any]:
    """The row of one report; budget/outcome are None when it has no such figure, the match's
    columns when no search found it; `superseded_by` the report whose figures count instead (rule 3)."""
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
        "file_number": report.file_number,
        "budget": budget,
        "outcome": outcome,
        "deviation": outcome - budget if budget is not None and outcome is not None else None,
        "approx": figures.approx,
        # Empty when its figures are in `bilagor amounts`; else the report whose figures count instead (a newer
        # version, a later report, an application's follow-up), so summing the column does not count twice.
        "superseded_by": superseded_by,
        # Whom the report names, for a reader's filter in a spreadsheet ("Polisen; Stokab").
        "organisations": "; ".join(o.name for o in report.organisations),
        # Where the search found it, to quote and check in the PDF without searching again.
        "match_section": passage.section if passage else None,
        "match_page": passage.page if passage else None,
        "match_passage": passage.text if passage else None,
        "warnings": "; ".join(report.warnings),
    }


def per_report_columns(passages: Mapping[str, Passage] | None = None) -> list[str]:
    """The columns: those of where a search found each report only when there was a search."""
    return [c for c in PER_REPORT_COLUMNS if passages is not None or c not in MATCH_COLUMNS]


def per_report_rows(
    reports: Iterable[Report],
    passages: Mapping[str, Passage] | None = None,
    superseded: Mapping[str, str] | None = None,
) -> Iterator[dict[str, Any]]:
    found, replaced = passages or {}, superseded or {}
    return (per_report_row(report, found.get(report.id), replaced.get(report.id)) for report in reports)


def write_per_report_csv(
    reports: Iterable[Report],
    out: TextIO,
    passages: Mapping[str, Passage] | None = None,
    superseded: Mapping[str, str] | None = None,
) -> int:
    """`bilagor export --format csv --per-report`: one row per report (codes, whole kronor), with
    the passage a search found it by (`passages`, by report id) when there was a search."""
    from bilagor.index.reports.export import spreadsheet_safe

    columns = per_report_columns(passages)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in per_report_rows(reports, passages, superseded):
        values = [int(row[c]) if c == "approx" else row[c] for c in columns]
        writer.writerow([spreadsheet_safe(v) for v in values])
        count += 1
    return count


def write_per_report_jsonl(
    reports: Iterable[Report],
    out: TextIO,
    passages: Mapping[str, Passage] | None = None,
    superseded: Mapping[str, str] | None = None,
) -> int:
    """`bilagor export --per-report --json`: the csv's rows as JSON lines (numbers as numbers)."""
    from bilagor.index.text_safety import json_dumps

    columns = per_report_columns(passages)
    count = 0
    for row in per_report_rows(reports, passages, superseded):
        out.write(json_dumps({c: row[c] for c in columns}, ensure_ascii=False) + "\n")
        count += 1
    return count

"""How one report counts in `bilagor amounts`: its own figures (summing rules 1 and 2) and whether another
report of the same project replaces it (rule 3: a later report, or for an application its follow-up). `bilagor show` and the web's report page say it, so a figure
read in a report can be found in a total, or its absence there explained."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bilagor.index.figures import report_figures
from bilagor.index.reports.amounts import APPLICATION, report_row, same_version, superseded_reports

if TYPE_CHECKING:
    from bilagor.extractor.record import Report
    from bilagor.index.archive import Archive


@dataclass(frozen=True)
class ReportCounting:
    budget: int | None  # None: the report has no budget (nor grant) figure
    outcome: int | None
    approx: bool  # a summed figure is hedged ("ca", "drygt" ...)
    superseded_by: str | None  # the report of the project whose figures count instead
    application: bool = False  # an application: its budget is a plan (superseded by a follow-up, if any)
    newer_version: bool = False  # superseded by a newer version of itself (same project, year and stage)
    # (this report's date, the newer version's) where the reports' own dates decided which is newer (rule 3)
    dated: tuple[str, str] | None = None

    @property
    def deviation(self) -> int | None:
        """Outcome less budget; only a report with both has one (summing rule 4)."""
        return None if self.budget is None or self.outcome is None else self.outcome - self.budget

    def to_dict(self) -> dict[str, Any]:
        return {
            "budget": self.budget,
            "outcome": self.outcome,
            "deviation": self.deviation,
            "approx": self.approx,
            "superseded_by": self.superseded_by,
            "application": self.application,
            "newer_version": self.newer_version,
            "dated": list(self.dated) if self.dated else None,
        }


def counting_of(
    report: Report, superseded_by: str | None, newer_version: bool = False, dated: tuple[str, str] | None = None
) -> ReportCounting:
    """A report's figures by summing rules 1 and 2, with the report that replaces it (if any)."""
    figures = report_figures(report.amounts)
    return ReportCounting(
        budget=figures.budget if figures.has_budget else None,
        outcome=figures.outcome if figures.has_outcome else None,
        approx=figures.approx,
        superseded_by=superseded_by,
        application=report.form_kind == APPLICATION,
        newer_version=newer_version,
        dated=dated,
    )


def superseded_in(archive: Archive) -> dict[str, str]:
    """Every report of the archive whose figures another report's replace (rule 3): {id: that report's id}."""
    return superseded_reports(report_row(row) for row in archive.records.project_rows())


def report_counting(archive: Archive, report: Report) -> ReportCounting:
    """How `report` counts in the archive's amount summaries."""
    rows = {row["id"]: report_row(row) for row in archive.records.project_rows()}
    supplier = superseded_reports(rows.values()).get(report.id)
    own, other = rows.get(report.id), rows.get(supplier or "")
    newer_version = own is not None and other is not None and same_version(own, other)
    dated = None
    if newer_version and own and other and own.report_date and other.report_date:
        dated = (own.report_date, other.report_date) if own.report_date != other.report_date else None
    return counting_of(report, supplier, newer_version, dated)

"""`bilagor amounts --format csv`: a group without a budget (or an outcome) figure has an empty cell, as the
table's "–" and the Excel csv and xlsx have, not a 0 that a chart draws as nothing spent."""

from __future__ import annotations

import csv
import io

from bilagor.index.reports.amounts import AmountRow, ReportRow, every_year, summarise
from bilagor.index.reports.amounts_tables import write_summary_csv


def csv_rows(summary) -> dict[str, dict[str, str]]:
    out = io.StringIO()
    write_summary_csv(summary, out)
    return {row["group"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}


def test_no_figure_is_an_empty_cell_and_a_zero_figure_stays_zero():
    reports = [
        ReportRow("planned", year=2018, district="Farsta"),  # a budget, no outcome yet
        ReportRow("done", year=2020, district="Bromma"),
        ReportRow("free", year=2020, district="Skarpnäck"),  # the work cost nothing: 0 kr is a figure
    ]
    amounts = [
        AmountRow("planned", 2_000_000, "budget", role_source="cue"),
        AmountRow("done", 1_000_000, "budget", role_source="cue"),
        AmountRow("done", 900_000, "utfall", ord=1, role_source="cue"),
        AmountRow("free", 50_000, "budget", role_source="cue"),
        AmountRow("free", 0, "utfall", ord=1, role_source="cue"),
    ]
    by_district = csv_rows(summarise(reports, amounts, by="district"))
    assert (by_district["Farsta"]["budget"], by_district["Farsta"]["outcome"]) == ("2000000", "")
    assert (by_district["Skarpnäck"]["budget"], by_district["Skarpnäck"]["outcome"]) == ("50000", "0")
    by_year = summarise(reports, amounts, by="year")
    by_year.groups = every_year(by_year.groups, None)
    empty_year = csv_rows(by_year)["2019"]  # a year of the range without reports
    assert (empty_year["reports"], empty_year["budget"], empty_year["outcome"]) == ("0", "", "")

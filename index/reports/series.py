"""`bilagor amounts --series FIGUR`: one figure per year and district as a wide table a chart reads as it is.

`--by district,year` gives a row per district and year that has reports: a long table, which a spreadsheet needs a
pivot table for and whose missing years a line chart joins over. A series is the same sums laid out for a chart: a
row per year (every year of the range, empty ones too, as `--by year` lists them), a column per district, each
cell the group's budget, outcome or deviation in kronor, empty where the group has no such figure.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from bilagor.extractor.errors import UsageError

if TYPE_CHECKING:
    from bilagor.index.reports.amounts import AmountSummary, GroupTotal

# The figure a series holds: the word the command takes (as `--sort` takes it) -> its name in the JSON.
SERIES_FIGURES = {"budget": "budget", "utfall": "outcome", "avvikelse": "deviation"}
YEAR_HEADER = {"csv": "year", "excel": "År"}


@dataclass
class YearSeries:
    by: str  # a paired grouping: "district,year" or "district-today,year"
    figure: str  # a key of SERIES_FIGURES
    years: list[str]  # every year of the range, then "(okänt)" when a report has no year
    districts: list[str]  # the columns, in the table's order of districts
    values: dict[str, list[int | None]] = field(default_factory=dict)  # district -> one value per year
    filters: dict[str, str] = field(default_factory=dict)
    # As the summary's: districts merged into another since, whose columns stand beside today's (--by
    # district,year) or whose reports today's columns hold (--by district-today,year).
    former_districts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "figure": SERIES_FIGURES[self.figure],
            "unit": "kr",
            "filters": dict(self.filters),
            "years": self.years,
            "series": [{"district": d, "values": self.values[d]} for d in self.districts],
            "former_districts": self.former_districts,
        }


def check_series_grouping(figure: str, by: str) -> None:
    from bilagor.index.reports.amounts import PAIRED_GROUPINGS

    if by not in PAIRED_GROUPINGS:
        raise UsageError(
            f"--series {figure}: en rad per år och en kolumn per stadsdel kräver --by 'district,year'"
            " eller --by 'district-today,year'"
        )


def year_series(summary: AmountSummary, figure: str) -> YearSeries:
    """The summary's groups of district and year as one series per district over every year of the range."""
    from bilagor.index.reports.amounts import GroupTotal, every_year, former_districts, group_cells

    check_series_grouping(figure, summary.by)
    cells: dict[tuple[str, str], GroupTotal] = {}
    districts: list[str] = []
    for group in summary.groups:
        district, year = (cell or "" for cell in group_cells(summary.by, group.group))
        cells[(district, year)] = group
        if district not in districts:
            districts.append(district)
    # The years as `--by year` fills them (the --year range, else the first to the last year with reports).
    held = sorted({y for _, y in cells}, key=lambda y: (not y.isdigit(), int(y) if y.isdigit() else 0))
    year_groups = [GroupTotal(year, reports=1) for year in held]
    years = [g.group for g in every_year(year_groups, summary.years)]
    values = {d: [_value(cells.get((d, y)), figure) for y in years] for d in districts}
    merged = former_districts(summary.by, [g.group for g in summary.groups], summary.named_districts)
    return YearSeries(summary.by, figure, years, districts, values, dict(summary.filters), merged)


def _value(group: GroupTotal | None, figure: str) -> int | None:
    from bilagor.index.reports.amounts_tables import figures_or_empty

    if group is None:
        return None
    if figure == "avvikelse":
        return group.deviation
    budget, outcome = figures_or_empty(group)
    return budget if figure == "budget" else outcome


def write_series_csv(series: YearSeries, out: TextIO, *, excel: bool = False) -> None:
    """A row per year, a column per district; `excel`: for Swedish Excel (BOM, ';', Swedish header)."""
    from bilagor.index.reports.export import spreadsheet_safe
    from bilagor.index.reports.spreadsheet import BOM

    if excel:
        out.write(BOM)
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n")
    writer.writerow([YEAR_HEADER["excel" if excel else "csv"], *(spreadsheet_safe(d) for d in series.districts)])
    for i, year in enumerate(series.years):
        writer.writerow([year, *("" if series.values[d][i] is None else series.values[d][i] for d in series.districts)])

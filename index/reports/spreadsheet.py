"""Tables for people with a spreadsheet: csv for Swedish Excel (`--excel`) and formatted xlsx.

Swedish Excel reads a csv with ';' between fields, a decimal comma and, to
know it is UTF-8, a byte-order mark. Headers and coded values are the Swedish
words of `words.py`; kronor stay whole numbers (no separators: Excel formats
them). Text that a spreadsheet would read as a formula stays text
(`export.spreadsheet_safe`). The tables are lists of (column, values) built by
pure functions here, shared by the csv and the xlsx writers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bilagor.extractor.record import Report
from bilagor.index.reports.amounts_tables import SUMMARY_COLUMNS as PLAIN_SUMMARY_COLUMNS
from bilagor.index.reports.amounts_tables import figure_cells
from bilagor.index.reports.export import CSV_COLUMNS, amount_rows, spreadsheet_safe
from bilagor.index.reports.per_report import Passage, per_report_columns, per_report_rows
from bilagor.index.reports.words import APPROX_WORD, GROUP_WORDS, header, role_counting, word

if TYPE_CHECKING:
    from bilagor.index.reports.amounts import AmountSummary

BOM = "\ufeff"
# Columns holding kronor (whole numbers), per cent and codes with a Swedish word.
MONEY_COLUMNS = {"budget", "outcome", "compared_budget", "deviation", "sek", "high"}
PERCENT_COLUMNS = {"deviation_pct"}
CODED_COLUMNS = {
    "role": "role",
    "status": "status",
    "role_source": "role_source",
    "form_kind": "form_kind",
    "section": "section",
}

Table = tuple[list[str], list[list[Any]]]  # (column keys, rows of plain values)


# -- the tables (pure) ---------------------------------------------------------

SUMMARY_COLUMNS = list(PLAIN_SUMMARY_COLUMNS)  # the plain csv's summary columns, with Swedish headers
ROLE_COLUMNS = ["role", "reports", "sek", "counting", "approx"]
DETAIL_COLUMNS = [
    "report_id",
    "filename",
    "project",
    "year",
    "groups",
    "section",
    "page",
    "role",
    "role_source",
    "sek",
    "high",
    "approx",
    "status",
    "superseded_by",
    "text",
    "sentence",
]
AMOUNT_COLUMNS = list(CSV_COLUMNS)  # the plain csv's columns, with Swedish headers


def summary_table(summary: AmountSummary) -> Table:
    """The groups and the Totalt row, in whole kronor (per role with --by role; a column per grouping of a pair)."""
    from bilagor.index.reports.amounts import group_cells, group_columns

    if summary.by == "role":
        rows = [[g.group, g.reports, g.roles.get(g.group, 0), role_counting(g.group), g.approx] for g in summary.groups]
        t = summary.total
        return ROLE_COLUMNS, [*rows, [t.group, t.reports, None, None, t.approx]]
    rows = [[*group_cells(summary.by, g.group), *figure_cells(g), g.approx] for g in [*summary.groups, summary.total]]
    return [*group_columns(summary.by), *SUMMARY_COLUMNS[1:]], rows


def detail_table(summary: AmountSummary) -> Table:
    rows = []
    for d in summary.detail:
        data = d.to_dict()
        data["groups"] = "; ".join(d.groups)
        rows.append([data[c] for c in DETAIL_COLUMNS])
    return DETAIL_COLUMNS, rows


def amounts_table(reports: Iterable[Report]) -> Table:
    """`bilagor export --format csv`: one row per amount."""
    return AMOUNT_COLUMNS, [[row[c] for c in AMOUNT_COLUMNS] for report in reports for row in amount_rows(report)]


def per_report_table(
    reports: Iterable[Report],
    passages: Mapping[str, Passage] | None = None,
    superseded: Mapping[str, str] | None = None,
) -> Table:
    """One row per report; with where a search found each (`passages`, by id) when there was a search, and
    the report whose figures count instead of each superseded one (`superseded`, by id)."""
    columns = per_report_columns(passages)
    return columns, [[row[c] for c in columns] for row in per_report_rows(reports, passages, superseded)]


def shown_value(column: str, value: Any) -> Any:
    """A value as a person reads it: Swedish words for codes, "ca" for a hedged flag, "" for none."""
    if value is None:
        return ""
    if column == "approx":
        return APPROX_WORD if value else ""
    if column in CODED_COLUMNS and isinstance(value, str):
        return word(CODED_COLUMNS[column], value)
    return value


def headers(columns: list[str], summary_by: str | None = None) -> list[str]:
    return [GROUP_WORDS[summary_by] if c == "group" and summary_by else header(c) for c in columns]


# -- csv for Swedish Excel --------------------------------------------------------


def excel_cell(column: str, value: Any) -> str:
    value = shown_value(column, value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return spreadsheet_safe(str(value))


def write_excel_csv(table: Table, out: TextIO, *, summary_by: str | None = None) -> int:
    """A table as csv for Swedish Excel (BOM, ';', decimal comma, Swedish words); returns the row count."""
    columns, rows = table
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers(columns, summary_by))
    for row in rows:
        writer.writerow([excel_cell(c, v) for c, v in zip(columns, row)])
    return len(rows)


def write_summary_excel_csv(summary: AmountSummary, out: TextIO, *, detail: bool = False) -> int:
    """`bilagor amounts --excel`: the groups with the Totalt row, or every amount with detail."""
    if detail:
        return write_excel_csv(detail_table(summary), out)
    return write_excel_csv(summary_table(summary), out, summary_by=summary.by)


# -- xlsx -------------------------------------------------------------------------

# Number formats: Excel writes "," for the thousands separator and "." for the
# decimal point in a format code and shows them in the reader's locale
# ("1 650 000 kr", "-48,0 %" in Swedish Excel).
KR_FORMAT = '#,##0" kr"'
PERCENT_FORMAT = '0.0" %"'
MAX_WIDTH = 60


def add_sheet(book, title: str, table: Table, *, summary_by: str | None = None, first: bool = False):
    """A sheet with Swedish headers, kronor and per cent formats, frozen header, autofilter, widths."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from bilagor.index.text_safety import visible_controls

    sheet = book.active if first else book.create_sheet(title)
    sheet.title = title
    columns, rows = table
    sheet.append(headers(columns, summary_by))
    widths = [len(h) for h in headers(columns, summary_by)]
    for row in rows:
        # openpyxl refuses control characters: they become visible escapes.
        values = [shown_value(c, v) for c, v in zip(columns, row)]
        values = [visible_controls(v) if isinstance(v, str) else v for v in values]
        sheet.append(values)
        for i, (column, cell) in enumerate(zip(columns, sheet[sheet.max_row])):
            if isinstance(cell.value, str):
                cell.data_type = "s"  # "=..." from a PDF stays text, never a formula
            elif column in MONEY_COLUMNS:
                cell.number_format = KR_FORMAT
            elif column in PERCENT_COLUMNS:
                cell.number_format = PERCENT_FORMAT
            widths[i] = max(widths[i], _shown_width(column, cell.value))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(width + 2, MAX_WIDTH)
    return sheet


def _shown_width(column: str, value: Any) -> int:
    if column in MONEY_COLUMNS and isinstance(value, int):
        return len(f"{value:,} kr")  # as the kronor format shows it
    return len(str(value if value is not None else ""))


def new_workbook():
    try:
        from openpyxl import Workbook
    except ImportError as exc:
        from bilagor.extractor.errors import MissingDependencyError

        raise MissingDependencyError(
            "--format xlsx behöver openpyxl: pip install openpyxl, eller tillägget xlsx från bilagor-mappen: pip install '.[xlsx]'"
        ) from exc
    return Workbook()


def write_summary_xlsx(
    summary: AmountSummary, path: str | Path, reports: Iterable[Report] | None = None, notes: Sequence[str] = ()
) -> None:
    """Sheets 'Sammanställning' (groups + Totalt, then `notes` under them, past an empty row and outside the
    filter, as a table in a report has them), 'Belopp' with detail, 'Rapporter' when reports are given."""
    from openpyxl.styles import Font

    from bilagor.index.reports.export import atomic_output

    book = new_workbook()
    sheet = add_sheet(book, "Sammanställning", summary_table(summary), summary_by=summary.by, first=True)
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([note])
            sheet.cell(sheet.max_row, 1).font = Font(italic=True)
    if summary.detail:
        add_sheet(book, "Belopp", detail_table(summary))
    if reports is not None:
        add_sheet(book, "Rapporter", per_report_table(reports, superseded=summary.superseded))
    # The workbook is zipped in memory first: openpyxl's zip file over a file that fails half-way (a full
    # disk) is left open, and its clean-up at exit printed a traceback under the one-line error.
    data = io.BytesIO()
    book.save(data)
    with atomic_output(path, binary=True) as out:
        out.write(data.getvalue())

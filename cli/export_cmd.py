"""`bilagor export`: the archive's records as JSON lines, CSV or an OpenSearch bulk file."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, DistrictOption, OrgOption, YearOption, joined_query, QueryWords


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    opensearch = "opensearch"


def export(
    words: QueryWords = None,
    fmt: Annotated[
        Optional[ExportFormat], typer.Option("--format", help="Utdataformat (standard: jsonl).", show_default=False)
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Skriv till denna fil (annars standard ut).")
    ] = None,
    index_name: Annotated[str, typer.Option("--index", help="Indexnamnet i OpenSearch-bulkraderna.")] = "bilagor",
    year: YearOption = None,
    district: DistrictOption = None,
    org: OrgOption = None,
    section: Annotated[
        Optional[str],
        typer.Option(
            "--section", help="Sök frågans ord bara i detta avsnitt (som bilagor search --section).", show_default=False
        ),
    ] = None,
    archive_path: ArchiveOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Samma som --format jsonl.")] = False,
    per_report: Annotated[
        bool, typer.Option("--per-report", help="csv: en rad per rapport med dess summerade belopp.")
    ] = False,
    excel: Annotated[
        bool, typer.Option("--excel", help="csv för svenska Excel: ';', decimalkomma, BOM, svenska rubriker.")
    ] = False,
) -> None:
    """Skriv ut alla poster (eller dem som matchar FRÅGA) för andra verktyg."""
    query = joined_query(words)
    from bilagor.extractor.errors import UsageError

    # An explicit --format is never overridden in silence: options that imply another format are an error.
    chosen = fmt.value if fmt is not None else None
    if json_output and chosen not in (None, "jsonl"):
        raise UsageError(f"--json skriver jsonl: ta bort --format {chosen}")
    if excel or per_report:
        option = "--excel" if excel else "--per-report"
        if json_output or chosen not in (None, "csv"):
            raise UsageError(f"{option} skriver csv: ta bort {'--json' if json_output else f'--format {chosen}'}")
        fmt = ExportFormat.csv
    fmt = fmt or ExportFormat.jsonl
    from bilagor.index.reports import export as exporter
    from bilagor.index.archive import Archive

    def write(out) -> int:
        reports = exporter.reports_for_export(archive, query, year=year, district=district, org=org, section=section)
        if fmt is ExportFormat.opensearch:
            return exporter.write_opensearch_bulk(reports, out, index=index_name)
        if excel:
            from bilagor.index.reports import spreadsheet

            table = spreadsheet.per_report_table(reports) if per_report else spreadsheet.amounts_table(reports)
            return spreadsheet.write_excel_csv(table, out)
        if per_report:
            from bilagor.index.reports.per_report import write_per_report_csv

            return write_per_report_csv(reports, out)
        return exporter.export(reports, fmt.value, out)

    with Archive.open_for_reading(archive_path) as archive:
        if output is None:
            with exporter.stdout_errors():
                write(sys.stdout)
        else:
            with exporter.atomic_output(output) as out:
                count = write(out)
            print(f"skrev {count} {'rader' if fmt is ExportFormat.csv else 'poster'} till {output}", file=sys.stderr)

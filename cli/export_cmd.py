"""`bilagor export`: the archive's records as JSON lines, CSV or an OpenSearch bulk file."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from bilagor.extractor.glossary import WARNING_PREFIX
from bilagor.cli import options


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    opensearch = "opensearch"


def export(
    words: options.QueryWords = None,
    fmt: Annotated[
        Optional[ExportFormat], typer.Option("--format", help="Utdataformat (standard: jsonl).", show_default=False)
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Skriv till denna fil (annars standard ut).")
    ] = None,
    index_name: Annotated[str, typer.Option("--index", help="Indexnamnet i OpenSearch-bulkraderna.")] = "bilagor",
    year: options.YearOption = None,
    district: options.DistrictOption = None,
    org: options.OrgOption = None,
    dnr: options.FileNumberOption = None,
    section: Annotated[
        Optional[str],
        typer.Option(
            "--section", help="Sök frågans ord bara i detta avsnitt (som bilagor search --section).", show_default=False
        ),
    ] = None,
    archive_path: options.ArchiveOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Samma som --format jsonl.")] = False,
    per_report: Annotated[
        bool,
        typer.Option(
            "--per-report",
            help="En rad per rapport med dess summerade belopp och, med en fråga, stället där den hittades"
            " (csv, eller jsonl med --json).",
        ),
    ] = False,
    sort: Annotated[
        Optional[str],
        typer.Option(
            "--sort",
            help="relevance|year|id: bäst först, nyast först eller efter id. Standard: bäst först för en fråga"
            " med en rad per rapport, annars efter id.",
            show_default=False,
        ),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="csv för svenska Excel: ';', decimalkomma, BOM, svenska rubriker.")
    ] = False,
) -> None:
    """Skriv ut alla poster (eller dem som matchar FRÅGA) för andra verktyg."""
    query = options.joined_query(words)
    from bilagor.extractor.errors import UsageError

    # An explicit --format is never overridden in silence: options that imply another format are an error.
    chosen = fmt.value if fmt is not None else None
    if json_output and chosen not in (None, "jsonl"):
        raise UsageError(f"--json skriver jsonl: ta bort --format {chosen}")
    if excel:
        if json_output or chosen not in (None, "csv"):
            raise UsageError(f"--excel skriver csv: ta bort {'--json' if json_output else f'--format {chosen}'}")
        fmt = ExportFormat.csv
    if per_report:  # a row per report: csv (the default) or the same rows as JSON lines
        if chosen == "opensearch":
            raise UsageError("--per-report skriver csv eller jsonl: ta bort --format opensearch")
        fmt = ExportFormat.jsonl if json_output or chosen == "jsonl" else ExportFormat.csv
    # Nothing chose a format: an -o file's suffix does (rows.csv: csv); one that names another is an error.
    stated = chosen or ("jsonl" if json_output else "csv" if excel else None)  # --per-report alone: either
    named = options.output_format(output, stated, {".csv": "csv", ".jsonl": "jsonl", ".xlsx": None})
    fmt = ExportFormat(named) if named and not stated else fmt
    fmt = fmt or ExportFormat.jsonl
    order = sort or ("relevance" if per_report and query else "id")
    from bilagor.index.reports import export as exporter
    from bilagor.index.archive import Archive
    from bilagor.index.filters import SearchFilters
    from bilagor.index.reports.counting import superseded_in

    filters = SearchFilters(year=year, district=district, org=org, section=section, file_number=dnr)

    def write(out) -> int:
        if per_report or sort:  # ranked, each with where it was found
            reports, passages = exporter.reports_with_passages(archive, query, sort=order, **filters)
        else:
            reports, passages = exporter.reports_for_export(archive, query, **filters), None
        if fmt is ExportFormat.opensearch:
            return exporter.write_opensearch_bulk(reports, out, index=index_name)
        if excel:
            from bilagor.index.reports import spreadsheet

            table = (
                spreadsheet.per_report_table(reports, passages, superseded_in(archive))
                if per_report
                else spreadsheet.amounts_table(reports)
            )
            return spreadsheet.write_excel_csv(table, out)
        if per_report:
            from bilagor.index.reports import per_report as rows

            writer = rows.write_per_report_jsonl if fmt is ExportFormat.jsonl else rows.write_per_report_csv
            return writer(reports, out, passages, superseded_in(archive))
        return exporter.export(reports, fmt.value, out)

    with Archive.open_for_reading(archive_path) as archive:
        if archive.index_problem is None:  # else the archive has said once that its index is behind
            _warn_unindexed(exporter.unindexed_ids(archive), listed=not (query or any(filters.values())))
        if output is None:
            with exporter.stdout_errors():
                write(sys.stdout)
        else:
            with exporter.atomic_output(output) as out:
                count = write(out)
            print(f"skrev {count} {'rader' if fmt is ExportFormat.csv else 'poster'} till {output}", file=sys.stderr)


# Ids a warning names before it says how many more there are.
NAMED_IDS = 5


def _warn_unindexed(ids: list[str], *, listed: bool) -> None:
    """One line naming the stored reports the search index lacks: exported (`listed`) or not, and the cure."""
    if not ids:
        return
    named = ", ".join(report_id[:12] for report_id in ids[:NAMED_IDS])
    more = f" och {len(ids) - NAMED_IDS} till" if len(ids) > NAMED_IDS else ""
    reports, them = ("1 lagrad rapport", "den") if len(ids) == 1 else (f"{len(ids)} lagrade rapporter", "dem")
    what = (
        f"{them} exporteras, men en sökning hittar {them} inte" if listed else f"sökningen och filtren ser {them} inte"
    )
    print(
        f"{WARNING_PREFIX}{reports} finns inte i sökindexet ({named}{more}): {what}; kör `bilagor reindex`",
        file=sys.stderr,
    )

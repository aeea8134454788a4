"""`bilagor amounts`: budget against outcome per year, district, project, organisation or role."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from bilagor.cli import options
from bilagor.extractor.errors import UsageError
from bilagor.extractor.record import AMOUNT_ROLES


class By(str, Enum):
    year = "year"
    district = "district"
    district_today = "district-today"
    project = "project"
    org = "org"
    role = "role"
    district_year = "district,year"  # a row per district and year (index.reports.amounts.PAIRED_GROUPINGS)
    district_today_year = "district-today,year"


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


class Unit(str, Enum):
    kr = "kr"
    tkr = "tkr"
    mnkr = "mnkr"


class SeriesFigure(str, Enum):  # index.reports.series.SERIES_FIGURES
    budget = "budget"
    utfall = "utfall"
    avvikelse = "avvikelse"


class Sort(str, Enum):
    group = "group"
    budget = "budget"
    utfall = "utfall"
    avvikelse = "avvikelse"


def amounts(
    words: options.QueryWords = None,
    by: Annotated[By, typer.Option("--by", help="Gruppera efter.")] = By.year,
    year: options.YearOption = None,
    district: options.DistrictOption = None,
    org: options.OrgOption = None,
    dnr: options.FileNumberOption = None,
    role: Annotated[
        Optional[str],
        typer.Option(
            "--role",
            help=f"Bara rapporter med ett belopp med denna roll ({', '.join(AMOUNT_ROLES)}).",
            show_default=False,
        ),
    ] = None,
    detail: Annotated[bool, typer.Option("--detail", help="Lista varje belopp och hur det räknades.")] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Lista rapporterna vars siffror någon bör granska, och varför.")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Utdataformat.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Skriv till denna fil.")] = None,
    chart: Annotated[
        Optional[Path], typer.Option("--chart", help="Rita också budget och utfall (.png/.svg/.pdf).")
    ] = None,
    unit: Annotated[
        Unit, typer.Option("--unit", help="Tabellens enhet (exakta kronor i --detail och filer).")
    ] = Unit.mnkr,
    sort: Annotated[
        Sort,
        typer.Option("--sort", help="Ordna grupperna efter namn, eller största budget, utfall eller avvikelse först."),
    ] = Sort.group,
    excel: Annotated[
        bool, typer.Option("--excel", help="csv för svenska Excel: ';', decimalkomma, BOM, svenska rubriker.")
    ] = False,
    series: Annotated[
        Optional[SeriesFigure],
        typer.Option(
            "--series",
            help="En rad per år och en kolumn per stadsdel med denna siffra (csv eller json för ett diagram).",
            show_default=False,
        ),
    ] = None,
    archive_path: options.ArchiveOption = None,
    json_output: options.JsonOption = False,
) -> None:
    """Summera budget och utfall per grupp, med avvikelsen, ur arkivets belopp."""
    query = options.with_file_number(options.joined_query(words), dnr)
    from bilagor.index.reports.amounts import sort_groups, summarise_archive
    from bilagor.index.archive import Archive

    if json_output and fmt in (Format.csv, Format.xlsx):
        # As in `bilagor export`: an explicit format is never overridden in silence (JSON in a .xlsx file).
        raise UsageError(f"--json skriver json: ta bort --format {fmt.value}")
    fmt = Format.json if json_output else fmt
    if excel:
        if fmt not in (Format.table, Format.csv):
            raise UsageError(f"--excel skriver csv: ta bort --format {fmt.value}")
        if check:
            raise UsageError("--check skriver en lista: använd tabellen eller --json, inte --excel")
        fmt = Format.csv
    # Left as the table (the default), an -o file's suffix chooses; an explicit format must agree with it.
    named = options.output_format(output, None if fmt is Format.table else fmt.value, _SUFFIXES)
    fmt = Format(named) if named else fmt
    if fmt is Format.xlsx and output is None:
        raise UsageError("--format xlsx skriver en fil: ange -o FIL.xlsx")
    if check and fmt in (Format.csv, Format.xlsx):
        raise UsageError(f"--check skriver en lista: använd tabellen eller --json, inte --format {fmt.value}")
    if series is not None:
        _check_series_request(series.value, by.value, fmt, detail=detail, check=check, sort=sort.value)
    if chart is not None:
        from bilagor.index.reports.chart import check_chart_request

        check_chart_request(chart)
    from bilagor.cli.views import years_held_line

    with Archive.open_for_reading(archive_path) as archive:
        summary = summarise_archive(
            archive,
            query,
            by=by.value,
            year=year,
            district=district,
            org=org,
            role=role,
            detail=detail,
        )
        # The xlsx sheet "Rapporter" lists each summed report, read while the archive is open.
        reports = list(archive.records.iter_reports(summary.report_ids)) if fmt is Format.xlsx and not check else None
        # a year that found nothing: which years the archive holds (one line on stderr after the table)
        held = years_held_line(archive) if year is not None and not summary.total.reports else None
    if check:
        write_checks(summary, fmt.value, output)
        return
    if series is not None:
        _write_series(summary, series.value, fmt.value, output, excel=excel)
    else:
        sort_groups(summary, sort.value)
        write_summary(summary, fmt.value, output, detail=detail, unit=unit.value, excel=excel, reports=reports)
    if held:
        import sys

        print(f"bilagor: {held}", file=sys.stderr)
    if chart is not None:
        from bilagor.index.reports.chart import ChartContext, draw_chart

        from bilagor.cli.views.amounts import chart_notes

        context = ChartContext(query=query, year=year, district=district, role=role)
        draw_chart(summary, chart, context=context, notes=chart_notes(summary))


_SUFFIXES: dict[str, str | None] = {".xlsx": "xlsx", ".csv": "csv", ".json": "json"}


def write_summary(
    summary,
    fmt: str,
    output: Path | None,
    *,
    detail: bool,
    unit: str = "mnkr",
    excel: bool = False,
    reports=None,
) -> None:
    from bilagor.index.reports import amounts_tables, export

    if fmt == "xlsx":
        if output is None:
            raise UsageError("--format xlsx skriver en fil: ange -o FIL.xlsx")
        from bilagor.cli.views.amounts import file_notes

        amounts_tables.write_summary_xlsx(summary, output, reports, file_notes(summary))
        return
    if output is None:
        with export.stdout_errors():
            _write(summary, fmt, sys.stdout, detail=detail, to_terminal=True, unit=unit, excel=excel)
        return
    with export.atomic_output(output) as out:
        _write(summary, fmt, out, detail=detail, to_terminal=False, unit=unit, excel=excel)


def _check_series_request(figure: str, by: str, fmt: Format, *, detail: bool, check: bool, sort: str) -> None:
    """`--series` writes csv or json (the table's place is taken by the csv); what it cannot go with, before any
    work."""
    from bilagor.index.reports.series import check_series_grouping

    check_series_grouping(figure, by)
    if fmt is Format.xlsx:
        raise UsageError(f"--series {figure} skriver csv eller json: ta bort --format xlsx (eller -o FIL.xlsx)")
    for given, name in ((detail, "--detail"), (check, "--check"), (sort != "group", f"--sort {sort}")):
        if given:
            raise UsageError(f"--series {figure} skriver en rad per år och en kolumn per stadsdel: ta bort {name}")


def _write_series(summary, figure: str, fmt: str, output: Path | None, *, excel: bool) -> None:
    from bilagor.index.reports import export
    from bilagor.index.reports.series import write_series_csv, year_series

    result = year_series(summary, figure)

    def write(out) -> None:
        if fmt == "json":
            from bilagor.index.text_safety import json_dumps

            out.write(json_dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            write_series_csv(result, out, excel=excel)

    if output is None:
        with export.stdout_errors():
            write(sys.stdout)
        return
    with export.atomic_output(output) as out:
        write(out)


def write_checks(summary, fmt: str, output: Path | None) -> None:
    """`--check`: one block per amount a person should look at (report, file, page, sentence, why)."""
    from bilagor.index.reports import export

    def write(out, to_terminal: bool) -> None:
        if fmt == "json":
            import json

            json.dump([c.to_dict() for c in summary.checks], out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            from bilagor.cli.views.amounts import print_checks

            print_checks(summary, out, to_terminal=to_terminal)

    if output is None:
        with export.stdout_errors():
            write(sys.stdout, True)
        return
    with export.atomic_output(output) as out:
        write(out, False)


def _write(
    summary,
    fmt: str,
    out,
    *,
    detail: bool,
    to_terminal: bool,
    unit: str = "mnkr",
    excel: bool = False,
) -> None:
    if fmt == "json":
        from bilagor.index.text_safety import json_dumps

        out.write(json_dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv" and excel:
        from bilagor.index.reports.spreadsheet import write_summary_excel_csv

        write_summary_excel_csv(summary, out, detail=detail)
    elif fmt == "csv":
        from bilagor.index.reports.amounts_tables import write_summary_csv

        write_summary_csv(summary, out, detail=detail)
    else:
        from bilagor.cli.views.amounts import print_summary

        print_summary(summary, out, detail=detail, to_terminal=to_terminal, unit=unit)

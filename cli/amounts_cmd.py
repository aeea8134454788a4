"""`bilagor amounts`: budget against outcome per year, district, project, organisation or role."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.extractor.errors import UsageError
from bilagor.extractor.record import AMOUNT_ROLES


class By(str, Enum):
    year = "year"
    district = "district"
    district_today = "district-today"
    project = "project"
    org = "org"
    role = "role"


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


Role = Enum("Role", {role: role for role in AMOUNT_ROLES}, type=str)


def amounts(
    query: Annotated[Optional[str], typer.Argument(help="Restrict to reports matching this search query.")] = None,
    by: Annotated[By, typer.Option("--by", help="Group by.")] = By.year,
    year: Annotated[Optional[str], typer.Option("--year", help="A year (2018) or a range (2018-2020).")] = None,
    district: Annotated[
        Optional[str], typer.Option("--district", help="A district; a merged one includes its predecessors.")
    ] = None,
    role: Annotated[Optional[Role], typer.Option("--role", help="Only reports with an amount of this role.")] = None,
    detail: Annotated[bool, typer.Option("--detail", help="List every amount and how it was counted.")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file.")] = None,
    chart: Annotated[Optional[Path], typer.Option("--chart", help="Also draw budget vs outcome (.png/.svg).")] = None,
    archive_path: ArchiveOption = None,
    json_output: JsonOption = False,
) -> None:
    """Sum budget and outcome per group, with the deviation, from the archive's amounts."""
    from bilagor.index.amounts import summarise_archive
    from bilagor.index.archive import Archive

    fmt = Format.json if json_output else fmt
    if fmt is Format.xlsx and output is None:
        raise UsageError("--format xlsx writes a file: give -o FILE.xlsx")
    if chart is not None:
        from bilagor.index.chart import check_chart_request

        check_chart_request(chart)
    with Archive.open_for_reading(archive_path) as archive:
        summary = summarise_archive(
            archive, query, by=by.value, year=year, district=district,
            role=role.value if role else None, detail=detail,
        )
    write_summary(summary, fmt.value, output, detail=detail)
    if chart is not None:
        from bilagor.index.chart import draw_chart

        draw_chart(summary, chart)


def write_summary(summary, fmt: str, output: Path | None, *, detail: bool) -> None:
    from bilagor.index import export

    if fmt == "xlsx":
        export.write_summary_xlsx(summary, output)
        return
    if output is None:
        with export.stdout_errors():
            _write(summary, fmt, sys.stdout, detail=detail, to_terminal=True)
        return
    with export.atomic_output(output) as out:
        _write(summary, fmt, out, detail=detail, to_terminal=False)


def _write(summary, fmt: str, out, *, detail: bool, to_terminal: bool) -> None:
    if fmt == "json":
        from bilagor.index.text_safety import json_dumps

        out.write(json_dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        from bilagor.index.export import write_summary_csv

        write_summary_csv(summary, out, detail=detail)
    else:
        print_summary(summary, out, detail=detail, to_terminal=to_terminal)


# -- the terminal table ---------------------------------------------------------

_GROUP_HEADERS = {
    "year": "År", "district": "Stadsdel", "district-today": "Stadsdel i dag",
    "project": "Projekt", "org": "Organisation", "role": "Roll",
}
_STATUS_TEXT = {
    "budget": "summerad som budget", "outcome": "summerad som utfall", "repeated": "upprepad, räknad en gång",
    "not_summed": "summeras inte", "superseded": "ersatt av senare rapport",
}


def print_summary(summary, out, *, detail: bool, to_terminal: bool) -> None:
    """The summary as a table with a total row; with detail, every amount and how it counted."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from bilagor.cli.money import format_percent, format_sek
    from bilagor.cli.output import shown

    console = Console(file=out, highlight=False, **({} if to_terminal else {"width": 160, "no_color": True}))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    table.add_column(_GROUP_HEADERS[summary.by], overflow="fold", min_width=10)
    table.add_column("Antal", justify="right", no_wrap=True)
    if summary.by == "role":
        table.add_column("Summa", justify="right", no_wrap=True)
        rows = [(Text(shown(g.group)), str(g.reports), format_sek(g.roles.get(g.group, 0))) for g in summary.groups]
        total = (Text(shown(summary.total.group)), str(summary.total.reports), "")
    else:
        for header in ("Budget", "Utfall", "Avvikelse", "%"):
            table.add_column(header, justify="right", no_wrap=True)

        def cells(g):
            def money(value, *roles):
                # A group without any figure of these roles shows "–", not "0 kr" (nothing spent).
                return format_sek(value) if any(g.role_reports.get(r) for r in roles) else "–"

            deviation = format_sek(g.deviation, signed=True) if g.deviation is not None else "–"
            return (Text(shown(g.group)), str(g.reports), money(g.budget, "budget", "beviljat"),
                    money(g.outcome, "utfall"), deviation, format_percent(g.deviation_pct))

        rows = [cells(g) for g in summary.groups]
        total = cells(summary.total)
    table.add_column("")
    for group, row in zip(summary.groups, rows):
        table.add_row(*row, "ca" if group.approx else "")
    table.add_section()
    table.add_row(*total, "ca" if summary.total.approx else "", style="bold")
    console.print(table)
    any_approx = summary.total.approx or any(g.approx for g in summary.groups)
    notes = ["ca: någon summerad siffra är ungefärlig."] if any_approx else []
    if summary.by == "org":
        notes.append("En rapport räknas för varje organisation den nämner; totalraden räknar varje rapport en gång.")
    if summary.by != "role":
        notes.append("Avvikelse = utfall - budget för rapporter som har båda.")
    if summary.superseded:
        notes.append(f"{len(summary.superseded)} delredovisning(ar) ersatta av senare rapport om samma projekt.")
    for note in notes:
        console.print(note, style="dim")
    if detail:
        _print_detail(summary, console)


def _print_detail(summary, console) -> None:
    from rich.text import Text

    from bilagor.cli.money import format_sek
    from bilagor.cli.output import shown

    for d in summary.detail:
        who = d.project or d.filename
        status = _STATUS_TEXT[d.status]
        if d.superseded_by:
            status += f" {d.superseded_by[:8]}"
        console.print()
        console.print(Text.assemble(
            (shown(d.report_id[:8]), "bold"),
            shown(f" {d.filename} · {who} · {d.year or '?'} · {d.section or '-'} · {d.role} · "
                  f"{'ca ' if d.approx else ''}{format_sek(d.sek)} · {status}"),
        ), soft_wrap=True)
        console.print(f"  {shown(d.sentence or d.text)}", markup=False, soft_wrap=True)

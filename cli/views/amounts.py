"""`bilagor amounts`: the summary as a terminal table, with --detail every amount."""

from __future__ import annotations

from bilagor.cli.views import shown_year
from bilagor.cli.output import shown

# -- the terminal table ---------------------------------------------------------

_GROUP_HEADERS = {
    "year": "År", "district": "Stadsdel", "district-today": "Stadsdel i dag",
    "project": "Projekt", "org": "Organisation", "role": "Roll",
}
# Why an amount has its role (role_source), as the --detail line says it.
_SOURCE_TEXT = {
    "cue": "ordet vid beloppet", "clause": "satsens ram eller verb", "context": "meningen eller rubriken före",
    "section": "avsnittet", "default": "inget ord: standard",
}
_STATUS_TEXT = {
    "budget": "summerad som budget", "outcome": "summerad som utfall", "repeated": "upprepad, räknad en gång",
    "not_summed": "summeras inte", "superseded": "ersatt av senare rapport",
}


def print_summary(summary, out, *, detail: bool, to_terminal: bool) -> None:
    """The summary as a table with a total row; with detail, every amount and how it counted."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from bilagor.cli.money import format_percent, format_sek

    console = _console(out, to_terminal)
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

    def marks(g) -> str:
        return " ".join(m for m in ("ca" if g.approx else "", "!" if g.flagged else "") if m)

    for group, row in zip(summary.groups, rows):
        table.add_row(*row, marks(group))
    table.add_section()
    table.add_row(*total, marks(summary.total), style="bold")
    console.print(table)
    any_approx = summary.total.approx or any(g.approx for g in summary.groups)
    notes = ["ca: någon summerad siffra är ungefärlig."] if any_approx else []
    if summary.total.flagged or any(g.flagged for g in summary.groups):
        notes.append("!: en rapport i gruppen har siffror som bör granskas (bilagor amounts --check).")
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

    for d in summary.detail:
        who = d.project or d.filename
        status = _STATUS_TEXT[d.status]
        if d.superseded_by:
            status += f" {d.superseded_by[:8]}"
        console.print()
        role = f"{d.role} ({_SOURCE_TEXT[d.role_source]})" if d.role_source in _SOURCE_TEXT else d.role
        value = f"{format_sek(d.sek)}–{format_sek(d.high)}" if d.high is not None else format_sek(d.sek)
        console.print(Text.assemble(
            (shown(d.report_id[:8]), "bold"),
            shown(f" {d.filename} · {who} · {shown_year(d.year, d.year_source) or '?'} · sida {d.page if d.page is not None else '?'} · "
                  f"{d.section or '-'} · {role} · {'ca ' if d.approx else ''}{value} · {status}"),
        ), soft_wrap=True)
        console.print(f"  {shown(d.sentence or d.text)}", markup=False, soft_wrap=True)


def print_checks(summary, out, *, to_terminal: bool) -> None:
    """`--check`: the amounts a person should look at, each with report, file, page, sentence and why."""
    from rich.text import Text

    from bilagor.cli.money import format_sek

    console = _console(out, to_terminal)
    if not summary.checks:
        console.print("Inga rapporter att granska.")
        return
    reports = len({c.report_id for c in summary.checks})
    console.print(f"{reports} rapport(er) med siffror att granska:")
    for c in summary.checks:
        console.print()
        console.print(Text.assemble(
            (shown(c.report_id[:8]), "bold"),
            shown(f" {c.filename} · sida {c.page if c.page is not None else '?'} · {c.role} · {format_sek(c.sek)} · {c.why}"),
        ), soft_wrap=True)
        console.print(f"  {shown(c.sentence or c.text)}", markup=False, soft_wrap=True)


def _console(out, to_terminal: bool):
    """A terminal gets its own width and colours; a file or a pipe a wide, colourless text."""
    from rich.console import Console

    if to_terminal:
        return Console(file=out, highlight=False)
    return Console(file=out, highlight=False, width=160, no_color=True)

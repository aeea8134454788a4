"""`bilagor amounts`: the summary as a terminal table, with --detail every amount."""

from __future__ import annotations

from bilagor.cli.views import reports as count_of
from bilagor.cli.views import shown_year
from bilagor.cli.output import shown

# -- the terminal table ---------------------------------------------------------

# Columns left out first when the terminal is narrow; the group column and the
# deviation's arithmetic (Utfall, Budget med utfall, Avvikelse) stay longest.
_DROP_ORDER = ("pct", "applications", "reports", "budget", "counting", "compared_budget", "deviation")


def print_summary(summary, out, *, detail: bool, to_terminal: bool, unit: str = "mnkr") -> None:
    """The summary as a table in one unit with a total row; with detail, every amount and how it counted."""
    console = _console(out, to_terminal)
    columns, rows, total, notes = amounts_table(summary, unit)
    table, left_out = _fitted_table(console, columns, rows, total)
    console.print(table)
    if left_out:  # a column gone without a word reads as a table that never had it
        notes = [f"Visas inte på en så smal terminal: {', '.join(left_out)} (--format csv visar alla).", *notes]
    for note in notes:
        console.print(note, style="dim")
    if detail:
        _print_detail(summary, console)


# Where the notes under the table send a reader: the command's flags on a terminal, the page's own lists on
# the web (a reader of the page has no flags to give).
_POINTERS = {
    "terminal": {
        "exact": "exakta kronor med --detail, --format csv, xlsx eller json",
        "checks": "bilagor amounts --check",
        "today": "--by district-today",
        "former": "--by district",
        "uncertain": 'Vilka: bilagor amounts --detail (året visas "2018?"); rätta med bilagor import --year ÅR --force FIL',
    },
    "web": {
        "exact": "exakta kronor i listan Belopp nedan",
        "checks": "listan Att granska nedan",
        "today": 'grupperingen "Stadsdel i dag"',
        "former": 'grupperingen "Stadsdel"',
        "uncertain": 'Vilka: listan Belopp nedan (året visas "2018?")',
    },
}


_DEVIATION_NOTE = (
    "Avvikelse = Utfall - Budget med utfall: bara rapporter som har både budget och utfall jämförs "
    "(en budget utan utfall än är inget överskott)."
)


def amounts_table(summary, unit: str = "mnkr", *, where: str = "terminal"):
    """(columns as (key, header, justify), a dict of cells per group, the total's cells, notes):
    the table in one unit, as the terminal and (`where="web"`) the web page show it."""
    return (_role_table if summary.by == "role" else _money_table)(summary, unit, _POINTERS[where])


def _fitted_table(console, columns: list[tuple[str, str, str]], rows: list[dict], total: dict):
    """(a rich Table of the columns that fit the console, the headers of those left out).

    `columns` are (key, header, justify); the first is the group, which never
    wraps: when even the narrowest table is too wide it is cut with "…".
    """
    widths = {key: _width(header, [row[key] for row in [*rows, total]]) for key, header, _ in columns}
    kept = _kept_columns(columns, widths, console.width)
    rest = _table_width(kept[1:], widths) + _GAP
    table = _table(kept, rows, total, widths, group_width=min(widths[kept[0][0]], max(console.width - rest, 8)))
    left_out = [c[1].replace("\n", " ") for c in columns if c not in kept]
    return table, left_out


# The per cent and the counts give way to a long name (a project's) before it is cut (the budget of all reports
# stays: without it a project with a budget and no outcome yet shows no figure at all; the note under the table
# still says how many reports are applications); cut to its first 22 characters, the projects of a search for
# "kameraövervakning" all read "Kameraövervakning …".
_NAME_BEFORE = 3  # "pct", "applications" and "reports" of _DROP_ORDER


def _kept_columns(columns, widths: dict, width: int) -> list:
    group = columns[0][0]

    def fits(kept, group_width: int) -> bool:
        return _table_width(kept, {**widths, group: group_width}) <= width

    variants = [[c for c in columns if c[0] not in _DROP_ORDER[:drop]] for drop in range(len(_DROP_ORDER) + 1)]
    for kept in variants[: _NAME_BEFORE + 1]:
        if fits(kept, widths[group]):  # the name whole
            return kept
    if widths[group] > GROUP_MIN and fits(variants[_NAME_BEFORE], GROUP_MIN):
        return variants[_NAME_BEFORE]  # the name as long as the line allows
    # A long group is cut to GROUP_MIN before the deviation's columns go.
    return next((kept for kept in variants if fits(kept, min(widths[group], GROUP_MIN))), variants[-1])


GROUP_MIN = 22  # every district's name (at most 21 characters) fits
_GAP = 2  # between two columns: one space of padding and the (blank) divider


def _width(header: str, cells: list) -> int:
    from rich.cells import cell_len

    texts = [c.plain if hasattr(c, "plain") else str(c) for c in cells]
    return max([cell_len(t) for t in texts] + [cell_len(line) for line in header.split("\n")])


def _table_width(columns, widths: dict) -> int:
    return sum(widths[key] for key, _, _ in columns) + _GAP * (len(columns) - 1)


def _table(columns, rows, total, widths: dict, *, group_width: int):
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    for i, (key, header, justify) in enumerate(columns):
        if i == 0:
            table.add_column(header, no_wrap=True, overflow="ellipsis", width=group_width)
        else:
            table.add_column(header, justify=justify, no_wrap=True, min_width=widths[key])
    for row in rows:
        table.add_row(*(row[key] for key, _, _ in columns))
    table.add_section()
    table.add_row(*(total[key] for key, _, _ in columns), style="bold")
    return table


def _money_table(summary, unit: str, pointers: dict[str, str]):
    from rich.text import Text

    from bilagor.cli.money import format_percent, format_steps, hedge_shows, rounded_steps
    from bilagor.index.reports.words import GROUP_WORDS

    columns = [
        ("group", GROUP_WORDS[summary.by], "left"),
        ("reports", "Antal", "right"),
        ("budget", f"Budget\n{unit}", "right"),
        ("outcome", f"Utfall\n{unit}", "right"),
        ("compared_budget", f"Budget med\nutfall {unit}", "right"),
        ("deviation", f"Avvikelse\n{unit}", "right"),
        ("pct", "Avv.\n%", "right"),
        ("marks", "", "left"),
    ]
    if summary.total.applications:
        columns.insert(2, ("applications", "Varav\nansökan", "right"))
    partial = []
    by_year = _years_matter(summary)

    def cells(g) -> dict:
        def money(value, *roles):
            # A group without any figure of these roles shows "–", not "0" (nothing spent).
            if not any(g.role_reports.get(r) for r in roles):
                return "–"
            return format_steps(rounded_steps(value, unit), unit)

        if g.compared_budget is None:
            compared = deviation = "–"
        else:
            # The deviation is the difference of the two figures as shown, so the row adds up.
            compared = format_steps(rounded_steps(g.compared_budget, unit), unit)
            steps = rounded_steps(g.compared_outcome, unit) - rounded_steps(g.compared_budget, unit)
            deviation = format_steps(steps, unit, signed=True)
        hedged = (
            hedge_shows(g.budget, g.budget_margin, unit)
            or hedge_shows(g.outcome, g.outcome_margin, unit)
            or (g.deviation is not None and hedge_shows(g.deviation, g.compared_margin, unit))
        )
        outcome_only = g.role_reports.get("utfall") and g.outcome != (g.compared_outcome or 0)
        if outcome_only:
            partial.append(g)
        uncertain = by_year and g.uncertain_years
        marks = [m for m, on in (("ca", hedged), ("!", g.flagged), ("*", outcome_only), ("?", uncertain)) if on]
        return {
            "group": Text(shown(g.group)),
            "reports": str(g.reports),
            "applications": str(g.applications),
            "budget": money(g.budget, "budget", "beviljat"),
            "outcome": money(g.outcome, "utfall"),
            "compared_budget": compared,
            "deviation": deviation,
            "pct": format_percent(g.deviation_pct, sep="").rstrip("%"),
            "marks": " ".join(marks),
        }

    rows = [cells(g) for g in summary.groups]
    total = cells(summary.total)
    marked = rows + [total]
    notes = [f"Belopp i {unit}; {pointers['exact']}.", _DEVIATION_NOTE]
    if any("ca" in r["marks"] for r in marked):
        notes.append('ca: en ungefärlig siffra ("ca", "drygt" …) kan ändra det avrundade beloppet.')
    if any("!" in r["marks"] for r in marked):
        notes.append(f"!: en rapport i gruppen har siffror som bör granskas ({pointers['checks']}).")
    if partial:
        notes.append("*: rapporter med utfall men utan budget ingår i Utfall men inte i Avvikelse.")
    if by_year and summary.total.uncertain_years:
        notes.append(_uncertain_years_note(summary.total.uncertain_years, pointers))
    notes += _common_notes(summary) + _former_district_notes(summary, pointers)
    return columns, rows, total, notes


def _role_table(summary, unit: str, pointers: dict[str, str]):
    from rich.text import Text

    from bilagor.cli.money import format_in_unit, hedge_shows
    from bilagor.index.reports.words import GROUP_WORDS, role_counting, word

    columns = [
        ("group", GROUP_WORDS["role"], "left"),
        ("reports", "Antal", "right"),
        ("sum", f"Summa\n{unit}", "right"),
        ("counting", "Räknas", "left"),
        ("marks", "", "left"),
    ]

    def cells(g) -> dict:
        sek = g.roles.get(g.group, 0)
        hedged = hedge_shows(sek, g.role_margins.get(g.group, 0), unit)
        marks = [m for m, on in (("ca", hedged), ("!", g.flagged)) if on]
        return {
            "group": Text(shown(word("role", g.group))),
            "reports": str(g.reports),
            "sum": format_in_unit(sek, unit),
            "counting": role_counting(g.group),
            "marks": " ".join(marks),
        }

    rows = [cells(g) for g in summary.groups]
    t = summary.total
    total = {"group": Text(shown(t.group)), "reports": str(t.reports), "sum": "", "counting": "", "marks": ""}
    notes = [
        f"Belopp i {unit}. Summan per roll räknar varje belopp en gång per rapport; "
        'roller som "summeras inte" ingår aldrig i budget eller utfall.'
    ]
    if any("ca" in r["marks"] for r in rows):
        notes.append('ca: en ungefärlig siffra ("ca", "drygt" …) kan ändra det avrundade beloppet.')
    if any("!" in r["marks"] for r in rows):
        notes.append(f"!: en rapport i gruppen har siffror som bör granskas ({pointers['checks']}).")
    return columns, rows, total, notes + _common_notes(summary)


def _years_matter(summary) -> bool:
    """Whether a report's year decides where (or whether) it counts: rows by year, or a --year filter."""
    return "year" in summary.by.split(",") or summary.years is not None


def _uncertain_years_note(count: int, pointers: dict[str, str]) -> str:
    """An auditor's warning that a row of a year may hold another year's report: a year read from the PDF's
    creation date is the date the file was made (a scan's, a re-save's), not the report's."""
    which = "rapport har" if count == 1 else "rapporter har"
    return (
        f"?: {count} {which} inget år i texten; året är PDF-filens skapandedatum och kan vara fel "
        f"(en skanning görs ofta år senare). {pointers['uncertain']}."
    )


def _common_notes(summary) -> list[str]:
    notes = []
    if summary.total.applications:
        notes.append(
            f"{summary.total.applications} av rapporterna är ansökningar utan uppföljning i arkivet: "
            "deras budget är en plan, inte en redovisning."
        )
    if summary.by == "org":
        notes.append("En rapport räknas för varje organisation den nämner; totalraden räknar varje rapport en gång.")
    if summary.superseded:
        notes.append(
            f"{count_of(len(summary.superseded))} {'ersatt' if len(summary.superseded) == 1 else 'ersatta'} av en "
            "annan om samma projekt "
            "(en delredovisning av en senare rapport, en ansökan av en uppföljning av samma år eller senare, en äldre "
            "version av en rapport av en nyare med samma Dnr, eller samma projekt, plats, år och skede; nyare efter "
            "rapportens eget datum, annars filens): de räknas inte i Antal eller i summorna."
        )
    return notes


def file_notes(summary, *, where: str = "terminal") -> list[str]:
    """The notes a workbook of the summary carries under its table: what the terminal says of the rows (the
    deviation, applications, reports left out, merged districts), not the unit and marks its exact kronor
    and columns do without."""
    notes = [] if summary.by == "role" else [_DEVIATION_NOTE]
    return notes + _common_notes(summary) + _former_district_notes(summary, _POINTERS[where])


def chart_notes(summary) -> list[str]:
    """The line a chart by district carries under it: its bars of districts merged into another since (a
    published chart has no table's notes beside it)."""
    parts = _merged_parts(summary)
    if not parts:
        return []
    bars = (
        "Staplarna räknar dem under stadsdelen i dag."
        if summary.by.startswith("district-today")
        else "Staplarna följer namnet i rapporten."
    )
    return [f"Sammanslagna stadsdelar: {'; '.join(parts)}. {bars}"]


def _merged_parts(summary) -> list[str]:
    """The rows' districts merged into another since: ["Norrmalm och Östermalm ingår sedan 2023 i Norra
    innerstaden", …]; [] when the grouping has none."""
    from bilagor.index.reports.amounts import former_districts

    merged: dict[tuple[str, int], list[str]] = {}
    for row in former_districts(summary.by, [g.group for g in summary.groups], summary.named_districts):
        merged.setdefault((row["today"], row["since"]), []).append(row["district"])
    parts = [f"{_listed(names)} sedan {since} i {now}" for (now, since), names in merged.items()]
    if parts:
        parts[0] = parts[0].replace(" sedan ", " ingår sedan ", 1)
    return parts


def _former_district_notes(summary, pointers: dict[str, str]) -> list[str]:
    """A line naming the rows' districts merged into another since, and the grouping that joins them:
    "Norrmalm" and "Norra innerstaden" as two rows read as two areas to anyone who does not know."""
    parts = _merged_parts(summary)
    if not parts:
        return []
    if summary.by.startswith("district-today"):  # today's row holds them, years before the merger too
        rows = (
            "Raderna räknar deras rapporter under stadsdelen i dag, också år före sammanslagningen; "
            f"{pointers['former']} visar dem var för sig."
        )
    else:
        rows = f"Raderna följer namnet i rapporten; {pointers['today']} räknar dem under stadsdelen i dag."
    return [f"Sammanslagna stadsdelar: {'; '.join(parts)}. {rows}"]


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def _print_detail(summary, console) -> None:
    from rich.text import Text

    from bilagor.cli.money import format_sek
    from bilagor.index.reports.words import word

    for d in summary.detail:
        who = d.project or d.filename
        status = word("status", d.status)
        if d.superseded_by:
            status += f" {d.superseded_by[:8]}"
        console.print()
        role = word("role", d.role)
        if d.role_source:
            role += f" ({word('role_source', d.role_source)})"
        value = f"{format_sek(d.sek)}–{format_sek(d.high)}" if d.high is not None else format_sek(d.sek)
        console.print(
            Text.assemble(
                (shown(d.report_id[:8]), "bold"),
                shown(
                    f" {d.filename} · {who} · {shown_year(d.year, d.year_source) or '?'} · "
                    f"sida {d.page if d.page is not None else '?'} · {word('section', d.section) or '-'} · {role} · "
                    f"{'ca ' if d.approx else ''}{value} · {status}"
                ),
            ),
            soft_wrap=True,
        )
        console.print(f"  {shown(d.sentence or d.text)}", markup=False, soft_wrap=True)


def print_checks(summary, out, *, to_terminal: bool) -> None:
    """`--check`: the amounts a person should look at, each with report, file, page, sentence and why."""
    from rich.text import Text

    from bilagor.cli.money import format_sek
    from bilagor.index.reports.words import word

    console = _console(out, to_terminal)
    if not summary.checks:
        console.print("Inga rapporter att granska.")
        return
    reports = len({c.report_id for c in summary.checks})
    console.print(f"{count_of(reports)} med siffror att granska:")
    for c in summary.checks:
        console.print()
        console.print(
            Text.assemble(
                (shown(c.report_id[:8]), "bold"),
                shown(
                    f" {c.filename} · sida {c.page if c.page is not None else '?'} · {word('role', c.role)} · "
                    f"{format_sek(c.sek)} · {c.why}"
                ),
            ),
            soft_wrap=True,
        )
        console.print(f"  {shown(c.sentence or c.text)}", markup=False, soft_wrap=True)
    first = shown(summary.checks[0].report_id[:8])
    console.print()
    console.print(  # what a reader can do with a report the list names: read it whole, or leave it out
        f"Läs {'rapporten' if reports == 1 else 'en rapport, t.ex. den första'}: bilagor show {first} (hela texten) eller bilagor amounts --detail 'id:{first}' (varje belopp"
        f" och hur det räknades); räkna utan den: lägg till 'NOT id:{first}' i frågan (bilagor amounts 'NOT id:{first}').",
        markup=False,
        soft_wrap=True,
    )


def _console(out, to_terminal: bool):
    """A terminal gets its own width and colours; a file or a pipe a wide, colourless text."""
    from rich.console import Console

    if to_terminal:
        return Console(file=out, highlight=False)
    return Console(file=out, highlight=False, width=160, no_color=True)

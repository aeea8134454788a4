"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

ArchiveOption = Annotated[
    Optional[Path],
    typer.Option(
        "--archive",
        envvar="BILAGOR_ARCHIVE",
        help="Arkivmappen (annars $BILAGOR_ARCHIVE, annars användarens datamapp).",
        show_default=False,
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Skriv ut JSON (för program).")]

# How amounts' roles are decided (extract and import): validated by ExtractOptions.
RoleDecisionOption = Annotated[
    str,
    typer.Option(
        "--role-decision",
        help="Hur beloppens roller bestäms: rules (handskrivna regler) eller model (en inlärd modell får ändra reglernas roll).",
    ),
]

# The filters search, amounts and export share: one wording, one metavar.
YearOption = Annotated[
    Optional[str],
    typer.Option("--year", metavar="ÅR", show_default=False, help="Ett år (2018) eller ett intervall (2016-2019)."),
]
DistrictOption = Annotated[
    Optional[str],
    typer.Option(
        "--district",
        metavar="STADSDEL",
        show_default=False,
        help="En stadsdel; dagens namn hittar också dem den ersatte.",
    ),
]
OrgOption = Annotated[
    Optional[str],
    typer.Option(
        "--org",
        metavar="ORG",
        show_default=False,
        help="Rapporter som nämner organisationen, med vilket namn som helst som registret känner (se bilagor list orgs).",
    ),
]

FileNumberOption = Annotated[
    Optional[str],
    typer.Option(
        "--dnr",
        metavar="DNR",
        show_default=False,
        help="Rapporten med detta diarienummer (Dnr), som det står i rapporten; versaler och mellanslag spelar ingen roll.",
    ),
]


# A command's FRÅGA is every word left on the command line, so `bilagor search kameror polisen` needs no quotes (a
# shell splits an unquoted query into words, and Click would reject the second one as unexpected); joined_query
# makes them one query again.
QueryWords = Annotated[
    Optional[list[str]],
    typer.Argument(help="Bara rapporter som matchar denna sökfråga (som i bilagor search).", show_default=False),
]
SearchQueryWords = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="Ord, fraser, år:2018, stadsdel:norrmalm, org:stokab, avsnitt:avvikelser, utfall:>1000000 …",
        show_default=False,
    ),
]


def joined_query(words: list[str] | str | None) -> str | None:
    """The query the words make, as one string (None for none)."""
    if isinstance(words, str) or words is None:
        return words
    return " ".join(words) if words else None


def with_file_number(query: str | None, number: str | None) -> str | None:
    """The query with `--dnr NUMBER` as its `dnr:` term, for a command whose filters are not the search's own
    (`bilagor amounts` filters by year and district in SQL, by the query in the search index)."""
    number = (number or "").replace('"', " ").strip()
    if not number:
        return query
    term = f'dnr:"{number}"'
    return f"({query}) {term}" if query else term


def output_format(output: Path | None, chosen: str | None, suffixes: dict[str, str | None]) -> str | None:
    """The format an `-o` file's suffix names, when the command's format was left to it (`chosen` None): a
    table in "sammanställning.xlsx" opens in no spreadsheet. `suffixes` maps a suffix to its format (None: a
    suffix the command cannot write). A suffix naming another format than `chosen` is a usage error, never
    a file whose name lies about its content. None where the name says nothing (no -o, another suffix)."""
    from bilagor.extractor.errors import UsageError

    if output is None or output.suffix.lower() not in suffixes:
        return None
    suffix = output.suffix.lower()
    named = suffixes[suffix]
    if named is None:
        known = ", ".join(f"{s} ({f})" for s, f in suffixes.items() if f)
        raise UsageError(f"-o {output}: kommandot skriver inte {suffix}-filer; välj {known}")
    if chosen is not None and chosen != named:
        raise UsageError(f"-o {output}: filnamnet säger {named} men utdata blir {chosen}; byt filnamn eller format")
    return named


MAX_SECONDS = 24 * 3600.0  # longer waits are typing mistakes; huge values overflow OS timers


def check_seconds(option: str, value: float, *, zero_ok: bool) -> None:
    """A duration option must be a real number of seconds: not nan, inf, negative (or 0 unless allowed)."""
    from bilagor.extractor.errors import UsageError

    low_ok = value >= 0 if zero_ok else value > 0
    if not (low_ok and value <= MAX_SECONDS):  # also false for nan
        least = "0 eller mer" if zero_ok else "mer än 0"
        raise UsageError(f"{option} {value:g}: ange {least} sekunder, högst {MAX_SECONDS:g}")

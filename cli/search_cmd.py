"""`bilagor search QUERY`: find reports in the archive."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json, shown

EMPTY_HINT = "the archive is empty; add reports with: bilagor import PATH"


def search(
    query: Annotated[Optional[str], typer.Argument(help="Words, phrases, år:2018, stadsdel:norrmalm, org:stokab, avsnitt:avvikelser, utfall:>1000000 ...", show_default=False)] = None,
    year: Annotated[Optional[str], typer.Option("--year", help="A year (2018) or a range (2016-2019).", show_default=False)] = None,
    district: Annotated[Optional[str], typer.Option("--district", help="District; today's name also finds the districts it replaced.", show_default=False)] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Organisation (canonical name, any case).", show_default=False)] = None,
    section: Annotated[Optional[str], typer.Option("--section", help="Search only this section (e.g. avvikelser).", show_default=False)] = None,
    sort: Annotated[str, typer.Option("--sort", help="relevance or year (newest first).")] = "relevance",
    limit: Annotated[int, typer.Option("--limit", help="Number of hits shown (facets count all matches).")] = 10,
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Search the archive's reports (Swedish stemming, compounds, å/ä/ö optional)."""
    from bilagor.extractor.errors import ArchiveMissingError
    from bilagor.index.search import empty_results, search as run_search

    try:
        results = run_search(archive, query, year=year, district=district, org=org, section=section,
                             sort=sort, limit=limit)
    except ArchiveMissingError:
        results = None
    if results is None or (results.total == 0 and _archive_is_empty(archive)):
        _say(EMPTY_HINT)
        results = results or empty_results(query)
        if json_output:
            print_json(results.to_dict())
        return
    if json_output:
        print_json(results.to_dict())
    else:
        print_search_results(results)


def print_search_results(results, out=None) -> None:
    """Hits with their snippet, then counts per year and district.

    On a terminal rich shows matched words in bold yellow; piped output is
    plain text (without the ** marks) and does not import rich at all.
    """
    import sys

    out = out or sys.stdout
    if out.isatty():
        from rich.console import Console
        from rich.markup import escape

        console = Console(highlight=False, file=out)
        emit = console.print

        def plain(text: str) -> str:
            return escape(shown(text))
        styled = {"b": "[bold]{}[/bold]", "dim": "[dim]{}[/dim]", "it": "[italic]{}[/italic]",
                  "mark": "[bold yellow]{}[/bold yellow]"}
    else:
        def emit(line: str) -> None:
            print(line, file=out)

        def plain(text: str) -> str:
            return shown(text)

        styled = {"b": "{}", "dim": "{}", "it": "{}", "mark": "{}"}
    for line in search_result_lines(results, plain, styled):
        emit(line)


def search_result_lines(results, plain, styled: dict[str, str]) -> list[str]:
    """The terminal view as lines; `plain` escapes text (controls included), `styled` formats a style."""
    import re

    start, end = (re.escape(m) for m in results.highlight)
    shown = len(results.hits)
    lines = [styled["b"].format(results.total) + (" träff" if results.total == 1 else " träffar") + (f", visar {shown}" if shown < results.total else "")]
    if results.relaxed:
        lines.append(styled["dim"].format("Ingen rapport innehåller alla orden; visar dem som innehåller flest."))
    for number, hit in enumerate(results.hits, 1):
        facts = " · ".join(str(v) for v in (hit.district, hit.year, hit.stage) if v)
        lines.append("")
        lines.append(styled["b"].format(f"{number}. {plain(hit.project or hit.title or hit.filename)}")
                     + "  " + styled["dim"].format(plain(facts)))
        lines.append("   " + styled["dim"].format(plain(f"{hit.path or hit.filename}  ({hit.id[:12]})")))
        if hit.snippet:
            pieces = re.split(f"{start}(.+?){end}", hit.snippet)
            snippet = "".join(styled["mark"].format(plain(p)) if i % 2 else plain(p) for i, p in enumerate(pieces))
            where = f"{hit.section_label}, s. {hit.page}: " if hit.section_label else ""
            lines.append("   " + styled["it"].format(plain(where)) + snippet)
    for name, label in (("year", "År"), ("district", "Stadsdel")):
        counts = results.facets.get(name) or {}
        if counts:
            items = sorted(counts.items()) if name == "year" else counts.items()
            lines.append("")
            lines.append(styled["b"].format(label + ":") + " " + " · ".join(f"{plain(k)} ({v})" for k, v in items))
    return lines


def _archive_is_empty(archive) -> bool:
    from bilagor.index.archive import Archive

    if not Archive.exists(archive):
        return True
    with Archive.open(archive) as opened:
        return opened.records.count() == 0


def _say(message: str) -> None:
    import sys

    print(f"bilagor: {message}", file=sys.stderr)

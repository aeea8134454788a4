"""`bilagor search QUERY`: find reports in the archive."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from bilagor.cli import options
from bilagor.cli.output import print_json

from bilagor.cli.views import EMPTY_ARCHIVE as EMPTY_HINT


def search(
    words: options.SearchQueryWords = None,
    year: options.YearOption = None,
    district: options.DistrictOption = None,
    org: options.OrgOption = None,
    dnr: options.FileNumberOption = None,
    section: Annotated[
        Optional[str],
        typer.Option("--section", help="Sök bara i detta avsnitt (t.ex. avvikelser).", show_default=False),
    ] = None,
    sort: Annotated[str, typer.Option("--sort", help="relevance (bäst först) eller year (nyast först).")] = "relevance",
    limit: Annotated[
        int,
        typer.Option(
            "--limit",
            help="Antal träffar som visas (räkningarna per år och stadsdel tar med alla träffar; när ingen rapport har alla orden, de med nyckelordet).",
        ),
    ] = 10,
    json_output: options.JsonOption = False,
    archive: options.ArchiveOption = None,
) -> None:
    """Sök i arkivets rapporter (böjningsformer, sammansättningar, å/ä/ö valfria)."""
    query = options.joined_query(words)
    from bilagor.extractor.errors import ArchiveMissingError
    from bilagor.index.search.searcher import empty_results, search as run_search

    try:
        results = run_search(
            archive,
            query,
            year=year,
            district=district,
            org=org,
            section=section,
            file_number=dnr,
            sort=sort,
            limit=limit,
            org_facet=True,  # a reader asks "with which organisations?" as often as "where?"
        )
    except ArchiveMissingError:
        results = None
    if results is None or (results.total == 0 and _archive_is_empty(archive)):
        from bilagor.index.archive.location import archive_dir

        _say(f"{archive_dir(archive)}: {EMPTY_HINT}")  # the folder, as every other command's message names it
        results = results or empty_results(query)
        if json_output:
            print_json(results.to_dict())
        return
    if json_output:
        print_json(results.to_dict())
    else:
        from bilagor.cli.views.search import print_search_results

        print_search_results(results)
    for note in results.notes:  # stadsdel:Brom finds nothing; the reason, as --district gives it
        _say(note)
    if results.total == 0 and (year is not None or "år:" in (query or "").lower()):
        from bilagor.cli.views import years_held_line

        line = years_held_line(archive)  # a year outside the archive's is the likely slip
        if line:
            _say(line)
    if results.total == 0 and not results.also:
        from bilagor.extractor.file_number import typed_file_number

        number = (dnr or "").strip() or typed_file_number(query or "")
        if number:
            from bilagor.cli.views import unknown_file_number_line

            line = unknown_file_number_line(archive, number)
            if line:
                _say(line)


def _archive_is_empty(archive) -> bool:
    from bilagor.index.archive import Archive

    if not Archive.exists(archive):
        return True
    with Archive.open(archive) as opened:
        return opened.count() == 0


def _say(message: str) -> None:
    import sys

    print(f"bilagor: {message}", file=sys.stderr)

"""`bilagor show ID`: print one stored record."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json


def show(
    reference: Annotated[
        str,
        typer.Argument(
            metavar="ID|SÖKVÄG",
            help="Ett rapport-id (eller en entydig början av det), en lagrad sökväg eller ett filnamn.",
        ),
    ],
    query: Annotated[
        Optional[str],
        typer.Option(
            "--query",
            "-q",
            help="Markera orden som denna sökfråga hittar (som bilagor search) och säg i vilka avsnitt de står.",
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Visa en hel lagrad post, med dess sökvägar."""
    from bilagor.index.archive import Archive
    from bilagor.index.reports.counting import report_counting

    terms: tuple[set[str], set[str]] = (set(), set())
    with Archive.open_for_reading(archive) as opened:
        report = opened.find(reference)
        counting = None if json_output else report_counting(opened, report)
        changed = set() if json_output else opened.changed_paths(report.id)
        if query and not json_output:
            from bilagor.index.search.highlight import query_terms

            terms = query_terms(opened, query)  # the search's own words: what a hit was found by
    if json_output:
        print_json(report.to_dict())
    else:
        from bilagor.cli.views.show import print_report

        import os

        print_report(
            report,
            missing_paths={p for p in report.paths if not os.path.exists(p)},
            changed_paths=changed,
            counting=counting,
            query=query,
            terms=terms,
        )

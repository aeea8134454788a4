"""`bilagor list districts|orgs|sections`: the values that --district, --org and --section accept."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json, shown


class Listing(str, Enum):
    districts = "districts"
    orgs = "orgs"
    sections = "sections"


def list_(
    which: Annotated[Listing, typer.Argument(metavar="districts|orgs|sections", help="Vilka värden som ska listas.")],
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Lista värdena som filtren godtar, med antalet lagrade rapporter för vart och ett."""
    from bilagor.extractor.errors import ArchiveMissingError
    from bilagor.index.archive import Archive
    from bilagor.index.reports.listing import filter_values

    try:
        with Archive.open_for_reading(archive) as opened:
            values = filter_values(opened, which.value)
    except ArchiveMissingError:  # the gazetteer's values are worth knowing before the first import
        values = filter_values(None, which.value)
    if json_output:
        print_json([v.to_dict() for v in values])
        return
    width = max((len(v.name) for v in values), default=0)
    for value in values:
        note = f"  ({shown(value.note)})" if value.note else ""
        print(f"{shown(value.name):<{width}}  {value.reports:>5}{note}")

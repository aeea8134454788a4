"""`bilagor reindex`: rebuild the search index from the stored records."""

from __future__ import annotations

from typing import Annotated

import typer

from bilagor.cli.options import ArchiveOption, JsonOption, check_seconds
from bilagor.cli.output import print_json


def reindex(
    lock_timeout: Annotated[
        float, typer.Option("--lock-timeout", help="Sekunder att vänta på en pågående import.")
    ] = 10.0,
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Bygg om sökindexet från posterna (ingen PDF läses)."""
    from bilagor.extractor.errors import ArchiveMissingError
    from bilagor.index.archive import Archive

    check_seconds("--lock-timeout", lock_timeout, zero_ok=True)
    if not Archive.exists(archive):
        from bilagor.extractor.glossary import EMPTY_ARCHIVE

        raise ArchiveMissingError(f"{archive or 'arkivet'}: {EMPTY_ARCHIVE}")
    with Archive.open(archive, writable=True, lock_timeout=lock_timeout, catch_up=False) as opened:
        count = opened.reindex()
        folder = opened.folder
    if json_output:
        print_json({"archive": str(folder), "reindexed": count})
    else:
        print(f"Indexerade om {count} rapporter i {folder}.")

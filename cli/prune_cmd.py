"""`bilagor prune`: forget stored paths whose file is gone, and records left with none."""

from __future__ import annotations

from typing import Annotated

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json, shown


def prune(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Lista bara vad som skulle tas bort.")] = False,
    lock_timeout: Annotated[
        float, typer.Option(help="Vänta så många sekunder på att en annan import blir klar.")
    ] = 10.0,
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Glöm sökvägar som inte finns längre, och rapporter som då saknar sökväg."""
    from bilagor.cli.options import check_seconds
    from bilagor.index.archive import Archive

    check_seconds("--lock-timeout", lock_timeout, zero_ok=True)
    if dry_run:
        with Archive.open_for_reading(archive) as opened:
            result = opened.prune(dry_run=True)
    else:
        with Archive.open_for_reading(archive):  # an archive that does not exist is an error, not created
            pass
        with Archive.open(archive, writable=True, lock_timeout=lock_timeout) as opened:
            result = opened.prune()
    if json_output:
        print_json(result.to_dict())
        return
    verb = "skulle tas bort" if dry_run else "togs bort"
    for path in result.missing:
        print(f"  finns inte: {shown(path)}")
    print(
        f"{len(result.missing)} sökvägar som inte finns längre {verb}; "
        f"{len(result.removed)} rapporter utan någon sökväg {verb}"
    )

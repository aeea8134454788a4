"""`bilagor stats`: what the archive holds."""

from __future__ import annotations

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json


def stats(json_output: JsonOption = False, archive: ArchiveOption = None) -> None:
    """Antal rapporter per år, stadsdel och formulär, arkivets storlek och sökvägar som saknas."""
    from bilagor.extractor.errors import ArchiveMissingError
    from bilagor.index.archive import Archive
    from bilagor.index.archive.location import archive_dir
    from bilagor.index.reports.stats import ArchiveStats

    try:
        with Archive.open_for_reading(archive) as opened:
            result = opened.stats()
    except ArchiveMissingError:
        result = ArchiveStats(folder=str(archive_dir(archive)), reports=0, unindexed=0)
    if json_output:
        print_json(result.to_dict())
        return
    from bilagor.cli.views.stats import print_stats

    print_stats(result)

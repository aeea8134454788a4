"""Archive statistics: counts per year, district and form, size on disk."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bilagor.index.archive import Archive


@dataclass
class ArchiveStats:
    folder: str
    reports: int
    unindexed: int  # waiting for the index (quarantined records not counted)
    by_year: dict[str, int] = field(default_factory=dict)
    by_district: dict[str, int] = field(default_factory=dict)
    by_form: dict[str, int] = field(default_factory=dict)
    ocr: int = 0
    with_warnings: int = 0  # records that carry a warning (`bilagor show ID` lists them)
    size_bytes: int = 0  # the whole archive folder: records and index
    index_bytes: int = 0
    # Records the search index could not take: {id, filename, path, reason}.
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    missing_paths: int = 0  # stored paths whose file is gone (`bilagor prune` forgets them)
    # Files imports could not read, passed over until they change: {path, error, at}. Without this list a
    # failure was named once, by the import that met it, and then only counted ("1 tidigare misslyckade fil").
    failed_files: list[dict[str, Any]] = field(default_factory=list)
    # Reports whose figures another report's replace (summing rule 3: an older version, a delredovisning with a
    # later report, an application with its follow-up): in `reports`, not in `bilagor amounts`' count.
    superseded: int = 0
    # The extractor version of this bilagor, and the reports whose records another version made, per version: an
    # archive from an older bilagor is searched and summed as it is, but its next import reads their files again.
    extractor_version: str = ""
    other_extractor_versions: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def folder_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:  # removed while we walked (a writer swapped the index)
                pass
    return total


def archive_stats(archive: Archive) -> ArchiveStats:
    from bilagor.extractor import EXTRACTOR_VERSION
    from bilagor.index.reports.counting import superseded_in

    records = archive.records
    versions = records.counts_by("extractor_version")
    return ArchiveStats(
        folder=str(archive.folder),
        reports=records.count(),
        unindexed=records.count_unindexed(),
        by_year=records.counts_by("year"),
        by_district=records.counts_by("district"),
        by_form=records.counts_by("form_kind"),
        ocr=records.count_ocr(),
        with_warnings=records.count_with_warnings(),
        size_bytes=folder_size(archive.folder),
        index_bytes=folder_size(archive.folder / "whoosh"),
        quarantined=records.quarantined(),
        missing_paths=len(archive.missing_paths()),
        failed_files=records.failures(),
        superseded=len(superseded_in(archive)),
        extractor_version=EXTRACTOR_VERSION,
        other_extractor_versions={v: n for v, n in versions.items() if v != EXTRACTOR_VERSION},
    )

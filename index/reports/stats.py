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
    size_bytes: int = 0  # the whole archive folder: records and index
    index_bytes: int = 0
    # Records the search index could not take: {id, filename, path, reason}.
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    missing_paths: int = 0  # stored paths whose file is gone (`bilagor prune` forgets them)

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


def _counts(archive: Archive, column: str) -> dict[str, int]:
    rows = archive.records.query(
        f"SELECT COALESCE(CAST({column} AS TEXT), 'okänd') AS k, COUNT(*) AS n FROM reports GROUP BY k ORDER BY k"
    )
    return {row["k"]: row["n"] for row in rows}


def archive_stats(archive: Archive) -> ArchiveStats:
    records = archive.records
    return ArchiveStats(
        folder=str(archive.folder),
        reports=records.count(),
        unindexed=records.query(
            "SELECT COUNT(*) AS n FROM reports WHERE indexed = 0 AND id NOT IN (SELECT id FROM quarantine)"
        )[0]["n"],
        by_year=_counts(archive, "year"),
        by_district=_counts(archive, "district"),
        by_form=_counts(archive, "form_kind"),
        ocr=records.query("SELECT COUNT(*) AS n FROM reports WHERE ocr = 1")[0]["n"],
        size_bytes=folder_size(archive.folder),
        index_bytes=folder_size(archive.folder / "whoosh"),
        quarantined=records.quarantined(),
        missing_paths=len(archive.missing_paths()),
    )

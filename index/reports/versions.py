"""Which reports of an import are new versions of stored ones (or older copies of them): summing rule 3
counts only the newest file of one project, place, year and stage, so an import says which report's figures
it replaced, where before the corrected report came in as one more "importerad" and nothing said the old one
had left the sums."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilagor.index.reports.amounts import report_row, same_version, superseded_reports

if TYPE_CHECKING:
    from bilagor.index.archive import Archive


@dataclass(frozen=True)
class VersionPair:
    """An older and a newer file of one report; `newer`'s figures are summed, `older`'s not."""

    older_id: str
    older_path: str
    newer_id: str
    newer_path: str
    older_is_new: bool  # the import brought the older file: a stored newer one still counts

    def to_dict(self) -> dict[str, object]:
        return {
            "older": {"id": self.older_id, "path": self.older_path},
            "newer": {"id": self.newer_id, "path": self.newer_path},
            "older_is_new": self.older_is_new,
        }


def versions_among(archive: Archive, ids: Collection[str]) -> list[VersionPair]:
    """The pairs of versions of one report of which at least one is among `ids` (the reports just stored)."""
    if not ids:
        return []
    rows = {row["id"]: report_row(row) for row in archive.records.project_rows()}
    pairs = []
    for older, newer in superseded_reports(rows.values()).items():
        if (older in ids or newer in ids) and same_version(rows[older], rows[newer]):
            pairs.append(
                VersionPair(older, _first_path(archive, older), newer, _first_path(archive, newer), older in ids)
            )
    return sorted(pairs, key=lambda p: p.newer_path)


def _first_path(archive: Archive, report_id: str) -> str:
    paths = archive.records.paths_of(report_id)
    return paths[0] if paths else report_id

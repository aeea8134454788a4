"""The archive: one folder with the SQLite records and the Whoosh index.

This facade is the library API the CLI and Python users call. Writes go to
SQLite first, then to the search index; a record stored but not yet indexed
(for example after a crash between the two) is indexed on the next open.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from bilagor.extractor.record import Report
from bilagor.extractor.errors import ArchiveBusyError, ArchiveError, ArchiveMissingError
from bilagor.extractor.glossary import EMPTY_ARCHIVE
from bilagor.index.archive.location import archive_dir, ensure_private_dir
from bilagor.index.archive.lock import WriteLock
from bilagor.index.archive.quarantine import UnindexableReport, reason_of
from bilagor.index.archive.source_files import holds_report
from bilagor.index.archive.store import DB_NAME, RecordStore

if TYPE_CHECKING:
    from bilagor.index.filters import SearchFilters
    from bilagor.index.search.schema import SearchIndex

log = logging.getLogger("bilagor")


def live_path(paths: list[str]) -> str | None:
    """The first of a report's paths whose file still exists (a renamed file's old path comes last)."""
    return next((p for p in paths if os.path.exists(p)), paths[0] if paths else None)


@dataclass
class PruneResult:
    missing: list[str]  # stored paths whose file is gone
    removed: list[str]  # ids of the records left with no path
    dry_run: bool

    def to_dict(self) -> dict:
        return {"missing": self.missing, "removed": self.removed, "dry_run": self.dry_run}


def _noting_ids(reports: Iterable[Report], ids: list[str]) -> Iterable[Report]:
    """The reports, each one's id appended to `ids` as it is handed on."""
    for report in reports:
        ids.append(report.id)
        yield report


class Archive:
    def __init__(self, folder: Path, records: RecordStore, lock: WriteLock | None):
        self.folder = folder
        self.records = records
        self._lock = lock
        self._search_index: SearchIndex | None = None
        # Why a reader searches an index that is not up to date (None: it is).
        self.index_problem: str | None = None

    @classmethod
    def open(
        cls,
        folder: str | Path | None = None,
        *,
        writable: bool = False,
        lock_timeout: float = 0.0,
        catch_up: bool = True,
    ) -> Archive:
        """Open (and with writable=True create) the archive.

        writable=True takes the single-writer lock, waiting up to lock_timeout
        seconds before raising ArchiveBusyError. Readers never take it.
        A writer first brings the index up to date unless catch_up=False
        (reindex rebuilds it anyway).
        """
        path = archive_dir(folder)
        lock = None
        if writable:
            ensure_private_dir(path)
            lock = WriteLock(path)
            lock.acquire(lock_timeout)
        try:
            records = RecordStore(path) if writable else _records_for_reading(path)
        except Exception:
            if lock:
                lock.release()
            raise
        archive = cls(path, records, lock)
        if writable:
            records.ensure_writer_indexes()
        if writable and catch_up:
            try:
                archive.catch_up()
            except BaseException:
                archive.close()
                raise
        return archive

    @classmethod
    def open_for_reading(cls, folder: str | Path | None = None) -> Archive:
        """Open for search/show/stats, first bringing the index up to date if possible.

        Raises ArchiveMissingError when there is no archive at the folder.
        """
        path = archive_dir(folder)
        if not cls.exists(path):
            raise ArchiveMissingError(f"{path}: {EMPTY_ARCHIVE}")
        archive = cls.open(path)
        try:
            archive.refresh_index()
        except ArchiveBusyError:  # no index at all yet, and another bilagor is building it
            archive.close()
            raise
        except Exception as exc:
            # A writer's problem (an index that cannot be updated) never stops a
            # reader: it searches what the index holds and says so once.
            archive.index_problem = reason_of(exc)
            log.warning(
                "%s: sökindexet kunde inte uppdateras (%s); söker i det som finns",
                path,
                archive.index_problem,
            )
        except BaseException:
            archive.close()
            raise
        return archive

    @staticmethod
    def exists(folder: str | Path | None = None) -> bool:
        return (archive_dir(folder) / DB_NAME).exists()

    def close(self) -> None:
        if self._search_index is not None:
            self._search_index.close()
            self._search_index = None
        self.records.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------

    def add(self, reports: Iterable[Report], path_stats: dict[str, tuple[int, float]] | None = None) -> None:
        """Store reports (SQLite first, the source of truth), then index them."""
        reports = list(reports)
        self.records.put_many(reports, path_stats)
        self.index_pending()

    def index_pending(self) -> int:
        """Index every stored record the search index does not hold yet, and
        drop the records removed since (a path whose content changed).

        A record the index cannot take is quarantined (kept, marked with the
        reason, dropped from the index) and the others are indexed without it.
        """
        if not self.has_unindexed():
            return 0
        removed = self.records.removed_ids()
        rejected: list[str] = []
        while True:
            ids: list[str] = []
            # streamed: a large batch need not fit in memory
            pending = _noting_ids(self.records.iter_reports(unindexed_only=True), ids)
            try:
                self.search_index.update(pending, remove=[*removed, *rejected])
                break
            except UnindexableReport as exc:  # the writer was cancelled: again, without it
                self.records.quarantine(exc.report_id, exc.reason)
                rejected.append(exc.report_id)
        self.records.mark_indexed(ids)
        self.records.forget_removed(removed)
        return len(ids)

    def catch_up(self) -> None:
        """Rebuild the index if its schema changed; index what a crash left out."""
        if self.search_index.needs_rebuild():
            self.reindex()
        else:
            self.index_pending()

    def reindex(self) -> int:
        """Rebuild the whole search index from the records; no PDF is read.

        The new index is built beside the old one and swapped in only when
        complete: an error mid-way leaves the old index and the records' state
        as they were. Quarantined records are tried again; one the index still
        cannot take is left out (the build starts over without it).
        """
        removed = self.records.removed_ids()
        rejected: dict[str, str] = {}
        while True:
            ids: list[str] = []
            try:
                self.search_index.rebuild(_noting_ids(self.records.iter_reports(skip=rejected), ids))
                break
            except UnindexableReport as exc:
                rejected[exc.report_id] = exc.reason
        self.records.set_index_state(ids, rejected)
        self.records.forget_removed(removed)
        from bilagor.index.reports.amounts_kept import write_kept_summary

        write_kept_summary(self)  # missing or stale (another bilagor's records): `bilagor serve` shows it at once
        return len(ids)

    def prune(self, *, dry_run: bool = False) -> PruneResult:
        """Forget stored paths whose file no longer exists, and the records left with none."""
        missing = self.missing_paths()
        gone = {path for path, _ in missing}
        kept_by = {report_id for path, report_id in self.records.all_paths() if path not in gone}
        orphans = sorted({report_id for _, report_id in missing} - kept_by)
        if missing and not dry_run:
            self.records.drop_paths(gone)
            self.index_pending()  # the orphans leave the index too
            from bilagor.index.reports.amounts_kept import write_kept_summary

            write_kept_summary(self)  # without the orphans' figures
        return PruneResult(missing=[path for path, _ in missing], removed=orphans, dry_run=dry_run)

    def missing_paths(self) -> list[tuple[str, str]]:
        """Stored (path, report id) whose file is no longer there."""
        return [(path, report_id) for path, report_id in self.records.all_paths() if not os.path.exists(path)]

    def has_unindexed(self) -> bool:
        """Whether the index lags the records (records to add or to drop)."""
        return self.records.has_pending()

    def refresh_index(self) -> bool:
        """For a reader: catch the index up if it is stale and no writer is busy.

        Returns True when the index is current. A writer holding the lock will
        index its own records; meanwhile the reader searches what is there.
        """
        if not self.search_index.needs_rebuild() and not self.has_unindexed():
            return True
        if self._lock is not None:
            self.catch_up()
            return True
        if self.records.read_only:
            self._warn_stale("arkivet är skrivskyddat")
            return False
        lock = WriteLock(self.folder)
        try:
            lock.acquire(0.0)
        except ArchiveBusyError:
            if not self.search_index.exists():
                raise ArchiveBusyError(
                    f"{self.folder}: sökindexet byggs av en annan bilagor; försök igen om en stund"
                ) from None
            return False
        except ArchiveError as exc:  # a read-only folder: no lock file can be made
            cause = exc.__cause__
            self._warn_stale(f"kan inte skriva i arkivet ({cause.strerror if isinstance(cause, OSError) else exc})")
            return False
        try:
            self.catch_up()  # if it fails (a full disk, say), open_for_reading warns and reads on
        finally:
            lock.release()
        return True

    def _warn_stale(self, why: str) -> None:
        """One line saying the search sees the index as it is, and why it could not be brought up to date."""
        waiting = self.records.count_unindexed()
        what = f"{waiting} lagrade rapporter finns inte i sökindexet" if waiting else "sökindexet är inaktuellt"
        log.warning("%s: %s; %s, söker i det som finns", self.folder, why, what)

    # -- reading --------------------------------------------------------------

    def search(
        self,
        query: str | None,
        *,
        sort: str = "relevance",
        limit: int | None = 10,
        org_facet: bool = False,
        **filters: Unpack[SearchFilters],
    ):
        """Ranked hits with snippets and facets: see bilagor.index.search.searcher.search;
        the filters (year, district, org, section) are bilagor.index.filters.SearchFilters."""
        from bilagor.index.search.searcher import search

        return search(self, query, sort=sort, limit=limit, org_facet=org_facet, **filters)

    def matching_ids(self, query: str | None = None, **filters: Unpack[SearchFilters]) -> list[str]:
        """Ids of all reports matching the query and filters (no limit); None query = all.

        Same syntax and filter rules as `bilagor search`; raises QueryError.
        """
        from bilagor.index.search.searcher import matching_ids

        return matching_ids(self, query, **filters)

    def count(self) -> int:
        """The number of stored reports."""
        return self.records.count()

    def reports(self, ids: Iterable[str] | None = None) -> Iterator[Report]:
        """Stored records (all, in id order, or those of `ids` that exist), read a page at a time."""
        return self.records.iter_reports(ids)

    def resolve(self, prefix: str) -> Report:
        """The one report whose id starts with `prefix` (NotFoundError otherwise)."""
        return self.records.resolve(prefix)

    def find(self, reference: str) -> Report:
        """The one report named by a stored path, a file name or an id prefix (NotFoundError otherwise)."""
        return self.records.find(reference)

    def live_path(self, report_id: str) -> str | None:
        """The report's first path that still exists (else its first path)."""
        return live_path(self.records.paths_of(report_id))

    def source_path(self, report_id: str) -> str | None:
        """The report's first stored path whose file still holds its content (source_files.holds_report), or
        None: a path edited or overwritten since the import is not the report's file any longer."""
        for path, size, mtime in self.records.path_rows(report_id):
            if holds_report(Path(path), size, mtime, report_id):
                return path
        return None

    def changed_paths(self, report_id: str) -> set[str]:
        """The report's stored paths whose file exists but holds other content now (edited or replaced since
        the import; the next import reads it). A path stored without the file's size (a record added through the
        API, not imported) is never said to have changed: nothing says what it held."""
        return {
            path
            for path, size, mtime in self.records.path_rows(report_id)
            if size is not None and holds_report(Path(path), size, mtime, report_id) is False
        }

    def stats(self):
        """Counts per year, district and form, and the size on disk: see bilagor.index.reports.stats."""
        from bilagor.index.reports.stats import archive_stats

        return archive_stats(self)

    @property
    def search_index(self):
        if self._search_index is None:
            from bilagor.index.search.schema import SearchIndex

            self._search_index = SearchIndex(self.folder / "whoosh")
        return self._search_index


def _records_for_reading(path: Path) -> RecordStore:
    """The records for a reader: as usual, else read-only when the archive cannot be written
    (a read-only mount, a copy on a DVD). Readers never need to write."""
    try:
        return RecordStore(path)
    except ArchiveBusyError:
        raise
    except ArchiveError as first:
        try:
            return RecordStore.open_read_only(path)
        except ArchiveError:
            raise first from None

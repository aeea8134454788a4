"""The archive: one folder with the SQLite records and the Whoosh index.

This facade is the library API the CLI and Python users call. Writes go to
SQLite first, then to the search index; a record stored but not yet indexed
(for example after a crash between the two) is indexed on the next open.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bilagor.extractor.record import Report
from bilagor.index.location import archive_dir, ensure_private_dir
from bilagor.index.lock import WriteLock
from bilagor.index.records import DB_NAME, RecordStore


class Archive:
    def __init__(self, folder: Path, records: RecordStore, lock: WriteLock | None):
        self.folder = folder
        self.records = records
        self._lock = lock
        self._search_index = None

    @classmethod
    def open(
        cls,
        folder: str | Path | None = None,
        *,
        writable: bool = False,
        lock_timeout: float = 0.0,
    ) -> Archive:
        """Open (and with writable=True create) the archive.

        writable=True takes the single-writer lock, waiting up to lock_timeout
        seconds before raising ArchiveBusyError. Readers never take it.
        """
        path = archive_dir(folder)
        lock = None
        if writable:
            ensure_private_dir(path)
            lock = WriteLock(path)
            lock.acquire(lock_timeout)
        try:
            records = RecordStore(path)
        except Exception:
            if lock:
                lock.release()
            raise
        archive = cls(path, records, lock)
        if writable:
            archive.catch_up()
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
        """Index every stored record the search index does not hold yet."""
        pending = list(self.records.iter_reports(unindexed_only=True))
        if not pending:
            return 0
        self.search_index.update(pending)
        self.records.mark_indexed([r.id for r in pending])
        return len(pending)

    def catch_up(self) -> None:
        """Rebuild the index if its schema changed; index what a crash left out."""
        if self.search_index.needs_rebuild():
            self.reindex()
        else:
            self.index_pending()

    def reindex(self) -> int:
        """Rebuild the whole search index from the records; no PDF is read."""
        self.records.mark_all_unindexed()
        self.search_index.rebuild(self.records.iter_reports())
        self.records.mark_indexed([r.id for r in self.records.iter_reports()])
        return self.records.count()

    # -- reading --------------------------------------------------------------

    @property
    def search_index(self):
        if self._search_index is None:
            from bilagor.index.search_index import SearchIndex

            self._search_index = SearchIndex(self.folder / "whoosh")
        return self._search_index

"""A long-lived, read-only view of an archive, for a server (`bilagor serve`).

Each thread gets its own opened Archive (SQLite connections and Whoosh
readers belong to one thread), reused from request to request and opened
anew when the search index changes: another generation committed by an
import, a rebuilt index swapped in by `bilagor reindex`, another schema.
It never takes the write lock and never writes the index: reports an import
has stored but not indexed yet appear when that import indexes them.
"""

from __future__ import annotations

import os
import re
import threading
import weakref
from pathlib import Path

from bilagor.extractor.errors import ArchiveMissingError
from bilagor.extractor.glossary import EMPTY_ARCHIVE
from bilagor.index.archive.facade import Archive
from bilagor.index.archive.location import archive_dir
from bilagor.index.search._whoosh_internals import remember_field_lengths
from bilagor.index.search.schema import INDEX_NAME, VERSION_FILE, SearchIndex

# Whoosh writes one table of contents per generation: _MAIN_<generation>.toc
_TOC_RE = re.compile(rf"^_{INDEX_NAME}_(\d+)\.toc$")


def index_stamp(folder: Path) -> tuple:
    """What identifies the index's current state: its folder (a swapped-in
    rebuild is a new folder), its newest generation and its schema version."""
    whoosh = folder / "whoosh"
    try:
        inode = whoosh.stat().st_ino
        generations = [int(m.group(1)) for m in map(_TOC_RE.match, os.listdir(whoosh)) if m]
        version = (whoosh / VERSION_FILE).read_bytes()
    except OSError:
        return (None,)
    return (inode, max(generations, default=-1), version)


class LiveArchive:
    """One read-only Archive per thread, reopened when the index's state changes."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = archive_dir(folder)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Archive] = []
        # Per opened Archive: (its connection's data_version, the records' part of its data stamp).
        self._record_stamps: weakref.WeakKeyDictionary[Archive, tuple[int, tuple]] = weakref.WeakKeyDictionary()

    def exists(self) -> bool:
        return Archive.exists(self.folder)

    def get(self) -> Archive:
        """This thread's Archive, current with the index. Raises ArchiveMissingError without an archive."""
        if not self.exists():
            raise ArchiveMissingError(f"{self.folder}: {EMPTY_ARCHIVE}")
        stamp = index_stamp(self.folder)
        archive = getattr(self._local, "archive", None)
        if archive is not None and self._local.stamp == stamp:
            return archive
        if archive is not None:
            self._forget(archive)
        archive = Archive.open(self.folder)  # a reader: no lock, no catching up
        # Opening a Whoosh searcher reads the table of contents and opens every
        # segment (about as long as a search itself): keep one per thread until
        # the index changes.
        archive._search_index = KeptSearcherIndex(archive.folder / "whoosh")
        with self._lock:
            self._opened.append(archive)
        self._local.archive, self._local.stamp = archive, stamp
        return archive

    def data_stamp(self, archive: Archive) -> tuple:
        """Changes whenever the records or the index do: a key for results kept between requests."""
        # MAX(stored_at) reads every record (a tenth of a second for ten thousand): read again
        # only when another connection has committed since this archive's connection last did.
        version = archive.records.data_version()
        with self._lock:
            kept = self._record_stamps.get(archive)
        if kept is None or kept[0] != version:
            row = archive.records.query("SELECT COUNT(*) AS n, MAX(stored_at) AS last FROM reports")[0]
            removed = archive.records.query("SELECT COUNT(*) AS n FROM removed")[0]
            kept = (version, (row["n"], row["last"], removed["n"]))
            with self._lock:
                self._record_stamps[archive] = kept
        return (index_stamp(self.folder), *kept[1])

    def _forget(self, archive: Archive) -> None:
        with self._lock:
            if archive in self._opened:
                self._opened.remove(archive)
        archive.close()
        self._local.archive = None

    def close(self) -> None:
        """Close every thread's Archive (at shutdown)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for archive in opened:
            try:
                archive.close()
            except Exception:  # noqa: BLE001 - closing another thread's SQLite connection may refuse
                pass

    def source_file(self, report_id: str) -> Path | None:
        """A file the archive records for this report that still holds its content, or None (only paths stored
        in the archive are considered: `Archive.source_path`)."""
        path = self.get().source_path(report_id)
        return Path(path) if path is not None else None


class _KeptSearcher:
    """A Whoosh searcher that `with` and close() leave open (KeptSearcherIndex closes it)."""

    def __init__(self, searcher):
        self._searcher = searcher

    def __getattr__(self, name):
        return getattr(self._searcher, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def close(self) -> None:
        pass


class KeptSearcherIndex(SearchIndex):
    """A SearchIndex whose searcher() gives the same open searcher every time, for one thread."""

    def __init__(self, folder: str | Path):
        super().__init__(folder)
        self._kept: _KeptSearcher | None = None

    def searcher(self):
        if self._kept is None:
            searcher = super().searcher()
            remember_field_lengths(searcher)  # kept for many searches: read the lengths once
            self._kept = _KeptSearcher(searcher)
        return self._kept

    def close(self) -> None:
        if self._kept is not None:
            self._kept._searcher.close()
            self._kept = None
        super().close()

"""SQLite store of report records: the archive's source of truth.

Each report is kept as its full JSON plus flat tables (sections, amounts,
organisations, paths) so summaries are plain SQL. The search index is derived
from this store and can always be rebuilt from it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Container, Iterable, Iterator
from pathlib import Path

from bilagor.extractor.errors import ArchiveBusyError, ArchiveError, NotFoundError, UsageError
from bilagor.extractor.glossary import DISK_FULL, NO_REPORT
from bilagor.extractor.record import MAX_PLAUSIBLE_SEK, Report, bound_amounts
from bilagor.index.archive.quarantine import UnindexableReport, reason_of
from bilagor.index.reports.report_dates import DATE_KEY_PREFIXES

DB_NAME = "archive.sqlite3"
STORE_VERSION = 1
SQLITE_INT_RANGE = (-(2**63), 2**63 - 1)
# When a report's newest file was last changed, else when it was stored: which of two versions of one report
# is the correction (summing rule 3).
_NEWEST = "COALESCE((SELECT MAX(mtime) FROM paths WHERE report_id = reports.id), stored_at) AS newest"
# The diarienummer lives only in the record (schema_version 2): no column, so an archive needs no migration.
_FILE_NUMBER = "json_extract(record, '$.file_number') AS file_number"
# The answers of a report's date fields (index.reports.report_dates): of two versions of one report, the later
# date is the correction, before the files' dates decide.
# One pass over the sections joined to the reports (a subquery per report cost a third more of summary_rows); key
# ranges rather than LIKE, which folds case.
_DATED_KEYS = " OR ".join(f"(key >= '{p}' AND key < '{p[:-1]}{chr(ord(p[-1]) + 1)}')" for p in DATE_KEY_PREFIXES)
_DATED = "dated.dated AS dated"
_DATED_JOIN = (
    " LEFT JOIN (SELECT report_id, group_concat(text, char(10)) AS dated FROM sections WHERE "
    + _DATED_KEYS
    + " GROUP BY report_id) AS dated ON dated.report_id = reports.id"
)
_UNINDEXED = "indexed = 0 AND id NOT IN (SELECT id FROM quarantine)"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,
    record TEXT NOT NULL,              -- the full record JSON
    filename TEXT NOT NULL,
    title TEXT, form_kind TEXT, appendix TEXT,
    year INTEGER, district TEXT, district_today TEXT,
    project TEXT, location TEXT, stage TEXT,
    pages INTEGER, ocr INTEGER NOT NULL DEFAULT 0,
    extractor_version TEXT NOT NULL,
    stored_at REAL NOT NULL,
    indexed INTEGER NOT NULL DEFAULT 0 -- 1 once the search index holds this version
);
CREATE TABLE IF NOT EXISTS paths (
    path TEXT PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    size INTEGER, mtime REAL
);
CREATE TABLE IF NOT EXISTS sections (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, key TEXT NOT NULL, label TEXT, text TEXT, page INTEGER,
    PRIMARY KEY (report_id, ord)
);
CREATE TABLE IF NOT EXISTS amounts (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, text TEXT, sek INTEGER NOT NULL, approx INTEGER NOT NULL,
    role TEXT NOT NULL, section TEXT, page INTEGER, sentence TEXT,
    PRIMARY KEY (report_id, ord)
);
CREATE TABLE IF NOT EXISTS organisations (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    name TEXT NOT NULL, kind TEXT, count INTEGER, mentions TEXT,
    PRIMARY KEY (report_id, name)
);
-- Records removed here but perhaps still in the search index: the index
-- drops them on its next update (crash-safe like the indexed flag).
CREATE TABLE IF NOT EXISTS removed (id TEXT PRIMARY KEY);
-- Records the search index could not take: kept here, left out of the index,
-- listed by `bilagor stats`. Storing the record again (or reindex) retries.
CREATE TABLE IF NOT EXISTS quarantine (
    id TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    reason TEXT NOT NULL, at REAL NOT NULL
);
-- Files an import could not read, by path, size and mtime: the next import
-- passes over them unless the file changed or --retry-failed is given.
CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY, size INTEGER, mtime REAL, error TEXT NOT NULL, at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS paths_report ON paths(report_id);
CREATE INDEX IF NOT EXISTS reports_year ON reports(year);
CREATE INDEX IF NOT EXISTS reports_district ON reports(district);
CREATE INDEX IF NOT EXISTS reports_unindexed ON reports(indexed) WHERE indexed = 0;
CREATE INDEX IF NOT EXISTS amounts_role ON amounts(role);
-- The archive's change counter: one more for each report stored, changed or removed (by any
-- writer, as triggers live in the database), so what is derived from the records and kept
-- beside them (the amounts page's summary) can tell it is stale without reading them.
INSERT OR IGNORE INTO meta VALUES ('changes', '0');
CREATE TRIGGER IF NOT EXISTS reports_added AFTER INSERT ON reports
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'; END;
CREATE TRIGGER IF NOT EXISTS reports_removed AFTER DELETE ON reports
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'; END;
CREATE TRIGGER IF NOT EXISTS reports_changed
    AFTER UPDATE OF record, filename, form_kind, year, district, district_today, project, stage ON reports
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'; END;
"""


def not_an_archive(path: Path, exc: Exception | str) -> ArchiveError:
    """The error for a file SQLite cannot read as a database (opened for writing or for reading)."""
    return ArchiveError(f"{path}: inget bilagor-arkiv ({exc})")


def newer_format(path: Path, version: str) -> ArchiveError:
    """The error for an archive written by a newer bilagor (its store_version above STORE_VERSION)."""
    return ArchiveError(f"{path}: arkivformat {version} är nyare än denna bilagor kan läsa")


def _refuse_newer(db: sqlite3.Connection, path: Path) -> bool:
    """Whether the archive has a store_version; raises ArchiveError if it is newer than
    STORE_VERSION (or no number). The one check, for writing and for reading only."""
    row = db.execute("SELECT value FROM meta WHERE key='store_version'").fetchone()
    if row is None:
        return False
    try:
        version = int(row[0])
    except ValueError:
        raise not_an_archive(path, f"store_version {row[0]!r}") from None
    if version > STORE_VERSION:
        raise newer_format(path, row[0])
    return True


class RecordStore:
    """Records in one SQLite file. Safe for one writer and many readers (WAL)."""

    def __init__(self, folder: Path, *, busy_timeout: float = 10.0):
        self.path = Path(folder) / DB_NAME
        db = None
        try:
            db = self.db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            self._check_version()
        except BaseException as exc:
            if db is not None:  # a refused archive keeps no connection (nor its file) open
                db.close()
            if isinstance(exc, sqlite3.OperationalError):
                raise _translate(exc, self.path) from exc
            if isinstance(exc, sqlite3.DatabaseError):
                raise not_an_archive(self.path, exc) from exc
            raise

    def _check_version(self) -> None:
        if not _refuse_newer(self.db, self.path):
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('store_version', ?)", (str(STORE_VERSION),))
        self._bound_stored_amounts()

    def _bound_stored_amounts(self) -> None:
        """Once per archive: amounts an older bilagor stored above MAX_PLAUSIBLE_SEK
        become text with a warning (sek None) and leave the summed table."""
        if self.db.execute("SELECT 1 FROM meta WHERE key='amounts_bounded'").fetchone():
            return
        try:
            with self._transaction():
                ids = [
                    r["report_id"]
                    for r in self.db.execute(
                        "SELECT DISTINCT report_id FROM amounts WHERE abs(sek) > ?", (MAX_PLAUSIBLE_SEK,)
                    )
                ]
                for report_id in ids:
                    report = self._stored(report_id)
                    report.amounts, implausible = bound_amounts(report.amounts)
                    report.warnings += [w for w in implausible if w not in report.warnings]
                    self.db.execute(
                        "UPDATE reports SET record=?, indexed=0 WHERE id=?",
                        (json.dumps(report.to_dict(), ensure_ascii=False), report_id),
                    )
                self.db.execute("DELETE FROM amounts WHERE abs(sek) > ?", (MAX_PLAUSIBLE_SEK,))
                self.db.execute("INSERT INTO meta VALUES ('amounts_bounded', '1')")
        except sqlite3.OperationalError:  # read-only or busy: a later opening does it
            pass

    def ensure_writer_indexes(self) -> None:
        """Indexes added after archives existed, made by a writer (it holds the write lock): in the schema every
        opening runs, a reader of an older archive would wait for an import's lock to add them. Without them the
        queries are right, only slower."""
        try:
            # The date fields rule 3 reads (_DATED_JOIN) without a pass over every section's text.
            self.db.execute("CREATE INDEX IF NOT EXISTS sections_key ON sections(key)")
        except sqlite3.OperationalError:  # busy or read-only: a later writer makes it
            pass

    read_only = False

    @classmethod
    def open_read_only(cls, folder: Path) -> RecordStore:
        """Open for reading only, for an archive on a read-only medium (a DVD, a read-only mount).

        Nothing is written: no schema, no journal mode. mode=ro still needs the
        WAL's shared-memory file; where even that cannot be made, immutable=1
        reads the database file as it is.
        """
        from urllib.parse import quote

        store = cls.__new__(cls)
        store.path = Path(folder) / DB_NAME
        uri = f"file:{quote(str(store.path.absolute()))}?mode=ro"
        for suffix in ("", "&immutable=1"):
            db = None
            try:
                db = sqlite3.connect(uri + suffix, uri=True, isolation_level=None)
                db.row_factory = sqlite3.Row
                _refuse_newer(db, store.path)
                store.db = db
                break
            except sqlite3.OperationalError as exc:
                error = exc
            except sqlite3.DatabaseError as exc:
                raise not_an_archive(store.path, exc) from exc
            finally:
                if db is not None and getattr(store, "db", None) is not db:
                    db.close()
        else:
            raise _translate(error, store.path) from error
        store.read_only = True
        return store

    def close(self) -> None:
        self.db.close()

    # -- writes ---------------------------------------------------------------

    def put_many(self, reports: Iterable[Report], path_stats: dict[str, tuple[int, float]] | None = None) -> None:
        """Store reports in one transaction, replacing any earlier version of each.

        A path belongs to one report: storing a report under a path moves that
        path away from whichever report held it before (changed content).
        """
        path_stats = path_stats or {}
        try:
            with self._transaction():
                displaced: set[str] = set()
                for report in reports:
                    displaced |= self._put(report, path_stats)
                self._release_paths(displaced)
        except sqlite3.OperationalError as exc:
            raise _translate(exc, self.path) from exc

    def put(self, report: Report) -> None:
        self.put_many([report])

    def _put(self, report: Report, path_stats: dict[str, tuple[int, float]]) -> set[str]:
        """Write one report; return the ids of other reports that lost a path to it."""
        old = self.get(report.id, missing_ok=True)
        if old is not None:  # keep paths the same content was stored under before
            report.paths = list(dict.fromkeys([*old.paths, *report.paths]))
        # Where numbers enter the store: an implausible amount is kept as text
        # (sek None, a warning), so no figure can overflow SQLite or the index.
        report.amounts, implausible = bound_amounts(report.amounts)
        report.warnings += [w for w in implausible if w not in report.warnings]
        db = self.db
        db.execute("DELETE FROM sections WHERE report_id=?", (report.id,))
        db.execute("DELETE FROM amounts WHERE report_id=?", (report.id,))
        db.execute("DELETE FROM organisations WHERE report_id=?", (report.id,))
        displaced = {
            row["report_id"]
            for row in db.execute(
                f"SELECT report_id FROM paths WHERE path IN ({','.join('?' * len(report.paths))}) AND report_id != ?",
                (*report.paths, report.id),
            )
        }
        db.execute("DELETE FROM removed WHERE id=?", (report.id,))
        db.execute("DELETE FROM quarantine WHERE id=?", (report.id,))
        # An upsert, not INSERT OR REPLACE: a replace would delete the row and
        # cascade to the paths (and their size/mtime) of the same content.
        db.execute(
            """INSERT INTO reports (id, record, filename, title, form_kind, appendix, year,
                   district, district_today, project, location, stage, pages, ocr, extractor_version,
                   stored_at, indexed)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)
               ON CONFLICT(id) DO UPDATE SET record=excluded.record, filename=excluded.filename,
                   title=excluded.title, form_kind=excluded.form_kind, appendix=excluded.appendix,
                   year=excluded.year, district=excluded.district, district_today=excluded.district_today,
                   project=excluded.project, location=excluded.location, stage=excluded.stage,
                   pages=excluded.pages, ocr=excluded.ocr, extractor_version=excluded.extractor_version,
                   stored_at=excluded.stored_at, indexed=0""",
            (
                report.id,
                json.dumps(report.to_dict(), ensure_ascii=False),
                report.filename,
                report.title,
                report.form_kind,
                report.appendix,
                sql_int(report.year),
                report.district,
                report.district_today,
                report.project,
                report.location,
                report.stage,
                sql_int(report.pages),
                int(report.ocr),
                report.extractor_version,
                time.time(),
            ),
        )
        for path in report.paths:
            size, mtime = path_stats.get(path, (None, None))
            db.execute(
                """INSERT INTO paths VALUES (?,?,?,?) ON CONFLICT(path) DO UPDATE SET
                       report_id=excluded.report_id, size=coalesce(excluded.size, size),
                       mtime=coalesce(excluded.mtime, mtime)""",
                (path, report.id, size, mtime),
            )
        db.executemany(
            "INSERT INTO sections VALUES (?,?,?,?,?,?)",
            [(report.id, i, s.key, s.label, s.text, sql_int(s.page)) for i, s in enumerate(report.sections)],
        )
        # An amount without a value (implausible) stays in the record only: it is never summed.
        db.executemany(
            "INSERT INTO amounts VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (report.id, i, a.text, a.sek, int(a.approx), a.role, a.section, sql_int(a.page), a.sentence)
                for i, a in enumerate(report.amounts)
                if sql_int(a.sek) is not None
            ],
        )
        db.executemany(
            "INSERT OR REPLACE INTO organisations VALUES (?,?,?,?,?)",
            [
                (report.id, o.name, o.kind, sql_int(o.count), json.dumps(o.mentions, ensure_ascii=False))
                for o in report.organisations
            ],
        )
        return displaced

    def _stored(self, report_id: str) -> Report:
        """The record of an id known to be stored (NotFoundError if it is not)."""
        report = self.get(report_id)
        if report is None:
            raise NotFoundError(f"{NO_REPORT} {report_id}")
        return report

    def add_path(self, report_id: str, path: str, stat: tuple[int, float] | None = None) -> None:
        """Record that known content also lives at `path`."""
        report = self._stored(report_id)
        if path not in report.paths:
            report.paths.append(path)
        self.put_many([report], {path: stat} if stat else None)

    def update_path_stats(self, path_stats: dict[str, tuple[int, float]]) -> None:
        """Store the size and modification time of paths whose content is unchanged (a touched file).

        The change counter moves: which of two versions of a report is newer may
        follow a file's time (summing rule 3), and a kept summary must not outlive it.
        """
        try:
            with self._transaction():
                self.db.executemany(
                    "UPDATE paths SET size=?, mtime=? WHERE path=?",
                    [(size, mtime, path) for path, (size, mtime) in path_stats.items()],
                )
                self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changes'")
        except sqlite3.OperationalError as exc:
            raise _translate(exc, self.path) from exc

    def _release_paths(self, report_ids: set[str]) -> None:
        """Reports that lost paths to new content: drop the path from their
        record, or the whole record when it has no path left."""
        for report_id in report_ids:
            owned = [r["path"] for r in self.db.execute("SELECT path FROM paths WHERE report_id=?", (report_id,))]
            if not owned:
                self._remove(report_id)
                continue
            report = self._stored(report_id)
            report.paths = [p for p in report.paths if p in owned]
            self.db.execute(
                "UPDATE reports SET record=?, indexed=0 WHERE id=?",
                (json.dumps(report.to_dict(), ensure_ascii=False), report_id),
            )

    def delete(self, report_id: str) -> None:
        with self._transaction():
            self._remove(report_id)

    def _remove(self, report_id: str) -> None:
        self.db.execute("DELETE FROM reports WHERE id=?", (report_id,))
        self.db.execute("INSERT OR IGNORE INTO removed VALUES (?)", (report_id,))

    def removed_ids(self) -> list[str]:
        """Ids removed from the records that the search index may still hold."""
        return [row["id"] for row in self.db.execute("SELECT id FROM removed")]

    def forget_removed(self, ids: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany("DELETE FROM removed WHERE id=?", [(i,) for i in ids])

    def mark_indexed(self, ids: Iterable[str], indexed: bool = True) -> None:
        with self._transaction():
            self.db.executemany("UPDATE reports SET indexed=? WHERE id=?", [(int(indexed), i) for i in ids])

    def mark_all_unindexed(self) -> None:
        self.db.execute("UPDATE reports SET indexed=0")

    def quarantine(self, report_id: str, reason: str) -> None:
        """Mark a record the search index could not take (it stays stored, unindexed)."""
        with self._transaction():
            self.db.execute("UPDATE reports SET indexed=0 WHERE id=?", (report_id,))
            self.db.execute(
                "INSERT OR REPLACE INTO quarantine SELECT id, ?, ? FROM reports WHERE id=?",
                (reason, time.time(), report_id),
            )

    def set_index_state(self, indexed: Iterable[str], quarantined: dict[str, str]) -> None:
        """After a rebuild: exactly `indexed` are in the index, `quarantined` (id -> reason) are not."""
        now = time.time()
        with self._transaction():
            self.db.execute("UPDATE reports SET indexed=0")
            self.db.execute("DELETE FROM quarantine")
            self.db.executemany("UPDATE reports SET indexed=1 WHERE id=?", [(i,) for i in indexed])
            self.db.executemany(
                "INSERT OR REPLACE INTO quarantine SELECT id, ?, ? FROM reports WHERE id=?",
                [(reason, now, report_id) for report_id, reason in quarantined.items()],
            )

    def quarantined(self) -> list[dict]:
        """Records left out of the index: id, filename, first path and reason."""
        rows = self.db.execute(
            "SELECT q.id, r.filename, q.reason,"
            " (SELECT p.path FROM paths p WHERE p.report_id = q.id ORDER BY p.path LIMIT 1) AS path"
            " FROM quarantine q JOIN reports r ON r.id = q.id ORDER BY r.filename, q.id"
        )
        return [{"id": r["id"], "filename": r["filename"], "path": r["path"], "reason": r["reason"]} for r in rows]

    def has_unindexed(self) -> bool:
        """Whether a stored record (not quarantined) waits for the index."""
        return self.db.execute(f"SELECT 1 FROM reports WHERE {_UNINDEXED} LIMIT 1").fetchone() is not None

    # -- reads ----------------------------------------------------------------

    def get(self, report_id: str, *, missing_ok: bool = False) -> Report | None:
        row = self.db.execute("SELECT record FROM reports WHERE id=?", (report_id,)).fetchone()
        if row is None:
            if missing_ok:
                return None
            raise NotFoundError(f"{NO_REPORT} {report_id}")
        return Report.from_dict(json.loads(row["record"]))

    def resolve(self, prefix: str) -> Report:
        """The one report whose id starts with `prefix`."""
        prefix = prefix.strip().lower()
        if not prefix or any(c not in "0123456789abcdef" for c in prefix):
            raise NotFoundError(f"'{prefix}' är inget rapport-id (hexadecimala siffror)")
        rows = self.db.execute(
            "SELECT id FROM reports WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "g")
        ).fetchall()
        if not rows:
            raise NotFoundError(f"{NO_REPORT} som börjar med '{prefix}'")
        if len(rows) > 1:
            raise NotFoundError(f"id-början '{prefix}' passar flera rapporter; ange fler siffror")
        return self._stored(rows[0]["id"])

    def find(self, reference: str) -> Report:
        """The one report that `reference` names: a stored path, a file name, or an id prefix."""
        text = reference.strip()
        if not text:  # every file name starts with "": it named "several reports", or the one of a small archive
            raise UsageError("ange rapportens id (eller dess början), sökväg eller filnamn; bilagor search visar id:t")
        rows = self.db.execute(
            "SELECT DISTINCT report_id FROM paths WHERE path = ? OR substr(path, -length(?) - 1) = '/' || ? LIMIT 2",
            (text, text, text),
        ).fetchall()
        if not rows:
            rows = self.db.execute("SELECT id AS report_id FROM reports WHERE filename = ? LIMIT 2", (text,)).fetchall()
        if len(rows) > 1:
            raise NotFoundError(f"'{text}' är namnet på flera rapporter; ange sökvägen eller id:t")
        if rows:
            report = self.get(rows[0]["report_id"])
            assert report is not None  # get raises when the id is unknown
            return report
        if text and all(c in "0123456789abcdefABCDEF" for c in text) and self._ids_starting(text.lower()):
            return self.resolve(text)
        # A file name's first characters, as a folder listing shows them ("00028" for "00028-uppfoljning.pdf"),
        # name a report when they name only one.
        # Every stored path's file name counts, not only the record's first: a copy found at another path
        # ("kopia-00003.pdf") is named by its own name's beginning, as by its whole name.
        owners = {
            row["report_id"]
            for row in self.db.execute(
                "SELECT id AS report_id FROM reports WHERE substr(filename, 1, length(?)) = ?", (text, text)
            )
        } | {
            row["report_id"]
            for row in self.db.execute("SELECT path, report_id FROM paths WHERE instr(path, ?) > 0", (text,))
            if row["path"].replace("\\", "/").rsplit("/", 1)[-1].startswith(text)
        }
        if len(owners) > 1:
            raise NotFoundError(f"'{text}' är början på flera filnamn; skriv hela filnamnet, sökvägen eller id:t")
        if owners:
            return self._stored(owners.pop())
        raise NotFoundError(f"ingen rapport med id, sökväg eller filnamn (eller ett filnamns början) '{text}'")

    def _ids_starting(self, prefix: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM reports WHERE id >= ? AND id < ? LIMIT 1", (prefix, prefix + "g")).fetchone()
            is not None
        )

    def paths_of(self, report_id: str) -> list[str]:
        """Where the report's content has been found, in path order."""
        return [
            r["path"] for r in self.db.execute("SELECT path FROM paths WHERE report_id=? ORDER BY path", (report_id,))
        ]

    def path_rows(self, report_id: str) -> list[tuple[str, int | None, float | None]]:
        """The report's stored paths with the size and modification time each file had when imported."""
        rows = self.db.execute("SELECT path, size, mtime FROM paths WHERE report_id=? ORDER BY path", (report_id,))
        return [(r["path"], r["size"], r["mtime"]) for r in rows]

    def all_paths(self) -> list[tuple[str, str]]:
        """Every stored (path, report id), in path order."""
        return [(r["path"], r["report_id"]) for r in self.db.execute("SELECT path, report_id FROM paths ORDER BY path")]

    def drop_paths(self, paths: Iterable[str]) -> None:
        """Forget these paths; a report left with none is removed (and leaves the index)."""
        paths = list(paths)
        with self._transaction():
            owners = {
                row["report_id"]
                for start in range(0, len(paths), 500)  # SQLite caps the parameters of one statement
                for row in self.db.execute(
                    f"SELECT report_id FROM paths WHERE path IN ({','.join('?' * len(paths[start : start + 500]))})",
                    paths[start : start + 500],
                )
            }
            self.db.executemany("DELETE FROM paths WHERE path=?", [(p,) for p in paths])
            self._release_paths(owners)

    def failure_of(self, path: str) -> tuple[int | None, float | None, str] | None:
        """(size, mtime, error) of a file an earlier import could not read."""
        row = self.db.execute("SELECT size, mtime, error FROM failures WHERE path=?", (path,)).fetchone()
        return (row["size"], row["mtime"], row["error"]) if row else None

    def remember_failures(self, failures: Iterable[tuple[str, int | None, float | None, str]]) -> None:
        """(path, size, mtime, error) of files that could not be read."""
        now = time.time()
        with self._transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?)",
                [(path, size, mtime, error, now) for path, size, mtime, error in failures],
            )

    def failures(self) -> list[dict]:
        """The files imports could not read and pass over until they change: path, error and when (epoch)."""
        rows = self.db.execute("SELECT path, error, at FROM failures ORDER BY path")
        return [{"path": r["path"], "error": r["error"], "at": r["at"]} for r in rows]

    def forget_failures(self, paths: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany("DELETE FROM failures WHERE path=?", [(p,) for p in paths])

    def version_of(self, report_id: str) -> str | None:
        row = self.db.execute("SELECT extractor_version FROM reports WHERE id=?", (report_id,)).fetchone()
        return row["extractor_version"] if row else None

    def owner_of_path(self, path: str) -> str | None:
        row = self.db.execute("SELECT report_id FROM paths WHERE path=?", (path,)).fetchone()
        return row["report_id"] if row else None

    def path_stat(self, path: str) -> tuple[str, int | None, float | None] | None:
        row = self.db.execute("SELECT report_id, size, mtime FROM paths WHERE path=?", (path,)).fetchone()
        return (row["report_id"], row["size"], row["mtime"]) if row else None

    def iter_reports(
        self, ids: Iterable[str] | None = None, *, unindexed_only: bool = False, skip: Container[str] = ()
    ) -> Iterator[Report]:
        """Stored reports (all, or `ids`, or those waiting for the index), by id.

        A stored record this bilagor cannot read raises UnindexableReport;
        ids in `skip` are passed over unread.
        """
        if ids is not None:
            for report_id in ids:
                report = self.get(report_id, missing_ok=True)
                if report is not None:
                    yield report
            return
        sql = "SELECT id, record FROM reports" + (f" WHERE {_UNINDEXED}" if unindexed_only else "") + " ORDER BY id"
        cursor = self.db.execute(sql)
        while rows := cursor.fetchmany(256):  # a page at a time: an archive may not fit in memory
            for row in rows:
                if row["id"] in skip:
                    continue
                try:
                    report = Report.from_dict(json.loads(row["record"]))
                except (ValueError, TypeError, KeyError) as exc:  # a record this bilagor cannot read
                    raise UnindexableReport(row["id"], reason_of(exc)) from exc
                yield report

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]

    # -- reads for the search, stats and amounts (all SQL stays in this module) --

    def has_pending(self) -> bool:
        """Whether records wait to be indexed, or removed ones to be dropped from the index."""
        return self.has_unindexed() or bool(self.query("SELECT 1 FROM removed LIMIT 1"))

    def hit_facts(self, report_id: str) -> sqlite3.Row | None:
        """What a search hit shows of a report (its first path included), or None if it is gone."""
        rows = self.query(
            "SELECT r.filename, r.title, r.project, r.year, r.district, r.stage,"
            " json_extract(r.record, '$.year_source') AS year_source,"
            " json_extract(r.record, '$.file_number') AS file_number,"
            " (SELECT p.path FROM paths p WHERE p.report_id = r.id ORDER BY p.path LIMIT 1) AS path"
            " FROM reports r WHERE r.id = ?",
            (report_id,),
        )
        return rows[0] if rows else None

    def sections_of(self, report_id: str) -> list[sqlite3.Row]:
        """A report's sections (key, label, text, page) in document order."""
        return self.query("SELECT key, label, text, page FROM sections WHERE report_id = ? ORDER BY ord", (report_id,))

    def counts_by(self, column: str) -> dict[str, int]:
        """Reports per value of one column (year, district, form_kind, extractor_version), unknown as 'okänd'."""
        if column not in _COUNTED_COLUMNS:
            raise ValueError(f"cannot count reports by {column!r}")
        rows = self.query(
            f"SELECT COALESCE(CAST({column} AS TEXT), 'okänd') AS k, COUNT(*) AS n FROM reports GROUP BY k ORDER BY k"
        )
        return {row["k"]: row["n"] for row in rows}

    def reports_per_value(self, which: str) -> dict[str, int]:
        """Stored reports per district, organisation name or section key (`bilagor list`)."""
        table, column, key = {
            "districts": ("reports", "district", "id"),
            "orgs": ("organisations", "name", "report_id"),
            "sections": ("sections", "key", "report_id"),
        }[which]
        rows = self.db.execute(
            f"SELECT {column} AS v, COUNT(DISTINCT {key}) AS n FROM {table} WHERE {column} IS NOT NULL GROUP BY v"
        )
        return {row["v"]: row["n"] for row in rows}

    def ids(self, *, newest_first: bool = False) -> list[str]:
        """Every stored report's id, by id, or newest first (by year, unknown years last, then by id)."""
        order = "year IS NULL, year DESC, id" if newest_first else "id"
        return [row["id"] for row in self.query(f"SELECT id FROM reports ORDER BY {order}")]

    def count_unindexed(self) -> int:
        return self.query(f"SELECT COUNT(*) AS n FROM reports WHERE {_UNINDEXED}")[0]["n"]

    def count_ocr(self) -> int:
        return self.query("SELECT COUNT(*) AS n FROM reports WHERE ocr = 1")[0]["n"]

    def count_with_warnings(self) -> int:
        """Reports whose record carries a warning (a fallback was needed, or figures to check)."""
        return self.query(
            "SELECT COUNT(*) AS n FROM reports WHERE json_array_length(json_extract(record, '$.warnings')) > 0"
        )[0]["n"]

    def summary_rows(self) -> tuple[list[sqlite3.Row], list[sqlite3.Row], list[sqlite3.Row]]:
        """The reports, their organisations and their amounts, as bilagor amounts reads them.

        A report row's `extras` is the JSON array [year_source, amounts] of its
        record: role_source and a range's upper bound live only in the record
        (amounts are stored in its order, `ord` is the index), read with one
        JSON parse per report rather than one per amount and value.
        """
        reports = self.query(
            "SELECT id, filename, year, district, district_today, project, location, stage, form_kind, "
            + _NEWEST
            + ", "
            + _FILE_NUMBER
            + ", "
            + _DATED
            + ", json_extract(record, '$.year_source', '$.amounts') AS extras FROM reports"
            + _DATED_JOIN
            + " ORDER BY id"
        )
        organisations = self.query("SELECT report_id, name FROM organisations ORDER BY report_id, name")
        amounts = self.query(
            "SELECT report_id, ord, text, sek, approx, role, section, page, sentence"
            " FROM amounts ORDER BY report_id, ord"
        )
        return reports, organisations, amounts

    def project_rows(self) -> list[sqlite3.Row]:
        """Every report's project, district, year, stage and form: what deciding which delredovisningar a
        later report replaces (summing rule 3) reads, without the amounts."""
        return self.query(
            "SELECT id, year, district, district_today, project, location, stage, form_kind, "
            + _NEWEST
            + ", "
            + _FILE_NUMBER
            + ", "
            + _DATED
            + " FROM reports"
            + _DATED_JOIN
            + " ORDER BY id"
        )

    def data_version(self) -> int:
        """SQLite's counter for this connection (PRAGMA data_version): it changes whenever another
        connection commits, so a reader can tell cheaply that nothing changed since it last looked."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def change_count(self) -> int | None:
        """The archive's change counter (see _SCHEMA), None where no writer of this version has
        opened the archive yet (its records may have changed without counting)."""
        row = self.db.execute("SELECT value FROM meta WHERE key='changes'").fetchone()
        try:
            return None if row is None else int(row[0])
        except ValueError:
            return None

    def query(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        """Read-only SQL for summaries (amounts, stats)."""
        return self.db.execute(sql, tuple(params)).fetchall()

    # -- plumbing -------------------------------------------------------------

    def _transaction(self):
        return _Transaction(self.db)


_COUNTED_COLUMNS = ("year", "district", "form_kind", "extractor_version")


def sql_int(value):
    """An int as SQLite can hold it; None (NULL) outside its 64-bit range."""
    if isinstance(value, int) and not (SQLITE_INT_RANGE[0] <= value <= SQLITE_INT_RANGE[1]):
        return None
    return value


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        return False


def _translate(exc: sqlite3.OperationalError, path: Path) -> Exception:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return ArchiveBusyError(f"{path}: the archive is busy (another bilagor is writing); try again")
    if getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL or "disk is full" in message:
        # The transaction is rolled back: what earlier ones stored stays (the same as the index's full disk).
        return ArchiveError(f"{path}: {DISK_FULL}")
    return ArchiveError(f"{path}: {message}")


_SQLITE_FULL = 13  # SQLITE_FULL: "database or disk is full" (a write the disk or quota could not take)

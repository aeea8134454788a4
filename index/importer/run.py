"""Bulk import: many PDFs -> records in the archive, incrementally and safely.

The main process decides per file what to do (skip, add a path, extract:
the pure rules of plan.py),
hands hashing and extraction to a WorkerPool (both under the per-file timeout
and memory limit) and writes the results in batches, so an
interrupted import keeps every committed batch and the same command run again
does only what is left. A file that cannot be read costs only itself.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilagor.extractor.errors import MissingDependencyError, NotFoundError, UsageError
from bilagor.extractor.glossary import CANNOT_READ, NO_REPORT
from bilagor.extractor.metadata import Metadata, year_warning
from bilagor.extractor.options import DEFAULT_MAX_PAGES, DEFAULT_ROLE_DECISION, ExtractOptions
from bilagor.extractor.record import Report
from bilagor.extractor.ocr import remove_leftovers as remove_ocr_leftovers
from bilagor.extractor.ocr_budget import OCR_SHARE
from bilagor.extractor.source_files import path_text, regular_file_problem
from bilagor.index.archive import Archive
from bilagor.index.importer.discover import discover
from bilagor.index.importer.file_tasks import file_task, hash_task
from bilagor.index.importer.plan import (
    Action,
    FileStat,
    Hashed,
    Job,
    Known,
    Outcome,
    by_stat,
    plan_hashed,
    previously_failed,
)
from bilagor.index.importer.workers import DEFAULT_MEMORY_LIMIT_MB, Task, TaskProgress, TaskResult, WorkerPool
from bilagor.index.reports.amounts_kept import write_kept_summary
from bilagor.index.reports.versions import VersionPair, versions_among

BATCH_FILES = 25  # commit records at least this often (files) ...
BATCH_SECONDS = 2.0  # ... and this often (seconds), whichever comes first
# The search index is brought up to date less often, in batches that grow
# with the archive: each update writes one Whoosh segment, and merging
# segments (to keep searches fast) copies their postings again, which costs
# more than writing them. Batches of at least half the indexed records keep
# the segments few without merging. Committed records not yet indexed are
# indexed by the next open (Archive.catch_up), so a crash loses nothing;
# searches meanwhile see the index as of the last update.
INDEX_FILES = 250  # the smallest batch
INDEX_MAX_FILES = 1_250  # the largest: its postings fit the writer's memory (search_index.WRITER_LIMIT_MB)
INDEX_SECONDS = 60.0  # and at least this often, once a tenth of the archive is waiting
DEFAULT_TIMEOUT = 120.0
_MIN_MEMORY_LIMIT_MB = 512  # a warmed-up worker alone maps about 300 MB


@dataclass
class Failure:
    path: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error}


@dataclass
class ImportSummary:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: list[Failure] = field(default_factory=list)  # failed in this run (exit 1)
    failed_before: int = 0  # skipped: failed before and unchanged (see --retry-failed)
    warnings: list[Failure] = field(default_factory=list)  # stored, but with a problem to know about
    pages_without_text: int = 0  # with --ocr never: scanned pages stored without their text
    # Reports read in this run that are another version of a stored one (same project, place, year and stage):
    # only the newer file counts in the sums (rule 3), so the import says which one left them.
    versions: list[VersionPair] = field(default_factory=list)
    # Of `updated`, the reports read again only because another version of bilagor had made their records.
    reread_other_version: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.imported + self.updated + self.unchanged + self.duplicate + len(self.failed) + self.failed_before

    def count(self, outcome: Outcome, path: str, error: str | None = None) -> None:
        if outcome is Outcome.FAILED:
            self.failed.append(Failure(path, error or "okänt fel"))
        else:
            setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicate": self.duplicate,
            "failed": [f.to_dict() for f in self.failed],
            "failed_before": self.failed_before,
            "pages_without_text": self.pages_without_text,
            "warnings": [{"path": w.path, "warning": w.error} for w in self.warnings],
            "versions": [v.to_dict() for v in self.versions],
            "reread_other_version": self.reread_other_version,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class ProgressEvent:
    done: int
    total: int
    path: str
    outcome: Outcome
    error: str | None = None


ProgressCallback = Callable[[ProgressEvent], None]


@dataclass
class OcrProgressEvent:
    """A file being read by OCR: `done` of its `total` pages to recognise are read."""

    path: str
    done: int
    total: int


OcrProgressCallback = Callable[[OcrProgressEvent], None]


@dataclass
class FilesFoundEvent:
    """The arguments are walked: `total` files will be read or passed over (each then gets a ProgressEvent)."""

    total: int


FilesFoundCallback = Callable[[FilesFoundEvent], None]


# -- pure helpers of the run (what to do with each file: plan.py) -----------


def index_due(unindexed: int, indexed: int, seconds_since: float) -> bool:
    """Whether to bring the search index up to date now (see INDEX_FILES)."""
    if unindexed >= min(max(INDEX_FILES, indexed // 2), INDEX_MAX_FILES):
        return True
    return seconds_since >= INDEX_SECONDS and unindexed >= max(1, indexed // 10)


def apply_fallback_year(report: Report, year: int | None) -> Report:
    """--year: the year of a report whose text, title and path gave none. It replaces a year from the PDF's
    creation date (year_source "metadata"): that is when the file was made (a scan, a re-save), a guess the
    user's word is better than, and the only way to correct one."""
    if year is not None and (report.year is None or report.year_source == "metadata"):
        guessed = year_warning(Metadata(year=report.year, year_source=report.year_source))
        report.warnings = [w for w in report.warnings if w != guessed]  # the guess it warned of is gone
        report.year = year
        report.year_source = "user"
    return report


# extractor.api.no_text_layer_warning, and its English form in records made before EXTRACTOR_VERSION 7.
_NO_TEXT_LAYER = re.compile(r"(?:sid(?:a|orna)|pages?) ([\d, -]+?) (?:saknar textlager|ha(?:s|ve) no text layer)")


def pages_without_text(report: Report) -> int:
    """How many pages the extractor left unread for want of a text layer (--ocr never)."""
    return sum(count_pages(m.group(1)) for w in report.warnings if (m := _NO_TEXT_LAYER.search(w)))


def count_pages(ranges: str) -> int:
    """Pages in "1-3, 5" (extractor.words.page_ranges' form): 4."""
    total = 0
    for part in ranges.split(","):
        first, _, last = part.strip().partition("-")
        if first.isdigit():
            total += int(last) - int(first) + 1 if last.isdigit() else 1
    return total


def _job_options(job: Job, options: dict) -> dict:
    """The extractor's options for one job: a stored record is replaced only by a whole reading, so a
    file read again (UPDATED) gets no OCR budget; it fails on its time-out instead, keeping the stored record."""
    if all(outcome is Outcome.IMPORTED for _, outcome in job.paths):
        return options
    return {name: value for name, value in options.items() if name != "ocr_seconds"}


def summary_warnings(report: Report) -> list[str]:
    """The record's warnings the import summary repeats: OCR problems, text-layer pages left for time, pages whose
    layout was left for time, and files read by the second reader."""
    from bilagor.extractor.ocr import is_ocr_warning
    from bilagor.extractor.ocr_budget import is_text_unread_warning
    from bilagor.extractor.pdf_reader import is_pdfium_warning
    from bilagor.extractor.stage_deadline import is_unfinished_warning

    def repeated(w: str) -> bool:
        return is_ocr_warning(w) or is_text_unread_warning(w) or is_unfinished_warning(w) or is_pdfium_warning(w)

    return [w for w in report.warnings if repeated(w)]


# -- the import ---------------------------------------------------------------


@dataclass
class _Pending:
    """A file whose content must be hashed before deciding what to do with it."""

    source: str  # as the file system names it (may hold undecodable bytes)
    stat: FileStat
    known: Known


def import_paths(
    paths: Iterable[str | os.PathLike],
    *,
    archive: Archive | str | os.PathLike | None = None,
    workers: int | None = None,
    ocr: str = "auto",
    year: int | None = None,
    force: bool = False,
    max_pages: int = DEFAULT_MAX_PAGES,
    timeout: float = DEFAULT_TIMEOUT,
    password: str | None = None,
    lock_timeout: float = 0.0,
    progress: ProgressCallback | None = None,
    extract: Callable[..., Report] | None = None,
    memory_limit_mb: int | None = None,
    retry_failed: bool = False,
    ocr_progress: OcrProgressCallback | None = None,
    role_decision: str = DEFAULT_ROLE_DECISION,
    files_found: FilesFoundCallback | None = None,
) -> ImportSummary:
    """Import PDFs (files, folders, globs) into the archive and say what happened.

    ``archive`` is an Archive opened writable, or a folder (None: the default
    archive) which is opened here, waiting up to ``lock_timeout`` seconds for
    another import to finish. ``extract`` replaces the extractor (it must be
    a picklable top-level function taking ``(path, *, ocr, password,
    max_pages)``); it runs in ``workers`` processes (default: one per core),
    started with "spawn", so a script calling this must do so under
    ``if __name__ == "__main__":``. Each worker may use ``memory_limit_mb``
    of address space (None: DEFAULT_MEMORY_LIMIT_MB, 0: no limit); a file
    that needs more fails. ``progress`` is told each file's outcome,
    ``ocr_progress`` how far OCR of a file is (page i of n) while it runs, and ``files_found`` how many
    files there are as soon as the folders are walked (before the archive is opened, which may wait
    for a lock, and before any file is checked). ``role_decision`` ("rules" |
    "model") is passed to the extractor as the option of that name (ExtractOptions).
    """
    _check_options(
        ocr=ocr,
        workers=workers,
        max_pages=max_pages,
        timeout=timeout,
        year=year,
        memory_limit_mb=memory_limit_mb,
        role_decision=role_decision,
    )
    if memory_limit_mb is None:
        memory_limit_mb = DEFAULT_MEMORY_LIMIT_MB
    started = time.monotonic()
    found = discover(paths)
    if files_found is not None:  # a progress bar shows "0/N" from here on, not "0/?"
        files_found(FilesFoundEvent(len(found.files)))
    if ocr == "always":
        from bilagor.extractor.ocr import ocr_unavailable_reason

        reason = ocr_unavailable_reason()
        if reason:
            raise MissingDependencyError(f"--ocr always: {reason}")
    owned = not isinstance(archive, Archive)
    if isinstance(archive, Archive):
        store = archive
    else:
        store = Archive.open(None if archive is None else Path(archive), writable=True, lock_timeout=lock_timeout)
    try:
        run = _ImportRun(store, total=len(found.files), year=year, progress=progress, ocr_progress=ocr_progress)
        for folder, reason in found.unreadable:
            run.summary.warnings.append(
                Failure(path_text(folder), f"mappen kan inte läsas ({reason}); dess filer importerades inte")
            )
        pending = run.check_stats(found.files, force=force, retry_failed=retry_failed or force)
        jobs: list[Job] = []
        # Only stored paths whose size or time changed (a touch, a share copied back): their content is most
        # often the same, so they are hashed by workers that load no spaCy, and readers start only for a file
        # that did change. Any new path is most likely new content: one pool, warmed up, hashes and reads.
        hashed_apart = bool(pending) and not force and all(item.known.path_owner is not None for item in pending)
        if hashed_apart:
            size = max(1, min(workers or os.cpu_count() or 1, len(pending)))
            with WorkerPool(hash_task, size=size, timeout=timeout, memory_limit_mb=memory_limit_mb or None) as pool:
                jobs = run.hash_and_plan(pool, pending, force=force)
        if jobs or (pending and not hashed_apart):
            function: Callable[..., Report] | None = extract
            initializer: Callable[[], None] | None = None
            if function is None:  # each worker builds the spaCy pipeline while it starts
                from bilagor.extractor.api import extract_report, warm_up

                function, initializer = extract_report, warm_up
            # OCR's page images stay inside the archive (private), not in a shared /tmp.
            work_dir = store.folder / "tmp"
            work_dir.mkdir(mode=0o700, exist_ok=True)
            options: dict[str, Any] = {
                "ocr": ocr,
                "password": password,
                "max_pages": max_pages,
                "work_dir": str(work_dir),
            }
            if role_decision != DEFAULT_ROLE_DECISION:  # a replaced extractor need not know the option
                options["role_decision"] = role_decision
            # OCR reads what pages it has time for and the file is stored (ocr_budget), not lost to the time-out
            options["ocr_seconds"] = timeout * OCR_SHARE
            size = max(1, min(workers or os.cpu_count() or 1, len(jobs) if hashed_apart else len(pending)))
            task = functools.partial(file_task, extract=function)
            with WorkerPool(
                task, size=size, timeout=timeout, initializer=initializer, memory_limit_mb=memory_limit_mb or None
            ) as pool:
                if not hashed_apart:
                    jobs = run.hash_and_plan(pool, pending, force=force)
                run.extract(pool, jobs, options)
            remove_ocr_leftovers(work_dir)  # a worker killed on timeout cannot clean up its own folder
        run.flush(index=True)
        run.summary.versions = versions_among(store, run.read_ids)
        write_kept_summary(store)  # `bilagor serve` shows it at once instead of computing it first
    finally:
        if owned:
            store.close()
    run.summary.seconds = time.monotonic() - started
    return run.summary


def _check_options(*, ocr, workers, max_pages, timeout, year, memory_limit_mb, role_decision) -> None:
    ExtractOptions(ocr=ocr, max_pages=max_pages, role_decision=role_decision)  # raises UsageError
    if workers is not None and workers < 1:
        raise UsageError("--workers måste vara minst 1")
    if timeout <= 0:
        raise UsageError("--timeout måste vara mer än 0 sekunder")
    if year is not None and not 1990 <= year <= 2100:
        raise UsageError(f"--year {year} ligger utanför 1990-2100")
    if memory_limit_mb is not None and (memory_limit_mb < 0 or 0 < memory_limit_mb < _MIN_MEMORY_LIMIT_MB):
        raise UsageError(f"--memory-limit måste vara 0 (ingen gräns) eller minst {_MIN_MEMORY_LIMIT_MB} MB")


class _ImportRun:
    """The state of one import: the summary, the batch waiting to be committed."""

    def __init__(
        self,
        archive: Archive,
        *,
        total: int,
        year: int | None,
        progress: ProgressCallback | None,
        ocr_progress: OcrProgressCallback | None = None,
    ):
        from bilagor.extractor import EXTRACTOR_VERSION

        self.archive = archive
        self.records = archive.records
        self.version = EXTRACTOR_VERSION
        self.total = total
        self.year = year
        self.progress = progress
        self.ocr_progress = ocr_progress
        self.summary = ImportSummary()
        self.read_ids: set[str] = set()  # the records extracted and stored by this run
        self._batch: dict[str, Report] = {}
        self._batch_stats: dict[str, tuple[int, float]] = {}
        self._batch_files = 0
        self._batch_failures: list[tuple[str, int | None, float | None, str]] = []
        self._last_commit = self._last_index = time.monotonic()
        self._unindexed = 0
        self._indexed = archive.records.count()  # an opened writable archive is caught up

    # -- bookkeeping ------------------------------------------------------

    def _count(self, path: str, outcome: Outcome, error: str | None = None) -> None:
        self.summary.count(outcome, path, error)
        if self.progress is not None:
            self.progress(ProgressEvent(self.summary.total, self.total, path, outcome, error))

    def _stage(self, report: Report, stats: Iterable[FileStat]) -> None:
        """Queue a record for the next commit (a later version of the same id wins)."""
        for stat in stats:
            self._batch_stats[stat.path] = (stat.size, stat.mtime)
            self._batch_files += 1
        self._batch[report.id] = report
        if self._batch_files >= BATCH_FILES or time.monotonic() - self._last_commit >= BATCH_SECONDS:
            self.flush()

    def flush(self, *, index: bool | None = None) -> None:
        """Commit the staged records to SQLite; index them when due (or asked).

        index=None: when enough records or time have gone by; False: never
        (an interrupted run: the next open indexes them).
        """
        if self._batch:
            self.records.put_many(list(self._batch.values()), self._batch_stats)
            self.records.forget_failures(self._batch_stats)  # read now: no longer a failure
            self._unindexed += len(self._batch)
        if self._batch_failures:
            self.records.remember_failures(self._batch_failures)
        self._batch, self._batch_stats, self._batch_files, self._batch_failures = {}, {}, 0, []
        now = self._last_commit = time.monotonic()
        if index is None:
            index = index_due(self._unindexed, self._indexed, now - self._last_index)
        if index and self._unindexed:
            self.archive.index_pending()
            self._indexed += self._unindexed
            self._unindexed, self._last_index = 0, time.monotonic()

    # -- planning ---------------------------------------------------------

    def _fail(self, path: str, error: str, stat: FileStat | None) -> None:
        self._batch_failures.append((path, stat.size if stat else None, stat.mtime if stat else None, error))
        self._count(path, Outcome.FAILED, error)

    def check_stats(self, files: list[Path], *, force: bool, retry_failed: bool = False) -> list[_Pending]:
        """Skip what is stored unchanged (same path, size and time) and refuse what is
        not a regular file; the rest must be hashed."""
        pending = []
        for file in files:
            source, path = str(file), path_text(file)
            try:
                st = file.stat()
            except OSError as exc:
                self._count(path, Outcome.FAILED, f"{CANNOT_READ}: {exc.strerror or exc}")
                continue
            problem = regular_file_problem(st.st_mode)
            if problem:  # a pipe would hang the reader, a device never ends
                self._count(path, Outcome.FAILED, problem)
                continue
            stat = FileStat(path, st.st_size, st.st_mtime)
            failure = None if retry_failed else self.records.failure_of(path)
            known = Known() if previously_failed(stat, failure) else self._known(path)
            outcome = by_stat(stat, known, failure, self.version, force=force, retry_failed=retry_failed)
            if outcome is not None:
                self._count(path, outcome)
                continue
            pending.append(_Pending(source, stat, known))
        return pending

    def hash_and_plan(self, pool: WorkerPool, pending: list[_Pending], *, force: bool) -> list[Job]:
        """Hash the files in the workers, then add known content's new paths and list what to extract."""
        hashes: dict[int, TaskResult] = {}
        tasks = [Task(number, item.source, {"hash_only": True}) for number, item in enumerate(pending)]
        for result in pool.imap(tasks, tick=BATCH_SECONDS / 2):
            if result is not None:
                hashes[result.key] = result
        hashed = [
            Hashed(
                item.source,
                item.stat,
                item.known,
                hashes[number].value if hashes[number].ok else None,
                hashes[number].error,
            )
            for number, item in enumerate(pending)
        ]
        versions = {item.sha: self.records.version_of(item.sha) for item in hashed if item.sha is not None}
        steps, jobs = plan_hashed(hashed, versions, self.version, force=force)
        for step in steps:  # in file order, as the progress shows them
            if step.outcome is Outcome.FAILED:
                self._fail(step.stat.path, step.error or "unknown error", step.stat)
                continue
            if step.action is Action.ADD_PATH:
                assert step.sha is not None
                self._add_path(step.sha, step.stat)
            self._count(step.stat.path, step.outcome)
        restat = {s.stat.path: (s.stat.size, s.stat.mtime) for s in steps if s.action is Action.RESTAT}
        if restat:
            self.records.update_path_stats(restat)
        return jobs

    def _known(self, path: str) -> Known:
        row = self.records.path_stat(path)
        if row is None:
            return Known()
        owner, size, mtime = row
        return Known(owner, size, mtime, self.records.version_of(owner))

    def _add_path(self, sha: str, stat: FileStat) -> None:
        report = self._batch.get(sha) or self.records.get(sha)
        if report is None:  # planned as known content, so stored: only a concurrent delete gets here
            raise NotFoundError(f"{NO_REPORT} {sha}")
        if stat.path not in report.paths:
            report.paths.append(stat.path)
        self._stage(report, [stat])

    # -- extracting -------------------------------------------------------

    def extract(self, pool: WorkerPool, jobs: list[Job], options: dict) -> None:
        by_sha = {job.sha: job for job in jobs}
        tasks = [Task(job.sha, job.source, _job_options(job, options)) for job in jobs]

        def pages_read(step: TaskProgress) -> None:
            if self.ocr_progress is not None and step.key in by_sha:
                self.ocr_progress(OcrProgressEvent(by_sha[step.key].paths[0][0].path, step.done, step.total))

        try:
            for result in pool.imap(tasks, tick=BATCH_SECONDS / 2, on_progress=pages_read):
                if result is None:
                    if self._batch and time.monotonic() - self._last_commit >= BATCH_SECONDS:
                        self.flush()
                    continue
                self._take(by_sha[result.key], result)
        except BaseException:
            # Interrupted (Ctrl-C) or failed: keep what was already extracted.
            self.flush(index=False)
            raise

    def _take(self, job: Job, result: TaskResult) -> None:
        if not result.ok:
            for stat, _ in job.paths:
                self._fail(stat.path, result.error or "unknown error", stat)
            self.flush()  # remembered at once: a crash later in the run keeps it too
            return
        report: Report = result.value
        report.paths = [stat.path for stat, _ in job.paths]
        report.filename = path_text(report.filename)
        apply_fallback_year(report, self.year)
        for warning in summary_warnings(report):
            self.summary.warnings.append(Failure(report.paths[0], warning))
        self.summary.pages_without_text += pages_without_text(report)
        self._stage(report, [stat for stat, _ in job.paths])
        self.read_ids.add(report.id)
        if job.stored_version not in (None, self.version):
            self.summary.reread_other_version += 1
        for stat, outcome in job.paths:
            self._count(stat.path, outcome)

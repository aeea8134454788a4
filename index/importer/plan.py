"""Which files of an import to read, skip or pass over: pure decisions over plain data.

An import decides in two steps, each a function here over what the caller
gathered (stat results, what the archive holds, hashes); run.py does the I/O
and applies the decisions in the order given, so the progress it reports
keeps the files' order.

1. By stat (`by_stat`), before any hashing: a file that failed before and has
   not changed is passed over (`--retry-failed` reads it again); one stored
   with the same path, size and modification time by this extractor version
   is unchanged; the rest must be hashed.
2. By content (`plan_hashed`), once hashed: content stored by this extractor
   version is skipped (same path) or gets the new path (a copy); content
   stored by another version, or at a known path, is extracted again
   (updated); new content is extracted (imported). Content unchanged at its
   own path whose size or time changed (a touched or copied-back file) gets
   its new size and time stored, so the next import skips it by stat again. The same content twice in
   one run is extracted once, every path kept. `force` extracts everything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum


class Outcome(str, Enum):
    IMPORTED = "imported"  # new content at a new path
    UPDATED = "updated"  # a known path or record changed: re-extracted, or known content at a new path
    UNCHANGED = "unchanged"  # nothing to do
    DUPLICATE = "duplicate"  # a copy of a stored report (or of another file of this run): its path is added
    FAILED = "failed"
    FAILED_BEFORE = "failed_before"  # failed in an earlier import and unchanged since: not read again


class Action(str, Enum):
    SKIP = "skip"
    RESTAT = "restat"  # unchanged content whose path's stored size and time are out of date
    ADD_PATH = "add_path"
    EXTRACT = "extract"


@dataclass(frozen=True)
class FileStat:
    path: str
    size: int
    mtime: float


@dataclass(frozen=True)
class Known:
    """What the archive holds about one file, gathered before deciding."""

    path_owner: str | None = None  # record id the path points at
    path_size: int | None = None
    path_mtime: float | None = None
    owner_version: str | None = None  # extractor version of that record
    content_version: str | None = None  # extractor version of the record with this file's sha256


# A remembered failure of a path: (size, mtime, error) as the archive stores it.
Failure = tuple[int | None, float | None, str]


def unchanged_by_stat(stat: FileStat, known: Known, version: str) -> bool:
    """Same path, size and mtime as stored, by the current extractor: skip without hashing."""
    return (
        known.path_owner is not None
        and known.owner_version == version
        and known.path_size == stat.size
        and known.path_mtime == stat.mtime
    )


def previously_failed(stat: FileStat, failure: Failure | None) -> bool:
    """A file that failed before and has the same size and mtime: reading it again would fail again."""
    return failure is not None and failure[0] == stat.size and failure[1] == stat.mtime


def by_stat(
    stat: FileStat,
    known: Known,
    failure: Failure | None,
    version: str,
    *,
    force: bool,
    retry_failed: bool,
) -> Outcome | None:
    """Step 1: FAILED_BEFORE or UNCHANGED, or None when the file must be hashed."""
    if not retry_failed and previously_failed(stat, failure):
        return Outcome.FAILED_BEFORE
    if not force and unchanged_by_stat(stat, known, version):
        return Outcome.UNCHANGED
    return None


def decide(sha: str, known: Known, version: str, *, force: bool) -> tuple[Action, Outcome]:
    """What to do with a file whose content hash is known, and how it counts."""
    path_known = known.path_owner is not None
    if not force and known.content_version == version:
        if known.path_owner == sha:
            return Action.SKIP, Outcome.UNCHANGED
        return Action.ADD_PATH, Outcome.DUPLICATE
    if path_known or known.content_version is not None:
        return Action.EXTRACT, Outcome.UPDATED
    return Action.EXTRACT, Outcome.IMPORTED


@dataclass(frozen=True)
class Hashed:
    """A file of step 2: its stat, what the archive holds about its path, and its hash (or the error)."""

    source: str  # as the file system names it (may hold undecodable bytes)
    stat: FileStat
    known: Known
    sha: str | None  # None: hashing failed
    error: str | None = None


@dataclass(frozen=True)
class Step:
    """A decision of step 2 that needs no extraction: a failure, a skip, or a path to add to stored content."""

    stat: FileStat
    outcome: Outcome
    action: Action | None = None  # SKIP, RESTAT or ADD_PATH; None for a failure
    sha: str | None = None
    error: str | None = None


@dataclass
class Job:
    """One content hash to extract, and every path of this run that holds it."""

    sha: str
    paths: list[tuple[FileStat, Outcome]]
    source: str  # the first path as the file system names it (FileStat.path is its text form)
    # The extractor version of the stored record of this very content, when there is one: read again because
    # another bilagor made it (an older archive), which the import's summary says.
    stored_version: str | None = None


def plan_hashed(
    hashed: Sequence[Hashed],
    content_versions: Mapping[str, str | None],
    version: str,
    *,
    force: bool,
) -> tuple[list[Step], list[Job]]:
    """Step 2: the steps without extraction (in file order) and the contents to extract.

    `content_versions`: the extractor version of the stored record of each
    hash (absent or None: not stored). The jobs come largest file first, so
    a pool's last minutes are not spent on one big file.
    """
    steps: list[Step] = []
    jobs: dict[str, Job] = {}
    for item in hashed:  # in file order: a record's paths keep it
        stat, known, sha = item.stat, item.known, item.sha
        if sha is None:
            steps.append(Step(stat, Outcome.FAILED, error=item.error or "unknown error"))
            continue
        if sha in jobs:  # the same content twice in this run: extract once
            jobs[sha].paths.append((stat, Outcome.DUPLICATE if known.path_owner is None else Outcome.UPDATED))
            continue
        known = Known(
            known.path_owner, known.path_size, known.path_mtime, known.owner_version, content_versions.get(sha)
        )
        action, outcome = decide(sha, known, version, force=force)
        if action is Action.SKIP and (known.path_size, known.path_mtime) != (stat.size, stat.mtime):
            action = Action.RESTAT  # else every later import hashes it again, in a pool that loads spaCy
        if action is Action.EXTRACT:
            jobs[sha] = Job(sha, [(stat, outcome)], item.source, known.content_version)
        else:
            steps.append(Step(stat, outcome, action, sha))
    return steps, sorted(jobs.values(), key=lambda job: -job.paths[0][0].size)

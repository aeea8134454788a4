"""Typed errors and the exit codes they map to.

Every failure a user can cause or meet is one of these; the CLI maps them to
an exit code and a one-line message in a single place (bilagor.cli.app).
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    BAD_INPUT = 1  # a file could not be read, or some files of a batch failed
    USAGE = 2  # wrong options, malformed query
    ARCHIVE_UNAVAILABLE = 3  # the archive is busy (locked) or unusable
    MISSING_DEPENDENCY = 4  # an optional extra (plot, ocr) is not installed
    INTERNAL = 70  # a bug in bilagor (EX_SOFTWARE)
    INTERRUPTED = 130


class BilagorError(Exception):
    """Base of every error the tool reports to a user."""

    exit_code: ExitCode = ExitCode.BAD_INPUT

    def one_line(self) -> str:
        return " ".join(str(self).split())


class BadInputError(BilagorError):
    """A file that is not a readable report (not a PDF, corrupt, encrypted...)."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UsageError(BilagorError):
    """Options or a query the tool cannot act on."""

    exit_code = ExitCode.USAGE


class QueryError(UsageError):
    """A search query that does not parse."""


class ArchiveBusyError(BilagorError):
    """Another process holds the archive's write lock."""

    exit_code = ExitCode.ARCHIVE_UNAVAILABLE


class ArchiveError(BilagorError):
    """The archive cannot be opened or is damaged."""

    exit_code = ExitCode.ARCHIVE_UNAVAILABLE


class ArchiveMissingError(ArchiveError):
    """There is no archive at the folder yet (nothing imported)."""


class NotFoundError(BilagorError):
    """No record matches an id (prefix)."""

    exit_code = ExitCode.BAD_INPUT


class MissingDependencyError(BilagorError):
    """An optional extra is needed for what was asked."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class PartialFailure(BilagorError):
    """A batch finished but some files failed; the summary was already shown."""

    exit_code = ExitCode.BAD_INPUT


class Interrupted(BilagorError):
    """The user stopped a command (Ctrl-C); what it finished is kept."""

    exit_code = ExitCode.INTERRUPTED

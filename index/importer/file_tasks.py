"""What an import's worker process does with one file: hash it, or extract it.

Both run in a worker pool, under the per-file timeout and memory limit: a
file on a hung network share, or a pipe named x.pdf, costs only itself and
never blocks the import that holds the archive's lock.
"""

from __future__ import annotations

import hashlib
import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bilagor.extractor.errors import BadInputError
from bilagor.extractor.glossary import CANNOT_READ
from bilagor.extractor.source_files import NotRegularFile, open_regular


def sha256_of(path: str | Path, chunk: int = 1 << 20) -> str:
    """The sha256 of a regular file's content (BadInputError for anything else)."""
    try:
        fd = open_regular(path)
    except NotRegularFile as exc:
        raise BadInputError(path, exc.problem) from None
    except OSError as exc:
        raise BadInputError(path, f"{CANNOT_READ}: {exc.strerror or exc}") from None
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "rb") as fh:
            while block := fh.read(chunk):
                digest.update(block)
    except OSError as exc:
        raise BadInputError(path, f"{CANNOT_READ}: {exc.strerror or exc}") from None
    return digest.hexdigest()


def hash_task(path: str, *, hash_only: bool = True) -> str:
    """A hashing pool's function: a file's sha256 (its workers load no extractor: nothing to warm up).
    ``hash_only`` is its tasks' mark (a benchmark's memory log tells a hash from a reading by it)."""
    return sha256_of(path)


def file_task(path: str, *, extract: Callable[..., Any], hash_only: bool = False, **options: Any) -> Any:
    """The reading pool's function: the file's sha256 (``hash_only``), else ``extract(path, **options)``.

    An `extract` that takes ``ocr_progress`` (extract_report does) reports its
    OCR pages through it to the main process (the progress bar).
    """
    if hash_only:
        return sha256_of(path)
    taken = inspect.signature(extract).parameters
    if "ocr_seconds" not in taken:  # a replaced extractor (tests, benches) need not know the budget
        options.pop("ocr_seconds", None)
    if "ocr_progress" in taken:
        from bilagor.index.importer.workers import report_progress

        options["ocr_progress"] = report_progress
    return extract(path, **options)

"""Whether a stored path's file still holds its report: the web sends only such a file, `bilagor open` opens one,
`bilagor show` marks a path whose file now holds something else (edited or replaced since the import)."""

from __future__ import annotations

import hashlib
from pathlib import Path

_HASH_CHUNK = 1 << 20


def holds_report(path: Path, size: int | None, mtime: float | None, report_id: str) -> bool | None:
    """True when the file at `path` is a regular file with the size and modification time stored at import, or
    with the report's content (its sha256 is the id); False when it is a file with other content; None when there
    is no such file."""
    try:
        stat = path.stat()
    except (OSError, ValueError):
        return None
    if not path.is_file():
        return None
    if stat.st_size == size and mtime is not None and abs(stat.st_mtime - mtime) < 1e-3:
        return True
    return _sha256(path) == report_id


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()

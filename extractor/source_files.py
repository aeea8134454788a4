"""The files an import reads: only regular files, named as storable text.

On Linux a file name is bytes; Python hands names that are not valid UTF-8
(Latin-1 "S\\xf6dermalm.pdf" from an old share) over as str with lone
surrogates, which SQLite, JSON output and a UTF-8 terminal all refuse. Such
bytes are written as backslash escapes ("S\\\\xf6dermalm.pdf"): readable, the
same text every time (so an import recognises the file again), and valid
UTF-8 everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path


def path_text(path: str | os.PathLike) -> str:
    """The path as valid Unicode text; names that are valid UTF-8 are returned unchanged."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")


def regular_file_problem(mode: int) -> str | None:
    """Why a file of this st_mode is not read (None: a regular file)."""
    import stat

    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "är en mapp"
    if stat.S_ISFIFO(mode):
        kind = "en namngiven pipe"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "en enhet"
    elif stat.S_ISSOCK(mode):
        kind = "en socket"
    else:
        kind = "en specialfil"
    return f"inte en vanlig fil ({kind})"


def open_regular(path: str | Path) -> int:
    """Open a file for reading only if it is a regular file; returns the descriptor.

    O_NONBLOCK: opening a named pipe would otherwise wait for a writer
    forever. The check is on the opened descriptor, so a file swapped for a
    pipe or a device after it was listed is caught too. Raises OSError
    (NotRegularFile for a pipe, device, socket or folder).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        problem = regular_file_problem(os.fstat(fd).st_mode)
        if problem:
            raise NotRegularFile(problem)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


class NotRegularFile(OSError):
    """The path names a pipe, device, socket or folder, not a file to read."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem

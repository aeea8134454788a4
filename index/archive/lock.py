"""The archive's single-writer lock: one import (or reindex) at a time."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from bilagor.extractor.errors import ArchiveBusyError, ArchiveError

LOCK_NAME = "write.lock"


class WriteLock:
    """An advisory flock on <archive>/write.lock; released by the OS if the holder dies."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, timeout: float = 0.0) -> None:
        try:
            fd = open_lock_file(self.path)
        except OSError as exc:  # a read-only mount or folder: nobody can write here
            raise ArchiveError(f"{self.path.parent}: kan inte skriva i arkivet: {exc.strerror or exc}") from exc
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise ArchiveBusyError(
                        f"{self.path.parent}: arkivet är upptaget: en annan bilagor-import skriver "
                        f"(väntade {timeout:g} s; vänta längre med --lock-timeout)"
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def open_lock_file(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

"""A worker's memory: its resident size now and at its peak, per file when a benchmark asks.

Linux's /proc gives a process's resident size (VmRSS) and its lifetime peak
(VmHWM); writing "5" to /proc/self/clear_refs resets the peak to the current
size, so the peak of one file can be read on its own. Elsewhere these give
None and nothing is logged.

The per-file log is a benchmark's hook (bench/robustness.py), off unless
BILAGOR_PEAK_LOG names a file in the import's environment: each worker then
appends one JSON line per task, {"path", "task" ("hash" or "read"),
"peak_mb", "start_mb", "end_mb", "seconds"}.
"""

from __future__ import annotations

import json
import os

PEAK_LOG_ENV = "BILAGOR_PEAK_LOG"


def status_mb(field: str, status: str = "/proc/self/status") -> float | None:
    """One "VmXXX:  123 kB" line of a /proc status file, in MB (None when unreadable)."""
    try:
        with open(status) as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_mb() -> float | None:
    return status_mb("VmRSS")


def settled_rss_mb() -> float | None:
    """The resident size once the C heap has handed its free pages back (glibc's malloc_trim).

    glibc keeps freed blocks of the size a page image is (tens of MB) in the
    process after the first such block is freed, so without the trim a
    worker looks (and stays) as big as its last OCR'd page made it.
    """
    _trim_heap()
    return rss_mb()


def _trim_heap() -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def peak_mb() -> float | None:
    return status_mb("VmHWM")


def reset_peak() -> bool:
    """Set this process's peak (VmHWM) back to its current size; False where that cannot be done."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


class PeakLog:
    """Appends a line per task to the file BILAGOR_PEAK_LOG names (one O_APPEND write: workers share it)."""

    def __init__(self, target: str):
        self.target = target
        self.start_mb: float | None = None

    @classmethod
    def from_environment(cls) -> PeakLog | None:
        target = os.environ.get(PEAK_LOG_ENV)
        return cls(target) if target else None

    def begin(self) -> None:
        reset_peak()
        self.start_mb = rss_mb()

    def end(self, path: str, task: str, seconds: float) -> None:
        line = {
            "path": path,
            "task": task,
            "peak_mb": _round(peak_mb()),
            "start_mb": _round(self.start_mb),
            "end_mb": _round(rss_mb()),
            "seconds": round(seconds, 2),
        }
        data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
        try:
            fd = os.open(self.target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
        except OSError:  # a benchmark's log must never fail an import
            pass


def _round(mb: float | None) -> float | None:
    return None if mb is None else round(mb, 1)

"""Records that cannot be indexed: the typed signal and its one-line reason.

A record the search index rejects is kept in SQLite, marked with the reason
and left out of the index, so one bad file never stops the archive.
"""

from __future__ import annotations

REASON_MAX_CHARS = 200


class UnindexableReport(Exception):
    """One record could not be indexed (raised after the index writer was cancelled)."""

    def __init__(self, report_id: str, reason: str):
        super().__init__(f"{report_id}: {reason}")
        self.report_id = report_id
        self.reason = reason


def reason_of(exc: BaseException) -> str:
    """An exception as one short line: 'ValueError: value out of range'."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= REASON_MAX_CHARS else text[: REASON_MAX_CHARS - 1] + "…"

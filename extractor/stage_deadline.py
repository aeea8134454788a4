"""The layout within a file's time: a file whose reading came in late is stored with its text, not lost (issue #12).

The text layer and OCR have their shares of an import's per-file --timeout (ocr_budget); the layout after them had
none, and its cost grows with the words on a page: ExifTool's 39-page manual, olmocr's one-page map and
hummusRecipe's 14-page test file were read in time under load and then lost whole while laid out. Now the layout
runs under an alarm set to LAYOUT_SHARE of the --timeout from the file's start: past it, the layout is given up and
each page's text is stored as it reads, line by line (one section a page, no labels), with a warning naming the
pages, so the file is stored and searchable and `import --force` with a longer --timeout lays it out whole. The
amounts and organisations after the layout run under an alarm too (ENTITIES_SHARE): past it, the record is stored
without them, with a warning.

The alarm is SIGALRM, so it stops the layout wherever it is (one step of it on one dense page can take a minute
under load): the layout is pure functions over plain data, so nothing of it is kept half done. It works in a
process's main thread (the importer's workers, the CLI); elsewhere the layout has no limit, as before.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from bilagor.extractor.words import page_ranges

# The layout ends by this share of the --timeout from the file's start: the entities and the reply after it take
# seconds on a long report under load (OCR_SHARE 0.7 and a slow page may have passed before it begins).
LAYOUT_SHARE = 0.85
# The amounts and organisations end by this share: the record's reply is left the rest (at 0.95 three files of
# h36's time-out class replied at 114-117 s of 120 under load 14-17: too close).
ENTITIES_SHARE = 0.9
ENTITIES_UNFINISHED_WARNING = (
    "belopp och organisationer lästes inte: filens tidsgräns (--timeout) nåddes; texten sparas utan dem "
    "(läs om med längre --timeout och --force)"
)
LAYOUT_UNFINISHED_PREFIX = "layouten hann inte klart"
LAYOUT_UNFINISHED_REASON = (
    "filens tidsgräns (--timeout) nåddes; texten sparas rad för rad utan rubriker, ett avsnitt per sida "
    "(läs om med längre --timeout och --force)"
)


class StageOutOfTime(Exception):
    """A stage's share of the file's --timeout ran out (raised by the alarm, or at once when already past it)."""


def _out_of_time(signum: int, frame: object) -> None:
    raise StageOutOfTime


@contextmanager
def alarm_after(seconds: float | None) -> Iterator[None]:
    """Raise StageOutOfTime in the block once `seconds` have passed (None: no limit; at most 0: at once).

    Only in the main thread (signals are delivered there); in another thread the block has no limit."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    if seconds <= 0:
        raise StageOutOfTime
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def layout_unfinished_warning(numbers: list[int]) -> str:
    """The record's warning for pages whose layout the file's time left undone (their text stored plain)."""
    which = f"sida {numbers[0]}" if len(numbers) == 1 else f"sidorna {page_ranges(numbers)}"
    return f"{LAYOUT_UNFINISHED_PREFIX} på {which}: {LAYOUT_UNFINISHED_REASON}"


def is_unfinished_warning(warning: str) -> bool:
    """The layout's or the entities' warning of a stage its share of the --timeout left undone."""
    return warning.startswith(LAYOUT_UNFINISHED_PREFIX) or warning == ENTITIES_UNFINISHED_WARNING

"""OCR and the text layer within a file's time: read the pages there is time for, store the rest without
text (issue #12).

An import gives up a file after --timeout seconds and stores nothing of it: a long scan read at tens of
seconds a page under load (OCRmyPDF's 300 dpi pages, a report in Type 3 glyphs read page by page) was
lost whole. With a budget, a page is started only while the time spent so far and the slowest page yet
still fit in it; the pages not started are kept as they are (a scan: no text) and the record says which,
so the file is stored and searchable by what was read, and `import --force` with a longer --timeout
reads it again whole.

The text layer has a budget of its own (TEXT_SHARE, the same rule a page): a document of a hundred and more
pages of text (a manual, a government report) read at a second a page under load, with its layout and
entities after it, ran past the time-out and was lost whole; now its first pages are stored and searchable,
with a warning naming the pages left (TEXT_UNREAD_PREFIX).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from bilagor.extractor.words import page_ranges

# The share of an import's per-file --timeout that OCR may use: the rest is for the layout, the entities
# and storing, which take seconds on a long report under load; the time-out itself stays the hard stop.
OCR_SHARE = 0.7
# The share of the --timeout for reading the text layer: the layout and the entities after it take about
# as long again as the reading over the same pages (measured on a 40-page manual: 18 s reading, 20 s after).
TEXT_SHARE = 0.4
TEXT_UNREAD_PREFIX = "textlagret inte läst"
UNREAD_REASON = "filens tidsgräns (--timeout) nåddes; sparas utan text (läs om med längre --timeout och --force)"


def now() -> float:
    return time.monotonic()


@dataclass
class OcrBudget:
    """A deadline on `clock` (default: now) for starting OCR pages, and the pages left unread for it."""

    deadline: float
    clock: Callable[[], float] | None = None
    slowest: float = 0.0  # seconds of the slowest page read so far: the next may take as long
    unread: list[int] = field(default_factory=list)
    _began: float | None = None

    @classmethod
    def of(cls, seconds: float, clock: Callable[[], float] | None = None) -> OcrBudget:
        """A budget of `seconds` from now."""
        return cls((clock or now)() + seconds, clock)

    def _now(self) -> float:
        return (self.clock or now)()

    def allows_page(self) -> bool:
        """Whether a page started now would end, at the slowest page's pace, before the deadline."""
        return self._now() + self.slowest < self.deadline

    def page_began(self) -> None:
        self._began = self._now()

    def page_ended(self) -> None:
        if self._began is not None:
            self.slowest = max(self.slowest, self._now() - self._began)
            self._began = None

    def left_unread(self, numbers: list[int]) -> None:
        self.unread = sorted(set(self.unread) | set(numbers))


class OutOfTime(Exception):
    """A Tesseract call the file's OCR budget ran out during: stopped, and its page left unread like a page not
    started. One page's OCR may alone outlast the --timeout (a dense chart's page took Tesseract 170 s under
    load: the file was lost whole, though its other pages had been read)."""


_in_force: ContextVar[OcrBudget | None] = ContextVar("ocr_budget", default=None)


@contextmanager
def in_force(budget: OcrBudget | None) -> Iterator[None]:
    """While OCR reads a file's pages: Tesseract's calls (seconds_left) end at `budget`'s deadline."""
    token = _in_force.set(budget)
    try:
        yield
    finally:
        _in_force.reset(token)


def seconds_left() -> float | None:
    """Seconds to the deadline of the budget in force (None: no budget, no deadline but Tesseract's own)."""
    budget = _in_force.get()
    return None if budget is None else budget.deadline - budget._now()


def share_seconds(ocr_seconds: float, share: float) -> float:
    """`share` of the file's --timeout, from the importer's OCR budget (OCR_SHARE of that same --timeout)."""
    return ocr_seconds * share / OCR_SHARE


def text_seconds(ocr_seconds: float) -> float:
    """The text layer's budget from the importer's OCR budget (both shares of the same --timeout)."""
    return share_seconds(ocr_seconds, TEXT_SHARE)


def text_unread_warning(numbers: list[int]) -> str:
    """The record's warning for pages whose text layer the budget left unread."""
    which = f"sida {numbers[0]}" if len(numbers) == 1 else f"sidorna {page_ranges(numbers)}"
    return f"{TEXT_UNREAD_PREFIX} på {which}: {UNREAD_REASON}"


def is_text_unread_warning(warning: str) -> bool:
    return warning.startswith(TEXT_UNREAD_PREFIX)

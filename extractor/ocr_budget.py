"""OCR within a file's time: read the pages there is time for, store the rest without text (issue #12).

An import gives up a file after --timeout seconds and stores nothing of it: a long scan read at tens of
seconds a page under load (OCRmyPDF's 300 dpi pages, a report in Type 3 glyphs read page by page) was
lost whole. With a budget, a page is started only while the time spent so far and the slowest page yet
still fit in it; the pages not started are kept as they are (a scan: no text) and the record says which,
so the file is stored and searchable by what was read, and `import --force` with a longer --timeout
reads it again whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

# The share of an import's per-file --timeout that OCR may use: the rest is for the layout, the entities
# and storing, which take seconds on a long report under load; the time-out itself stays the hard stop.
OCR_SHARE = 0.7
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

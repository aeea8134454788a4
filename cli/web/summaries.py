"""Amount summaries kept between requests while the archive is unchanged.

A summary reads every report and amount of the archive (seconds for tens of
thousands of reports); the amounts page, its group listings, the downloads
and the JSON ask for the same one again and again. Kept per arguments and
the archive's data stamp, so an import's new records are never missed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from bilagor.index.reports.amounts import AmountSummary, summarise_archive

KEPT = 8


class SummaryCache:
    def __init__(self, size: int = KEPT):
        self.size = size
        self._items: OrderedDict[tuple, AmountSummary] = OrderedDict()
        self._lock = threading.Lock()

    def summary(self, live, archive, args: dict, *, detail: bool) -> AmountSummary:
        """summarise_archive(archive, **args, detail=detail), or the same result kept from before."""
        key = (live.data_stamp(archive), tuple(sorted(args.items())), detail)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        summary = summarise_archive(
            archive,
            args["query"],
            by=args["by"],
            year=args["year"],
            district=args["district"],
            role=args["role"],
            detail=detail,
        )
        with self._lock:
            self._items[key] = summary
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return summary

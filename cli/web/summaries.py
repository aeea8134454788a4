"""Amount summaries kept between requests while the archive is unchanged.

A summary reads every report and amount of the archive (about a second for
ten thousand reports); the amounts page, its group listings, the downloads
and the JSON ask for the same one again and again. Kept per arguments and
the archive's data stamp, so an import's new records are never missed.
Requests asking for a summary that another thread is computing wait for
that one rather than compute it again, and the server computes the amounts
page's default summary at start (`prepare`), so its first visitor does not
pay for it; that one is read from the archive folder when an import or a
reindex kept it there and it is current (index.reports.amounts_kept), so it
is ready at once. The archive's rows with each report's figures decided
(`SummaryBasis`, most of a summary's cost) are kept too, so a grouping or
filter not asked for before costs only the grouping.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from bilagor.extractor.errors import BilagorError
from bilagor.index.archive import Archive
from bilagor.index.archive.live import LiveArchive
from bilagor.index.reports.amounts import (
    AmountSummary,
    SummaryBasis,
    cycle_collection_paused,
    load_rows,
    summarise_archive,
)
from bilagor.index.reports.amounts_kept import read_kept_summary

log = logging.getLogger("bilagor")

KEPT = 8
# Seconds between reading the kept default summary and making the basis in the background: the
# first visitor's page (tenths of a second on a loaded machine) is not slowed by it.
BASIS_DELAY = 2.0
# The amounts page's arguments with no parameters (pages.amounts_request of none): the summary
# prepared at start. Here, not in pages, so `bilagor serve` can start preparing it before it
# imports the web pages (pages.amounts_request({}) == DEFAULT_ARGS is tested).
DEFAULT_ARGS = {"query": None, "by": "year", "year": None, "district": None, "role": None}


@dataclass
class Preparing:
    """The amounts page's default summary being computed in `thread`, to be kept in `summaries`."""

    summaries: SummaryCache
    thread: threading.Thread


def start_preparing(folder) -> Preparing:
    """Begin computing the amounts page's default summary for the archive in `folder` at once: the
    server's start (the web pages' imports, the app) runs beside it instead of before it."""
    summaries = SummaryCache()
    return Preparing(summaries, summaries.prepare(LiveArchive(folder), DEFAULT_ARGS, detail=True))


class SummaryCache:
    def __init__(self, size: int = KEPT):
        self.size = size
        self._items: OrderedDict[tuple, AmountSummary] = OrderedDict()
        self._computing: dict[tuple, Future] = {}
        self._lock = threading.Lock()
        self._basis: tuple[object, SummaryBasis] | None = None  # (data stamp, basis)
        self._basis_lock = threading.Lock()  # one thread decides the basis; the others wait for it

    def basis(self, live, archive, stamp: object | None = None) -> SummaryBasis:
        """The archive's SummaryBasis, every report decided; kept while its data stamp is unchanged."""
        stamp = live.data_stamp(archive) if stamp is None else stamp
        with self._basis_lock:
            if self._basis is None or self._basis[0] != stamp:
                with cycle_collection_paused():
                    self._basis = (stamp, SummaryBasis(*load_rows(archive)).complete())
            return self._basis[1]

    def summary(
        self, live, archive, args: dict, *, detail: bool, load: Callable[[], AmountSummary | None] | None = None
    ) -> AmountSummary:
        """summarise_archive(archive, **args, detail=detail), or the same result kept from before;
        `load`: gives that summary (or None) read from elsewhere, tried before computing it."""
        stamp = live.data_stamp(archive)
        key = (stamp, tuple(sorted(args.items())), detail)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            computing = self._computing.get(key)
            if computing is None:
                pending: Future = Future()
                self._computing[key] = pending
        if computing is not None:
            return computing.result()  # another thread's summary (or its error)
        try:
            summary = load() if load else None
            if summary is None:
                summary = summarise_archive(
                    archive,
                    args["query"],
                    by=args["by"],
                    year=args["year"],
                    district=args["district"],
                    role=args["role"],
                    detail=detail,
                    basis=self.basis(live, archive, stamp),
                )
        except BaseException as exc:
            with self._lock:
                del self._computing[key]
            pending.set_exception(exc)
            raise
        with self._lock:
            del self._computing[key]
            self._items[key] = summary
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        pending.set_result(summary)
        return summary

    def prepare(self, live, args: dict, *, detail: bool) -> threading.Thread:
        """Compute this summary in a background thread (with its own read-only Archive), to be kept."""

        def compute() -> None:
            try:
                if not live.exists():
                    return
                with Archive.open(live.folder) as archive:
                    kept = args == DEFAULT_ARGS and detail  # what an import keeps in the archive folder
                    self.summary(
                        live, archive, args, detail=detail, load=(lambda: read_kept_summary(archive)) if kept else None
                    )
                    # What was just made and kept (the basis, the summary: a hundred thousand objects
                    # without cycles) is moved out of the cycle collector's sight: no full collection
                    # walks it again, and none runs now beside the first request's page (a collect()
                    # here took a tenth of a second of its time). Freed as usual, by reference counts,
                    # once no longer kept. The price: freeze() takes every object alive in the process
                    # now (modules, the app, a request in flight), and a cycle among them that later
                    # becomes garbage is never collected. Bounded: prepare() runs at most twice, at start.
                    gc.freeze()
                    if self._basis is None:  # the summary was read, not made: the basis for other groupings
                        time.sleep(BASIS_DELAY)  # after the first visitor's page, not beside it
                        self.basis(live, archive)
                        gc.freeze()
            except BilagorError as exc:  # the request that needs it meets the error itself, as a page
                log.debug("summary not prepared: %s", exc.one_line())
            except Exception as exc:  # noqa: BLE001 - likewise; never a traceback from a background thread
                log.debug("summary not prepared: %r", exc)

        thread = threading.Thread(target=compute, name="bilagor-summary", daemon=True)
        thread.start()
        return thread

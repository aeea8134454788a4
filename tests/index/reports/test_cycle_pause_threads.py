"""cycle_collection_paused from overlapping threads (a server's summaries): the collector stays
off until the last of them is done, and is left off when it was off."""

from __future__ import annotations

import gc
import threading

from bilagor.index.reports.amounts import cycle_collection_paused


def test_the_collector_stays_off_until_the_last_thread_is_done():
    assert gc.isenabled()
    first_in, second_in, first_out, second_may_leave = (threading.Event() for _ in range(4))
    seen = {}

    def second() -> None:
        first_in.wait(10)
        with cycle_collection_paused():
            second_in.set()
            first_out.wait(10)
            seen["after the first left"] = gc.isenabled()
            second_may_leave.wait(10)

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with cycle_collection_paused():
            first_in.set()
            second_in.wait(10)
        first_out.set()
        second_may_leave.set()
    finally:
        thread.join(10)
    assert seen == {"after the first left": False}
    assert gc.isenabled()


def test_a_collector_that_was_off_is_left_off():
    gc.disable()
    try:
        with cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()

"""Timing helper shared by the benchmark scripts."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(repeat: int, action: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of `repeat` runs, in seconds: the least disturbed by other load (`clock` time.process_time:
    CPU time, which a machine shared with other work disturbs less than wall time)."""
    times = []
    for _ in range(repeat):
        start = clock()
        action()
        times.append(clock() - start)
    return min(times)

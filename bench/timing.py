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


def print_against_floor(
    steps: dict[str, Callable[[], object]], floor: float, repeat: int, clock: Callable[[], float] = time.perf_counter
) -> None:
    """Each step's best time (`best_of`) and its ratio to `floor`, measured by the caller in the same run."""
    for name, step in steps.items():
        seconds = best_of(repeat, step, clock=clock)
        print(f"{name:44s} {seconds * 1000:9.1f} ms = {seconds / floor:7.2f} x the floor")

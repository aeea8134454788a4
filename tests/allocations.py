"""Memory a call takes, counted by tracemalloc (numpy reports its buffers to it): bytes, not seconds,
so a test of it does not depend on the machine."""

from __future__ import annotations

import tracemalloc


def allocation_peak(function, *args) -> int:
    """Bytes allocated at most at one time while `function(*args)` runs."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        function(*args)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()

"""Stand-ins for the extractor that use memory, run inside the worker processes (picklable by name)."""

from __future__ import annotations

import os

_kept: list[bytes] = []


def use_memory(path, *, mb: int = 0, keep: bool = False, **_) -> int:
    """Touch `mb` MB (kept alive afterwards when `keep`, as a big file's leftovers would be); this process's pid."""
    if mb:
        block = b"\x01" * (mb << 20)  # written, so resident
        if keep:
            _kept.append(block)
        del block
    return os.getpid()

"""Stand-ins for the import's worker function, for the resource-limit tests.

Importable by name (spawned workers unpickle them); the file content says
how to behave.
"""

from __future__ import annotations

import time
from pathlib import Path

from import_fakes import fake_extract


def hungry_extract(path, **options):
    """HOG: asks for 3 GB, as a decompression bomb would; else the usual stand-in."""
    if Path(path).read_bytes().startswith(b"HOG"):
        block = bytearray(3 << 30)
        return len(block)
    return fake_extract(path, **options)


def slow_hash_task(path, *, hash_only=False, **options):
    """The pool's function where hashing never ends (a file on a hung share)."""
    if hash_only:
        time.sleep(3600)
    return fake_extract(path, **options)


def named_extract(path, **options):
    """The usual stand-in, naming the report after its file the way the real extractor does."""
    from bilagor.extractor.source_files import path_text

    report = fake_extract(path, **options)
    report.title = f"Rapport {path_text(Path(path).stem)}"
    return report

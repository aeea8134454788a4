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


def report_pages(path, *, pages: int = 3, **_) -> int:
    """Says "page i of `pages`" to the main process as OCR would; returns `pages`."""
    from bilagor.index.importer.workers import report_progress

    for done in range(1, pages + 1):
        report_progress(done, pages)
    return pages


def extract_with_ocr_pages(path, *, ocr_progress=None, **options):
    """fake_extract that first reports OCR of two pages through `ocr_progress`, as extract_report does."""
    from import_fakes import fake_extract

    if ocr_progress is not None:
        for done in range(3):
            ocr_progress(done, 2)
    return fake_extract(path, **options)

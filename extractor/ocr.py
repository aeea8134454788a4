"""OCR of pages without a text layer. Placeholder until the Tesseract reader lands."""

from __future__ import annotations

from pathlib import Path

from bilagor.extractor.words import Page


def recognise_pages(
    path: str | Path, pages: list[Page], *, mode: str = "auto", password: str | None = None
) -> tuple[list[Page], bool, list[str]]:
    """Return (pages, whether OCR was used, warnings). Does no OCR yet."""
    scanned = [p.number for p in pages if not p.words]
    listed = ", ".join(map(str, scanned))
    return pages, False, [f"pages {listed} have no text layer and OCR is not available"]

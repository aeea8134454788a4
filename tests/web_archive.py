"""An archive of the committed examples/ PDFs, for the `bilagor serve` tests.

The PDFs are copied first, so a test may move or change a source file
without touching the repository.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from factories import EXAMPLES

SEED_PDF = "bilaga5-uppfoljning-kameraovervakning-2018.pdf"


def build_examples_archive(folder: Path) -> tuple[Path, Path]:
    """(archive folder, folder of the source PDFs) with every example imported."""
    from bilagor.index.importer.run import import_paths

    sources = folder / "pdfs"
    sources.mkdir(parents=True)
    for pdf in sorted(EXAMPLES.glob("*.pdf")):
        shutil.copy2(pdf, sources / pdf.name)
    archive = folder / "archive"
    summary = import_paths([sources], archive=archive, workers=1, ocr="never")
    assert not summary.failed, summary.failed
    return archive, sources


def yellow_pixels(image, box: tuple[int, int, int, int] | None = None) -> int:
    """Pixels of the highlighter's yellow (on white paper or over ink) in `box` of a PIL image."""
    import numpy

    region = image.convert("RGB").crop(box) if box else image.convert("RGB")
    r, g, b = (numpy.asarray(region).astype(int)[..., channel] for channel in range(3))
    # Yellow at 43 % over white is about (255, 240, 145), over black ink (110, 95, 0);
    # the page itself is white, grey or black (r, g and b alike).
    return int(((r - b > 60) & (g - b > 40)).sum())


def web_client(folder: Path):
    """A Starlette test client of `bilagor serve` over the archive at `folder` (a context manager; the test is
    skipped without the web extra)."""
    import warnings

    import pytest

    pytest.importorskip("starlette")
    from bilagor.cli.web.app import create_app

    with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    return TestClient(create_app(folder), base_url="http://127.0.0.1")

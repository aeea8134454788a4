"""Stand-ins for the extractor, run inside the import's worker processes.

They live in an importable module (not inside a test) because spawned worker
processes unpickle them by name. The file content says how to behave, so a
test builds a folder of tiny files and knows what each will do.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from pathlib import Path

from bilagor.extractor import EXTRACTOR_VERSION
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.record import Report, Section

GOOD = b"%PDF-fake good report"


def fake_extract(path, *, ocr="auto", password=None, max_pages=200, **_):
    """Behaves by content: BAD -> bad input, HANG -> hangs, SEGV/EXIT/NOMEM -> crashes."""
    data = Path(path).read_bytes()
    if not data:
        raise BadInputError(path, "tom fil")
    if data.startswith(b"BAD"):
        raise BadInputError(path, "inte en PDF")
    if data.startswith(b"HANG"):
        time.sleep(3600)
    if data.startswith(b"SEGV"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if data.startswith(b"EXIT"):
        os._exit(3)
    if data.startswith(b"NOMEM"):
        raise MemoryError
    if data.startswith(b"SLOW"):
        time.sleep(0.3)
    text = data.decode("utf-8", "replace")
    year = None
    if "year=" in text:
        year = int(text.split("year=")[1][:4])
    project = text.split("project=")[1].split(";")[0] if "project=" in text else None
    return Report(
        id=hashlib.sha256(data).hexdigest(),
        paths=[str(path)],
        filename=Path(path).name,
        pages=1,
        ocr=False,
        extractor_version=EXTRACTOR_VERSION,
        title=f"Rapport {Path(path).stem}",
        year=year,
        year_source="text" if year else None,
        project=project,
        sections=[Section("projektnamn", "Projektnamn", text, 1)],
        warnings=[f"ocr={ocr} max_pages={max_pages} password={password}"],
    )


def extract_without_tesseract(path, **options):
    """The real extractor in a process where the tesseract binary cannot be found."""
    import pytesseract

    from bilagor.extractor import extract_report
    from bilagor.extractor import ocr

    pytesseract.pytesseract.tesseract_cmd = "/no/such/tesseract"
    ocr._unavailable_reason.cache_clear()
    return extract_report(path, **options)


def write_files(folder: Path, contents: dict[str, bytes]) -> dict[str, Path]:
    paths = {}
    for name, data in contents.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths[name] = path
    return paths


def extract_leaving_ocr_folder(path, *, work_dir=None, **options):
    """Like a worker killed during OCR: leaves a private OCR folder behind in `work_dir`."""
    if work_dir is not None:
        (Path(work_dir) / f"bilagor-ocr-{Path(path).stem}").mkdir(mode=0o700)
    return fake_extract(path, **options)

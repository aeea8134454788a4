"""The import gives OCR a private folder inside the archive and clears what killed workers leave there."""

from __future__ import annotations

import stat

from import_fakes import GOOD, extract_leaving_ocr_folder, write_files

from bilagor.index import import_paths


def test_ocr_work_folder_is_private_inside_the_archive_and_left_empty(tmp_path):
    write_files(tmp_path / "in", {"a.pdf": GOOD + b" a", "b.pdf": GOOD + b" b"})
    archive = tmp_path / "arkiv"
    summary = import_paths([tmp_path / "in"], archive=archive, workers=1, extract=extract_leaving_ocr_folder)
    assert summary.imported == 2
    work = archive / "tmp"
    assert stat.S_IMODE(work.stat().st_mode) == 0o700
    assert list(work.iterdir()) == []

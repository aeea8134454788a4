"""Import progress during OCR: page i of n of the file being recognised reaches the main process's bar."""

from __future__ import annotations

import io

from bilagor.extractor.words import Page
from bilagor.index.importer.workers import Task, WorkerPool
from factories import ROOT
from import_fakes import write_files
from mem_fakes import extract_with_ocr_pages, report_pages


def test_a_task_reports_its_progress_to_the_caller_before_its_result(tmp_path):
    seen = []
    with WorkerPool(report_pages, size=1, timeout=30.0) as pool:
        for item in pool.imap([Task("a", "a.pdf", {"pages": 3})], tick=0.2, on_progress=seen.append):
            if item is not None:
                seen.append(item)
    *progress, result = seen
    assert [(p.key, p.path, p.done, p.total) for p in progress] == [("a", "a.pdf", i, 3) for i in (1, 2, 3)]
    assert result.ok and result.value == 3


def test_reporting_progress_outside_a_worker_does_nothing():
    from bilagor.index.importer.workers import report_progress

    report_progress(1, 2)  # no task, no pipe: no error


def test_the_import_passes_ocr_pages_of_each_file_to_its_callback(tmp_path):
    from bilagor.index.importer.run import import_paths

    files = write_files(tmp_path / "in", {"scan.pdf": b"%PDF-fake scanned"})
    events = []
    summary = import_paths(
        [tmp_path / "in"],
        archive=tmp_path / "arkiv",
        workers=1,
        extract=extract_with_ocr_pages,
        ocr_progress=events.append,
    )
    assert summary.imported == 1
    assert [(e.path, e.done, e.total) for e in events] == [(str(files["scan.pdf"]), i, 2) for i in range(3)]


def test_extract_report_counts_the_pages_it_recognises(tmp_path, monkeypatch):
    from bilagor.extractor import api, ocr

    source = sorted((ROOT / "examples").glob("*.pdf"))[0]
    calls = []
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(
        ocr,
        "read_page_image",
        lambda pixels, scale, number, width, height, folder, **_: Page(number, width, height, []),
    )
    api.extract_report(
        source, ocr="always", entities=False, ocr_progress=lambda done, total: calls.append((done, total))
    )
    pages = len(calls) - 1
    assert pages >= 1 and calls == [(i, pages) for i in range(pages + 1)]


def test_the_bar_shows_the_page_being_read_and_forgets_it_when_the_file_is_done(monkeypatch):
    from rich.console import Console

    from bilagor.cli.views import imports
    from bilagor.index.importer.run import OcrProgressEvent, Outcome, ProgressEvent

    screen = io.StringIO()
    monkeypatch.setattr(imports.sys.stderr, "isatty", lambda: True, raising=False)
    real_console = Console
    monkeypatch.setattr(
        "rich.console.Console", lambda **kw: real_console(file=screen, force_terminal=True, width=120, highlight=False)
    )
    with imports.progress_display() as progress:
        progress.ocr_page(OcrProgressEvent("/in/a/skanning.pdf", 3, 12))
        assert progress.bar.tasks[0].fields["ocr"] == "OCR skanning.pdf: sida 4 av 12"
        progress(ProgressEvent(1, 2, "/in/a/skanning.pdf", Outcome.IMPORTED))
        assert progress.bar.tasks[0].fields["ocr"] == ""


def test_ocr_status_names_each_file_being_read():
    from bilagor.cli.views.imports import ocr_status

    assert ocr_status({}) == ""
    assert ocr_status({"/x/a.pdf": (0, 2), "/y/b.pdf": (5, 9)}) == "OCR a.pdf: sida 1 av 2; b.pdf: sida 6 av 9"

"""A long scan whose OCR would outlast the import's per-file time-out is stored with the pages read in time,
the rest without text and a warning naming them (issue #12; h28's left-open class: OCRmyPDF's `cardinal`, four
300 dpi scan pages, and reports of Type 3 glyphs read with OCR page by page, each lost whole at 120 s).
The file is a generated scan; Tesseract is stood in for by a reader that takes 40 s of a fake clock a page."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from bilagor.extractor import extract_report, ocr, ocr_budget
from bilagor.extractor.ocr_budget import OcrBudget
from bilagor.extractor.words import Page, Word
from bilagor.index.importer.file_tasks import file_task
from bilagor.index.importer.plan import FileStat, Job, Outcome
from bilagor.index.importer.run import _job_options

PAGE_SECONDS = 40.0


def _scan(path, pages: int):
    """An image-only PDF of `pages` A4 pages at 100 dpi, each with lines of drawn text."""
    images = []
    for n in range(pages):
        image = Image.new("L", (827, 1169), 255)
        draw = ImageDraw.Draw(image)
        for line in range(30):
            draw.text(
                (80, 100 + 32 * line), f"Sida {n + 1}, rad {line + 1}: budget 10 000 kronor till lekplatsen", fill=0
            )
        images.append(image)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=100)
    return path


@pytest.fixture
def slow_ocr(monkeypatch) -> list[int]:
    """Each page 'read' in PAGE_SECONDS of a fake clock, its words naming the page; the pages read recorded."""
    clock = [1000.0]
    read: list[int] = []

    def read_page(pixels, scale, number, width, height, folder, **_):
        clock[0] += PAGE_SECONDS / (2 if number in read else 1)  # a sheet's parts, if one were found
        read.append(number)
        line = f"Föreningen rensade gångvägen vid lekplatsen och sidan läst{number} kom med".split()
        words = [
            Word(text, 72 + 60 * i, 72 + 60 * i + 50, 300 + 20 * number, 312 + 20 * number)
            for i, text in enumerate(line)
        ]
        return Page(number, width, height, words)

    monkeypatch.setattr(ocr_budget, "now", lambda: clock[0])
    monkeypatch.setattr(ocr, "read_page_image", read_page)
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    return read


def _text(report) -> str:
    return " ".join(s.text for s in report.sections)


def test_pages_past_the_budget_are_stored_without_text_and_named(tmp_path, slow_ocr):
    pdf = _scan(tmp_path / "lang-skanning.pdf", 5)
    report = extract_report(pdf, ocr="auto", entities=False, ocr_seconds=100.0)
    # page 1 at 40 s, page 2 ends at 80 s; a third would end at 120 s > 100 s: not started
    assert slow_ocr == [1, 2]
    assert report.pages == 5 and report.ocr
    assert "läst1" in _text(report) and "läst2" in _text(report)
    unread = [w for w in report.warnings if "tidsgräns" in w]
    assert unread == [f"{ocr.WARNING_PREFIX}): sidorna 3-5 kunde inte läsas med OCR: {ocr_budget.UNREAD_REASON}"]
    assert ocr.is_ocr_warning(unread[0])  # the import summary repeats it


def test_without_a_budget_every_page_is_read(tmp_path, slow_ocr):
    pdf = _scan(tmp_path / "lang-skanning.pdf", 5)
    report = extract_report(pdf, ocr="auto", entities=False)
    assert slow_ocr == [1, 2, 3, 4, 5]
    assert not [w for w in report.warnings if "tidsgräns" in w]


def test_no_time_left_still_stores_the_file(tmp_path, slow_ocr):
    pdf = _scan(tmp_path / "kort-skanning.pdf", 2)
    report = extract_report(pdf, ocr="auto", entities=False, ocr_seconds=0.0)
    assert slow_ocr == []
    assert report.pages == 2 and not report.sections
    # the text layer's budget (ocr_budget.TEXT_SHARE) reads the first page only; it is a scan, left for OCR's time
    assert any("sida 1 kunde inte läsas med OCR" in w for w in report.warnings)
    assert ocr_budget.text_unread_warning([2]) in report.warnings


def test_the_budget_waits_for_the_slowest_page():
    clock = [0.0]
    budget = OcrBudget.of(100.0, clock=lambda: clock[0])
    for seconds in (10.0, 50.0):
        assert budget.allows_page()
        budget.page_began()
        clock[0] += seconds
        budget.page_ended()
    assert budget.slowest == 50.0 and not budget.allows_page()  # 60 + 50 > 100


def _extract_with_budget(path, *, ocr_seconds=None, **_):
    return ocr_seconds


def _extract_without(path, **options):
    return sorted(options)


def test_the_import_gives_the_budget_to_new_files_only_and_to_extractors_that_take_it():
    options = {"ocr": "auto", "ocr_seconds": 84.0}
    new = Job("a" * 64, [(FileStat("/x.pdf", 1, 1.0), Outcome.IMPORTED)], "/x.pdf")
    again = Job("b" * 64, [(FileStat("/y.pdf", 1, 1.0), Outcome.UPDATED)], "/y.pdf")
    assert _job_options(new, options)["ocr_seconds"] == 84.0
    assert "ocr_seconds" not in _job_options(again, options)  # a stored record is replaced only whole
    assert file_task("/x.pdf", extract=_extract_with_budget, **options) == 84.0
    assert file_task("/x.pdf", extract=_extract_without, **options) == ["ocr"]


def test_a_page_whose_ocr_outlasts_the_budget_is_stopped_and_left_unread(tmp_path, monkeypatch):
    """One page's OCR alone may outlast the file's --timeout (PdfPig's P2P-33713919: a page Tesseract read in
    170 s under load, so the file was lost whole at 120 s, h32). Tesseract, stood in for by a program that
    never answers in time, is stopped at the budget's deadline; the file is stored with the page named
    unread."""
    import pytesseract

    slow = tmp_path / "tesseract"
    slow.write_text('#!/bin/sh\ncase "$*" in *"--psm 0"*) exit 0;; esac\nexec sleep 60\n')
    slow.chmod(0o755)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(slow))
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    pdf = _scan(tmp_path / "seg-sida.pdf", 2)
    report = extract_report(pdf, ocr="auto", entities=False, ocr_seconds=3.0)
    assert report.pages == 2
    unread = [w for w in report.warnings if "tidsgräns" in w]
    assert unread and unread[0].endswith(ocr_budget.UNREAD_REASON)
    assert ocr.is_ocr_warning(unread[0])


def test_without_a_budget_tesseract_keeps_its_own_limit():
    assert ocr_budget.seconds_left() is None
    assert ocr._tesseract_timeout() == ocr.TESSERACT_TIMEOUT
    with ocr_budget.in_force(OcrBudget.of(-1.0)), pytest.raises(ocr_budget.OutOfTime):
        ocr._tesseract_timeout()

"""A long text-layer document whose reading would outlast the import's per-file time-out is stored with the
pages read in time, the rest without text and a warning naming them (issue #12; h30's left-open class:
ghostpdl's 160-page LittleCMS manuals and govdocs1's 100-180-page reports, each lost whole at 120 s). The
file is generated; each page's reading takes 10 s of a fake clock."""

from __future__ import annotations

import pytest

from bilagor.extractor import api, extract_report, ocr_budget, pdf_reader
from bilagor.extractor.ocr_budget import is_text_unread_warning, text_unread_warning
from bilagor.index.importer.run import summary_warnings
from odd_pdfs import unicode_text_pdf

PAGE_SECONDS = 10.0


def _manual(path, pages: int):
    words = ["profilen", "färgrymden", "omvandlingen", "tabellen", "kurvan", "bufferten", "flaggan", "läget"]
    lines = [
        [
            f"Här beskrivs {words[n % len(words)]} och markering{n + 1} med {n + 2} exempel.",
            f"Funktionen tar {n + 3} argument och returnerar {words[(n + 3) % len(words)]}.",
        ]
        for n in range(pages)
    ]
    path.write_bytes(unicode_text_pdf(lines))
    return path


@pytest.fixture
def slow_pages(monkeypatch) -> tuple[list[int], list[int]]:
    """Each text page read in PAGE_SECONDS of a fake clock; the pages read and the pages asked for print."""
    clock = [1000.0]
    read: list[int] = []
    asked: list[int] = []
    original = pdf_reader._read_page

    def read_page(page, number, *args, **kwargs):
        clock[0] += PAGE_SECONDS
        read.append(number)
        return original(page, number, *args, **kwargs)

    def holds_text(path, number, **_):
        asked.append(number)
        return True

    monkeypatch.setattr(ocr_budget, "now", lambda: clock[0])
    monkeypatch.setattr(pdf_reader, "_read_page", read_page)
    monkeypatch.setattr(api, "page_holds_text", holds_text)
    return read, asked


def _text(report) -> str:
    return " ".join(s.text for s in report.sections)


def test_text_pages_past_the_budget_are_stored_without_text_and_named(tmp_path, slow_pages):
    read, asked = slow_pages
    pdf = _manual(tmp_path / "handbok.pdf", 6)
    # 70 s for OCR is 40 s for the text layer: pages end at 10, 20, 30 s; a fourth would end at 40 s
    report = extract_report(pdf, ocr="auto", entities=False, ocr_seconds=70.0)
    assert read == [1, 2, 3]
    assert report.pages == 6 and not report.ocr
    assert all(f"markering{n}" in _text(report) for n in (1, 2, 3))
    assert not any(f"markering{n}" in _text(report) for n in (4, 5, 6))
    assert asked == []  # pages left for time are no scans: OCR is not planned for them
    unread = [w for w in report.warnings if is_text_unread_warning(w)]
    assert unread == [text_unread_warning([4, 5, 6])]
    assert "sidorna 4-6" in unread[0] and "--timeout" in unread[0]
    assert unread[0] in summary_warnings(report)  # the import summary repeats it


def test_the_first_page_is_read_however_short_the_budget(tmp_path, slow_pages):
    read, _ = slow_pages
    report = extract_report(_manual(tmp_path / "handbok.pdf", 3), ocr="never", entities=False, ocr_seconds=0.001)
    assert read == [1]
    assert "markering1" in _text(report)
    assert [w for w in report.warnings if is_text_unread_warning(w)] == [text_unread_warning([2, 3])]
    assert not [w for w in report.warnings if "saknar textlager" in w]  # not taken for scans either


def test_without_a_budget_every_text_page_is_read(tmp_path, slow_pages):
    read, _ = slow_pages
    report = extract_report(_manual(tmp_path / "handbok.pdf", 6), ocr="auto", entities=False)
    assert read == [1, 2, 3, 4, 5, 6]
    assert not [w for w in report.warnings if is_text_unread_warning(w)]

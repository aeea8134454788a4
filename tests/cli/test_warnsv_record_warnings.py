"""Issue #14 §5: the warnings a record carries (shown by `show`, the import summary and the web page)
are Swedish, and the code that reads them back knows the English ones of older archives too.

Each warning is made by the function that writes it into a record, so a new
English phrase in any of them fails here; `stats` shows form codes as words.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from factories import make_report
from lang_words import english_in

import bilagor.extractor.ocr as ocr
from bilagor.extractor.api import fill_report
from bilagor.extractor.metadata import Metadata, year_warning
from bilagor.extractor.ocr_plan import OcrPlan, plan_warnings
from bilagor.extractor.pdf_reader import is_pdfium_warning, pdfium_warning
from bilagor.extractor.record import MAX_PLAUSIBLE_SEK, Amount, Report, bound_amounts
from bilagor.extractor.text_layer import NO_UNICODE_MAP
from bilagor.extractor.words import Page, Word
from bilagor.index.importer.run import pages_without_text, summary_warnings


def _unrendered(monkeypatch, tmp_path) -> list[str]:
    """The warnings of OCR when pdfium cannot open the file, and when it cannot load a page."""

    class Document:
        def __getitem__(self, index):
            raise pdfium.PdfiumError("Failed to load page.")

        def close(self):
            pass

    def refuse(*args, **kwargs):
        raise pdfium.PdfiumError("Failed to load document")

    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    warnings = []
    for opener in (refuse, lambda *a, **k: Document()):
        monkeypatch.setattr(pdfium, "PdfDocument", opener)
        warnings += ocr.recognise_pages(tmp_path / "x.pdf", [Page(1, 595, 842), Page(2, 595, 842)], work_dir=tmp_path)[
            2
        ]
    return warnings


def record_warnings(monkeypatch, tmp_path) -> list[str]:
    """One of every warning a record can carry, made by the code that writes it."""
    warnings = plan_warnings(OcrPlan([1], {1: NO_UNICODE_MAP, 2: NO_UNICODE_MAP}, [3, 4]), ocr_ran=True)
    warnings += plan_warnings(OcrPlan([], {}, [5]), ocr_ran=False)
    warnings += plan_warnings(
        OcrPlan([1, 2, 3], {n: NO_UNICODE_MAP for n in (1, 2, 3)}, decoded_unread=[3]), ocr_ran=True
    )
    for reason in (ocr.OCR_MISSING, ocr.SWEDISH_MISSING, ocr.PYTESSERACT_MISSING):
        warnings += [ocr.unrecognised_warning([1], reason), ocr.unrecognised_warning([1, 2, 3, 5], reason)]
    warnings += _unrendered(monkeypatch, tmp_path)
    warnings += [pdfium_warning(encrypted=True), pdfium_warning(encrypted=False)]
    too_big = Amount("10 000 000 000 000 kr", MAX_PLAUSIBLE_SEK * 10, False, "budget", None, 1, "En mening.")
    warnings += bound_amounts([too_big])[1]
    warnings.append(year_warning(Metadata(year=2019, year_source="metadata")))
    no_labels = Page(1, 595, 842, [Word("Bara", 50, 80, 100, 110), Word("text", 85, 110, 100, 110)])
    warnings += fill_report(Report("x", [], "x.pdf", 1, False, "7"), [no_labels]).warnings
    return warnings


def test_every_kind_of_record_warning_is_made(monkeypatch, tmp_path):
    # The list must hold what it checks, or the check below checks nothing.
    assert len(record_warnings(monkeypatch, tmp_path)) == 20


def test_record_warnings_are_swedish(monkeypatch, tmp_path):
    english = [(w, words) for w in record_warnings(monkeypatch, tmp_path) if (words := english_in(w))]
    assert not english, "\n".join(f"{words}: {w!r}" for w, words in english)


def test_pages_left_without_text_are_named_in_swedish(tmp_path):
    from fpdf import FPDF

    from bilagor.extractor import extract_report

    pdf = FPDF()
    for _ in range(3):
        pdf.add_page()
    pdf.output(str(tmp_path / "tom.pdf"))
    report = extract_report(tmp_path / "tom.pdf", ocr="never")
    said = [w for w in report.warnings if "1-3" in w]
    assert said and not english_in(said[0])
    assert pages_without_text(report) == 3


@pytest.mark.parametrize(
    ("old", "pages"),
    [
        ("pages 2-4, 7 have no text layer (OCR disabled)", 4),  # EXTRACTOR_VERSION 6 and before
        ("page 1 has no text layer", 1),
    ],
)
def test_older_english_warnings_are_still_read(old, pages):
    assert pages_without_text(make_report("o", warnings=[old, "annat"])) == pages
    assert is_pdfium_warning("read with pdfium: its structure is damaged, the main PDF reader refused it")
    assert ocr.is_ocr_warning("not recognised (no text layer): page 1 could not be read by OCR: x")


def test_the_import_summary_picks_out_the_swedish_warnings_too():
    new = [ocr.unrecognised_warning([2], ocr.OCR_MISSING), pdfium_warning(encrypted=False)]
    report = make_report("n", warnings=[*new, year_warning(Metadata(year=2019, year_source="metadata"))])
    assert summary_warnings(report) == new


def test_stats_names_forms_in_words(tmp_path, capsys):
    from bilagor.cli.app import run
    from bilagor.index.archive import Archive

    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("a", form_kind="uppfoljning"), make_report("b", form_kind="ansokan")])
    assert run(["stats", "--archive", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "uppföljning" in out and "ansökan" in out
    assert "uppfoljning" not in out and "ansokan" not in out


def test_show_names_an_amounts_section_in_words(tmp_path, capsys):
    from bilagor.cli.app import run
    from bilagor.index.archive import Archive

    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([make_report("s")])
    assert run(["show", make_report("s").id[:8], "--archive", str(tmp_path)]) == 0
    amounts = capsys.readouterr().out.split("Belopp", 1)[1].split("Organisationer", 1)[0]
    assert "(Ekonomiskt utfall)" in amounts and "ekonomiskt_utfall" not in amounts

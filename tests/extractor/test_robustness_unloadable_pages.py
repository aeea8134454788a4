"""A damaged file whose page tree promises a page no reader can load (pdf-rs's crash-121-2, a loop in its
page tree; PDF-Writer's fuzzed files) was refused whole, "skadad PDF: sidorna kan inte läsas", though pdfium
read its other pages (poppler does too). Now the pages that load are read and the one that does not is kept
without text, with a warning naming it (h31, issue #12); a file of which no page loads is still refused."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.pdf_reader import failed_pages_warning, is_pdfium_warning
from odd_pdfs import unloadable_page_pdf


def test_the_pages_that_load_are_read_and_the_other_named(tmp_path):
    path = tmp_path / "skadat-sidtrad.pdf"
    path.write_bytes(unloadable_page_pdf())
    report = extract_report(path, ocr="auto", entities=False)
    assert report.pages == 2
    assert "100 000" in " ".join([report.title or "", *(s.text for s in report.sections)])
    assert failed_pages_warning([2]) in report.warnings
    assert failed_pages_warning([2]) == "sida 2 kan inte läsas (skadad PDF): sparas utan text"
    assert any(is_pdfium_warning(w) for w in report.warnings)
    assert not [w for w in report.warnings if "skannad" in w or "saknar textlager" in w]


def test_a_file_of_which_no_page_loads_is_still_refused(tmp_path):
    path = tmp_path / "inga-sidor.pdf"
    path.write_bytes(unloadable_page_pdf(kids="[]", count=2))
    with pytest.raises(BadInputError, match="skadad PDF: sidorna kan inte läsas"):
        extract_report(path, entities=False)

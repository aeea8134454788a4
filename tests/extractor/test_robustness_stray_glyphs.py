"""A few glyphs without a Unicode map on a readable page are left out, not stored as "(cid:N)"
(bench/robustness.py: pdfminer's f1040nr and i1040nr tax forms kept 52 and 12 "(cid:169)" and
"(cid:2)" arrows and ticks in their records' text, where a search and an export showed them).

A page where such glyphs are the text (over text_layer's share) is still judged unreadable and read
with OCR; this is the other case: the page reads, a symbol or two do not."""

from __future__ import annotations

import bilagor.extractor.ocr as ocr
from bilagor.extractor import extract_report
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.text_layer import NO_UNICODE_MAP, unreadable_reason
from odd_pdfs import stray_glyphs_pdf

LINES = [
    "Projektnamn: Trygghetsvandring och belysning i Rinkebyparken",
    "Stadsdelsnämnd: Rinkeby-Kista stadsdelsnämnd, avdelningen för trygghet",
    "Beviljat belopp: 100 000 kronor ur stadsdelsnämndens trygghetsmedel",
    "Projektets syfte var att öka tryggheten för de boende i området kvällstid",
    "Genomförande: två vandringar med boende, polisen och bostadsbolaget",
    "Resultat: nya armaturer vid gångvägen och en röjd buskage längs stigen",
    "Kontaktperson: Anna Svensson, trygghetssamordnare vid förvaltningen",
    "Redovisningen lämnades till nämnden i december samma år som beslutet",
]


def test_stray_unmapped_glyphs_are_left_out_of_a_readable_page(tmp_path, monkeypatch):
    path = tmp_path / "pilar.pdf"
    path.write_bytes(stray_glyphs_pdf(LINES, {1: 169, 3: 2}))
    (page,) = read_pdf(path).pages
    assert sum("(cid:" in w.text for w in page.words) == 2  # what pdfminer gives for them
    assert unreadable_reason(page) is None
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: ocr.OCR_MISSING)
    report = extract_report(path, entities=False)
    text = " ".join([report.title or "", *(f"{s.label} {s.text}" for s in report.sections)])
    assert "(cid:" not in text
    assert "Rinkebyparken" in text and "trygghetsmedel" in text
    assert not [w for w in report.warnings if NO_UNICODE_MAP in w]


def test_a_page_of_unmapped_glyphs_is_still_unreadable(tmp_path):
    path = tmp_path / "glyfer.pdf"
    path.write_bytes(stray_glyphs_pdf(["a"] * 12, {n: 40 + n for n in range(12)}))
    (page,) = read_pdf(path).pages
    assert unreadable_reason(page) == NO_UNICODE_MAP

"""Web and e-mail addresses are words of a readable text layer (bench/robustness.py, OCR on: a page of
links in pdfminer's issue-00352 file was judged "typsnitt utan Unicode-tabell" and read with OCR).

An address is long and shaped like no Swedish word (dots, slashes, "@"), so a contact page or a list
of links fell below text_layer's share of plausible words: its text was dropped and OCR'd."""

from __future__ import annotations

import bilagor.extractor.ocr as ocr
from bilagor.extractor import extract_report
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.text_layer import NO_UNICODE_MAP, plausible_word, unreadable_reason
from bilagor.extractor.words import Page, Word
from odd_pdfs import text_lines_pdf

LINKS = [
    "Kontakt: anna.svensson@stockholm.se, 08-508 000 00",
    "Mer information: https://start.stockholm/aktuellt/nyheter/2019/trygghet-i-parken",
    "Se även www.polisen.se/stockholm och http://www.bra.se/statistik/ntu.html",
    "Ansökan skickas till registrator.rinkeby-kista@stockholm.se senast 2019-03-01.",
]


def test_a_page_of_links_and_addresses_is_readable(tmp_path, monkeypatch):
    path = tmp_path / "kontakter.pdf"
    path.write_bytes(text_lines_pdf(LINKS))
    (page,) = read_pdf(path).pages
    assert unreadable_reason(page) is None
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: ocr.OCR_MISSING)
    report = extract_report(path, entities=False)
    text = " ".join([report.title or "", *(f"{s.label} {s.text}" for s in report.sections)])
    assert not [w for w in report.warnings if NO_UNICODE_MAP in w]
    assert "registrator.rinkeby-kista@stockholm.se" in text and "www.polisen.se/stockholm" in text


def test_address_shapes():
    addresses = ("https://start.stockholm/a/b-c", "www.bra.se", "ftp://x.se/y.pdf", "a.b@stockholm.se", "stockholm.se")
    for word in addresses:
        assert plausible_word(word), word
    # Letter soup with an "@" or a dot is no address: no scheme, no domain after the "@".
    for word in ("Eed4M5@hi5", "hi5jln55.", "@@", "BBe3@"):
        assert not plausible_word(word), word


def test_soup_with_address_characters_stays_unreadable():
    soup = "Eed4M5@hi5 hi5jln55 a346-Dd PdR21 BBe3 Vfgdl2D Ok0 103D1D-512V42D www.Eed4M5".split()
    assert unreadable_reason(Page(1, 595, 842, [Word(t, 0, 1, 0, 1) for t in soup])) == NO_UNICODE_MAP

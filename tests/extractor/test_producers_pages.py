"""Rotated and boxed pages (tests/fixturegen/producers.py): /Rotate 90/180/270 drawn to show upright,
a MediaBox away from the origin, a CropBox inside a bleed with printer's marks. The words come out
from the visible page's top-left corner, as on an ordinary page and as OCR gives them."""

from __future__ import annotations

import random

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.render import page_words
from factories import needs_tesseract

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.producers import PAGE_FAMILIES, PRODUCER_FAMILIES, producers_spec, render_producer  # noqa: E402
from fixturegen.spec import RECORD_FIELDS  # noqa: E402


def _fixture(tmp_path, family: str, seed: int = 1):
    index = PRODUCER_FAMILIES.index(family)
    spec, family = producers_spec(index, seed)
    path = tmp_path / f"{spec.name}.pdf"
    return path, render_producer(spec, family, path, random.Random(index))


@pytest.mark.parametrize("family", PAGE_FAMILIES)
def test_a_turned_or_boxed_page_reads_as_an_ordinary_one(tmp_path, family):
    path, truth = _fixture(tmp_path, family)
    record = extract_report(path, entities=False, ocr="never").to_dict()
    assert {f: record[f] for f in RECORD_FIELDS} == {f: truth[f] for f in RECORD_FIELDS}
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]


@pytest.mark.parametrize("family", PAGE_FAMILIES)
def test_every_word_lies_on_the_visible_page(tmp_path, family):
    path, _ = _fixture(tmp_path, family)
    for page in read_pdf(path).pages:
        assert page.words
        assert all(0 <= w.x0 < w.x1 <= page.width and 0 <= w.top < w.bottom <= page.height for w in page.words)


def test_printers_marks_in_the_bleed_are_not_read(tmp_path):
    path, _ = _fixture(tmp_path, "cropbox_bleed")
    words = {w.text for page in read_pdf(path).pages for w in page.words}
    assert "Utskrift" not in words and "PRN-07" not in words


def test_the_web_views_words_match_the_extractors(tmp_path):
    path, _ = _fixture(tmp_path, "mediabox_offset")
    assert [(w.text, w.x0, w.top) for w in page_words(path, 1)] == [
        (w.text, w.x0, w.top) for w in read_pdf(path).pages[0].words
    ]


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("family", ["rotate_90", "rotate_270"])
def test_a_turned_page_recognised_by_ocr_reads_upright(tmp_path, family):
    path, truth = _fixture(tmp_path, family)
    record = extract_report(path, entities=False, ocr="always").to_dict()
    assert record["ocr"]
    assert (record["title"], record["project"]) == (truth["title"], truth["project"])


def test_the_second_reader_gives_the_same_visible_page(tmp_path):
    from bilagor.extractor.pdfium_text import read_with_pdfium

    path, _ = _fixture(tmp_path, "cropbox_bleed")
    main = read_pdf(path).pages[0]
    second = read_with_pdfium(path, password=None, max_pages=10).pages[0]
    assert (round(second.width, 1), round(second.height, 1)) == (round(main.width, 1), round(main.height, 1))
    assert all(-1 <= c["x0"] and c["x1"] <= second.width + 1 and c["bottom"] <= second.height + 1 for c in second.chars)
    assert {c["text"] for c in second.chars if c["text"].strip()} <= {c for w in main.words for c in w.text}

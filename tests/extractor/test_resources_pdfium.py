"""Fewer wrong rejections: what pdfminer refuses is read with pdfium, and
what neither reads is refused with one plain reason."""

from __future__ import annotations

import pytest

from bilagor.extractor.api import extract_report
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.pdf_reader import read_pdf
from fixturegen import badfiles

PDFIUM_WARNING = "läst med pdfium: strukturen är skadad, huvudläsaren för PDF vägrade"


@pytest.fixture(scope="module")
def valid_pdf() -> bytes:
    return badfiles._valid_pdf_bytes()


def damaged(tmp_path, data: bytes, old: bytes, new: bytes, name: str):
    assert old in data
    path = tmp_path / name
    path.write_bytes(data.replace(old, new))
    return path


def test_a_file_pdfminer_refuses_is_read_with_pdfium_into_the_same_record(valid_pdf, tmp_path):
    intact = tmp_path / "intakt.pdf"
    intact.write_bytes(valid_pdf)
    # A page tree node without its /Type: pdfminer finds no pages ("'NoneType'
    # object is not iterable"), pdfium repairs it.
    broken = damaged(tmp_path, valid_pdf, b"/Type /Pages", b"/Type /Pagez", "trasig.pdf")
    expected = extract_report(intact, entities=False).to_dict()
    got = extract_report(broken, entities=False).to_dict()
    assert got.pop("warnings") == [PDFIUM_WARNING]
    for key in ("id", "paths", "filename", "warnings"):
        expected.pop(key)
        got.pop(key, None)
    assert got == expected


def test_pdfium_words_match_pdfminers_on_the_same_page(valid_pdf, tmp_path):
    intact = tmp_path / "intakt.pdf"
    intact.write_bytes(valid_pdf)
    broken = damaged(tmp_path, valid_pdf, b"/Type /Pages", b"/Type /Pagez", "trasig.pdf")
    (main,), (second,) = read_pdf(intact).pages, read_pdf(broken).pages
    assert [w.text for w in second.words] == [w.text for w in main.words]
    assert all(
        abs(a.x0 - b.x0) < 0.5 and abs(a.x1 - b.x1) < 0.5 and a.fontname == b.fontname and a.size == b.size
        for a, b in zip(main.words, second.words)
    )


@pytest.mark.parametrize(
    "old, new",
    [
        (b"/Root 2 0 R", b"/Root 99 0 R"),  # pdfminer: 'NoneType' object is not iterable
        (b"/Pages 1 0 R", b"/Pages 9 0 R"),
        (b"xref", b"xr#f"),
    ],
)
def test_what_neither_reader_opens_gets_one_plain_reason(valid_pdf, tmp_path, old, new):
    path = (
        damaged(tmp_path, valid_pdf[: len(valid_pdf) // 2] + valid_pdf[-300:], old, new, "x.pdf")
        if old == b"xref"
        else damaged(tmp_path, valid_pdf, old, new, "x.pdf")
    )
    with pytest.raises(BadInputError) as error:
        read_pdf(path)
    assert error.value.reason == "skadad PDF: strukturen är skadad"


def test_max_pages_holds_for_pdfium_too(tmp_path):
    path = badfiles.many_pages_pdf(tmp_path / "lang.pdf", pages=12)
    damaged(tmp_path, path.read_bytes(), b"/Type /Pages", b"/Type /Pagez", "lang.pdf")
    with pytest.raises(BadInputError, match="12 sidor, fler än --max-pages 5"):
        read_pdf(path, max_pages=5)


def test_a_file_pdfminer_calls_encrypted_but_pdfium_opens_without_a_password_is_read(valid_pdf, tmp_path, monkeypatch):
    # Stands in for files such as an R6 file whose password guards only its
    # attachments: pdfminer asks for a password, pdfium opens the pages.
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    def refuse(*_args, **_kwargs):
        raise PDFPasswordIncorrect

    path = tmp_path / "skyddad.pdf"
    path.write_bytes(valid_pdf)
    monkeypatch.setattr(pdfplumber, "open", refuse)
    content = read_pdf(path)
    assert content.warnings == ["läst med pdfium: öppnad utan lösenord, huvudläsaren för PDF vägrade"]
    assert any(w.text == "Projektnamn" for w in content.pages[0].words)


def test_a_user_password_file_still_needs_its_password(tmp_path):
    path = badfiles.user_password_pdf(tmp_path / "hemlig.pdf")
    with pytest.raises(BadInputError, match="krypterad: behöver ett lösenord"):
        read_pdf(path)
    with pytest.raises(BadInputError, match="krypterad: fel lösenord"):
        read_pdf(path, password="fel")
    assert read_pdf(path, password=badfiles.USER_PASSWORD).pages


def test_the_import_summary_names_files_read_with_pdfium(valid_pdf, tmp_path):
    from bilagor.index.importer.run import import_paths

    damaged(tmp_path, valid_pdf, b"/Type /Pages", b"/Type /Pagez", "trasig.pdf")
    summary = import_paths([tmp_path / "trasig.pdf"], archive=tmp_path / "arkiv", workers=1)
    assert summary.imported == 1 and not summary.failed
    assert [(w.path, w.error) for w in summary.warnings] == [(str(tmp_path / "trasig.pdf"), PDFIUM_WARNING)]

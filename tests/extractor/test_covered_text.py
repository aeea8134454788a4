"""Text a viewer draws but nobody sees (covered_text): under paper-coloured paint drawn after it, paper-coloured
on bare paper, or in an optional-content membership that wants its groups off while none is (visible_content)."""

from __future__ import annotations

from pathlib import Path

import pytest
from odd_pdfs import pdf_bytes

from bilagor.extractor.covered_text import Paint, paper_coloured, seen, unseen
from bilagor.extractor.pdf_reader import read_pdf

WORD = (100.0, 100.0, 140.0, 112.0)


@pytest.mark.parametrize(
    ("colour", "paper"),
    [(1.0, True), ((1.0,), True), ((1, 1, 1), True), ((0.97, 0.99, 1.0), True), ((0, 0, 0, 0), True)]
    + [(0, False), ((0.5,), False), ((1, 1, 0.8), False), ((0, 0, 0, 0.2), False), (None, False), ("P1", False)],
)
def test_paper_coloured_is_white_in_grey_rgb_and_no_ink_in_cmyk(colour, paper):
    assert paper_coloured(colour) is paper


def test_paper_coloured_paint_drawn_later_over_a_word_hides_it_and_drawn_earlier_does_not():
    over = Paint(5, (90.0, 95.0, 200.0, 120.0), paper=True)
    assert unseen(3, WORD, False, [over])
    assert not unseen(7, WORD, False, [over])  # a white cell background, the word printed on it
    assert not unseen(3, WORD, False, [Paint(5, over.box, paper=False)])  # a grey bar drawn over: still ink
    assert not unseen(3, WORD, False, [Paint(5, (300.0, 95.0, 400.0, 120.0), paper=True)])  # elsewhere


def test_paper_coloured_text_is_seen_only_against_paint_that_is_not_paper():
    dark_band = Paint(1, (0.0, 90.0, 595.0, 125.0), paper=False)
    white_cell = Paint(2, (90.0, 95.0, 200.0, 120.0), paper=True)
    assert unseen(3, WORD, True, [])  # white on bare paper
    assert not unseen(3, WORD, True, [dark_band])  # a heading in a coloured bar
    assert unseen(3, WORD, True, [dark_band, white_cell])  # the last paint under it is paper
    assert unseen(0, WORD, True, [dark_band])  # the band is drawn after: white on paper when drawn


def _page(
    content: str, extra_objects: tuple[str, ...] = (), catalog_extra: str = "", resources_extra: str = ""
) -> bytes:
    data = content.encode("latin-1")
    return pdf_bytes(
        [
            f"<< /Type /Catalog /Pages 2 0 R {catalog_extra}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            f"/Resources << /Font << /F1 5 0 R >> {resources_extra}>> >>",
            f"<< /Length {len(data)} >>\nstream\n{data.decode('latin-1')}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            *extra_objects,
        ]
    )


def _words(tmp_path: Path, pdf: bytes) -> list[str]:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    return [w.text for w in read_pdf(path).pages[0].words]


def _text(x: int, y: int, words: str, colour: str = "0 g") -> str:
    return f"BT {colour} /F1 11 Tf {x} {y} Td ({words}) Tj ET\n"


def test_a_template_note_under_a_white_box_and_white_text_on_paper_are_not_read(tmp_path):
    content = (
        _text(60, 760, "Projektnamn Belysning")
        + _text(60, 730, "Gammal arbetstitel")
        + "1 g 55 725 150 18 re f\n"  # a white box pasted over the old title
        + _text(60, 700, "Mall version 2", "1 g")  # white on the paper
        + "0.2 g 50 660 300 24 re f\n"
        + _text(60, 668, "Ekonomi", "1 g")  # white in a dark bar: a heading
    )
    words = _words(tmp_path, _page(content))
    assert words == ["Projektnamn", "Belysning", "Ekonomi"]


def test_content_whose_membership_wants_its_group_off_is_hidden_while_every_group_is_on(tmp_path):
    """An /OCMD with policy /AllOff over a group that is on: hidden, although the document switches none off."""
    content = _text(60, 760, "Plats Rinkeby") + "/OC /M1 BDC\n" + _text(60, 730, "Anvisning skriv platsen") + "EMC\n"
    pdf = _page(
        content,
        ("<< /Type /OCG /Name (Guidance) >>", "<< /Type /OCMD /OCGs [6 0 R] /P /AllOff >>"),
        catalog_extra="/OCProperties << /OCGs [6 0 R] /D << /Order [6 0 R] >> >> ",
        resources_extra="/Properties << /M1 7 0 R >> ",
    )
    assert _words(tmp_path, pdf) == ["Plats", "Rinkeby"]


def test_seen_judges_each_character_and_skips_none_it_must_look_at():
    cell = Paint(0, (90.0, 95.0, 200.0, 120.0), paper=True)  # a white cell painted first
    cover = Paint(4, (90.0, 95.0, 200.0, 120.0), paper=True)  # and a white box over what came before it
    chars = [(1, WORD, False), (2, WORD, True), (5, WORD, False), (6, WORD, True)]
    assert seen(chars, [cell, cover]) == [False, False, True, False]
    assert seen(chars, [cell]) == [True, False, True, False]

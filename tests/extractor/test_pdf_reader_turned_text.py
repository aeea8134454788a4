"""Text turned 90° on an upright page (a table's column heads set vertically, a margin note) comes out of
the text layer as one-letter words, read top-down across the lines it crosses ('k i rbu'); it is no part
of the form's reading order and is left out, unless most of the page is turned (#12, eleventh round)."""

from __future__ import annotations

import pytest

from bilagor.extractor.pdf_reader import read_pdf

canvas = pytest.importorskip("reportlab.pdfgen.canvas")


def _pdf(path, turned_lines: int, upright_lines: int) -> None:
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    for i in range(upright_lines):
        c.drawString(170, 760 - 16 * i, f"Projektnamn rad {i} Trygghetsbelysning i Husby")
    for i in range(turned_lines):
        c.saveState()
        c.translate(150 + 14 * i, 560)
        c.rotate(90)
        c.drawString(0, 0, "Rubrik Uppgift")
        c.restoreState()
    c.save()


def test_a_few_turned_words_are_left_out(tmp_path):
    _pdf(tmp_path / "a.pdf", turned_lines=2, upright_lines=20)
    texts = [w.text for w in read_pdf(tmp_path / "a.pdf").pages[0].words]
    assert "Trygghetsbelysning" in texts and len(texts) == 20 * 6
    assert not any(t in texts for t in ("k", "R", "U", "Rubrik", "Uppgift"))


def test_a_page_turned_as_a_whole_keeps_its_words(tmp_path):
    _pdf(tmp_path / "b.pdf", turned_lines=12, upright_lines=1)
    assert len(read_pdf(tmp_path / "b.pdf").pages[0].words) > 12

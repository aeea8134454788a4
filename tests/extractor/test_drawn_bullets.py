"""A list's bullets drawn as small filled circles (html2ps), not typed: read as "•" before their items."""

from __future__ import annotations

from bilagor.extractor.drawn_bullets import BULLET, is_dot, with_drawn_bullets
from bilagor.extractor.pdf_reader import read_pdf


def _line(text: str, x: float, top: float, size: float = 10.0) -> list[dict]:
    """Character dicts of one line, each 5 pt wide (a space too)."""
    return [
        {"text": ch, "x0": x + 5 * i, "x1": x + 5 * i + 5, "top": top, "bottom": top + size, "size": size}
        for i, ch in enumerate(text)
    ]


def _text(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars)


def test_a_small_disc_before_a_lines_first_character_is_its_bullet():
    chars = _line("Åtgärderna omfattade:", 100, 50) + _line("ljusa paneler", 112, 62) + _line("tre kameror", 112, 74)
    dots = [(100.0, 64.5, 105.0, 69.5), (100.0, 76.5, 105.0, 81.5)]  # 5 pt discs at the items' middle height
    assert _text(with_drawn_bullets(chars, dots)) == "Åtgärderna omfattade:•ljusa paneler•tre kameror"
    bullet = next(c for c in with_drawn_bullets(chars, dots) if c["text"] == BULLET)
    assert (bullet["x0"], bullet["x1"], bullet["top"], bullet["size"]) == (100.0, 105.0, 62, 10.0)


def test_shapes_that_are_no_bullets_are_left_alone():
    chars = _line("Se bilden", 100, 50) + _line("och kartan", 140, 62)
    assert not is_dot((0.0, 0.0, 40.0, 40.0))  # a picture's or an icon's size
    assert not is_dot((0.0, 0.0, 8.0, 1.0))  # flat: a dash or a rule's piece
    far = [(20.0, 52.0, 25.0, 57.0)]  # far left of its line's text: a margin mark
    between = [(128.0, 52.5, 133.0, 57.5)]  # between two words of a line: its text runs on both sides
    speck = [(98.0, 54.0, 99.0, 55.0)]  # a speck, smaller than a full stop's share of the size
    for dots in (far, between, speck):
        assert _text(with_drawn_bullets(chars, dots)) == "Se bildenoch kartan"


def test_the_reader_puts_a_drawn_disc_before_its_item(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "discs.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Times-Roman", 10)
    c.drawString(72, 700, "Åtgärderna omfattade:")
    for k, item in enumerate(("ljusa väggpaneler i tunneln", "tre kameror med integritetsmaskering")):
        y = 686 - 13 * k
        c.circle(74.5, y + 3.3, 2.5, stroke=0, fill=1)
        c.drawString(84, y, item)
    c.save()
    texts = [w.text for w in read_pdf(path).pages[0].words]
    assert texts.count(BULLET) == 2
    assert texts[texts.index("ljusa") - 1] == BULLET and texts[texts.index("tre") - 1] == BULLET

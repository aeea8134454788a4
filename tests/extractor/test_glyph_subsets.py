"""A word whose glyphs come from two subsets of one face stays one word.

Producers that subset a TrueType font into 256-glyph pieces (matplotlib's PDF backend, ReportLab) draw a glyph
beyond the first piece (a ligature "ﬁ", a rare letter) from a second font object of the same face, with its own
subset prefix ("AAAAAA+DejaVuSans" and "AAAAAB+DejaVuSans"). pdfplumber parts words where the font changes, so
"fler" came out as "fl er" and "Trafikverket" as "Tra fi kverket".
"""

from __future__ import annotations

from bilagor.extractor.glyphs import words_from_chars
from factories import char


def _run(text: str, x: float, font: str, size: float = 9.5, top: float = 100.0) -> tuple[list[dict], float]:
    """`text` as characters 0.55 em wide in `font`, set from `x`; the characters and the x after them."""
    chars = []
    for c in text:
        chars.append(char(c, x, top=top, font=font, size=size, width=0.55 * size))
        x += 0.55 * size
    return chars, x


def _line(*runs: tuple[str, str], gap: float = 0.0) -> list[dict]:
    chars: list[dict] = []
    x = 100.0
    for text, font in runs:
        if text == " ":
            x += gap
            continue
        more, x = _run(text, x, font)
        chars += more
    return chars


def test_a_glyph_from_a_second_subset_of_the_same_face_stays_inside_its_word():
    first, second = "BLYVVA+DejaVuSans", "EEZAWI+DejaVuSans"
    chars = _line(("Tra", first), ("fi", second), ("kverket", first))
    assert [w.text for w in words_from_chars(chars)] == ["Trafikverket"]


def test_the_merged_word_spans_its_parts_and_keeps_the_first_font():
    chars = _line(("fl", "EEZAWI+DejaVuSans-Bold"), ("er", "BLYVVA+DejaVuSans-Bold"))
    (word,) = words_from_chars(chars)
    assert (word.text, round(word.x0, 2), round(word.x1, 2)) == ("fler", 100.0, round(100 + 4 * 0.55 * 9.5, 2))
    assert word.bold


def test_other_faces_or_a_word_gap_still_part_words():
    face = "AAAAAA+DejaVuSans"
    # another face touching: a label in bold before its answer is two words even without a gap
    assert [w.text for w in words_from_chars(_line(("Namn:", "AAAAAA+DejaVuSans-Bold"), ("Eva", face)))] == [
        "Namn:",
        "Eva",
    ]
    # the same face in two subsets a word space apart
    spaced = _line(("av", face), (" ", ""), ("fler", "AAAAAB+DejaVuSans"), gap=3.0)
    assert [w.text for w in words_from_chars(spaced)] == ["av", "fler"]
    # another size of the same face (an index, a superscript)
    assert len(words_from_chars(_line(("m", face)) + _run("2", 100 + 0.55 * 9.5, "AAAAAB+DejaVuSans", 6.0)[0])) == 2


def test_a_matplotlib_page_reads_its_ligatures_inside_their_words(tmp_path):
    """matplotlib (fonttype 42) shapes "fi" and "fl" as ligature glyphs and draws them from a second font object."""
    import pytest

    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("pdf")
    from matplotlib.pyplot import close, figure

    from bilagor.extractor.pdf_reader import read_pdf

    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = figure(figsize=(6, 2))
        fig.text(0.05, 0.6, "Samverkan med Trafikverket gav fler flaggor.", size=10)
        fig.text(0.05, 0.3, "Effekter som", size=10, weight="bold")
        path = tmp_path / "ligatures.pdf"
        fig.savefig(path)
        close(fig)
    words = [w.text for w in read_pdf(path).pages[0].words]
    assert words == ["Samverkan", "med", "Trafikverket", "gav", "fler", "flaggor.", "Effekter", "som"]


def test_a_reportlab_page_reads_a_letter_from_its_second_subset_inside_its_word(tmp_path):
    """ReportLab subsets a TrueType font 256 characters at a time, in the order they are first drawn: a letter
    first drawn after 256 others comes from the font's second subset ("AAAAAB+"), in the middle of its word."""
    import os

    import pytest

    matplotlib = pytest.importorskip("matplotlib")  # for its bundled DejaVu Sans
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from bilagor.extractor.pdf_reader import read_pdf

    pdfmetrics.registerFont(
        TTFont("DejaVuSubsets", os.path.join(matplotlib.get_data_path(), "fonts/ttf/DejaVuSans.ttf"))
    )
    path = tmp_path / "subsets.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("DejaVuSubsets", 9)
    codes = [*range(0x391, 0x3A2), *range(0x3A3, 0x3CA), *range(0x410, 0x450), *range(0x100, 0x17E)]
    filler = "".join(chr(c) for c in codes if chr(c) != "ž")  # with the Latin letters below, over 256
    for i in range(0, len(filler), 60):
        pdf.drawString(40, 800 - i / 5, filler[i : i + 60])
    pdf.drawString(40, 500, "Samverkan med Božena och Trafikverket.")
    pdf.save()
    words = [w for w in read_pdf(path).pages[0].words if w.top > 330]
    assert len({w.fontname for w in read_pdf(path).pages[0].words}) == 2  # the second subset is used
    assert [w.text for w in words] == ["Samverkan", "med", "Božena", "och", "Trafikverket."]

"""Clean scans (twenty-seventh round, f-ocrlayout): a justified answer's line on an OCR'd page, under a form whose
header table has a value column, is one line of the answer. OCR lets an answer's first word start a little left of
the value column after a gap (a Tesseract line joining a wrapped label and an answer); in a justified line every
word space is that wide, and a word a space short of the column started an "answer" there, cutting the line in
two: a label of its first words and an answer of the rest."""

from __future__ import annotations

from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay, summary

SIZE = 9.4
VALUE_X = 229.0


def _justified(text: str, top: float, x0: float = 72.0, space: float = 7.5) -> list[Word]:
    """One OCR line (no font names) with every word space `space` pt wide, as a justified line is set."""
    out, x = [], x0
    for token in text.split():
        width = 0.5 * SIZE * len(token)
        out.append(Word(token, x, x + width, top, top + SIZE, "", SIZE))
        x += width + space
    return out


def _page(paragraph: list[str]) -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 72, 60, size=14.0, font="")
    for k, (label, value) in enumerate(
        [("Projektnamn", "Laddstolpar vid Kista gård"), ("Plats", "Kista gård"), ("Kontaktperson", "Lena Holm")]
    ):
        ws += words(label, 72, 110 + 16 * k, size=SIZE, font="") + words(
            value, VALUE_X, 110 + 16 * k, size=SIZE, font=""
        )
    ws += words("Ekonomiskt utfall", 72, 190, size=SIZE, font="")
    for k, text in enumerate(paragraph):
        ws += _justified(text, 205 + 13 * k)
    return Page(1, 595.0, 842.0, ws)


# Each line's fifth word starts 5-10 pt short of the value column, a justified space after the fourth.
PARAGRAPH = [
    "Den totala kostnaden hamnade lägre än beräknat eftersom arbetet kunde samordnas med annat.",
    "Vid slutbesiktningen fanns nu inga fel kvar och anläggningen togs i drift under hösten.",
]


def test_a_justified_line_is_not_cut_at_the_value_column():
    page = _page(PARAGRAPH)
    starts = [w.x0 for w in page.words if w.top >= 205 and w.text in ("lägre", "inga")]
    assert all(VALUE_X - 12 <= x < VALUE_X for x in starts)  # the case: a word a space short of the column
    blocks = summary(lay([page]))
    assert ("Ekonomiskt utfall", " ".join(PARAGRAPH), 1) in blocks

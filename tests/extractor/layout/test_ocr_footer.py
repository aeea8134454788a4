"""Issue #12, twenty-first round: a scanned page's footer "1 (1)" read "111)", "Slda l av2", "l/2" was no page
number to the layout and ended the page's last answer. Taken by where it stands and by its shape."""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.ocr_footer import misread_page_number
from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, VALUE_X, lay, summary


@pytest.mark.parametrize(
    "text",
    [
        "111)",
        "101)",
        "12)",
        "1(1)",
        "1 (l",
        "Slda l av2",
        "Sida 2",
        "l/3",
        "2 13)",
        "Sida 1 av 2",
        "sida 1: (1)",
        "Sida 2. av 3",
    ],
)
def test_page_numbers_as_ocr_reads_them(text):
    assert misread_page_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "2019)",
        "21)",
        "12/3",
        "4 404 000 kr",
        "(1)",
        "1",
        "Klart",
        "Sida 1 av 2 av totalt fem",
        "0/0",
        "300 tkr)",
        "1.5 (3)",
        "Sida 3: (2)",
    ],
)
def test_no_page_number(text):
    assert not misread_page_number(text)


def _scan(last: str, last_top: float, *, font: str = "") -> Page:
    """A one-page form read by OCR (no font names): two labels with answers, then `last` at `last_top`."""
    ws = words("Bakgrund", LABEL_X, 100, font=font) + words("Belysningen i parken var trasig.", VALUE_X, 100, font=font)
    ws += words("Ekonomisk redovisning", LABEL_X, 130, font=font)
    ws += words("Kostnaden blev 120 000 kr.", VALUE_X, 130, font=font)
    ws += words(last, 500, last_top, font=font)
    return Page(1, 595.0, 842.0, ws)


def _last_answer(page: Page) -> str:
    return summary(lay([page]))[-1][1]


@pytest.mark.parametrize("footer", ["111)", "Slda l av2", "l/2"])
def test_a_misread_page_number_apart_under_the_text_is_no_answer(footer):
    assert _last_answer(_scan(footer, 800)) == "Kostnaden blev 120 000 kr."


def test_a_short_line_right_under_the_answer_is_the_answer():
    # no blank above it: the answer's own last line, whatever it reads
    assert _last_answer(_scan("111)", 144)).endswith("111)")


def test_an_amount_apart_at_the_foot_is_kept():
    assert "2019)" in _last_answer(_scan("2019)", 800))

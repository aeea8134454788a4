"""A small scan's full stops read as semicolons, and a paragraph's last stop read as a comma, are put back
(extractor/ocr_stops.py, issue #12, thirty-third round)."""

from __future__ import annotations

from bilagor.extractor.ocr_stops import is_misread_stop, stops_for_commas
from bilagor.extractor.words import Word


def _line(texts: list[str], top: float, left: float = 100.0) -> list[Word]:
    """One OCR'd line of words 40 pt apart, every word with the line's top and bottom (as words_from_hocr gives)."""
    return [Word(text, left + 40 * k, left + 40 * k + 35, top, top + 10) for k, text in enumerate(texts)]


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in stops_for_commas(words)]


def test_a_semicolon_before_a_capitalised_common_word_is_a_stop() -> None:
    assert is_misread_stop("platsen;", "Antalet")
    assert not is_misread_stop("Tensta;", "Rinkeby")  # a place's name after it
    assert _texts(_line(["först", "i", "mars;", "Antalet", "föll."], 100)) == [
        "först",
        "i",
        "mars.",
        "Antalet",
        "föll.",
    ]


def test_a_paragraphs_last_comma_is_a_stop() -> None:
    answer = _line(["i", "samverkan", "med", "Micasa,"], 100) + _line(["Arbetet", "har"], 124)  # a line's gap below
    assert _texts(answer) == ["i", "samverkan", "med", "Micasa.", "Arbetet", "har"]
    assert _texts(_line(["med", "polisen;"], 100)) == ["med", "polisen."]  # the page's last word


def test_a_comma_at_a_lines_end_inside_a_paragraph_stays() -> None:
    wrapped = _line(["med", "polisen,"], 100) + _line(["fastighetsägare", "och"], 112)  # the next line, no gap
    assert _texts(wrapped) == ["med", "polisen,", "fastighetsägare", "och"]
    names = _line(["kontakt:", "Demir,"], 100) + _line(["Anna"], 112)
    assert _texts(names) == ["kontakt:", "Demir,", "Anna"]
    listed = _line(["Tensta,", "Rinkeby,"], 100) + _line(["Husby"], 112)
    assert _texts(listed) == ["Tensta,", "Rinkeby,", "Husby"]

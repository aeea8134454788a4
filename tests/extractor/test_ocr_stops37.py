"""A small scan's full stops read as commas are put back (extractor/ocr_stops.py, issue #12, thirty-second round)."""

from __future__ import annotations

import pytest

from bilagor.extractor.ocr_stops import is_misread_stop, stops_for_commas
from bilagor.extractor.words import Word


def _line(texts: list[str], top: float, left: float = 100.0) -> list[Word]:
    """One OCR'd line of words 40 pt apart, every word with the line's top and bottom (as words_from_hocr gives)."""
    return [Word(text, left + 40 * k, left + 40 * k + 35, top, top + 10) for k, text in enumerate(texts)]


def test_a_comma_before_a_capitalised_common_word_is_a_stop() -> None:
    words = _line(["det", "tog", "lång", "tid,", "Platsen", "är", "mörk."], 100) + _line(
        ["inkom", "2024,", "Den", "totala", "kostnaden,", "Insatsen"], 112
    )
    assert [w.text for w in stops_for_commas(words)] == [
        *("det", "tog", "lång", "tid.", "Platsen", "är", "mörk."),
        *("inkom", "2024.", "Den", "totala", "kostnaden.", "Insatsen"),
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("torg,", "Norrmalms"),  # a district's name after a comma
        ("Tensta,", "Rinkeby"),
        ("polisen,", "Svenska"),  # an organisation's name ("Svenska Bostäder")
        ("Demir,", "Anna"),  # a list of names: a capitalised name before the comma
        ("tid,", "och"),  # no capital
        ("tid,", "SISAB"),  # an acronym
        ("tid.", "Platsen"),  # a stop already
        ("tid,", "Xqzvw"),  # no common word
    ],
)
def test_a_comma_before_a_name_stays(before: str, after: str) -> None:
    assert not is_misread_stop(before, after)


def test_a_label_left_of_the_answers_is_not_the_answers_next_sentence() -> None:
    answer = _line(["längs", "stråken,", "tid,"], 100, left=200)
    label = _line(["Beskrivning"], 112, left=60)  # the next line starts in the label column
    column = _line(["Platsen"], 112, left=200)  # the next line starts in the answer's column
    # the label is no sentence after "stråken,"; "tid," ends the answer, whose last comma was a stop (thirty-third round)
    assert [w.text for w in stops_for_commas(answer + label)] == ["längs", "stråken,", "tid.", "Beskrivning"]
    assert [w.text for w in stops_for_commas(answer + column)] == ["längs", "stråken,", "tid.", "Platsen"]


def _hocr(line: str) -> bytes:
    words = "".join(
        f"<span class='ocrx_word' title='bbox {300 + 160 * k} 300 {440 + 160 * k} 340; x_wconf 90'>{word}</span>"
        for k, word in enumerate(line.split())
    )
    span = f"<span class='ocr_line' title='bbox 300 300 2000 340; baseline 0 -9; x_size 44'>{words}</span>"
    return f"<html><body><div class='ocr_page' title='bbox 0 0 2480 3508'>{span}</div></body></html>".encode()


@pytest.mark.parametrize(("low_resolution", "expected"), [(True, "tid."), (False, "tid,")])
def test_only_a_page_image_enlarged_from_a_small_scan_is_mended(tmp_path, monkeypatch, low_resolution, expected):
    import numpy as np

    from bilagor.extractor import ocr

    monkeypatch.setattr(ocr, "run_tesseract", lambda *args, **kwargs: _hocr("Det tog lång tid, Platsen är mörk."))
    monkeypatch.setattr(ocr, "_turned_reading", lambda image, hocr, folder, number: (0, hocr))
    pixels = np.full((3508, 2480), 255, np.uint8)
    page = ocr.read_page_image(pixels, 300 / 72, 1, 595.0, 842.0, tmp_path, low_resolution=low_resolution)
    assert [w.text for w in page.words][3] == expected


def test_the_sentence_starts_are_built_from_the_lexicon() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import sentence_starts_37  # the builder lives in bench/

    from bilagor.extractor.ocr_stops import STARTS_PATH

    # stale when the lexicon or the gazetteers change: rebuild with bench/sentence_starts_37.py
    expected = sentence_starts_37.sentence_starts(sentence_starts_37.read_lexicon(), sentence_starts_37.place_words())
    assert STARTS_PATH.read_text(encoding="utf-8").split() == expected

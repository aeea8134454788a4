"""A progress timeline's circles as OCR reads them (issue #12, thirty-seventh round, h42/f-ocrlayout): a short word of
round shapes ("(0", "OQO", "CO", "Q") before each label is the field's circle, not part of its label."""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.timelinecircles import without_timeline_circles
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 11.0
W, H = 595.0, 842.0
CIRCLE_X, LABEL_X = 58.0, 84.0
FIELDS = [
    ("Namn på insats", ["Belysta entréstråk på Hökarängens torg"]),
    ("Sökande nämnd", ["Farsta stadsdelsnämnd"]),
    ("Kontaktperson", ["Anna Berg, enhetschef"]),
    ("Telefon", ["08-508 12 345"]),
    ("Ev samverkan", ["Polisen och Stockholmshem."]),
    ("Syfte och mål", ["Stråket ska kännas tryggt att gå längs även", "under årets mörka månader."]),
]


def _ocr(text: str, x: float, top: float) -> list[Word]:
    return words(text, x, top, SIZE, "")


def _timeline(circles: list[str], labels: dict[str, str] | None = None) -> list[Page]:
    """The fields as a scanned timeline reads: each circle a short word at the line's x, the label beside it and
    the answer's lines under the label; `labels` gives a label as OCR misread it."""
    ws = _ocr("Bilaga 5b Ansökan om investeringsmedel", 57, 60)
    top = 100.0
    for (label, answer), circle in zip(FIELDS, circles):
        ws += _ocr(circle, CIRCLE_X, top) + _ocr((labels or {}).get(label, label), LABEL_X, top)
        for line in answer:
            top += 1.3 * SIZE
            ws += _ocr(line, LABEL_X, top)
        top += 2.6 * SIZE
    return [Page(1, W, H, ws)]


WANT = [(label, " ".join(answer)) for label, answer in FIELDS]


@pytest.mark.parametrize(
    "circles",
    [["(0", "OQO", "(0)", "()", "OO", "CO"], ["Q", "Q", "QQ", "Q", "Q", "Q"], ["0", "CO", "()", "0", "0", "0"]],
)
def test_a_timelines_circles_are_no_part_of_its_labels(circles: list[str]) -> None:
    assert [(label, text) for label, text, _ in summary(lay_as_extractor(_timeline(circles)))] == WANT


def test_a_label_read_in_lower_case_after_its_circle_gets_its_capital() -> None:
    pages = _timeline(["(0"] * 6, {"Syfte och mål": "syfte och mål", "Sökande nämnd": "sökande nämnd"})
    got = [(label, text) for label, text, _ in summary(lay_as_extractor(pages))]
    assert got == WANT


def test_what_is_no_timeline_stays() -> None:
    # a column of zeros first on their lines: a table's figures
    zeros = _timeline(["0"] * 6)
    assert without_timeline_circles(zeros) is zeros
    # round words of a text layer: printed text
    printed = [
        Page(1, W, H, [Word(w.text, w.x0, w.x1, w.top, w.bottom, "Helvetica", SIZE) for w in p.words])
        for p in _timeline(["OQO"] * 6)
    ]
    assert without_timeline_circles(printed) is printed
    # two circles are no column
    two = _timeline(["(0", "OO"])
    assert without_timeline_circles(two) is two
    # a round word run into the label after it (a word space apart) is the line's text ("CO2-utsläpp")
    glued = [Page(1, W, H, _ocr("CO 2-utsläpp minskar", 58, 100 + 30 * k)) for k in range(4)]
    assert without_timeline_circles(glued) is glued

"""A table's column-header row ('Fråga | Svar'), repeated by the browser atop every printed page,
is page furniture: no section of its own, no text inside an answer."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary

BOLD = "Helvetica-Bold"


def _header(top: float, left: str = "Fråga", right: str = "Svar", font: str = BOLD):
    return words(left, LABEL_X, top, font=font) + words(right, VALUE_X, top, font=font)


def _pages(font: str = BOLD, right: str = "Svar"):
    first = list(TITLE) + _header(90, right=right, font=font)
    first += words("Projektnamn", LABEL_X, 110) + words("Pollare vid Husby torg", VALUE_X, 110)
    first += words("Plats", LABEL_X, 134) + words("Husby torg, Rinkeby-Kista", VALUE_X, 134)
    first += words("Syfte och mål", LABEL_X, 158) + words("Hindra biltrafik på torget.", VALUE_X, 158)
    first += words("Resultat", LABEL_X, 182) + words("Tolv pollare har satts upp vid", VALUE_X, 182)
    second = _header(50, right=right, font=font) + words("torgets infarter.", VALUE_X, 70)
    second += words("Avvikelser", LABEL_X, 94) + words("Inga avvikelser.", VALUE_X, 94)
    return [Page(1, 595.0, 842.0, first), Page(2, 595.0, 842.0, second)]


def test_the_header_row_and_its_repeat_overleaf_are_dropped():
    result = lay(_pages())
    assert summary(result) == [
        ("Projektnamn", "Pollare vid Husby torg", 1),
        ("Plats", "Husby torg, Rinkeby-Kista", 1),
        ("Syfte och mål", "Hindra biltrafik på torget.", 1),
        ("Resultat", "Tolv pollare har satts upp vid torgets infarter.", 1),
        ("Avvikelser", "Inga avvikelser.", 2),
    ]
    assert result.removed.count("Fråga Svar") == 2


def test_the_answers_caption_may_be_a_labels_word():
    assert [label for label, _, _ in summary(lay(_pages(right="Beskrivning")))] == [
        "Projektnamn",
        "Plats",
        "Syfte och mål",
        "Resultat",
        "Avvikelser",
    ]


def test_a_first_row_in_body_type_is_a_row_of_the_form():
    # Not bold: an ordinary label/value row whose label the templates do not know.
    assert summary(lay(_pages(font="Helvetica")))[0] == ("Fråga", "Svar", 1)

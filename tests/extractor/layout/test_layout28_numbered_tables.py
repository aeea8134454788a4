"""A numbered table's column-header row ('Nr | Fråga | Svar', '# | Rubrik | Svar'), set in body type as a
case system prints it (shaded only) and repeated atop every page, is page furniture; a row number with a
sub-item's letter ('3 a') is the field's place, not part of its label (issue #12, twenty-third round)."""

from __future__ import annotations

from bilagor.extractor.labels import known_key, section_key
from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary

NR_X = LABEL_X
NAME_X = LABEL_X + 30


def _head(top: float, heads: tuple[str, str, str]) -> list:
    nr, left, right = heads
    return words(nr, NR_X, top) + words(left, NAME_X, top) + words(right, VALUE_X, top)


def _row(top: float, nr: str, label: str, answer: str) -> list:
    return words(nr, NR_X, top) + words(label, NAME_X, top) + words(answer, VALUE_X, top)


def _pages(heads: tuple[str, str, str]) -> list[Page]:
    first = list(TITLE) + _head(90, heads)
    first += _row(110, "1", "Projektnamn", "Pollare vid Husby torg")
    first += _row(134, "2", "Plats", "Husby torg, Rinkeby-Kista")
    first += _row(158, "3", "Syfte och mål", "Hindra biltrafik på torget.")
    first += _row(182, "4", "Resultat", "Tolv pollare har satts upp vid")
    second = _head(50, heads) + words("torgets infarter.", VALUE_X, 70)
    second += _row(94, "5", "Avvikelser", "Inga avvikelser.")
    return [Page(1, 595.0, 842.0, first), Page(2, 595.0, 842.0, second)]


def test_a_numbered_tables_plain_head_and_its_repeat_are_dropped():
    for heads in (("Nr", "Uppgift", "Beskrivning"), ("#", "Fråga", "Svar"), ("Nr.", "Rubrik", "Svar")):
        result = lay(_pages(heads))
        assert [(label, text) for label, text, _ in summary(result)] == [
            ("1 Projektnamn", "Pollare vid Husby torg"),
            ("2 Plats", "Husby torg, Rinkeby-Kista"),
            ("3 Syfte och mål", "Hindra biltrafik på torget."),
            ("4 Resultat", "Tolv pollare har satts upp vid torgets infarter."),
            ("5 Avvikelser", "Inga avvikelser."),
        ], heads
        assert len(result.removed) == 2


def test_a_plain_two_caption_row_without_a_number_column_stays_a_row():
    # No caption over a column of numbers: an ordinary row whose label no template knows.
    page = list(TITLE) + words("Uppgift", LABEL_X, 90) + words("Svar", VALUE_X, 90)
    page += words("Projektnamn", LABEL_X, 110) + words("Pollare vid Husby torg", VALUE_X, 110)
    assert summary(lay([Page(1, 595.0, 842.0, page)]))[0] == ("Uppgift", "Svar", 1)


def test_a_sub_items_letter_is_numbering():
    assert known_key("3 a Syfte och mål") == known_key("Syfte och mål") is not None
    assert known_key("4b) Plats") == known_key("Plats") is not None
    assert section_key("3 a Okänd rubrik här") == section_key("Okänd rubrik här")
    # A one-letter word is not a sub-item's letter.
    assert section_key("2 i kronor") != section_key("2 kronor")

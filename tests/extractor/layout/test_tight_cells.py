"""A header grid of stacked cells (each label above its value) sized to its content with no cell padding
(h32/f-textforms, issue #12): a value as wide as its column ends a word space from the next cell's value, so the
two read as one run ("Trygg väg till skolan 450 000 kr"). The run is cut where a word starts at a later cell's
edge that no run of the line starts at."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
SECOND = LABEL_X + 101.2  # "Trygg väg till skolan" is 98.4 pt wide in 10 pt, a word space 2.8 pt
THIRD = LABEL_X + 230.0


def _page(first_row_values: list[tuple[str, float]]) -> Page:
    ws = list(TITLE)
    for label, x in (("Namn på insats", LABEL_X), ("Sökt belopp", SECOND), ("Sökande nämnd", THIRD)):
        ws += words(label, x, 100.0, size=10.0, font=BOLD)
    for value, x in first_row_values:
        ws += words(value, x, 112.0, size=10.0)
    ws += words("Kontaktperson", LABEL_X, 140.0, size=10.0, font=BOLD) + words(
        "Telefon", SECOND, 140.0, size=10.0, font=BOLD
    )
    ws += words("Eva Holm", LABEL_X, 152.0, size=10.0) + words("08-508 40 101", SECOND, 152.0, size=10.0)
    ws += words("Beskrivning", LABEL_X, 190.0, size=10.0, font=BOLD)
    ws += words("Vi söker medel för belysning.", LABEL_X, 202.0, size=10.0)
    return Page(1, 595.0, 842.0, ws)


def _read(page: Page) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]


def test_a_value_a_word_space_from_the_next_cells_value_is_cut_at_that_cells_edge() -> None:
    got = _read(_page([("Trygg väg till skolan 450 000 kr", LABEL_X), ("Farsta stadsdelsnämnd", THIRD)]))
    assert ("Namn på insats", "Trygg väg till skolan") in got
    assert ("Sökt belopp", "450 000 kr") in got
    assert ("Sökande nämnd", "Farsta stadsdelsnämnd") in got


def test_labels_a_word_space_apart_are_cut_into_the_template_labels_they_are() -> None:
    # The second column as wide as its label: "Sökt belopp Sökande nämnd" is one run, as are the values under it.
    third = SECOND + 58.8  # "Sökt belopp" is 55 pt wide in 10 pt
    ws = list(TITLE)
    ws += words("Namn på insats", LABEL_X, 100.0, size=10.0, font=BOLD)
    ws += words("Sökt belopp", SECOND, 100.0, size=10.0, font=BOLD) + words(
        "Sökande nämnd", third, 100.0, size=10.0, font=BOLD
    )
    ws += words("Trygg väg till skolan 450 000", LABEL_X, 112.0, size=10.0)
    ws += words("Farsta stadsdelsnämnd", third, 112.0, size=10.0)
    ws += words("Beskrivning", LABEL_X, 150.0, size=10.0, font=BOLD)
    ws += words("Vi söker medel för belysning.", LABEL_X, 162.0, size=10.0)
    got = _read(Page(1, 595.0, 842.0, ws))
    assert ("Namn på insats", "Trygg väg till skolan") in got
    assert ("Sökt belopp", "450 000") in got
    assert ("Sökande nämnd", "Farsta stadsdelsnämnd") in got

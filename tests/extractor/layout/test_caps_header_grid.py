"""Issue #12: a header grid of 2-3 label/answer pairs a row, each row's cells sized to their
words (so no right-hand label column lines up), above an ordinary two-column body."""

from __future__ import annotations

from bilagor.extractor.layout import layout_pages
from bilagor.extractor.labels import is_label, stage_of
from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, summary

VALUE_X = 230.0


def _cells(pairs: list[tuple[str, str, float, float]], top: float) -> list:
    ws = []
    for label, value, label_x, value_x in pairs:
        ws += words(label, label_x, top, size=10.0)
        ws += words(value, value_x, top, size=10.0)
    return ws


def _page() -> Page:
    ws = list(TITLE)
    ws += _cells(
        [
            ("Projektnamn", "Pollare Odenplan", LABEL_X, 140),
            ("Diarienr", "2.1-610/2024", 260, 310),
            ("Datum", "2024-11-21", 400, 440),
        ],
        100,
    )
    ws += _cells(
        [
            ("Kontaktperson", "Erik Lind", LABEL_X, 150),
            ("Telefon", "08-508 38 976", 215, 265),
            ("E-post", "erik@ex.se", 355, 395),
        ],
        120,
    )
    ws += words("Plats", LABEL_X, 150, size=10.0) + words("Odenplan, Norrmalm", VALUE_X, 150, size=10.0)
    ws += words("Avvikelser", LABEL_X, 170, size=10.0) + words("Inga avvikelser.", VALUE_X, 170, size=10.0)
    return Page(1, 595.0, 842.0, ws)


def test_each_pair_of_an_unaligned_header_grid_is_its_own_block():
    got = summary(layout_pages([_page()], is_label=is_label, stage_of=stage_of))
    assert got == [
        ("Projektnamn", "Pollare Odenplan", 1),
        ("Diarienr", "2.1-610/2024", 1),
        ("Datum", "2024-11-21", 1),
        ("Kontaktperson", "Erik Lind", 1),
        ("Telefon", "08-508 38 976", 1),
        ("E-post", "erik@ex.se", 1),
        ("Plats", "Odenplan, Norrmalm", 1),
        ("Avvikelser", "Inga avvikelser.", 1),
    ]

"""Cards side by side (a CSS grid of label-above-answer cards): read card by card."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay, summary

RIGHT = 320.0  # where the second card's text starts
PAIRS = [
    (("Namn på insats", "Utegym vid Husby torg"), ("Sökt belopp", "877 000 kr")),
    (("Kontaktperson", "Karin Holm, utvecklingsledare"), ("Telefon", "08-508 49 671")),
    (("E-post", "karin.holm@stockholm.se"), ("Ev samverkan", "polisen och Svenska Bostäder")),
]


def _cards(pairs, *, frames: bool, label_size: float = 10.0) -> Page:
    ws, rules, y = list(TITLE), [], 100.0
    for (l1, a1), (l2, a2) in pairs:
        ws += words(l1, LABEL_X, y, size=label_size) + words(l2, RIGHT, y, size=label_size)
        ws += words(a1, LABEL_X, y + 14) + words(a2, RIGHT, y + 14)
        if frames:  # each card framed, 8 pt of padding
            for x in (LABEL_X - 8, RIGHT - 20, RIGHT - 8, 560.0):
                rules.append((x, y - 8, x, y + 34))
        y += 48
    return Page(1, 595.0, 842.0, ws, rules)


def _expected(pairs):
    return [pair for row in pairs for pair in row]


def test_cards_side_by_side_are_read_one_by_one():
    got = [(label, text) for label, text, _ in summary(lay([_cards(PAIRS, frames=False)]))]
    assert got == _expected(PAIRS)


def test_card_frames_are_no_table_borders():
    got = [(label, text) for label, text, _ in summary(lay([_cards(PAIRS, frames=True)]))]
    assert got == _expected(PAIRS)


def test_one_row_of_cards_with_its_answers_right_under_the_labels():
    pairs = [(("Projektnamn", "Röjning vid Solbergaparken"), ("Plats", "Solbergaparken, Älvsjö"))]
    got = [(label, text) for label, text, _ in summary(lay([_cards(pairs, frames=False)]))]
    assert got == _expected(pairs)


def test_a_label_value_table_whose_answer_reads_like_a_label_is_no_card_row():
    # 'Inga avvikelser' reads as a label, but the cell beside it holds a label's first line only.
    from layout_builders import two_column

    rows = [
        (["Projektnamn"], ["Pollare vid Husby torg"], 0),
        (["Plats"], ["Husby torg, Rinkeby-Kista"], 0),
        (["Syfte och mål"], ["Hindra biltrafik på torget."], 0),
        (["Beskrivning av", "eventuella", "avvikelser"], ["Inga avvikelser", "i genomförandet."], 0),
        (["Bilder före"], ["Se bilaga."], 0),
    ]
    page = two_column(rows)
    page.words[:0] = TITLE
    assert [label for label, _, _ in summary(lay([page]))] == [
        "Projektnamn",
        "Plats",
        "Syfte och mål",
        "Beskrivning av eventuella avvikelser",
        "Bilder före",
    ]

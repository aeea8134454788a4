"""Small labels above framed answer boxes (an e-service's receipt, issue #12, twenty-third round): the label
stands at the box's edge, its answer inside the box a padding further right and a body line lower, so the
answer's line is further below the small label than the label's own pitch; header fields three boxes a row."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay, lay_as_extractor, summary

SMALL, BODY, PAD = 8.0, 11.0, 6.0
XS = (70.0, 240.0, 410.0)


def _page(pad: float = PAD) -> Page:
    page = list(TITLE)
    for x, label in zip(XS, ("Namn på insats", "Sökt belopp", "Sökande nämnd"), strict=True):
        page += words(label, x, 100, size=SMALL)
    for x, value in zip(XS, ("Pollare Husby torg", "1 200 000 kr", "Rinkeby-Kista"), strict=True):
        page += words(value, x + pad, 118, size=BODY)
    for x, label in zip(XS[:2], ("Kontaktperson", "Telefon"), strict=True):
        page += words(label, x, 145, size=SMALL)
    page += words("Anna Berg, enhetschef", XS[0] + pad, 163, size=BODY)
    page += words("08-508 11 222", XS[1] + pad, 163, size=BODY)
    page += words("Syfte och mål", XS[0], 190, size=SMALL)
    page += words("Att hindra biltrafik på torget och", XS[0] + pad, 208, size=BODY)
    page += words("göra platsen tryggare.", XS[0] + pad, 222, size=BODY)
    return Page(1, 595.0, 842.0, page)


def test_small_labels_over_framed_boxes_three_a_row():
    assert [(label, text) for label, text, _ in summary(lay([_page()]))] == [
        ("Namn på insats", "Pollare Husby torg"),
        ("Sökt belopp", "1 200 000 kr"),
        ("Sökande nämnd", "Rinkeby-Kista"),
        ("Kontaktperson", "Anna Berg, enhetschef"),
        ("Telefon", "08-508 11 222"),
        ("Syfte och mål", "Att hindra biltrafik på torget och göra platsen tryggare."),
    ]


def test_answers_set_in_past_a_cells_padding_are_no_cells():
    # Set in further than a box's padding: not the label's own box (no row of cells read across).
    pairs = summary(lay([_page(pad=40.0)]))
    assert ("Sökt belopp", "1 200 000 kr") not in [(label, text) for label, text, _ in pairs]


def _stacked(first: list, pairs: tuple[tuple[str, str], ...], inset: float, gap: float) -> Page:
    """Each label small over its answer in a full-width box (the answer `inset` in, `gap` lower)."""
    page, top = list(first), 90.0
    for label, answer in pairs:
        page += words(label, 70, top, size=SMALL) + words(answer, 70 + inset, top + gap, size=BODY)
        top += 45
    return Page(1, 595.0, 842.0, page)


REPORT = (
    ("Bakgrund", "Tunneln upplevdes som mörk och otrygg kvällstid."),
    ("Plats", "Gångtunneln under Hagsätravägen"),
    ("Genomförande", "Belysning och konst monterades under hösten."),
)
REPORT_TITLE = words(
    "Konstbelysning i gångtunneln vid Hagsätra. Slutredovisning", 70, 60, size=14, font="Helvetica-Bold"
)


def test_an_unknown_small_label_over_its_box_starts_a_field():
    pairs = summary(lay([_stacked(REPORT_TITLE, REPORT, 3.0, 15.0)]))
    assert [(label, text) for label, text, _ in pairs] == list(REPORT)


APPLICATION = (
    ("Namn på insats", "Pollare vid Husby torg"),
    ("Kontaktperson", "Anna Berg, projektledare"),
    ("Telefon", "08-508 11 222"),
)


def test_an_answer_reading_as_a_label_in_its_box_is_the_answer():
    # 'projektledare' reads as a label by a keyword; in its box a body line's pitch under the small label.
    pairs = summary(lay_as_extractor([_stacked(TITLE, APPLICATION, PAD, 17.0)]))
    assert [(label, text) for label, text, _ in pairs] == list(APPLICATION)

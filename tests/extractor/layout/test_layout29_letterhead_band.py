"""A letterhead band down the first page's left margin beside the form (issue #12, twenty-fourth round): the
city's name, the office, its post address, the switchboard's number and web address in a column of their own,
the title and the form to the right. The band's lines are furniture, never labels, answers or the title."""

from __future__ import annotations

from bilagor.extractor.api import is_label
from bilagor.extractor.layout.letterhead import strip_letterhead
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay, summary

BAND = (
    "Stockholms stad",
    "Spånga-Tensta stadsdelsförvaltning",
    "Postadress",
    "Box 4113",
    "163 04 Spånga",
    "Telefon växel 08-508 03 000",
    "stockholm.se",
)
FORM = (("Namn på insats", "Pollare vid Husby torg"), ("Plats", "Husby torg"), ("Kontaktperson", "Anna Berg"))


def _page(band: bool = True) -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 180, 60, size=13, font="Helvetica-Bold")
    if band:
        for k, text in enumerate(BAND):
            ws += words(text, 16, 62 + 14 * k, size=8)
    for k, (label, answer) in enumerate(FORM):
        ws += words(label, 180, 96 + 26 * k, font="Helvetica-Bold") + words(answer, 320, 96 + 26 * k)
    return Page(1, 595.0, 842.0, ws)


def test_a_letterhead_band_beside_the_form_is_furniture():
    layout = lay([_page()])
    assert [(label, text) for label, text, _ in summary(layout)] == list(FORM)
    assert "Postadress" in layout.removed and "stockholm.se" in layout.removed


def test_a_column_of_known_labels_with_contact_answers_is_no_letterhead():
    ws = words("Bilaga 5 - Ansökan", 16, 40, size=13, font="Helvetica-Bold")
    rows = (("Kontaktperson", "Anna Berg"), ("Telefon", "08-508 11 222"), ("E-post", "anna.berg@stockholm.se"))
    for k, (label, answer) in enumerate(rows * 2):
        ws += words(label, 16, 80 + 20 * k) + words(answer, 150, 80 + 20 * k)
    page = Page(1, 595.0, 842.0, ws)
    assert strip_letterhead([page], is_label, DEFAULT_SETTINGS) == ([page], [])


def test_a_page_without_a_band_is_unchanged():
    page = _page(band=False)
    assert strip_letterhead([page], is_label, DEFAULT_SETTINGS) == ([page], [])


def test_the_band_is_cut_clear_of_its_widest_line():
    # The switchboard's line is the band's widest: its last figures stay with it, not with the form.
    ws = words("Pollare Stureplan. Slutredovisning", 190, 56, size=13, font="Helvetica-Bold")
    band = ("Stockholms stad", "Trafikkontoret", "Postadress", "Box 1673", "104 44 Skärholmen")
    for k, text in enumerate((*band, "Telefon växel 08-508 90 000", "stockholm.se")):
        ws += words(text, 16, 60 + 14 * k, size=8)
    rows = (
        ("Bakgrund", "Tunneln var mörk och otrygg kvällstid."),
        ("Plats", "Stureplan vid Sturegallerian"),
        ("Genomförande", "Pollarna sattes upp under hösten 2021."),
    )
    for k, (label, answer) in enumerate(rows):
        ws += words(label, 190, 86 + 40 * k, font="Helvetica-Bold") + words(answer, 300, 86 + 40 * k)
    pages, removed = strip_letterhead([Page(1, 595.0, 842.0, ws)], is_label, DEFAULT_SETTINGS)
    assert "Telefon växel 08-508 90 000" in removed
    assert all(w.x0 >= 190 for w in pages[0].words)


def test_a_running_header_across_the_band_at_its_top_stays_with_the_form():
    # The header's row runs over the band's gutter level with the band's first line.
    ws = words("Bilaga 5 Uppföljning Dnr 2.1.2-123/2021", 60, 30, size=8)
    for k, text in enumerate(BAND):
        ws += words(text, 16, 30 + 14 * k, size=8)
    ws += words("Bilaga 5 - Uppföljning trygghetsinvestering", 180, 60, size=13, font="Helvetica-Bold")
    for k, (label, answer) in enumerate(FORM):
        ws += words(label, 180, 96 + 26 * k, font="Helvetica-Bold") + words(answer, 320, 96 + 26 * k)
    pages, removed = strip_letterhead([Page(1, 595.0, 842.0, ws)], is_label, DEFAULT_SETTINGS)
    assert "Postadress" in removed and "stockholm.se" in removed
    assert "Dnr" in [w.text for w in pages[0].words]

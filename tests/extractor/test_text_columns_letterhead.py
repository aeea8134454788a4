"""A letterhead band down page 1's left margin beside a label | answer form (issue #12, twenty-fourth round):
the band's lines and the form's long, wrapped labels read as a first text column as wide as the answers',
and the answers were put under them. The band is no text column: the form beside it is read as it stands."""

from __future__ import annotations

from bilagor.extractor.text_columns import in_column_order
from bilagor.extractor.words import Page, Word
from factories import words

BAND = (
    (110, "Stockholms stad"),
    (134, "Älvsjö stadsdelsförvaltning"),
    (156, "Postadress"),
    (166, "Box 2007"),
    (177, "164 33 Hägersten"),
    (199, "Besöksadress"),
    (210, "Kyrkvägen 32"),
    (232, "Telefon växel 08-508 12 000"),
    (243, "stockholm.se"),
)
LABELS = (
    (96, "Projektnamn"),
    (120, "Geografisk plats för"),
    (134, "investering"),
    (159, "Projektets mål och"),
    (172, "syfte"),
    (218, "Beskrivning av"),
    (232, "slutresultat utifrån"),
    (245, "investeringens mål"),
    (259, "och förväntad"),
    (272, "klimatnytta"),
    (311, "Beskrivning av"),
    (324, "eventuella avvikelser i"),
    (338, "projektets"),
    (352, "genomförande"),
)
ANSWERS = (
    (96, "Energieffektiv belysning Solbergaparken"),
    (120, "Området kring Solbergaparken, Älvsjö"),
    (159, "Investeringen minskar elanvändningen och"),
    (172, "ger ett bättre ljus på platsen."),
    (218, "Sammanlagt 99 armaturer har bytts ut och"),
    (232, "styrs efter behov. Elförbrukningen har"),
    (245, "minskat med närmare 60 procent."),
    (272, "Erfarenheterna har delats med andra"),
    (286, "stadsdelar som planerar liknande åtgärder."),
    (311, "Inga avvikelser har noterats."),
)


def _page(band: bool) -> Page:
    ws: list[Word] = words("Bilaga 7 - Uppföljning klimatinvestering", 164, 63, size=13.5, font="Times-Bold")
    for top, text in BAND if band else ():
        ws += words(text, 16, top, size=7.5, font="Times-Roman")
    for top, text in LABELS:
        ws += words(text, 164, top, size=9.5, font="Times-Bold")
    for top, text in ANSWERS:
        ws += words(text, 274, top, size=10.5, font="Times-Roman")
    return Page(1, 595.0, 842.0, ws)


def _placed(page: Page) -> list[Word]:
    return sorted(page.words, key=lambda w: (w.top, w.x0))


def test_a_letterhead_band_beside_a_label_column_is_no_text_column():
    page = _page(band=True)
    assert _placed(in_column_order(page)) == _placed(page)


def test_the_form_alone_is_read_as_without_the_band():
    page = _page(band=False)
    assert in_column_order(page).words == page.words

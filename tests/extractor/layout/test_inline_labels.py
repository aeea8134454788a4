"""Layout: forms written as 'Label: answer' lines, with a label no template knows."""

from bilagor.extractor.words import Page

from factories import words
from layout_builders import TITLE, lay, summary


def test_an_unknown_inline_label_starts_a_section_in_an_inline_form():
    lines = [
        "Projektnamn: Trygghetsbelysning i Vällingby",
        "Plats: Vällingby torg",
        "Ekonomiskt utfall: Kostnaden blev 410 000 kr.",
        "Underhåll och drift: Driften sköts inom parkskötseln.",
        "Bilder före: Se bifogade bilder.",
    ]
    ws = list(TITLE)
    for i, text in enumerate(lines):
        ws += words(text, 70.0, 100.0 + 20 * i)
    got = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws)]))]
    assert got == [
        ("Projektnamn:", "Trygghetsbelysning i Vällingby"),
        ("Plats:", "Vällingby torg"),
        ("Ekonomiskt utfall:", "Kostnaden blev 410 000 kr."),
        ("Underhåll och drift:", "Driften sköts inom parkskötseln."),
        ("Bilder före:", "Se bifogade bilder."),
    ]


def test_a_colon_in_prose_of_a_form_without_inline_labels_starts_nothing():
    ws = list(TITLE)
    ws += words("Bakgrund", 70.0, 100.0, font="Helvetica-Bold")
    ws += words("Arbetet gäller två delar: belysning och röjning.", 70.0, 116.0)
    got = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws)]))]
    assert got == [("Bakgrund", "Arbetet gäller två delar: belysning och röjning.")]

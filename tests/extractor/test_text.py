"""Whitespace normalisation, hyphen joining and placeholders."""

import pytest

from bilagor.extractor.text import join_lines, normalise, remove_placeholders, slug


def test_every_space_kind_becomes_one_ordinary_space():
    assert normalise(" 1\u00a0650\u2009000\u202fkr \n\t ok ") == "1 650 000 kr ok"


def test_normalise_composes_swedish_letters():
    decomposed = "Ha\u0308gersten o\u0308"
    assert normalise(decomposed) == "Hägersten ö"


@pytest.mark.parametrize(
    "lines, joined",
    [
        (["kamera-", "övervakning"], "kameraövervakning"),
        (["(kamera-", "övervakning)"], "(kameraövervakning)"),
        (["i Hägersten-", "Liljeholmen"], "i Hägersten-Liljeholmen"),
        (["Enskede-Årsta-", "Vantör"], "Enskede-Årsta-Vantör"),
        (["via e-", "post"], "via e-post"),
        (["kostnader -", "inte mer"], "kostnader - inte mer"),
        (["första raden", "", "andra stycket"], "första raden andra stycket"),
        (["år 2018-", "10-17"], "år 2018-10-17"),
        (["nytt IT-", "stöd"], "nytt IT-stöd"),
        (["med SL-", "kort"], "med SL-kort"),
        (["beskriv\u00ad", "ning"], "beskrivning"),
        (["Behovsanalys/prob-", "lembeskrivning"], "Behovsanalys/problembeskrivning"),
        (["nämnd/för-", "valtning"], "nämnd/förvaltning"),
        (["Behovsanalys/", "problembeskrivning"], "Behovsanalys/problembeskrivning"),
        (["kostnad /", "intäkt"], "kostnad / intäkt"),
        # an e-mail address broken inside its domain by a narrow cell; whole words around an address stay apart
        (["sven.lind@stock", "holm.se"], "sven.lind@stockholm.se"),
        (["Mejla mira.berg@", "farsta.stockholm.se,"], "Mejla mira.berg@farsta.stockholm.se,"),
        (["skriv till anna@stockholm.se", "eller ring"], "skriv till anna@stockholm.se eller ring"),
        (["frågor till info@", "se nedan"], "frågor till info@ se nedan"),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_placeholder_means_empty_even_when_wrapped():
    assert remove_placeholders("Klicka här för att\nange text.") == ""
    assert remove_placeholders("Polisen. Klicka här för att ange text.") == "Polisen."


@pytest.mark.parametrize(
    "label, key",
    [("Övrigt", "ovrigt"), ("Ansvarig enhet", "ansvarig_enhet"), ("Åtgärder (2019)", "atgarder_2019")],
)
def test_slug(label, key):
    assert slug(label) == key


def test_edit_distance_counts_edits_and_stops_past_the_limit():
    from bilagor.extractor.text import edit_distance

    assert edit_distance("sodermalm", "sodermalm", 1) == 0
    assert edit_distance("sodermaim", "sodermalm", 1) == 1
    assert edit_distance("farsta", "farstaa", 1) == 1
    assert edit_distance("farsta", "bromma", 1) == 2  # limit + 1: certainly over
    assert edit_distance("kista", "kistastrand", 2) == 3  # lengths alone rule it out

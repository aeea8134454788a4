"""Labels holding an abbreviation with its full stop ("Ev. samverkan", "Tel. dagtid", "Org. nr") read as labels:
the stop ends a short word inside the label, not a sentence (forms write "Ev" and "Ev." alike)."""

from __future__ import annotations

import pytest

from bilagor.extractor.labels import is_known_wording, known_key
from bilagor.extractor.layout.walker import label_form


@pytest.mark.parametrize("label", ["Ev. medsökande nämnd", "Ev. samverkan", "Ev. medsökande nämnd:"])
def test_a_known_wording_with_an_abbreviations_stop_is_known(label):
    assert is_known_wording(label)
    assert known_key(label) == known_key(label.replace(".", ""))


@pytest.mark.parametrize("label", ["Ev. samverkan", "Tel. dagtid", "T.ex. bilder", "Org. nr"])
def test_a_label_with_an_abbreviation_has_label_form(label):
    assert label_form(label)


@pytest.mark.parametrize(
    "text", ["Inga avvikelser.", "Se bilaga. Bilder", "bild.jpg", "Bild.jpg", "Projektet blev klart. Platsen"]
)
def test_sentences_and_file_names_still_have_no_label_form(text):
    assert not label_form(text)

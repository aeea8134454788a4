"""Issue #12, twentieth round (second pass): on a scan, a label misread by a letter or two, or behind a stray
bracket or bar read from its cell's border, is matched to the template's labels (the start of a label wrapped in
its cell too), preferring the label the form's order puts next. Only OCR'd lines are mended so."""

from __future__ import annotations

import pytest

from bilagor.extractor.labels import near_label, next_key, without_stray_lead
from bilagor.extractor.ocr_misreads import mend_label_start


@pytest.mark.parametrize(
    ("read", "label"),
    [
        ("[Projektnarnn", "Projektnamn"),  # a bracket before a label two letters off
        ("|Telefon", "Telefon"),  # a bar before a label read right: the bar is what to mend
        ("ISökt belopp", "Sökt belopp"),  # a border's stroke read as a capital I glued to the label
        ("Geograflsk plats", "Geografisk plats"),  # the first line of a label wrapped in its cell
        ("[Gaografisk plats", "Geografisk plats"),
    ],
)
def test_a_label_a_letter_or_two_off_behind_a_stray_mark_is_matched(read, label):
    assert near_label(read) == label


@pytest.mark.parametrize(
    "read",
    [
        "Geografisk plats",  # right as it is: nothing to mend
        "Beskrivning ax",  # the start of labels of different keys: which one is not known
        "Inledning",  # no label near
        "I Plats",  # a capital I as a word of its own may be the sentence's "I": not a stray mark
        "Projektets mål var",  # an answer's line that starts as a label does, a word read wholly else
    ],
)
def test_text_no_label_or_nothing_to_mend_gives_none(read):
    assert near_label(read) is None


def test_the_label_the_form_puts_next_is_preferred_where_two_are_as_near():
    # "Bilder eftre" is two edits from both "Bilder efter" and "Bilder före"
    assert near_label("Bilder eftre") is None
    assert next_key("bilder_fore") == "bilder_efter"
    assert near_label("Bilder eftre", expected="bilder_efter") == "Bilder efter"
    assert near_label("Bilder eftre", expected="bilder_fore") == "Bilder före"


def test_stray_lead_only_a_bracket_bar_or_glued_capital_i():
    assert without_stray_lead("[Gscgrafisk plats") == "Gscgrafisk plats"
    assert without_stray_lead("| Plats") == "Plats"
    assert without_stray_lead("IProjektnamn") == "Projektnamn"
    assert without_stray_lead("IT-stöd") == "IT-stöd"
    assert without_stray_lead("I området") == "I området"


def _row(*cells: str) -> list[tuple[str, list[int]]]:
    """A header row's words, its cells 200 px apart (a column gap), words in a cell 10 px apart."""
    words, x = [], 0
    for cell in cells:
        for word in cell.split():
            words.append((word, [x, 0, x + 10 * len(word), 30]))
            x += 10 * len(word) + 10
        x += 200
    return words


def test_a_header_rows_second_label_is_read_in_the_forms_order():
    row = _row("Bilder före", "Se bilagan", "Bilder eftre", "Se bilagan")
    assert [t for t, _ in mend_label_start(row)] == [
        "Bilder",
        "före",
        "Se",
        "bilagan",
        "Bilder",
        "efter",
        "Se",
        "bilagan",
    ]
    # without the first label the second is as near two labels: left as read
    alone = _row("Se bilagan", "Bilder eftre", "Se bilagan")
    assert [t for t, _ in mend_label_start(alone)] == ["Se", "bilagan", "Bilder", "eftre", "Se", "bilagan"]


def test_a_bracket_read_as_a_word_of_its_own_is_dropped_into_the_labels_box():
    row = _row("[ Gscgrafisk plats", "Fridhemsplan")
    mended = mend_label_start(row)
    assert [t for t, _ in mended] == ["Geografisk", "plats", "Fridhemsplan"]
    assert mended[0][1][0] == row[0][1][0]  # the label's box starts where the bracket did

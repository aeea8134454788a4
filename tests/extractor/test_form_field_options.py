"""Issue #12, sixteenth round: a fillable form's options (a radio group or a row of check boxes) with
their captions printed beside the buttons. The chosen button shows a tick, not its export value: the value
read beside its printed caption read the choice twice ("Slutredovisning Slutredovisning Delredovisning")
and the stage was lost. Pure steps, then end to end on tests/fixturegen/option_boxes.py
(tests/data/option_boxes: check boxes whose export values are not their captions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.form_fields import CHECKBOX, RADIO, Widget, widget_words
from bilagor.extractor.labels import stage_of
from bilagor.extractor.words import Word

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.option_boxes import FIXTURES  # noqa: E402

OPTIONS = Path(__file__).resolve().parents[1] / "data" / "option_boxes"


def _printed(text: str, x0: float, top: float = 100.0) -> Word:
    return Word(text, x0, x0 + len(text) * 5, top, top + 10, "Helvetica", 10.0)


def test_a_captioned_radio_group_shows_ticks_and_its_captions_once():
    group = [Widget(RADIO, "Slutredovisning", (56, 100, 66, 110)), Widget(RADIO, "Off", (159, 100, 169, 110))]
    captions = [_printed("Slutredovisning", 70), _printed("Delredovisning", 173)]
    assert [(w.text, w.x0) for w in widget_words(group, captions)] == [("☒", 56), ("☐", 159)]


def test_a_box_with_no_caption_beside_it_still_gives_its_export_value():
    box = Widget(CHECKBOX, "Slutredovisning", (200, 100, 211, 111))
    far = [_printed("Plats", 70), _printed("Resultat", 260, 140)]
    assert [w.text for w in widget_words([box], far)] == ["Slutredovisning"]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("☒ Slutredovisning ☐ Delredovisning", "slutredovisning"),
        ("☐ Slutredovisning ☒ Delredovisning", "delredovisning"),
        ("☐ Slutredovisning ☐ Delredovisning", None),
        ("☒ Slutredovisning ☒ Delredovisning", None),
        ("Typ ☐ Slutredovisning ☒ Delredovisning", None),
    ],
)
def test_a_row_of_options_with_one_ticked_is_that_stage(text, stage):
    assert stage_of(text) == stage


def test_the_committed_option_boxes_are_the_generators_output():
    for name, make in FIXTURES.items():
        assert (OPTIONS / name).read_bytes() == make(), name


def test_a_stage_ticked_among_check_boxes_is_read_and_no_export_value_is():
    record = extract_report(OPTIONS / "option-boxes.pdf", entities=False).to_dict()
    assert record["stage"] == "delredovisning"
    assert [(s["key"], s["text"]) for s in record["sections"]] == [
        ("projektnamn", "Belysning vid Årsta torg"),
        ("plats", "Årsta torg, Södermalms stadsdelsnämnd"),
        ("slutresultat", "Fler rör sig på torget efter mörkrets inbrott."),
    ]

"""Answers in fillable-form fields (AcroForm): widgets -> words (extractor/form_fields.py), the
reader's widget dictionaries (form_widgets), and e-forms end to end (tests/fixturegen/producers.py)."""

from __future__ import annotations

import json
import random
from types import SimpleNamespace

import pytest
from pdfminer.psparser import LIT

from bilagor.extractor import extract_report
from bilagor.extractor.form_fields import (
    CHECKBOX,
    CHOICE,
    FORM_FIELD_WARNING,
    TEXT,
    Widget,
    font_size_of,
    widget_words,
    wrapped_lines,
)
from bilagor.extractor.form_widgets import read_widget
from bilagor.extractor.page_boxes import layout_transform
from bilagor.extractor.words import Word

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.producers import FORM_FAMILIES, PageGeometry, producers_spec, render_producer  # noqa: E402
from fixturegen.spec import RECORD_FIELDS  # noqa: E402


def printed(text: str, x0: float, top: float, size: float = 10.0) -> Word:
    return Word(text, x0, x0 + len(text) * 5, top, top + size, "Helvetica", size)


def test_a_multiline_value_gives_its_lines_top_down_inside_the_box():
    widget = Widget(TEXT, "Ny belysning\nvid torget", (200, 100, 500, 160), 10.0, multiline=True)
    words = widget_words([widget], [])
    assert [w.text for w in words] == ["Ny", "belysning", "vid", "torget"]
    assert words[0].top == words[1].top < words[2].top == words[3].top
    assert all(200 <= w.x0 and w.x1 <= 500 and 100 <= w.top and w.bottom <= 160 for w in words)
    assert {w.size for w in words} == {10.0}


def test_a_long_paragraph_is_wrapped_to_the_box_and_kept_inside_it():
    value = " ".join(["trygghetsvandring"] * 30)
    widget = Widget(TEXT, value, (200, 100, 400, 130), 10.0, multiline=True)
    words = widget_words([widget], [])
    assert len({w.top for w in words}) > 3  # wrapped over several lines ...
    assert all(w.bottom <= 130 and w.x1 <= 400 for w in words)  # ... and not spilling into the next row


def test_wrapped_lines_keep_typed_breaks_and_blank_paragraph_lines():
    assert wrapped_lines("ett två tre\n\nfyra", 40, 5) == ["ett två", "tre", "", "fyra"]


def test_a_single_line_value_is_one_line_centred_in_its_box():
    words = widget_words([Widget(TEXT, "Årsta IP\n", (200, 100, 500, 120), 0.0)], [printed("Plats", 70, 105)])
    assert [w.text for w in words] == ["Årsta", "IP"]
    assert words[0].size == 10.0  # auto size: the printed text's own size
    assert words[0].top == pytest.approx(105.0)


def test_a_comb_field_spreads_its_characters_over_the_cells():
    words = widget_words([Widget(TEXT, "2019", (300, 100, 400, 112), 10.0, comb=True, max_len=10)], [])
    assert [(w.text, w.x0, w.x1) for w in words] == [("2019", 300.0, 340.0)]


def test_a_checked_box_gives_its_export_value_and_a_bare_yes_or_unchecked_box_nothing():
    boxes = [
        Widget(CHECKBOX, "Slutredovisning", (200, 100, 211, 111)),
        Widget(CHECKBOX, "Off", (300, 100, 311, 111)),
        Widget(CHECKBOX, "Yes", (400, 100, 411, 111)),
        Widget(CHECKBOX, "", (450, 100, 461, 111)),
    ]
    assert [w.text for w in widget_words(boxes, [printed("Plats", 70, 100, 9.0)])] == ["Slutredovisning"]
    assert widget_words(boxes[:1], [printed("Plats", 70, 100, 9.0)])[0].size == 9.0


def test_hidden_and_empty_widgets_give_nothing():
    assert (
        widget_words([Widget(TEXT, "dold", (0, 0, 100, 20), hidden=True), Widget(CHOICE, " ", (0, 0, 99, 9))], []) == []
    )


def test_a_value_the_content_already_draws_in_the_box_is_not_read_twice():
    widget = Widget(TEXT, "Röjning av sly", (200, 100, 500, 120), 10.0)
    drawn = [printed("Röjning", 202, 104), printed("av", 250, 104), printed("sly", 270, 104)]
    assert widget_words([widget], drawn) == []
    elsewhere = [printed("Röjning", 202, 304), printed("av", 250, 304), printed("sly", 270, 304)]
    assert [w.text for w in widget_words([widget], elsewhere)] == ["Röjning", "av", "sly"]


def test_font_size_of_a_default_appearance():
    assert font_size_of("/Helv 10.5 Tf 0 g") == 10.5
    assert font_size_of("/Helv 0 Tf 0 g") == 0.0
    assert font_size_of("") == 0.0


def _page(rotate: int = 0, mediabox=(0, 0, 595, 842)):
    width, height = (
        (mediabox[3] - mediabox[1], mediabox[2] - mediabox[0])
        if rotate in (90, 270)
        else (
            mediabox[2] - mediabox[0],
            mediabox[3] - mediabox[1],
        )
    )
    return SimpleNamespace(
        page_obj=SimpleNamespace(mediabox=list(mediabox), rotate=rotate),
        mediabox=list(mediabox),
        height=height,
        width=width,
    )


def test_a_kid_widget_inherits_type_value_flags_and_appearance_from_its_field():
    parent = {"FT": LIT("Tx"), "V": b"\xfe\xff\x00J\x00a", "Ff": 4096, "DA": b"/Helv 9 Tf 0 g"}
    kid = {"Type": LIT("Annot"), "Subtype": LIT("Widget"), "Rect": [100, 700, 300, 742], "Parent": parent}
    widget = read_widget(kid, "", layout_transform(_page()))
    assert widget == Widget(TEXT, "Ja", (100.0, 100.0, 300.0, 142.0), 9.0, multiline=True)


def test_a_radio_kid_reads_its_own_state_and_a_push_button_nothing():
    group = {"FT": LIT("Btn"), "Ff": 1 << 15, "V": LIT("Delredovisning")}
    kid = {"Subtype": LIT("Widget"), "Rect": [100, 700, 111, 711], "Parent": group, "AS": LIT("Off")}
    assert read_widget(kid, "", layout_transform(_page())).value == "Off"
    push = {"Subtype": LIT("Widget"), "Rect": [1, 1, 2, 2], "FT": LIT("Btn"), "Ff": 1 << 16}
    assert read_widget(push, "", layout_transform(_page())) is None


@pytest.mark.parametrize(
    ("rotate", "expected"),
    [(0, (100.0, 100.0, 300.0, 142.0)), (90, (700.0, 100.0, 742.0, 300.0)), (180, (295.0, 700.0, 495.0, 742.0))],
)
def test_widget_boxes_follow_the_page_rotation_like_the_characters(rotate, expected):
    widget = read_widget(
        {"Subtype": LIT("Widget"), "FT": LIT("Tx"), "V": b"x", "Rect": [100, 700, 300, 742]},
        "",
        layout_transform(_page(rotate)),
    )
    assert widget.box == pytest.approx(expected)


@pytest.mark.parametrize("index", range(len(FORM_FAMILIES)))
def test_an_e_form_reads_as_if_its_answers_were_printed(tmp_path, index):
    spec, family = producers_spec(index, 1)
    path = tmp_path / f"{spec.name}.pdf"
    truth = render_producer(spec, family, path, random.Random(index))
    _assert_reads_as_truth(path, truth)


@pytest.mark.parametrize("rotate", [90, 270])
def test_an_e_form_on_a_turned_page_reads_as_printed(tmp_path, rotate):
    spec, family = producers_spec(0, 2)
    path = tmp_path / f"{spec.name}.pdf"
    truth = render_producer(spec, family, path, random.Random(0), geometry=PageGeometry(rotate=rotate))
    _assert_reads_as_truth(path, truth)


def _assert_reads_as_truth(path, truth):
    record = extract_report(path, entities=False).to_dict()
    assert {f: record[f] for f in RECORD_FIELDS} == {f: truth[f] for f in RECORD_FIELDS}
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]
    assert any(FORM_FIELD_WARNING in w for w in record["warnings"])
    assert json.dumps(record)  # plain data all through

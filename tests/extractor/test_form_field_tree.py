"""Issue #12, sixteenth round's field_tree family: answers held only in a form-field tree. A multiline field
one row tall whose value the average glyph width wraps to two lines drew both lines on the same row, and read
their words interleaved ("Norr stadsdelsnämnd Mälarstrand, Kungsholmens"); a list box's choice was read as its
export value on one line spilling out of its box, and a list box chosen only by index (/I) read nothing. Pure
steps, the reader's field dictionaries, then end to end on tests/fixturegen/field_tree.py (tests/data/field_tree)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from pdfminer.psparser import LIT

from bilagor.extractor import extract_report
from bilagor.extractor.form_fields import (
    CHOICE,
    COMBO_FLAG,
    TEXT,
    Widget,
    box_rows,
    chosen_options,
    fitted_lines,
    widget_words,
)
from bilagor.extractor.form_widgets import read_widget
from bilagor.extractor.page_boxes import layout_transform

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.field_tree import FIXTURES  # noqa: E402

FIELD_TREE = Path(__file__).resolve().parents[1] / "data" / "field_tree"
PLACE = "Norr Mälarstrand, Kungsholmens stadsdelsnämnd"  # 45 characters


def _rows(words) -> list[str]:
    """The words' lines as a reader sees them: by their top, each left to right."""
    tops = sorted({w.top for w in words})
    return [" ".join(w.text for w in sorted(words, key=lambda w: w.x0) if w.top == top) for top in tops]


def test_a_one_row_multiline_box_reads_its_value_on_one_line_in_order():
    # 217 pt wide at 9.5 pt: the average width (4.75 pt) holds 44 characters, the producer's 45 fit.
    widget = Widget(TEXT, PLACE, (194.5, 143.9, 411.7, 156.7), 9.5, multiline=True)
    words = widget_words([widget], [])
    assert _rows(words) == [PLACE]
    assert all(194.5 <= w.x0 and w.x1 <= 411.7 for w in words)


def test_a_value_wrapped_longer_than_its_rows_is_rewrapped_narrower_and_keeps_its_breaks():
    assert box_rows(8.8, 9.5) == 1
    assert box_rows(21.2, 9.5) == 2
    lines, char_width = fitted_lines("ett två tre fyra\nfem", 70, 10, 2)
    assert lines == ["ett två tre fyra", "fem"] and char_width < 5
    assert fitted_lines("ett två tre fyra\nfem", 70, 10, 3)[0] == ["ett två tre", "fyra", "fem"]  # fits as is


def test_a_value_too_long_for_any_plausible_width_keeps_the_average_wrap():
    value = " ".join(["trygghetsvandring"] * 12)
    lines, char_width = fitted_lines(value, 200, 10, 2)
    assert char_width == 5.0 and len(lines) == 6


def test_a_choice_shows_the_display_text_of_its_export_value_or_of_its_selected_index():
    options = [("sdn-farsta", "Farsta stadsdelsnämnd"), ("sdn-skarpnack", "Skarpnäcks stadsdelsnämnd")]
    assert chosen_options(["sdn-skarpnack"], options, []) == ["Skarpnäcks stadsdelsnämnd"]
    assert chosen_options([], options, [0]) == ["Farsta stadsdelsnämnd"]
    assert chosen_options(["Annan nämnd"], options, [1]) == ["Annan nämnd"]  # a value /Opt lacks shows itself
    assert chosen_options([" "], options, [5]) == []


def test_a_list_box_shows_its_choice_wrapped_inside_its_rows():
    widget = Widget(CHOICE, "Enskede-Årsta-Vantörs stadsdelsnämnd", (158.3, 151.6, 272.8, 179.7), 10.5, multiline=True)
    words = widget_words([widget], [])
    assert _rows(words) == ["Enskede-Årsta-Vantörs", "stadsdelsnämnd"]
    assert all(w.x1 <= 272.8 and w.bottom <= 179.7 for w in words)


def _page():
    return SimpleNamespace(
        page_obj=SimpleNamespace(mediabox=[0, 0, 595, 842], rotate=0), mediabox=[0, 0, 595, 842], height=842, width=595
    )


def test_a_list_box_kid_inherits_its_options_and_selection_from_its_field():
    field = {
        "FT": LIT("Ch"),
        "DA": b"/Helv 10 Tf 0 g",
        "Opt": [[b"a", b"Slutredovisning"], [b"b", b"Delredovisning"]],
        "I": [1],
    }
    kid = {"Subtype": LIT("Widget"), "Rect": [100, 700, 200, 714], "Parent": field}
    widget = read_widget(kid, "", layout_transform(_page()))
    assert widget == Widget(CHOICE, "Delredovisning", (100.0, 128.0, 200.0, 142.0), 10.0, multiline=True)
    several = {**field, "V": [b"a", b"b"]}
    assert read_widget({**kid, "Parent": several}, "", layout_transform(_page())).value == (
        "Slutredovisning\nDelredovisning"
    )
    combo = {**several, "Ff": COMBO_FLAG}
    drop_down = read_widget({**kid, "Parent": combo}, "", layout_transform(_page()))
    assert (drop_down.value, drop_down.multiline) == ("Slutredovisning, Delredovisning", False)


def test_the_committed_field_tree_is_the_generators_output():
    for name, make in FIXTURES.items():
        assert (FIELD_TREE / name).read_bytes() == make(), name


def test_answers_only_in_a_field_tree_read_as_if_printed():
    record = extract_report(FIELD_TREE / "field-tree.pdf", entities=False).to_dict()
    assert record["stage"] == "slutredovisning"  # chosen in a list box by index only
    assert [(s["key"], s["text"]) for s in record["sections"]] == [
        ("projektnamn", "Belysning och trygghetsvandring vid Årsta torg i Skarpnäck"),
        ("sokande_namnd", "Skarpnäcks stadsdelsnämnd"),
        ("redovisning", "Slutredovisning"),
        ("slutresultat", "Fler rör sig på torget efter mörkrets inbrott."),
    ]

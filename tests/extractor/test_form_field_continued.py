"""A field whose widgets continue its answer on the next page: its one value is read once."""

from __future__ import annotations

from bilagor.extractor.form_fields import RADIO, TEXT, Widget, first_widgets

ANSWER = "Belysningen byts mot LED.\nArbetet klart i maj."


def test_a_fields_second_widget_on_a_later_page_shows_nothing_again():
    shown: set[int] = set()
    page_one = [Widget(TEXT, ANSWER, (60.0, 600.0, 540.0, 800.0), 10.0, multiline=True, field=41)]
    page_two = [
        Widget(TEXT, ANSWER, (60.0, 60.0, 540.0, 120.0), 10.0, multiline=True, field=41),
        Widget(TEXT, "Sven Berg", (60.0, 200.0, 300.0, 214.0), 10.0, field=57),
    ]
    assert first_widgets(page_one, shown) == page_one
    assert [w.value for w in first_widgets(page_two, shown)] == ["Sven Berg"]


def test_widgets_of_no_known_field_and_buttons_are_all_kept():
    widgets = [
        Widget(TEXT, "Ja", (0.0, 0.0, 50.0, 14.0), 10.0),
        Widget(TEXT, "Ja", (0.0, 20.0, 50.0, 34.0), 10.0),
        Widget(RADIO, "1", (0.0, 40.0, 10.0, 50.0), field=9),
        Widget(RADIO, "Off", (20.0, 40.0, 30.0, 50.0), field=9),
    ]
    assert first_widgets(widgets, set()) == widgets

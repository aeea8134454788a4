"""The thirty-sixth round's review (h41/r-review): the tolerances of spreads, questiondash, ocrfootnotes,
ocrcombs, steps, fieldlists and ocr_footer are fields of LayoutSettings, read from the settings the layout is
given. Each page acts with the defaults and reads as it did without the step once one of its fields is moved
past the page's measure."""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.api import layout_as_extractor
from bilagor.extractor.layout.fieldlists import same_type
from bilagor.extractor.layout.ocr_footer import misread_page_number
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.steps import is_step_bar
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import summary
from sibling_modules import sibling


def _sibling(name: str):
    return sibling(__file__, name)


def _read(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(layout_as_extractor(pages, s))]


def test_spreads_read_their_settings() -> None:
    pages = _sibling("test_layout40_spreads")._spread()
    joined = dict(_read(pages))
    assert joined["Namn på insats"] == "Utegym Mariatorget"
    apart = dict(_read(pages, replace(DEFAULT_SETTINGS, spread_min_labels=50)))
    assert apart.get("Namn på insats") != "Utegym Mariatorget"


def test_question_labels_read_their_settings() -> None:
    questions = _sibling("test_layout40_questions")
    page = questions._page("apart")
    assert [(label.rstrip(":?"), text) for label, text in _read([page])] == questions._expected()
    moved = _read([page], replace(DEFAULT_SETTINGS, question_min_questions=50))
    assert [(label.rstrip(":?"), text) for label, text in moved] != questions._expected()


def test_unnumbered_footnotes_read_their_settings() -> None:
    page = _sibling("test_ocr_layout40")._footnote_page()
    paired = _read([page])
    assert ("Projektets namn", "") not in paired and any(label == "Projektets namn" for label, _ in paired)
    assert _read([page], replace(DEFAULT_SETTINGS, unnumbered_note_min_notes=50)) != paired


def test_comb_debris_reads_its_settings() -> None:
    page = _sibling("test_ocr_layout41_combs")._form("2 288 000 kr", "FS")
    assert dict(_read([page]))["Sökt belopp"] == "2 288 000 kr"
    moved = dict(_read([page], replace(DEFAULT_SETTINGS, comb_debris_far_gap=100.0)))
    assert moved["Sökt belopp"] == "2 288 000 kr FS"


def test_step_bars_ocr_footers_and_type_read_their_settings() -> None:
    bar = "1 Sökande › 2 Insatsen › 3 Skicka"
    assert is_step_bar(bar) and not is_step_bar(bar, replace(DEFAULT_SETTINGS, step_bar_min_steps=4))
    assert not is_step_bar(bar, replace(DEFAULT_SETTINGS, step_bar_max_step_words=0))
    assert misread_page_number("111)")
    assert not misread_page_number("111)", replace(DEFAULT_SETTINGS, ocr_footer_max_characters=3))
    word = words("Belopp", 57, 100, 10.0)[0]
    larger = Word(word.text, word.x0, word.x1, word.top, word.bottom, word.fontname, 10.4)
    assert same_type(word, larger) and not same_type(word, larger, replace(DEFAULT_SETTINGS, field_list_same_size=0.3))

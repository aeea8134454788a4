"""A network scanner's searchable PDF with a poor engine's OCR layer (twenty-eighth round, issue #12): the layer is
found when it writes each word as a text object of its own, and judged by the engine's misreads over the whole file."""

from __future__ import annotations

from bilagor.extractor.ocr_layer import UNTRUSTED_LAYER, confused_words, misread_words, untrusted_layers
from bilagor.extractor.ocr_plan import plan_ocr
from bilagor.extractor.pdfium_text import invisible_share
from bilagor.extractor.words import Page, Word

LABELLED = (
    "Projektnamn Belysning av gångvägen vid Hökarängens centrum Beskrivning av projektet "
    "Lamporna byttes under våren och gångvägen är nu ljusare på kvällarna"
).split()


def layer_page(texts: list[str], number: int = 1) -> Page:
    words = []
    for index, text in enumerate(texts):
        row, column = divmod(index, 8)
        x0 = 60.0 + column * 60
        words.append(Word(text, x0, x0 + 3 * len(text) + 1, 100.0 + row * 20, 110.0 + row * 20, "Helvetica", 10.0))
    return Page(number, 595, 842, words, [], [(0, 0, 595, 842)], ocr_layer=True)


def test_pdfiums_own_spaces_between_text_objects_do_not_count_as_visible_text():
    # A scanner writing each layer word as a text object of its own: pdfium adds a space between them.
    assert invisible_share([3, 3, 3, None, 3, 3, None, 3]) == 1.0
    assert invisible_share([0, 0, 3, None]) == 1 / 3
    assert invisible_share([None, None]) == 0.0


def test_a_word_a_shape_confusion_away_from_a_form_word_is_a_misread():
    texts = [*LABELLED, "Bcskrivning", "Projcktnamn", "Slutredovisning"]
    assert confused_words(texts) == ["Bcskrivning", "Projcktnamn"]


def test_a_word_the_page_spells_otherwise_more_often_is_a_misread():
    texts = [*LABELLED, "gangvägen", "Hökarängens", "Hokarängens"]
    assert confused_words(texts) == ["gangvägen", "Hokarängens"]


def test_two_swedish_words_a_mark_apart_are_both_read_right():
    assert confused_words([*LABELLED, "bara", "bära", "andra", "ändra", "hela", "bela"]) == []


def test_a_capital_between_small_letters_is_a_misread_or_two_words_run_together():
    assert misread_words([*LABELLED, "SkoIor", "vidFruängen", "Stockholm"]) == ["SkoIor", "vidFruängen"]


def test_a_clean_layer_is_trusted_and_a_page_with_one_misread_alone_too():
    assert untrusted_layers([layer_page(LABELLED * 2)]) == {}
    assert untrusted_layers([layer_page([*LABELLED, "Bcskrivning"])]) == {}


def test_misreads_spread_over_the_pages_of_one_file_distrust_every_page():
    first, second = layer_page([*LABELLED, "Bcskrivning"], 1), layer_page([*LABELLED, "Projcktnamn"], 2)
    assert untrusted_layers([first, second]) == {1: UNTRUSTED_LAYER, 2: UNTRUSTED_LAYER}
    plan = plan_ocr([first, second], "auto")
    assert plan.recognise == [1, 2] and plan.own_layer == []


def test_a_born_digital_page_is_never_judged_as_an_ocr_layer():
    page = layer_page([*LABELLED, "Bcskrivning", "Projcktnamn"])
    born = Page(1, page.width, page.height, page.words, [], [])
    assert untrusted_layers([born]) == {}
    assert plan_ocr([born], "auto").recognise == []

"""Issue #12, f-ocrlayout: a label's colon with no space after it ("…utgifter:Budgeten för …", the eighteenth
forms set's h18-060, tuning data) was read as one word, so the label was never closed and its answer's first words
were lost. OCR words as (text, pixel box), texts of their own."""

from __future__ import annotations

from bilagor.extractor.ocr import mended_line
from bilagor.extractor.ocr_misreads import split_glued_colons


def test_a_word_glued_at_a_colon_is_parted_where_the_colon_ends():
    words = [("Resultat:Fler", [100, 50, 230, 80]), ("cyklister", [240, 50, 330, 80])]
    assert split_glued_colons(words) == [
        ("Resultat:", [100, 50, 190, 80]),
        ("Fler", [190, 50, 230, 80]),
        ("cyklister", [240, 50, 330, 80]),
    ]


def test_a_number_glued_to_a_label_is_parted_too():
    assert [t for t, _ in split_glued_colons([("Telefon:08-508", [0, 0, 140, 20])])] == ["Telefon:", "08-508"]


def test_times_names_and_addresses_with_a_colon_are_kept():
    for text in ("10:30", "S:t", "https://stockholm.se", "kl:a", "Q:", "A:Berg"):
        assert split_glued_colons([(text, [0, 0, 50, 20])]) == [(text, [0, 0, 50, 20])]


def test_every_ocr_line_is_mended_so():
    line = [("Plats:Rålambshovsparken,", [80, 10, 330, 40]), ("Kungsholmen", [340, 10, 460, 40])]
    assert [t for t, _ in mended_line(line)] == ["Plats:", "Rålambshovsparken,", "Kungsholmen"]

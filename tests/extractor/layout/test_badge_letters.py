"""Letter badges before the labels (A, B, C … on dark squares) are no part of the labels (h31/c-text, issue #12)."""

from __future__ import annotations

from bilagor.extractor.labels import is_label, stage_of
from bilagor.extractor.layout import layout_pages
from bilagor.extractor.layout.badges import strip_badge_letters
from bilagor.extractor.words import Page

from factories import words

BOLD = "Helvetica-Bold"
LABELS = ["Projektnamn", "Kontaktperson", "Resultat", "Övriga kommentarer"]
ANSWERS = ["Trygga gångstråk i Tensta", "Eva Lind, samordnare", "Fler rör sig på torget.", "Inga."]


def badge_page(letters: str, gap: float = 12.0) -> Page:
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 50.0, 40.0, 15.0, BOLD)
    top = 80.0
    for letter, label, answer in zip(letters, LABELS, ANSWERS):
        ws += words(letter, 50.0, top, 11.0, BOLD)
        ws += words(label, 55.5 + gap, top, 11.0, BOLD)
        ws += words(answer, 55.0, top + 22.0)
        top += 50.0
    return Page(1, 595.0, 842.0, ws)


def one_letter_words(page: Page) -> list[str]:
    return [w.text for w in page.words if len(w.text) == 1 and not w.text.islower()]


def test_letters_in_turn_are_taken_out() -> None:
    assert one_letter_words(strip_badge_letters([badge_page("ABCD")])[0]) == ["5", "-"]


def test_labels_read_without_their_badges() -> None:
    layout = layout_pages([badge_page("ABCD")], is_label=is_label, stage_of=stage_of)
    assert [b.label for b in layout.blocks] == LABELS


def test_letters_out_of_turn_stay() -> None:
    assert one_letter_words(strip_badge_letters([badge_page("IBXD")])[0]) == ["5", "-", "I", "B", "X", "D"]


def test_a_capital_a_word_space_from_the_next_word_stays() -> None:
    assert len(one_letter_words(strip_badge_letters([badge_page("ABCD", gap=2.0)])[0])) == 6

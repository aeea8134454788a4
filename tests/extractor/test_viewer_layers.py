"""What a viewer shows, not what the content streams hold: answers typed as annotations
(annotation_notes, form_widgets.read_note) and optional content switched off (optional_content,
visible_content), end to end on the small PDFs of tests/fixturegen/viewer_layers.py (tests/data/viewer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilagor.extractor.annotation_notes import ANNOTATION_WARNING, Note, note_words, rich_text, shows_text
from bilagor.extractor.optional_content import ALL_ON, ANY_OFF, Expression, Membership, groups_off, hidden
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.words import Word

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.viewer_layers import FIXTURES  # noqa: E402

VIEWER = Path(__file__).resolve().parents[1] / "data" / "viewer"
LABELS = ["Uppföljning", "trygghetsinvestering", "Projektnamn", "Plats", "Resultat"]


def words_of(name: str) -> list[str]:
    return [w.text for w in read_pdf(VIEWER / name).pages[0].words]


# --- optional content -------------------------------------------------------------------------


def test_the_default_configuration_switches_off_its_off_groups_or_all_but_its_on_groups():
    assert groups_off([1, 2, 3], "ON", on=[2], off=[1]) == {1}
    assert groups_off([1, 2, 3], "OFF", on=[2], off=[]) == {1, 3}
    assert groups_off([1, 2], "Unchanged", on=[], off=[]) == frozenset()


def test_a_membership_dictionary_hides_by_its_policy_or_its_expression():
    off = frozenset({1})
    assert hidden(1, off) and not hidden(2, off)
    assert not hidden(Membership((1, 2)), off)  # AnyOn (the default): 2 is on
    assert hidden(Membership((1, 2), ALL_ON), off)
    assert not hidden(Membership((1, 2), ANY_OFF), off)
    assert hidden(Membership((2,), ANY_OFF), off)
    assert not hidden(Membership((1,), ALL_ON, Expression("Not", (1,))), off)  # the expression wins
    assert hidden(Expression("And", (2, Expression("Not", (2,)))), off)
    assert not hidden(Expression("Or", (1, 2)), off)
    assert not hidden(Membership(()), off)  # no groups: no effect


def test_content_in_a_group_switched_off_is_not_read_and_content_in_one_that_is_on_is():
    words = words_of("layers.pdf")
    assert "Anvisning" not in " ".join(words)  # the off group, an /AllOn membership, an XObject, an annotation
    assert words == LABELS + ["Upprustning", "av", "torget", "Rinkeby", "torg", "Fler", "vistas", "på", "platsen"]
    assert words_of("layers-base-state-off.pdf") == LABELS + ["Upprustning", "av", "torget"]


# --- annotations --------------------------------------------------------------------------------


def typed(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 6 * len(text), top, top + 10, "Courier", 10.0)


def test_popups_links_sticky_notes_widgets_and_hidden_or_no_view_annotations_show_no_text():
    assert shows_text("FreeText", 4) and shows_text("Stamp", 0) and shows_text("Square", 4)
    assert not any(shows_text(kind, 4) for kind in ("Popup", "Link", "Text", "Widget"))
    assert not shows_text("FreeText", 2 | 4) and not shows_text("FreeText", 32 | 4)


def test_an_annotation_shows_the_words_its_appearance_draws_before_its_own_text():
    drawn = (typed("Årsta", 202, 100), typed("torg", 240, 100))
    note = Note("FreeText", (200, 98, 400, 112), "Arsta torg (oformaterad)", 10.0, drawn)
    assert note_words([note], []) == list(drawn)


def test_a_free_text_without_a_usable_appearance_shows_its_text_in_its_box():
    unmapped = (typed("(cid:3)(cid:4)", 202, 100),)
    for drawn in ((), unmapped):
        words = note_words([Note("FreeText", (200, 100, 400, 140), "Ny belysning\nvid torget", 10.0, drawn)], [])
        assert [w.text for w in words] == ["Ny", "belysning", "vid", "torget"]
        assert all(200 <= w.x0 < w.x1 <= 400 and 100 <= w.top < w.bottom <= 140 for w in words)
        assert words[2].top > words[0].top  # the second line below the first
    assert (
        note_words([Note("Stamp", (200, 100, 400, 140), "GODKÄND", 10.0)], []) == []
    )  # a stamp draws or shows nothing


def test_a_typed_text_the_page_content_also_draws_in_its_box_is_read_once():
    note = Note("FreeText", (200, 98, 400, 112), "Årsta torg", 10.0)
    assert note_words([note], [typed("Årsta", 203, 100), typed("torg", 241, 100)]) == []
    elsewhere = [typed("Årsta", 203, 300), typed("torg", 241, 300)]
    assert [w.text for w in note_words([note], elsewhere)] == ["Årsta", "torg"]


def test_rich_text_is_its_paragraphs_as_lines():
    xhtml = '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml"><p>Ny\n  belysning</p><p>vid &amp; kring<br/>torget</p></body>'
    assert rich_text(xhtml) == "Ny belysning\nvid & kring\ntorget"


def test_answers_typed_as_annotations_are_read_where_a_viewer_shows_them():
    content = read_pdf(VIEWER / "typed-annotations.pdf")
    words = content.pages[0].words
    assert [w.text for w in words] == LABELS + [
        "Belysning",
        "vid",
        "Rinkebyåsen",
        "Rinkeby",
        "torg",
        "Fler",
        "vistas",
        "på",
        "platsen",
    ]
    by_text = {w.text: w for w in words}
    # each answer on its label's line: the rich text in the FreeText's box, the appearance drawn in the
    # Rect through its own BBox and Matrix, the stamp's appearance
    for label, answer in (("Projektnamn", "Belysning"), ("Plats", "torg"), ("Resultat", "vistas")):
        assert abs(by_text[label].bottom - by_text[answer].bottom) < 6 and by_text[answer].x0 >= 220
    assert by_text["Rinkeby"].size == pytest.approx(10.0)  # 5 pt in a form space scaled by 2
    assert content.warnings == [f"sida 1: {ANNOTATION_WARNING}"]


def test_an_answer_both_typed_and_printed_is_read_once():
    assert words_of("typed-and-printed.pdf") == LABELS + ["Upprustning", "av", "torget"]


def test_the_committed_fixtures_are_the_generators_output():
    for name, make in FIXTURES.items():
        assert (VIEWER / name).read_bytes() == make(), name


def test_the_second_reader_reads_free_text_answers_too(monkeypatch):
    """pdfium (for a file pdfminer refuses) gives a FreeText's own text, not its appearance: the rich
    text and the plain /Contents are read, hidden, no-view, popup and link annotations are not."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    def refuse(*_args, **_kwargs):
        raise PDFSyntaxError("damaged")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    content = read_pdf(VIEWER / "typed-annotations.pdf")
    words = [w.text for w in content.pages[0].words]
    assert words == LABELS + ["Belysning", "vid", "Rinkebyåsen", "Rinkeby", "torg"]
    assert content.warnings[-1] == f"sida 1: {ANNOTATION_WARNING}"

"""Issue #12, sixteenth round: fields set several a row as items ("Label: answer   Label: answer"), an
item's answer wrapping under its own start or set on the line under its label, and bold labels closed
by a colon over plain answers. Pure steps on hand-made lines, then end to end on the fixture of
tests/fixturegen/item_rows.py (tests/data/item_rows, raw Helvetica PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.labels import is_label
from bilagor.extractor.layout.inlinepairs import part_inline_pairs
from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page
from factories import words
from layout_builders import BOLD, lay_as_extractor, summary

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.item_rows import FIXTURES  # noqa: E402

ROWS = Path(__file__).resolve().parents[2] / "data" / "item_rows"


def _runs(runs: list[tuple[str, float]], top: float, font: str = "Helvetica") -> Line:
    return Line(1, [w for text, x in runs for w in words(text, x, top, font=font)])


def test_a_row_of_inline_items_is_read_item_by_item_with_each_wrapped_share():
    row = _runs([("Namn på insats: Belysning vid torget", 60.0), ("Sökt belopp:", 330.0)], 100.0)
    wrapped = _runs([("2 100 000 kr", 330.0)], 113.0)
    got = part_inline_pairs([row, wrapped], is_label, tol=4.0)
    assert [(ln.text, round(ln.x0)) for ln in got] == [
        ("Namn på insats: Belysning vid torget", 60),
        ("Sökt belopp:", 60),
        ("2 100 000 kr", 60),
    ]


def test_two_labels_side_by_side_take_their_answers_from_the_line_under_them():
    row = _runs([("Kontaktperson:", 60.0), ("E-post:", 330.0)], 100.0)
    under = _runs([("Eva Ek, områdeschef", 60.0), ("eva.ek@stockholm.se", 330.0)], 113.0)
    got = part_inline_pairs([row, under], is_label, tol=4.0)
    assert [ln.text for ln in got] == ["Kontaktperson:", "Eva Ek, områdeschef", "E-post:", "eva.ek@stockholm.se"]


def test_prose_with_a_colon_after_a_word_space_or_an_unknown_label_stays_one_line():
    prose = _runs([("Namn på insats: Belysning, alltså följande: ljus", 60.0)], 100.0)
    unknown = _runs([("Namn på insats: Belysning", 60.0), ("Lampor: 12", 330.0)], 120.0)
    assert [ln.text for ln in part_inline_pairs([prose, unknown], is_label, tol=4.0)] == [prose.text, unknown.text]


def test_a_plain_answer_under_a_bold_label_with_a_colon_is_its_answer_and_wraps_there():
    ws = words("Bilaga 7 Ansökan om investeringsmedel", 60.0, 60.0, size=14.0, font=BOLD)
    ws += words("Namn på insats:", 60.0, 100.0, font=BOLD) + words("Belysning vid torget", 150.0, 100.0)
    ws += words("Sökt belopp:", 60.0, 126.0, font=BOLD) + words("2 100 000 kr", 60.0, 139.0)
    ws += words("Ev samverkan:", 60.0, 165.0, font=BOLD)
    ws += words("Polisen och AB Stockholmshem", 60.0, 178.0) + words("genom Trygg i Stockholm", 60.0, 191.0)
    ws += words("Telefon:", 60.0, 217.0, font=BOLD) + words("08-508 12 000", 110.0, 217.0)
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))}
    assert got["Sökt belopp:"] == "2 100 000 kr"
    assert got["Ev samverkan:"] == "Polisen och AB Stockholmshem genom Trygg i Stockholm"
    assert got["Telefon:"] == "08-508 12 000"


def test_the_committed_item_rows_are_the_generators_output():
    for name, make in FIXTURES.items():
        assert (ROWS / name).read_bytes() == make(), name


def test_a_form_of_item_rows_reads_every_field():
    record = extract_report(ROWS / "item-rows.pdf", entities=False).to_dict()
    assert sorted((s["key"], s["text"]) for s in record["sections"]) == [
        ("beskrivning", "Belysningen ska göra torget tryggare på kvällen."),
        ("epost", "eva.ek@stockholm.se"),
        ("insats", "Trygghetsbelysning vid Årsta torg"),
        ("kontaktperson", "Eva Ek, områdeschef"),
        ("samverkan", "Polisen och AB Stockholmshem genom Trygg i Stockholm"),
        ("sokande_namnd", "Södermalms stadsdelsnämnd"),
        ("sokt_belopp", "2 100 000 kr"),
        ("telefon", "08-508 12 000"),
    ]

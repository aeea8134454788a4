"""Issue #12, thirty-first round (h36/c-text2): a field framed as one ruled box, its label at the box's top (on a
grey band, or small in the top-left corner) over its answer a band's padding below. Hand-made words and rules."""

from __future__ import annotations

from bilagor.extractor.layout.boxedfields import in_label_box, opens_box
from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
TITLE = "Bilaga 5b Ansökan om investeringsmedel"
FIELDS = [
    ("Namn på insats", "Trygghetsbelysning Brommaplan"),
    ("Sökande nämnd", "Bromma stadsdelsnämnd"),
    # an answer a keyword reads as a label, under a known label
    ("Kontaktperson", "Erik Hassan, projektledare"),
    ("Telefon", "08-508 38 586"),
]
GAP = 19.0  # label top to answer top: a band and its padding, just over a wrapped line's pitch at 9.5 pt


def _boxed_page(framed: bool = True) -> Page:
    ws = words(TITLE, 50, 60, 14, BOLD)
    rules: list[tuple[float, float, float, float]] = []
    top = 100.0
    for label, answer in FIELDS:
        ws += words(label, 54, top + 2, 9.5)
        ws += words(answer, 54, top + 2 + GAP, 9.5)
        bottom = top + 2 + GAP + 14
        if framed:
            rules += [(50.0, top, 545.0, top), (50.0, bottom, 545.0, bottom)]
            rules += [(50.0, top, 50.0, bottom), (545.0, top, 545.0, bottom)]
        top = bottom + 10
    return Page(1, 595.0, 842.0, ws, rules=rules)


def test_an_answer_that_reads_as_a_label_stays_in_its_labels_box() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_boxed_page()]))]
    assert got == FIELDS


def test_the_box_is_the_evidence() -> None:
    page = _boxed_page()
    rules = {1: page.rules}
    label = Line(1, [w for w in page.words if w.text == "Kontaktperson"])
    answer = Line(1, [w for w in page.words if w.text in ("Erik", "Hassan,", "projektledare")])
    below = Line(1, [w for w in page.words if w.text == "Telefon"])
    assert opens_box(rules, label)
    assert in_label_box(rules, label, answer)
    assert not in_label_box(rules, label, below)  # the box's bottom rule between: the next field
    assert not in_label_box({1: []}, label, answer)  # no frame, no evidence

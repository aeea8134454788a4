"""Issue #12, eighth round: 'Label⇥answer' paragraphs (a Word document without tables). A label
wider than the tab stop pushes its answer on to the next tab stop, right of the answers' column:
a template label with a column gap after it is still a label beside its answer."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

LABEL_X, VALUE_X, NEXT_TAB = 62.0, 190.0, 218.0


def test_an_answer_pushed_to_the_next_tab_stop_by_a_long_label_is_its_answer():
    ws = list(TITLE)
    rows = [
        ("Projektnamn", VALUE_X, ["Ett levande Vällingby torg"]),
        ("Plats", VALUE_X, ["Vällingby torg, Hässelby-Vällingby"]),
        (
            "Projektets mål och syfte",
            NEXT_TAB,
            ["Målet är att torget ska kännas välkomnande och", "befolkat hela dagen."],
        ),
        ("Resultat", VALUE_X, ["Torget har fått nya bänkar och belysning."]),
    ]
    y = 110.0
    for label, x, values in rows:
        ws += words(label, LABEL_X, y, size=11.0)
        for i, text in enumerate(values):
            ws += words(text, x if i == 0 else VALUE_X, y + i * 14.7, size=11.0)
        y += len(values) * 14.7 + 20.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == [(label, " ".join(values)) for label, _, values in rows]

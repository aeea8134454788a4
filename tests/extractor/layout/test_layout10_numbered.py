"""Issue #12, tenth round: numbered labels in a label column ('2.3 Telefon' | '08-508 ...'). An empty
one ('3.2 Ev samverkan', no answer) stays in the column as its numbered neighbours do, so the rows
under it (a question label and its answer) are still label/value rows, not full-width text."""

from __future__ import annotations

from layout_builders import lay_as_extractor, summary, two_column


def test_an_empty_numbered_label_among_numbered_labels_in_the_column_is_no_heading():
    page = two_column(
        [
            (["2.3 Telefon"], ["08-508 98 311"], 0),
            (["3.1 E-post"], ["elin.lindqvist@stockholm.se"], 0),
            (["3.2 Ev samverkan"], [], 0),
            (["Kommer projektet att fortsätta?"], ["Ja, i mindre skala."], 0),
            (["Finns det en plan för drift och", "underhåll?"], ["Ja, parkenheten ansvarar för driften."], 0),
            (["4. Beskrivning (mål och syfte)"], ["Ett utegym ska locka fler att röra sig."], 0),
        ],
        size=8.0,  # labels in a smaller type, so the questions fit their column
    )
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got[2:5] == [
        ("3.2 Ev samverkan", ""),
        ("Kommer projektet att fortsätta?", "Ja, i mindre skala."),
        ("Finns det en plan för drift och underhåll?", "Ja, parkenheten ansvarar för driften."),
    ]

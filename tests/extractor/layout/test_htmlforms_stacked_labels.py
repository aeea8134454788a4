"""Labels standing alone above their answers, in body type (web forms printed by a browser,
definition lists): each label starts a block, its answer is the lines under it."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay, summary

INDENT = LABEL_X + 28  # a definition list's dd; a boxed answer sits a few points in


def _stacked(rows, indent: float = INDENT, top: float = 100.0) -> Page:
    ws, y = list(TITLE), top
    for label, answer in rows:
        ws += words(label, LABEL_X, y)
        y += 14
        for line in answer:
            ws += words(line, indent, y)
            y += 14
        y += 10
    return Page(1, 595.0, 842.0, ws)


def test_a_known_label_alone_above_its_answer_starts_a_block():
    page = _stacked(
        [
            ("Projektets namn:", ["Upprustning av Kista gård"]),
            ("Plats", ["Kista gård (Rinkeby-Kista stadsdelsnämnd)"]),
            ("Avvikelser:", ["Inga avvikelser."]),
        ]
    )
    assert summary(lay([page])) == [
        ("Projektets namn:", "Upprustning av Kista gård", 1),
        ("Plats", "Kista gård (Rinkeby-Kista stadsdelsnämnd)", 1),
        ("Avvikelser:", "Inga avvikelser.", 1),
    ]


def test_an_unknown_label_with_a_colon_starts_a_block_once_the_form_is_stacked():
    page = _stacked([("Plats:", ["Kista gård"]), ("Tidplan:", ["Arbetet började i mars."])], indent=LABEL_X + 4)
    assert summary(lay([page])) == [("Plats:", "Kista gård", 1), ("Tidplan:", "Arbetet började i mars.", 1)]


def test_an_email_under_a_stacked_label_is_its_answer_not_the_label_wrapped():
    page = _stacked(
        [("Kontaktperson", ["Anna Berg, trygghetssamordnare"]), ("E-post", ["anna.berg@stockholm.se"])],
        indent=LABEL_X + 4,
    )
    assert summary(lay([page]))[-1] == ("E-post", "anna.berg@stockholm.se", 1)

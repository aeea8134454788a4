"""Clean scans (twenty-seventh round, f-ocrlayout): guidance lines under a form's labels on an OCR'd page. No font
names, so no italics: a line in small type right under a known label, with its answer in the body's size under it,
is help, neither the label's nor the answer's; small answers under each label stay."""

from __future__ import annotations

from bilagor.extractor.layout.guidance import strip_guidance
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay, summary

BODY, HELP = 11.3, 8.3  # OCR sizes: a 10 pt body measured a little large, 8 pt help lines
ROWS = [
    ("Kontaktperson", "Skriv namn och roll i projektet.", "Maria Olsson, fältassistent"),
    ("Telefon", "Helst ett direktnummer.", "08-508 11 222"),
    ("Sökt belopp", "Belopp i kronor utan moms.", "310 000 kr"),
]


def _scan_page(helps: bool = True) -> Page:
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 56, 60, size=15.0, font="")
    y = 110.0
    for label, guide, answer in ROWS:
        ws += words(label, 56, y, size=BODY, font="")
        if helps:
            y += 13
            ws += words(guide, 56, y, size=HELP, font="")
        y += 14
        ws += words(answer, 74, y, size=BODY, font="")
        y += 26
    return Page(1, 595.0, 842.0, ws, [])


def test_help_lines_under_known_labels_on_a_scan_are_neither_labels_nor_answers():
    assert summary(lay([_scan_page()])) == summary(lay([_scan_page(helps=False)]))
    assert [text for _, text, _ in summary(lay([_scan_page()]))][:2] == ["Maria Olsson, fältassistent", "08-508 11 222"]


def test_small_answers_under_each_label_on_a_scan_stay():
    ws = []
    for k, (label, _, answer) in enumerate(ROWS):
        ws += words(label, 56, 100 + 40 * k, size=BODY, font="")
        ws += words(answer, 56, 113 + 40 * k, size=HELP, font="")
    lines = group_lines(Page(1, 595.0, 842.0, ws))
    assert strip_guidance([lines], BODY, DEFAULT_SETTINGS, lambda text: text in {r[0] for r in ROWS}) == [lines]

"""Guidance lines under or beside a form's labels (issue #12, twenty-fifth round): each bold label is followed by
a line of help in smaller grey italics, then the answer indented behind a bar. The help line is neither the
label's nor the answer's."""

from __future__ import annotations

from bilagor.extractor.layout.guidance import is_italic, strip_guidance
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import TITLE, lay, summary

BOLD, ITALIC, HELP, BODY = "Helvetica-Bold", "Helvetica-Oblique", 8.5, 10.5


def _help_page(beside: bool = False) -> Page:
    ws = list(TITLE)
    y = 100.0
    rows = [
        ("Namn på insats", "Ett namn eller en kort beskrivning räcker.", ["Belysning i Rinkebyparken"]),
        ("Sökt belopp", "Ange beloppet i hela kronor.", ["450 000"]),
        (
            "Syfte och mål",
            "Beskriv kort och tydligt.",
            ["Parken ska kännas trygg även på kvällen, när", "de boende går hem från tunnelbanan."],
        ),
    ]
    for label, guide, answer in rows:
        ws += words(label, 70, y, size=BODY, font=BOLD)
        if beside:
            ws += words(guide, 70 + 0.5 * BODY * len(label) + 20, y + 1.5, size=HELP, font=ITALIC)
        else:
            y += 12
            ws += words(guide, 70, y, size=HELP, font=ITALIC)
        for line in answer:
            y += 14
            ws += words(line, 84, y, size=BODY)
        y += 24
    return Page(1, 595.0, 842.0, ws, [(72, 120, 72, 160)])


EXPECTED = [
    ("Namn på insats", "Belysning i Rinkebyparken", 1),
    ("Sökt belopp", "450 000", 1),
    ("Syfte och mål", "Parken ska kännas trygg även på kvällen, när de boende går hem från tunnelbanan.", 1),
]


def test_help_lines_under_labels_are_neither_labels_nor_answers():
    assert summary(lay([_help_page()])) == EXPECTED


def test_help_runs_beside_labels_are_cut_off_the_label():
    assert summary(lay([_help_page(beside=True)])) == EXPECTED


def test_a_guidance_line_wrapped_onto_a_second_line_goes_whole():
    page = _help_page()
    extra = words("vilka som deltog och vad det kostade.", 70, 0, size=HELP, font=ITALIC)
    # Set the wrapped guidance line under the third label's guidance line, the answer moved down a line.
    guide = next(w for w in page.words if w.text == "tydligt.")
    low = [w for w in page.words if w.top > guide.top]
    moved = [type(w)(w.text, w.x0, w.x1, w.top + 11, w.bottom + 11, w.fontname, w.size) for w in low]
    tail = [type(w)(w.text, w.x0, w.x1, guide.top + 11, guide.top + 11 + HELP, w.fontname, w.size) for w in extra]
    wrapped = Page(1, page.width, page.height, [w for w in page.words if w.top <= guide.top] + tail + moved, [])
    assert summary(lay([wrapped])) == EXPECTED


def test_one_small_italic_line_is_no_guidance():
    # A single note in small italics under a heading proves nothing: it stays.
    lines = group_lines(
        Page(
            1,
            595.0,
            842.0,
            words("Bakgrund", 70, 100, size=BODY, font=BOLD) + words("Se bilaga.", 70, 112, size=HELP, font=ITALIC),
        )
    )
    assert strip_guidance([lines], BODY, DEFAULT_SETTINGS) == [lines]


def test_answers_in_small_italics_are_not_guidance():
    # Small italic lines under answer lines as well as under labels: the answers are set so, nothing is cut.
    ws = []
    for k, label in enumerate(("Plats", "Syfte", "Resultat")):
        top = 100 + k * 60
        ws += words(label, 70, top, size=BODY, font=BOLD)
        ws += words("Första raden av svaret", 70, top + 12, size=HELP, font=ITALIC)
        ws += words("andra raden av svaret", 70, top + 22, size=HELP, font=ITALIC)
        ws += words("tredje raden av svaret", 70, top + 32, size=HELP, font=ITALIC)
    lines = group_lines(Page(1, 595.0, 842.0, ws))
    assert strip_guidance([lines], BODY, DEFAULT_SETTINGS) == [lines]


def test_italic_faces_are_told_by_their_names():
    faces = ("Helvetica-Oblique", "Times-Italic", "Arial,Italic", "ABCDEF+MinionPro-It", "CMTI10")
    assert all(is_italic(Word("x", 0, 1, 0, 1, f, 9)) for f in faces)
    assert not any(
        is_italic(Word("x", 0, 1, 0, 1, f, 9)) for f in ("Helvetica", "Times-Bold", "Courier", "Italia-Sans")
    )

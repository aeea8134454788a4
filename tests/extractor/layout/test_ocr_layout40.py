"""Issue #12, thirty-fifth round (h40/f-ocrlayout): the thirty-fourth forms' layouts on OCR'd pages. Hand-made
words (no font name, as Tesseract's) and rules as a scan's rule finder gives them.

- Three label/answer columns on a landscape page: a scan's column rules come back in pieces (gaps where the ink
  paled or the page bent), none tall enough to part columns, so the page read across its three columns.
- Labels only as numbered footnotes: Tesseract reads neither the raised markers nor the footnotes' own numbers,
  so nothing paired the answers with their labels and the page read as one preamble.
"""

from __future__ import annotations

from bilagor.extractor.layout.ocrfootnotes import read_unnumbered_footnotes
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 8.6
COLUMNS = [
    [("Namn på insats", "Belysning i gångtunneln"), ("Sökt belopp", "1 200 000 kr"), ("Telefon", "08-508 12 345")],
    [("Kontaktperson", "Anna Berg, samordnare"), ("Plats", "Husby torg i Järva"), ("E-post", "anna.berg@example.se")],
    [("Resultat", "Tunneln upplevs som tryggare"), ("Avvikelser", "Inga avvikelser"), ("Bilder före", "Se diariet")],
]


def _ocr(ws: list[Word]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, "", w.size) for w in ws]


def _triples_page(pieces: bool) -> Page:
    ws = _ocr(words("Ansökan om investeringsmedel för trygghetsskapande åtgärder", 36, 40, 13.0))
    lefts = [36.0, 306.0, 576.0]
    for x, column in zip(lefts, COLUMNS):
        top = 80.0
        for label, answer in column:
            ws += _ocr(words(label, x, top, SIZE))
            ws += _ocr(words(answer, x + 80, top, SIZE))
            top += 60.0
    rules = []
    for x in (296.0, 566.0):
        if pieces:  # the rule's pieces, each shorter than a third of the page, gaps between them
            rules += [(x, 64.0, x + 0.8, 140.0), (x + 0.4, 143.0, x + 1.2, 218.0), (x + 0.6, 226.0, x + 1.4, 300.0)]
            rules += [
                (x + 0.8, 305.0, x + 1.6, 372.0),
                (x + 0.8, 381.0, x + 1.6, 446.0),
                (x + 1.0, 464.0, x + 1.8, 512.0),
            ]
        else:
            rules.append((x, 64.0, x + 0.8, 512.0))
    return Page(1, 842.0, 595.0, ws, rules=rules)


def test_ocr_column_rules_in_pieces_part_three_columns_of_pairs() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_triples_page(True)]))]
    assert got == [pair for column in COLUMNS for pair in column]


def test_ocr_whole_column_rules_read_as_before() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_triples_page(False)]))]
    assert got == [pair for column in COLUMNS for pair in column]


BODY = 11.3
NOTE = 9.0
ANSWERS = [
    ["Konst i gångtunneln vid Husby torg"],
    ["Husby torg i Järva"],
    ["Pengarna går till målningar på gångtunnelns väggar gjorda tillsammans", "med skolans elever."],
    [
        "Ingen bil har kört upp på torget sedan pollarna sattes upp. Arbetet har",
        "gjorts i samarbete med Nattvandrarna.",
    ],
    ["Fotografier finns i diariet."],
]
NOTES = ["Projektets namn", "Plats", "Syfte och mål", "Resultat", "Bilder före", "Bilder efter"]


def _footnote_page(misread: str = "Plats", font: str = "") -> Page:
    def line(text: str, x: float, top: float, size: float) -> list[Word]:
        return [Word(w.text, w.x0, w.x1, w.top, w.bottom, font, w.size) for w in words(text, x, top, size)]

    ws = line("Bilaga 5 Uppföljning trygghetsinvestering", 57, 88, 14.9)
    top = 120.0
    for k, answer in enumerate(ANSWERS):
        for text in answer:
            ws += line(text, 69, top, BODY)
            top += 13.5
        if k == 2:  # the stage marker after its field, in the answers' column
            ws += line("Slutredovisning", 69, top + 3.5, BODY)
            top += 17.0
        top += 10.0  # the field gap (each answer's marker lost with Tesseract's small print)
    top = 693.0
    for text in NOTES:
        ws += line(misread if text == "Plats" else text, 65, top, NOTE)
        top += 10.8
    ws += line("Sida 1 av 1", 497, 798, NOTE)
    return Page(1, 595.0, 842.0, ws, rules=[(57.0, 686.0, 177.0, 686.5)])


def test_ocr_footnotes_without_numbers_pair_with_the_answers_in_turn() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_footnote_page()]))]
    answers = [" ".join(a) for a in ANSWERS]
    assert got == [*zip(NOTES[:5], answers), ("Bilder efter", "")]


def test_ocr_footnotes_one_misread_still_pair() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_footnote_page("Piats")]))]
    assert [text for _, text in got] == [*(" ".join(a) for a in ANSWERS), ""]
    assert got[0][0] == "Projektets namn" and got[2][0] == "Syfte och mål"


def test_text_layer_footnotes_are_left_to_the_numbered_reading() -> None:
    page = _footnote_page(font="Helvetica")
    lines = [[]]  # a text layer is never paired by order: the function gives its input back
    assert read_unnumbered_footnotes([page], lines, BODY, lines, lambda t: True, lambda t: None, lambda t: True) == (
        [page],
        lines,
        [],
    )


def test_ocr_small_labels_at_the_foot_of_a_letter_do_not_take_its_text() -> None:
    """A letter's two paragraphs over a foot of small known labels (a contact column, no answers): more
    footnotes left than a form leaves empty, so nothing is paired."""
    ws = _ocr(words("Bilaga 5 Uppföljning trygghetsinvestering", 57, 88, 14.9))
    letter = [
        "Vi bifogar här uppföljningen av projektet som nämnden beslutade om i",
        "våras.",
        "",
        "Med vänlig hälsning",
    ]
    for k, text in enumerate(letter):
        ws += _ocr(words(text, 69, 130 + 13.5 * k, BODY))  # two paragraphs, a blank line between
    for k, text in enumerate(["Kontaktperson", "Telefon", "E-post", "Plats", "Resultat"]):
        ws += _ocr(words(text, 65, 700 + 10.8 * k, NOTE))
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws)])
    assert not any(b.label == "Kontaktperson" and "bifogar" in " ".join(b.lines) for b in layout.blocks)

"""Two-page spreads on scans (issue #12, thirty-sixth round, h41/f-ocrlayout): each sheet of a spread scanned on its
own, so the answers' page stands a few points up or down against its labels' page; OCR boxes a garbled bold label
with the rule above it; a long label wraps on the column's edge; a staple's ink on the answers' page is read as
letters; and the joined page's title keeps its dash though its other lines start further in."""

from __future__ import annotations

import pytest

from bilagor.extractor.layout.boxsides import without_box_sides
from bilagor.extractor.layout.sidetabs import without_turned_words
from bilagor.extractor.layout.spreads import join_facing_spreads
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 11.0
W, H = 595.0, 842.0
PITCH = 28.0  # a field's pitch on the form: every answer one line, a rule's gap between fields
FIELDS = [
    ("Namn på insats", "Utegym vid Mariatorget"),
    ("Sökt belopp", "220 000 kr"),
    ("Sökande nämnd", "Södermalms stadsdelsnämnd"),
    ("Kontaktperson", "Elin Lindqvist, enhetschef"),
    ("Telefon", "08-508 12 345"),
    ("E-post", "elin.lindqvist@stockholm.se"),
    ("Ev samverkan", "polisen och Svenska Bostäder"),
]
LONG = ("Beskrivning av eventuella avvikelser i projektets genomförande", "Inga avvikelser.")


def _ocr(text: str, x: float, top: float, size: float = SIZE) -> list[Word]:
    """Words as Tesseract gives them: no font name."""
    return words(text, x, top, size, font="")


def _right_aligned(text: str, right: float, top: float) -> list[Word]:
    ws = _ocr(text, 0.0, top)
    dx = right - ws[-1].x1
    return [Word(w.text, w.x0 + dx, w.x1 + dx, w.top, w.bottom, w.fontname, w.size) for w in ws]


def _scanned_spread(shift: float, fields: list[tuple[str, str]] = FIELDS, raised: int = 0) -> list[Page]:
    """The labels' page (title, labels right-aligned at the spine) and the answers' page standing `shift` pt lower;
    the first `raised` labels boxed 10 pt taller upwards (a garbled bold word read with the rule above it)."""
    left = _ocr("Bilaga 5b Dnr 1.3.2-405-2024", 56, 40, 8) + _ocr("Bilaga 5b Ansökan om investeringsmedel", 56, 86, 16)
    right = _ocr("Bilaga 5b Dnr 1.3.2-405-2024", 56, 40 + shift, 8)
    top = 140.0
    for k, (label, answer) in enumerate(fields):
        ws = _right_aligned(label, 539, top)
        if k < raised:
            ws = [Word(w.text, w.x0, w.x1, w.top - 10, w.bottom, "", w.size) for w in ws]
        left += ws
        right += _ocr(answer, 56, top + shift)
        top += PITCH
    return [Page(1, W, H, left), Page(2, W, H, right)]


def _pairs(pages: list[Page]) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in summary(lay_as_extractor(pages))]


@pytest.mark.parametrize("shift", [12.5, -12.5, 9.0])
def test_a_spreads_answers_page_scanned_apart_meets_its_labels(shift: float) -> None:
    joined = join_facing_spreads(_scanned_spread(shift))
    assert len(joined) == 1
    got = _pairs(joined)
    assert got[-len(FIELDS) :] == FIELDS  # each label its own answer, not its neighbour's a row off


def test_labels_boxed_taller_by_ocr_meet_their_answers_by_their_foot() -> None:
    got = _pairs(_scanned_spread(0.0, raised=5))
    assert got[-len(FIELDS) :] == FIELDS


def test_a_long_label_on_the_column_edge_is_the_columns() -> None:
    pages = _scanned_spread(12.0, [*FIELDS[:3], LONG])
    assert len(join_facing_spreads(pages)) == 1
    assert _pairs(pages)[-4:] == [*FIELDS[:3], LONG]


def test_a_staples_ink_above_the_answers_is_no_line_of_the_joined_page() -> None:
    pages = _scanned_spread(-12.0)
    pages[1].words.append(Word("SZ", 41, 63, 16, 35, "", 28.8))  # the staple over the answers' page's corner
    joined = join_facing_spreads(pages)
    assert "SZ" not in [w.text for w in joined[0].words]
    assert _pairs(pages)[-len(FIELDS) :] == FIELDS


def test_a_typed_spread_is_joined_at_its_own_heights_only() -> None:
    # a text layer's pages share their heights: a page of bold right-aligned lines whose answers stand a line's
    # height off is no spread there
    pages = _scanned_spread(12.5)
    typed = [
        Page(p.number, p.width, p.height, [Word(w.text, w.x0, w.x1, w.top, w.bottom, f, w.size) for w in p.words])
        for p, f in ((pages[0], "Helvetica-Bold"), (pages[1], "Helvetica"))
    ]
    assert join_facing_spreads(typed) is typed


def test_a_titles_dash_is_no_margin_mark_where_the_other_lines_start_further_in() -> None:
    ws = _ocr("Bilaga 5 - Uppföljning trygghetsinvestering", 56, 80, 15)
    for k in range(30):  # a joined spread's page: labels at 172, answers further right
        ws += _ocr("Beskrivning av slutresultat", 172, 120 + 14 * k) + _ocr("svaret går vidare här", 555, 120 + 14 * k)
    ws.append(Word("-", 20, 24, 300, 310, "", SIZE))  # a pencil mark out in the margin
    kept = without_turned_words(Page(1, 1100, H, ws)).words
    assert [w.text for w in kept if w.text == "-"] == ["-"]
    assert any(w.text == "-" and w.x0 > 56 for w in kept)


# --- a rounded box's sides read as letters (boxsides.py)


def _boxed_form(sides: bool, lined: bool = False) -> Page:
    """Labels in boxes 61-181 pt wide (their top and bottom edges found as rules), answers 14 pt right of the box;
    `sides`: Tesseract's letters for the box's sides, outside its edges; `lined`: a rule across between the edges."""
    ws = _ocr("Bilaga 5 Uppföljning trygghetsinvestering", 56, 60, 15)
    rules: list[tuple[float, float, float, float]] = []
    top = 100.0
    for label, answer in (("Ekonomisk redovisning", "Budgeten för 2018 var 1,5 MSEK."), ("Bilder före", "")):
        rules += [(61.4, top - 8, 181.0, top - 7.6), (61.0, top + 16, 181.4, top + 16.4)]
        if lined:
            rules += [(40.0, top + 4, 560.0, top + 4.4), (40.0, top + 24, 560.0, top + 24.4)]
        ws += _ocr(label, 66, top)
        if answer:
            ws += _ocr(answer, 195, top)
        if sides:
            ws += [
                Word("pa", 56.6, 61.4, top - 2, top + 4, "", SIZE),
                Word("d", 181.7, 186.0, top + 6, top + 12, "", SIZE),
            ]
        top += 40
    ws += _ocr("Budgeten för 2018 var 1,5 MSEK.", 61.4, 200)  # text starting at a rule's end is no side: kept
    rules.append((61.4, 195, 181.0, 195.4))
    return Page(1, W, H, ws, rules=rules)


def test_a_rounded_boxs_sides_read_as_letters_are_no_words() -> None:
    clean = [w.text for w in without_box_sides(_boxed_form(False)).words]
    got = [w.text for w in without_box_sides(_boxed_form(True)).words]
    assert got == clean
    pairs = _pairs([_boxed_form(True)])
    assert ("Ekonomisk redovisning", "Budgeten för 2018 var 1,5 MSEK.") in pairs
    texts = " ".join(f"{label} {text}" for label, text in pairs).split()
    assert "pa" not in texts and "d" not in texts  # no side read into a label or an answer ('Bilder före d')


def test_letters_beside_lined_papers_rules_and_a_text_layers_words_are_kept() -> None:
    lined = _boxed_form(True, lined=True)
    assert without_box_sides(lined).words == lined.words
    typed = _boxed_form(True)
    typed = Page(1, W, H, [Word(w.text, w.x0, w.x1, w.top, w.bottom, "Helvetica", w.size) for w in typed.words],
                 rules=typed.rules)  # fmt: skip
    assert without_box_sides(typed) is typed


# --- lined paper on a scan: a label alone on its line over an answer opening in lower case (walker)


def _lined_form(fields: list[tuple[str, list[str]]]) -> Page:
    """A scan of a lined form: the title, then each label on a line of its own at the margin, its answer's lines
    under it, one empty ruled line between fields (13 pt a line)."""
    ws = _ocr("Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", 47, 63, 12)
    top = 90.0
    for label, answer in fields:
        ws += _ocr(label, 47, top, 10)
        for line in answer:
            top += 13
            ws += _ocr(line, 47, top, 10)
        top += 26
    return Page(1, W, H, ws)


FORM = [
    ("Namn på insats", ["Öppnare busshållplats i Vasaparken"]),
    ("Kontaktperson", ["Dragan Hedlund"]),
    ("Ev samverkan", ["idrottsförvaltningen och Svenska Bostäder"]),
    ("1. Beskrivning (mål och syfte)", ["Målet är att fler ska röra sig i området under den mörka delen av året."]),
]


def test_a_known_labels_answer_opening_in_lower_case_is_no_wrapped_tail() -> None:
    got = _pairs([_lined_form(FORM)])
    assert ("Ev samverkan", "idrottsförvaltningen och Svenska Bostäder") in got


def test_a_long_labels_wrapped_tail_still_joins_it() -> None:
    wrapped = [
        *FORM[:2],
        (
            "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens",
            ["behov av trygghetsskapande åtgärd", "Fler rör sig i parken på kvällen."],
        ),
    ]
    got = _pairs([_lined_form(wrapped)])
    label = (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd"
    )
    assert (label, "Fler rör sig i parken på kvällen.") in got


# --- question labels run in after a dash on a scan: the dash read twice, or lost (questiondash)


def _gapped(text: str, x: float, top: float, gap_after: str, gap: float) -> list[Word]:
    """OCR words of a line, the words after `gap_after` moved `gap` pt further right (a lost dash's room)."""
    ws = _ocr(text, x, top, 10)
    k = next(i for i, w in enumerate(ws) if w.text == gap_after) + 1
    return ws[:k] + [Word(w.text, w.x0 + gap, w.x1 + gap, w.top, w.bottom, "", w.size) for w in ws[k:]]


def _question_form(second: list[Word]) -> Page:
    ws = _ocr("Bilaga 7 Uppföljning klimatinvestering", 56, 87, 15)
    ws += _ocr("Projektets namn? - Öppnare busshållplats vid Liljeholmstorget", 56, 118, 10)
    ws += _ocr("Syfte och mål? - Medlen används till en glasad väntkur.", 56, 144, 10)
    ws += second
    ws += _ocr("Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter? - Budgeten", 56, 230)
    ws += _ocr("för 2016 var 4,2 MSEK.", 56, 243, 10)
    return Page(1, W, H, ws)


AVVIKELSER = "Beskrivning av eventuella avvikelser i projektets genomförande"


@pytest.mark.parametrize(
    "second",
    [
        _ocr(f"{AVVIKELSER}? -- Det var svårt att rekrytera.", 56, 190, 10),  # the dash read twice, glued
        _ocr(f"{AVVIKELSER}? - - Det var svårt att rekrytera.", 56, 190, 10),  # read twice, apart (read so before too)
        _gapped(f"{AVVIKELSER}? Det var svårt att rekrytera.", 56, 190, "genomförande?", 10.0),  # lost
    ],
)
def test_a_question_labels_dash_read_twice_or_lost_still_closes_it(second: list[Word]) -> None:
    got = dict(_pairs([_question_form(second)]))
    assert got[f"{AVVIKELSER}:"] == "Det var svårt att rekrytera."


def test_a_question_in_an_answers_prose_opens_no_label() -> None:
    prose = _ocr("Varför? Det var svårt att rekrytera trygghetsvärdar i juli.", 56, 190, 10)
    got = _pairs([_question_form(prose)])
    assert not any(label.startswith("Varför") for label, _ in got)
    assert any("Varför? Det var svårt" in text for _, text in got)

"""Issue #12, f-ocrlayout (twentieth round): OCR'd lines made into the wrong labels and answers on the nineteenth
forms set's image families (dev half: h19-028 a known label parted from its answer by a column gap on a page with
no value column, read as one heading with the next heading as its answer; h19-060 a two-word answer in the label
column, 'Se fotobilagan.', read as a label of its own; burned h18-020 a header row of two pairs wrapped under
its cells on a page of headed sections).  Hand-made OCR pages (no font names, sizes as OCR measures
them), with label and answer texts of their own."""

from __future__ import annotations

from bilagor.extractor.labels import is_label
from bilagor.extractor.layout.gaprows import part_gap_rows
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.runin import label_before_gap
from bilagor.extractor.words import Page, Word

from factories import words
from layout_builders import lay_as_extractor, summary

X = 40.0
SIZE = 8.6


def _ocr(text: str, x: float, top: float) -> list[Word]:
    return words(text, x, top, size=SIZE, font="")


def _page(lines: list[list[Word]], width: float = 420.0) -> Page:
    return Page(1, width, 595.0, [w for line in lines for w in line])


def test_a_known_label_opening_a_line_before_a_column_gap_is_run_in_with_its_answer():
    row = _ocr("Plats", X, 100.0) + _ocr("Norra torget, Spånga-Tensta stadsdelsnämnd", X + 75.0, 100.0)
    assert label_before_gap(row, is_label) == 1


def test_a_label_read_a_letter_off_before_the_gap_counts():
    row = _ocr("Projektnarnn", X, 100.0) + _ocr("Ljus i Vintertullen", X + 90.0, 100.0)
    assert label_before_gap(row, is_label) == 1


def test_prose_and_words_before_a_gap_that_are_no_label_are_not_split():
    assert label_before_gap(_ocr("Platsen har fått ny belysning längs hela stråket.", X, 100.0), is_label) == 0
    unknown = _ocr("Gamla bryggan", X, 100.0) + _ocr("Revs under våren", X + 90.0, 100.0)
    assert label_before_gap(unknown, is_label) == 0
    # the first wide gap decides: a label further on in a line is not looked for
    late = _ocr("Arbetet pågick", X, 100.0) + _ocr("Plats", X + 90.0, 100.0) + _ocr("Torget", X + 150.0, 100.0)
    assert label_before_gap(late, is_label) == 0


def test_specks_beside_a_heading_are_no_answer_run_in_with_it():
    heading = _ocr("Syfte och mål", X, 100.0) + _ocr("o Ez SIA", X + 140.0, 100.0)
    assert label_before_gap(heading, is_label) == 0


def _headed_page() -> Page:
    """A traffic office's scan: the title, one row of a small table ('Plats' ⇥ answer), then headings
    with their answers set in under them."""
    return _page(
        [
            _ocr("Ny belysning vid Norra torget. Slutredovisning", X, 60.0),
            _ocr("Plats", X + 2.0, 85.0) + _ocr("Norra torget, Spånga-Tensta stadsdelsnämnd", X + 75.0, 85.0),
            _ocr("Förutsättningar", X, 109.0),
            _ocr("Torget var mörkt och lamporna ofta trasiga.", X + 6.0, 121.5),
            _ocr("Syfte och mål", X, 139.0),
            _ocr("Fler ska vilja korsa torget även kvällstid.", X + 6.0, 151.5),
        ]
    )


def test_a_row_of_a_small_table_on_a_scan_is_a_label_and_its_answer_and_the_next_heading_stands_alone():
    blocks = summary(lay_as_extractor([_headed_page()]))
    assert [(label, text) for label, text, _ in blocks] == [
        ("Plats", "Norra torget, Spånga-Tensta stadsdelsnämnd"),
        ("Förutsättningar", "Torget var mörkt och lamporna ofta trasiga."),
        ("Syfte och mål", "Fler ska vilja korsa torget även kvällstid."),
    ]


def _tabled_page(answer: str) -> Page:
    """A scan with a two-column table on top (so the page has a value column) and headings below it whose
    answers are set in under them in the label column; the last answer is `answer`."""
    value_x = X + 75.0
    return _page(
        [
            _ocr("Bilaga 3 - Uppföljning trygghetsinvestering", X, 60.0),
            _ocr("Projektnamn", X, 86.0) + _ocr("Ljus i Vintertullen", value_x, 86.0),
            _ocr("Plats", X, 100.0) + _ocr("Vintertullstorget, Södermalm", value_x, 100.0),
            _ocr("Kontaktperson", X, 114.0) + _ocr("Sara Lind, enhetschef", value_x, 114.0),
            _ocr("Resultat", X, 140.0),
            _ocr("Torget är ljust och fler rör sig där om kvällarna, enligt den senaste enkäten.", X + 5.0, 153.0),
            _ocr("Bilder före", X, 180.0),
            _ocr(answer, X + 5.0, 193.5),
            _ocr("Bilder efter", X, 220.0),
            _ocr("Bilderna visas i en egen bilaga till rapporten.", X + 5.0, 233.5),
        ]
    )


def test_a_two_word_sentence_under_a_label_in_the_label_column_is_its_answer():
    blocks = summary(lay_as_extractor([_tabled_page("Se bildbilagan.")]))
    assert [(label, text) for label, text, _ in blocks][-2:] == [
        ("Bilder före", "Se bildbilagan."),
        ("Bilder efter", "Bilderna visas i en egen bilaga till rapporten."),
    ]


def _header_row_page() -> Page:
    """A scan's header row of two pairs, the second label and its answer wrapped under their own starts
    ('Geografisk plats' / 'för investering'), the first answer running up close to the second label, then
    headed sections in 11.8 pt (as OCR measures it) whose answers are set in: no value column on the page."""

    def ocr(text: str, x: float, top: float) -> list[Word]:
        return words(text, x, top, size=11.8, font="")

    return _page(
        [
            ocr("Bilaga 7 - Uppföljning klimatinvestering", 55.0, 85.0),
            ocr("Projektnamn", 58.0, 119.0)
            + ocr("Gröna gårdar", 161.0, 119.0)
            + ocr("Geografisk plats", 260.0, 119.0)
            + ocr("Rinkebystråket", 404.0, 119.0),
            ocr("för investering", 260.0, 132.5) + ocr("(Rinkeby-Kista)", 404.0, 132.5),
            ocr("Projektets mål och syfte", 54.0, 161.0),
            ocr("Gårdarna ska bli gröna och trygga att vistas på även kvällstid.", 62.6, 179.5),
            ocr("Resultat", 54.0, 205.0),
            ocr("Fler boende använder nu gårdarna om kvällarna enligt enkäten.", 62.6, 223.0),
        ],
        width=595.0,
    )


def test_a_scanned_header_row_of_two_pairs_wrapped_under_their_cells_is_read_pair_by_pair():
    blocks = summary(lay_as_extractor([_header_row_page()]))
    assert [(label, text) for label, text, _ in blocks] == [
        ("Projektnamn", "Gröna gårdar"),
        ("Geografisk plats för investering", "Rinkebystråket (Rinkeby-Kista)"),
        ("Projektets mål och syfte", "Gårdarna ska bli gröna och trygga att vistas på även kvällstid."),
        ("Resultat", "Fler boende använder nu gårdarna om kvällarna enligt enkäten."),
    ]


def test_a_row_whose_cells_are_not_label_and_answer_is_left_whole():
    row = Line(
        1, _ocr("Projektnamn", X, 90.0) + _ocr("Gröna gårdar", X + 90.0, 90.0) + _ocr("i Rinkeby", X + 240.0, 90.0)
    )
    wrapped = Line(1, _ocr("och Husby", X + 240.0, 102.5))
    assert part_gap_rows([row, wrapped], {1: None}, is_label, 3.0) == [row, wrapped]


def test_a_row_on_a_page_with_a_value_column_is_left_to_it():
    row = Line(1, _ocr("Projektnamn", X, 90.0) + _ocr("Gröna gårdar", X + 90.0, 90.0))
    wrapped = Line(1, _ocr("i Rinkeby", X + 90.0, 102.5))
    assert part_gap_rows([row, wrapped], {1: X + 88.0}, is_label, 3.0) == [row, wrapped]
    assert [ln.text for ln in part_gap_rows([row, wrapped], {1: None}, is_label, 3.0)] == [
        "Projektnamn Gröna gårdar i Rinkeby"
    ]

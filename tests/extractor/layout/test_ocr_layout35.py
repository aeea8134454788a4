"""Issue #12, thirtieth round (h35/f-ocrlayout): the twenty-ninth forms' layouts on OCR'd pages. OCR words (no
font name, sizes from the ink) made by the test: a side tab's turned heading, a table's upright rule read as
letters, "Label: answer" pairs two a row whose answers wrap under their own labels, a folio "- 1 -" whose figure
OCR lost."""

from __future__ import annotations

from bilagor.extractor.layout.grid import Grid, _HeaderRow, _row_pair_by_pair, pair_runs, unfold_grids
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ocr_footer import misread_page_number
from bilagor.extractor.layout.rulelabels import centred_on_rule
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.sidetabs import without_turned_words
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0


def _ocr(text: str, x: float, top: float, size: float = SIZE) -> list[Word]:
    """Words as Tesseract gives them: no font name."""
    return words(text, x, top, size, font="")


def _tall(text: str, x: float, top: float, height: float) -> Word:
    """A turned word read upright: 5 pt wide, `height` tall."""
    return Word(text, x, x + 5.0, top, top + height, "", height)


def _page(ws: list[Word]) -> Page:
    return Page(1, 595.0, 842.0, ws)


def test_a_side_tabs_turned_heading_is_no_word_of_the_lines_beside_it() -> None:
    ws = [
        *_ocr("Bilaga 7 Uppföljning klimatinvestering", 57, 90, 14),
        *_ocr("Projektets namn", 57, 150),
        *_ocr("Trygghetsvandringar med boende", 260, 150),
        _tall("Del", 32, 150, 54),
        _tall("Insatsen", 33, 150, 54),
        Word("Syfte", 32, 39, 190, 328, "", 138),  # wider than a letter's height, but twenty times as tall
        Word("E", 32, 37, 176, 188, "", 12),  # a piece of the tab read as a letter, under the turned words' x
        *_ocr("Geografisk plats för investering", 57, 176),
        *_ocr("Tessinparken i Östermalm", 260, 176),
        *_ocr("Syfte och mål", 57, 200),
        *_ocr("Pengarna avser trygghetsvandringar med boende.", 260, 200),
    ]
    kept = [w.text for w in without_turned_words(_page(ws)).words]
    assert "Del" not in kept and "Insatsen" not in kept and "E" not in kept
    assert kept.count("Projektets") == 1 and "Tessinparken" in kept and kept.count("Syfte") == 1
    got = summary(lay_as_extractor([_page(ws)]))
    assert ("Projektets namn", "Trygghetsvandringar med boende", 1) in got
    assert ("Geografisk plats för investering", "Tessinparken i Östermalm", 1) in got


def test_a_tall_figure_and_a_text_layers_words_are_kept() -> None:
    figure = Word("1", 57, 62, 100, 140, "", 40)  # a big step number, upright
    ws = [figure, *_ocr("Projektets namn", 70, 120), *_ocr("Syfte och mål", 70, 140), *_ocr("Resultat", 70, 160)]
    assert figure in without_turned_words(_page(ws)).words
    # A noisy scan's box round an upright word may be twice the type's height: "tkr" 10 pt wide, 27 tall; and an
    # upright "i" as tall within the text is no tab's letter either.
    noisy = [Word("tkr", 230, 240, 150, 177, "", 27), Word("i", 233, 234, 170, 188, "", 18)]
    assert all(w in without_turned_words(_page(ws + noisy)).words for w in noisy)
    texts = [Word("Del", 32, 37, 150, 204, "Helvetica-Bold", 10), *words("Projektets namn", 57, 150)]
    assert without_turned_words(_page(texts)).words == texts


def test_an_upright_rule_read_as_letters_is_no_word() -> None:
    rule = [Word(c, 245.3, 246.3, top, top + 11, "", 11) for c, top in (("]", 130), ("I", 150), ("i", 170), ("|", 190))]
    ws = [
        *_ocr("Projektets namn", 72, 150),
        *_ocr("Röjning kring skolans gångväg", 252, 150),
        *_ocr("Plats", 72, 170),
        *_ocr("Liljeholmstorget inom Hägersten-Liljeholmen", 252, 170),
        *_ocr("Resultat", 72, 190),
        *_ocr("Mötesplatsen användes flitigt.", 252, 190),
        *rule,
    ]
    kept = without_turned_words(_page(ws)).words
    assert not any(w in kept for w in rule)
    got = summary(lay_as_extractor([_page(ws)]))
    assert ("Projektets namn", "Röjning kring skolans gångväg", 1) in got
    assert ("Plats", "Liljeholmstorget inom Hägersten-Liljeholmen", 1) in got


def test_a_column_of_capital_i_opening_lines_is_text() -> None:
    """An "I" opening several answer lines, with no bar or bracket in its column, is the word "I"."""
    ws = [
        w
        for top in (150, 170, 190)
        for w in [Word("I", 252, 253, top, top + 10, "", 10), *_ocr("stadens park", 258, top)]
    ]
    assert without_turned_words(_page(ws)).words == ws


def _pair(text: str, x: float, top: float) -> list[Word]:
    """An OCR'd "Label: answer" pair: the answer 7 pt after the label's colon."""
    label, answer = text.split(": ", 1)
    head = _ocr(label + ":", x, top)
    return head + _ocr(answer, head[-1].x1 + 7, top)


def _pairs(left: str, right: str, top: float, right_x: float = 307.0) -> list[Word]:
    """A row of two OCR'd "Label: answer" pairs, the right one starting at `right_x`."""
    return [*_pair(left, 57, top), *_pair(right, right_x, top)]


def test_pairs_two_a_row_whose_answers_wrap_under_their_labels() -> None:
    """Each pair's wrapped answer line starts under its own label, in its half of the row: read as the answer's."""
    ws = [
        *_ocr("Bilaga 5b Ansökan om investeringsmedel", 78, 40, 14),
        *_pairs("Namn på insats: Färgsättning av tunneln vid", "Sökt belopp: 320 000 kr", 72),
        *_ocr("Midsommarkransens torg", 57, 84),
        *_pairs("Sökande nämnd: Älvsjö stadsdelsnämnd", "Ev medsökande nämnd: Klicka här", 102),
        *_pairs("Kontaktperson: Per Wallin", "Telefon: 08-508 86 355", 120),
        *_pairs("E-post: per.wallin@stockholm.se", "Ev samverkan: Region Stockholm och", 138),
        *_ocr("socialförvaltningen", 307, 150),
        *_ocr("1. Beskrivning (mål och syfte)", 231, 190),
        *_ocr("Projektet har genomförts tillsammans med Region Stockholm och boende i området.", 57, 210),
    ]
    got = summary(lay_as_extractor([_page(ws)]))
    assert ("Namn på insats:", "Färgsättning av tunneln vid Midsommarkransens torg", 1) in got
    assert ("Sökt belopp:", "320 000 kr", 1) in got
    assert ("Ev samverkan:", "Region Stockholm och socialförvaltningen", 1) in got


def test_one_row_of_pairs_wrapping_in_both_halves() -> None:
    ws = [
        *_ocr("Bilaga 7 Uppföljning klimatinvestering", 167, 88, 14),
        *_pairs("Projektets namn: Kameror vid", "Plats: Råcksta träsk, Hässelby-Vällingby", 120),
        *_ocr("pendeltågsstationen vid Råcksta träsk", 57, 133),
        *_ocr("stadsdelsnämnd", 307, 133),
        *_ocr("Projektets mål och syfte", 241, 166),
        *_ocr("Pengarna avser kamerabevakning av perrongen och gångbron vid stationen i stadsdelen.", 57, 184),
    ]
    got = summary(lay_as_extractor([_page(ws)]))
    assert ("Projektets namn:", "Kameror vid pendeltågsstationen vid Råcksta träsk", 1) in got
    assert ("Plats:", "Råcksta träsk, Hässelby-Vällingby stadsdelsnämnd", 1) in got


def test_a_folio_whose_figure_ocr_lost_is_a_page_number() -> None:
    assert misread_page_number("- -") and misread_page_number("– –")
    assert not misread_page_number("-") and not misread_page_number("- a -")
    ws = [
        *_ocr("Bilder efter", 57, 670),
        *_ocr("Fotografier finns i ärendets akt.", 57, 688),
        Word("-", 524, 527, 800, 809, "", 9),
        Word("-", 537, 539, 800, 809, "", 9),
    ]
    got = summary(lay_as_extractor([_page([*_ocr("Projektets namn", 57, 100), *_ocr("Kameror", 207, 100), *ws])]))
    assert ("Bilder efter", "Fotografier finns i ärendets akt.", 1) in got


def test_a_grid_row_of_pairs_gives_a_wrapped_line_under_a_label_to_its_answer() -> None:
    """In an aligned grid of OCR'd "Label: answer" pairs whose labels all close on the row's first line, a line
    under a label at the leading (a capital opening it) goes on with that pair's answer, on the value column."""
    rows = [
        Line(1, _pairs("Namn på insats: Färgsättning av tunneln vid", "Sökt belopp: 320 000 kr", 72)),
        Line(1, _ocr("Midsommarkransens torg", 57, 84)),
        Line(1, _pairs("E-post: per@stockholm.se", "Ev samverkan: Region Stockholm och", 102)),
        Line(1, _ocr("socialförvaltningen", 307, 114)),
    ]
    grid = Grid(1, boundary=130.0, label_x=307.0, value_x=370.0, top=72.0, bottom=114.0)
    out = [(ln.x0, ln.text) for ln in unfold_grids(rows, [grid], 57.0, 3.0)]
    assert out == [
        (57.0, "Namn på insats: Färgsättning av tunneln vid"),
        (131.0, "Midsommarkransens torg"),
        (57.0, "Sökt belopp: 320 000 kr"),
        (57.0, "E-post: per@stockholm.se"),
        (57.0, "Ev samverkan: Region Stockholm och"),
        (131.0, "socialförvaltningen"),
    ]


def test_a_label_centred_on_a_rule_the_scan_broke_or_ran_into() -> None:
    """OCR's rules: one running on into the label's first letters, one stopping well short of it (a pale band)."""
    label = _ocr("Projektets mål och syfte", 241, 167, 11)
    ruled = Line(1, label)
    into = {1: [(55.7, 172.6, 288.0, 173.5), (362.9, 172.8, 539.3, 173.3)]}
    short = {1: [(55.9, 172.9, 200.0, 173.4), (400.0, 172.9, 539.3, 173.4)]}
    assert centred_on_rule(ruled, into) and centred_on_rule(ruled, short)
    aside = {1: [(55.9, 172.9, 200.0, 173.4), (400.0, 172.9, 450.0, 173.4)]}  # not centred between its ends
    assert not centred_on_rule(ruled, aside)
    printed = Line(1, words("Projektets mål och syfte", 241, 167, 11))  # a text layer's rules are drawn whole
    assert not centred_on_rule(printed, short)


def test_a_pencil_mark_in_the_margin_read_as_a_dash_is_no_word() -> None:
    ws = [
        *_ocr("Resultat", 279, 250),
        Word("-", 12, 15, 262, 272, "", 10),
        *_ocr("Klotter och skadegörelse har nästan helt upphört.", 57, 270),
        *_ocr("Avvikelser", 273, 300),
        *_ocr("Leveransen blev försenad - en månad.", 57, 318),
        Word("-", 12, 15, 320, 330, "", 10),
        *[_tall(text, 31, 240 + 60 * k, 54) for k, text in enumerate(("Del", "Syfte", "Del", "Insatsen"))],
    ]
    kept = [w.text for w in without_turned_words(_page(ws)).words]
    assert kept.count("-") == 1  # the dash in the sentence stays; the margin is the text's, not the side tab's


def test_a_header_row_of_pairs_gives_a_wrapped_line_under_a_label_to_its_answer() -> None:
    """A header table's row read pair by pair: its OCR'd labels closed on the first line, a later line's words under
    a label go on with that pair's answer, on the value column."""
    row = _HeaderRow(
        [
            Line(1, _pairs("Projektets namn: Mötesplats vid badet i", "Plats: Hässelby strands centrum i", 121)),
            Line(1, [*_ocr("Hässelby strands centrum", 57, 136), *_ocr("Hässelby-Vällingby", 307, 136)]),
        ],
        [],
    )
    row.pairs = pair_runs(row.lines[0])
    out = [(round(ln.x0), ln.text) for ln in _row_pair_by_pair(row, 200.0, 3.0, DEFAULT_SETTINGS)]
    assert out == [
        (57, "Projektets namn: Mötesplats vid badet i"),
        (201, "Hässelby strands centrum"),
        (57, "Plats: Hässelby strands centrum i"),
        (201, "Hässelby-Vällingby"),
    ]


def test_a_title_a_squeezed_band_set_small_is_no_small_print() -> None:
    """A feeder that slipped squeezed the page's head flat: the header and the title read smaller than the body.
    The header goes as small print; the line that opens the title stays."""
    ws = [
        *_ocr("Bilaga 5b", 57, 24, 5),
        *_ocr("Dnr 1.5.3-290-2024", 466, 24, 5),
        *_ocr("Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande", 78, 48, 6),
        *_ocr("åtgärder", 272, 56, 7),
    ]
    for k, (label, answer) in enumerate(
        [
            ("Projektets namn", "Färgsättning av gångtunneln"),
            ("Sökt belopp", "320 000 kr"),
            ("Telefon", "08-508 86 355"),
        ]
    ):
        ws += [*_ocr(label, 57, 150 + 20 * k), *_ocr(answer, 260, 150 + 20 * k)]
    ws += _ocr("1. Beskrivning (mål och syfte)", 57, 230)
    ws += _ocr("Projektet har genomförts tillsammans med Region Stockholm och boende.", 57, 250)
    layout = lay_as_extractor([_page(ws)])
    preamble = [ln.text for ln in layout.preamble]
    assert "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande" in preamble
    assert "Bilaga 5b Dnr 1.5.3-290-2024" not in preamble

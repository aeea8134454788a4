"""Issue #12, twenty-ninth round (h34/f-textforms): small capitals whose marks stay at full size, a missing glyph
printed as its hex code. Hand-made words; each class told by evidence on the page."""

from __future__ import annotations

from bilagor.extractor.layout.hexcodes import read_hex_codes
from bilagor.extractor.layout.smallcaps import join_small_caps
from bilagor.extractor.words import Page, Word
from layout_builders import lay_as_extractor, summary

SERIF_BOLD, SERIF = "C059-Bold", "C059-Roman"
SANS, COURIER = "Helvetica", "Courier"


def _pieces(parts: list[tuple[str, float]], x: float, bottom: float, font: str = SERIF_BOLD) -> list[Word]:
    """A word set piece by piece, each (text, size) touching the one before on one baseline."""
    out = []
    for text, size in parts:
        width = 0.7 * size * len(text)
        out.append(Word(text, x, x + width, bottom - size, bottom, font, size))
        x += width
    return out


def test_a_full_size_mark_after_small_capitals_stays_in_its_word():
    # "EV." and "BEHOVSANALYS/PROBLEMBESKRIVNING" in small capitals: the full stop and the slash at the capitals'
    # size, after smaller letters. Measured against the word so far (full size already) the mark was no piece:
    # "EV ." then kept a two-label row's right label from being read as one.
    words = _pieces([("E", 11), ("V", 8.7), (".", 11)], 312.4, 126.2)
    words += _pieces([("B", 11), ("EHOVSANALYS", 8.7), ("/P", 11), ("ROBLEMBESKRIVNING", 8.7)], 60, 300)
    page = join_small_caps(Page(1, 595, 842, words))
    assert sorted(w.text for w in page.words) == ["BEHOVSANALYS/PROBLEMBESKRIVNING", "EV."]
    assert {w.size for w in page.words} == {11}


def _caps_label(text: str, x: float, bottom: float) -> list[Word]:
    """A label in bold small capitals: each word's first letter at 11 pt, the rest at 8.7, a full stop at 11."""
    out: list[Word] = []
    for token in text.split():
        parts = [(token[0], 11.0)] + [(ch, 11.0 if not ch.isalpha() else 8.7) for ch in token[1:]]
        merged: list[tuple[str, float]] = []
        for ch, size in parts:
            if merged and merged[-1][1] == size:
                merged[-1] = (merged[-1][0] + ch, size)
            else:
                merged.append((ch, size))
        words = _pieces(merged, x, bottom)
        out += words
        x = words[-1].x1 + 3
    return out


def test_two_small_capital_labels_a_row_with_a_full_stop_read_as_two_fields():
    rows = [
        (("NAMN PÅ INSATS", "Ny belysning i parken"), ("SÖKT BELOPP", "450 000 kr")),
        (("SÖKANDE NÄMND", "Farsta stadsdelsnämnd"), ("EV. MEDSÖKANDE NÄMND", "Skarpnäcks stadsdelsnämnd")),
        (("KONTAKTPERSON", "Eva Berg, områdeschef"), ("TELEFON", "08-508 11 223")),
    ]
    words: list[Word] = [Word("Ansökan", 60, 120, 40, 54, SERIF_BOLD, 14)]
    top = 70.0
    for row in rows:
        for (label, answer), x in zip(row, (60, 312)):
            words += _caps_label(label, x, top + 11)
            at = x
            for word in answer.split():
                width = 5.5 * len(word)
                words.append(Word(word, at, at + width, top + 15, top + 26, SERIF, 11))
                at += width + 3
        top += 32
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595, 842, words)]))}
    assert got["SÖKANDE NÄMND"] == "Farsta stadsdelsnämnd"
    assert got["EV. MEDSÖKANDE NÄMND"] == "Skarpnäcks stadsdelsnämnd"


def _line(texts: list[tuple[str, float, float]], top: float = 733.9, size: float = 10.5) -> list[Word]:
    return [Word(text, x0, x1, top, top + size, SANS, size) for text, x0, x1 in texts]


def _code(first: str, second: str, x: float, top: float = 733.8, size: float = 4.2) -> list[Word]:
    width = 0.6 * size * len(first)
    return [
        Word(first, x, x + width, top, top + size, COURIER, size),
        Word(second, x, x + width, top + size, top + 2 * size, COURIER, size),
    ]


def test_a_no_break_space_printed_as_its_code_is_a_word_gap():
    words = _line([("drygt", 200, 227), ("396", 230, 271.2), ("000", 276.2, 293), ("kr.", 296, 310)])
    words += _code("00", "A0", 271.2)
    page = read_hex_codes(Page(1, 595, 842, words))
    assert [w.text for w in sorted(page.words, key=lambda w: w.x0)] == ["drygt", "396", "000", "kr."]
    gap = next(w.x0 for w in page.words if w.text == "000") - next(w.x1 for w in page.words if w.text == "396")
    assert gap <= 0.3 * 10.5  # a word space, not the box's width


def test_an_en_dash_printed_as_its_code_joins_the_figures_it_stood_between():
    words = _line([("veckorna", 200, 240), ("14", 243, 254), ("16.", 259.04, 272)])
    words += _code("20", "13", 254)
    page = read_hex_codes(Page(1, 595, 842, words))
    assert sorted(w.text for w in page.words) == ["14–16.", "veckorna"]
    joined = next(w for w in page.words if w.text == "14–16.")
    assert (joined.size, joined.fontname) == (10.5, SANS)


def test_small_figures_that_are_no_code_are_left():
    # Two rows of figures alone (no line of bigger words beside them), and a footnote's figures at 0.7 of the
    # line's size: neither is a missing glyph's code.
    alone = _code("12", "34", 100, top=400)
    footnote = _line([("kostnaden", 200, 240)]) + _code("12", "34", 240.5, size=7.4)
    for words in (alone, footnote):
        page = read_hex_codes(Page(1, 595, 842, words))
        assert page.words == words


def test_a_coded_answer_line_reads_as_its_text():
    # Through the layout: without the step the code's rows are words of the answer ("396 00 000 A0 kr.").
    bold = "Helvetica-Bold"
    words = [Word("Ansökan", 56, 120, 40, 54, bold, 14)]
    words += [Word("Ekonomiskt", 56, 110, 733.9, 744.4, bold, 10.5), Word("utfall", 113, 140, 733.9, 744.4, bold, 10.5)]
    words += _line([("drygt", 227.1, 254), ("396", 257, 271.2), ("000", 276.2, 293), ("kr.", 296, 310)])
    words += _code("00", "A0", 271.2)
    words += [Word("Bilder", 56, 90, 760, 770.5, bold, 10.5), Word("före", 93, 115, 760, 770.5, bold, 10.5)]
    words += _line([("Se", 227.1, 240), ("bilaga.", 243, 275)], top=760)
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595, 842, words)]))}
    assert got["Ekonomiskt utfall"] == "drygt 396 000 kr."


def _width(word: str) -> float:
    """A word's width as a proportional face sets it, roughly: narrow letters 3 pt, wide ones 9, the rest 6."""
    return sum(3.0 if ch in "fijlrt.,()" else 9.0 if ch in "mwMW" else 6.0 for ch in word)


def _cells(cells: list[tuple[str, bool, float, float]], size: float = 11.0) -> list[Word]:
    """Words of (text, bold, x, top) lines, a space of 3 pt between them."""
    out = []
    for text, bold, x, top in cells:
        for word in text.split():
            out.append(Word(word, x, x + _width(word), top, top + size, HELV_BOLD if bold else SANS, size))
            x += _width(word) + 3
    return out


HELV_BOLD = "Helvetica-Bold"


def test_a_row_of_two_centred_label_answer_pairs_reads_pair_by_pair():
    # One table row, every cell centred on the row's middle: the second label on three lines, the answers on
    # two, the first label on one, so the page's lines interleave the four cells (twotables' pair grid).
    words = [Word("Uppföljning", 42, 150, 48.9, 63.9, HELV_BOLD, 15.0)]
    words += _cells(
        [
            ("Geografisk", True, 276, 80.8),
            ("Kameraövervakning", False, 136, 87.7),
            ("Rinkeby torg (Järva", False, 366, 87.7),
            ("Projektnamn", True, 46, 94.5),
            ("plats för", True, 276, 94.5),
            ("Rinkeby torg", False, 136, 101.4),
            ("stadsdelsnämnd)", False, 366, 101.4),
            ("investering", True, 276, 108.3),
        ]
    )
    words += _cells([("Syfte och mål", True, 42, 126.3)], size=13.0)
    body = [
        "Kamerorna ska göra det lättare att ingripa i tid och att utreda brott på torget.",
        "Polisen har pekat ut platsen som en av de mest utsatta i området kvällstid.",
        "Boende och handlare har länge efterfrågat åtgärder för ett tryggare torg.",
        "Arbetet görs tillsammans med fastighetsägarna och lokalpolisområdet.",
        "Kamerorna sätts upp under våren och tas i drift före sommaren.",
        "Skyltar om kamerabevakning sätts upp vid alla vägar in till torget.",
    ]
    words += _cells([(text, False, 42, 145.6 + 13.8 * k) for k, text in enumerate(body)])
    words += _cells([("Slutredovisning", True, 42, 240.0), ("Avvikelser", True, 42, 262.0)])
    words += _cells([(text, False, 42, 281.0 + 13.8 * k) for k, text in enumerate(reversed(body))])
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595, 842, words)]))}
    assert got["Projektnamn"] == "Kameraövervakning Rinkeby torg"
    assert got["Geografisk plats för investering"] == "Rinkeby torg (Järva stadsdelsnämnd)"
    assert got["Syfte och mål"] == " ".join(body)


def test_pair_row_guards():
    from bilagor.extractor.layout.model import Line
    from bilagor.extractor.labels import is_label
    from bilagor.extractor.layout.pairrow import unfold_pair_rows

    def lines(cells):
        words = _cells(cells)
        tops = sorted({w.top for w in words})
        return [Line(1, [w for w in words if w.top == t]) for t in tops]

    # A paragraph with a bold word a word space from its neighbours, and a bold heading over a paragraph: no row.
    prose = lines(
        [("Vi satte upp", False, 42, 100), ("tolv", True, 113, 100), ("lampor längs gångvägen.", False, 140, 100)]
    )
    heading = lines([("Resultat", True, 42, 100), ("Ljuset är jämnare nu.", False, 42, 114)])
    # A run-in label (a word space from its answer) beside another: labels and answers are no cells.
    run_in = lines(
        [
            ("Plats:", True, 42, 100),
            ("Tensta torg", False, 75, 100),
            ("Telefon:", True, 200, 100),
            ("08-508", False, 245, 100),
        ]
    )
    for case in (prose, heading, run_in):
        assert unfold_pair_rows(case, {1: None}, 4.0, is_label) == case
    # The same row of two pairs, a cell gap between its cells: read pair by pair.
    row = lines(
        [
            ("Plats", True, 42, 100),
            ("Tensta torg", False, 90, 100),
            ("Telefon", True, 200, 100),
            ("08-508", False, 260, 100),
        ]
    )
    assert [ln.cell for ln in unfold_pair_rows(row, {1: None}, 4.0, is_label)] == ["label", "value", "label", "value"]
    assert unfold_pair_rows(row, {1: 80.0}, 4.0, is_label) == row  # a page with a value column reads its rows so
    # The last answer's cell empty: read so under a known label ("Plats"), not under any bold word.
    empty = lines([("Projektnamn", True, 42, 100), ("Tensta torg", False, 120, 100), ("Plats", True, 300, 100)])
    assert [ln.cell for ln in unfold_pair_rows(empty, {1: None}, 4.0, is_label)] == ["label", "value", "label"]
    stray = lines([("Projektnamn", True, 42, 100), ("Tensta torg", False, 120, 100), ("Observera", True, 300, 100)])
    assert unfold_pair_rows(stray, {1: None}, 4.0, is_label) == stray

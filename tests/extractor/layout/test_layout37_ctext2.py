"""Issue #12, thirty-second round (h37/c-text2): a field list's title and instruction, its answers under bold
labels and its hanging list marks; run-in capitals on their answers' baseline. Hand-made words."""

from __future__ import annotations

from bilagor.extractor.layout.fieldlists import beside_label, mark_before_column, same_type
from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Times-Bold"
BODY = "Times-Roman"
VALUE_X = 160.0


def _centred(text: str, top: float, size: float) -> list[Word]:
    width = sum(0.5 * size * len(t) for t in text.split()) + 0.28 * size * (len(text.split()) - 1)
    return words(text, (595.0 - width) / 2, top, size, "Helvetica-Bold")


def _ending_at(text: str, x1: float, top: float, size: float = 10.0, font: str = BODY) -> list[Word]:
    """Words of `text` whose last ends at x1."""
    width = sum(0.5 * size * len(t) for t in text.split()) + 0.28 * size * (len(text.split()) - 1)
    return words(text, x1 - width, top, size, font)


def _field_list(title: list[str], instruction: list[Word], rows: list[tuple[str, str]], top: float) -> Page:
    ws: list[Word] = []
    y = 60.0
    for line in title:
        ws += _centred(line, y, 16.0)
        y += 20.0
    ws += instruction
    for label, answer in rows:
        ws += words(label, 56, top, 10.0, BOLD)
        ws += words(answer, VALUE_X, top, 10.0, BODY)
        top += 18.0
    return Page(1, 595.0, 842.0, ws)


ROWS = [
    ("Bakgrund", "Boende har efterfrågat bättre belysning i tunneln."),
    ("Plats", "Rinkeby torg, Järva stadsdelsnämnd"),
    ("Syfte och mål", "Passagen ska kännas trygg även kvällstid."),
    ("Resultat", "Tunneln har fått ny belysning och konst."),
]


def test_a_centred_title_over_the_value_column_and_its_stage_word_stay_the_title() -> None:
    # The first title line crosses the value column (a word starts past it), the second is the stage word alone,
    # and the instruction under it is body type: none of them is a field.
    title = ["Konst i gångtunnlar vid Rinkeby torg.", "Slutredovisning"]
    instruction = words("Alla fält ska fyllas i.", 56, 104, 10.0, BODY)
    layout = lay_as_extractor([_field_list(title, instruction, ROWS, 130.0)])
    assert [b.label for b in layout.blocks] == [label for label, _ in ROWS]
    assert [ln.text for ln in layout.preamble][:2] == title


def test_an_instruction_whose_second_sentence_starts_at_the_value_column_opens_no_row() -> None:
    # "Fyll i samtliga fält." ends a word space short of the value column, "Blanketten" starts on it; the next
    # line is a bold label: the plain sentence is no row's first label line.
    instruction = _ending_at("Fyll i samtliga fält.", VALUE_X - 2.8, 104)
    instruction += words("Blanketten skickas till förvaltningens registrator.", VALUE_X, 104, 10.0, BODY)
    layout = lay_as_extractor([_field_list(["Bilaga 7 Ansökan om investeringsmedel"], instruction, ROWS, 130.0)])
    assert [(label, text) for label, text, _ in summary(layout)] == ROWS


def test_an_answer_under_its_bold_label_whose_second_word_starts_at_the_value_column() -> None:
    # A label too wide for the name column stands alone, its answer under it set in; the answer's second word
    # happens to start at the value column: the regular first word is no label run up to it.
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 56, 60, 16.0, "Helvetica-Bold")
    ws += words("Namn på insats", 56, 100, 10.0, BOLD) + words(
        "Trygghetsbelysning Solbergaparken", VALUE_X, 100, 10.0, BODY
    )
    ws += words("Sökt belopp", 56, 118, 10.0, BOLD) + words("1 299 000", VALUE_X, 118, 10.0, BODY)
    ws += words("Sökande nämnd", 56, 136, 10.0, BOLD)
    ws += _ending_at("Skarpnäcks", VALUE_X - 2.8, 154) + words("stadsdelsnämnd", VALUE_X, 154, 10.0, BODY)
    ws += words("Kontaktperson", 56, 172, 10.0, BOLD) + words("Anna Berg, områdeschef", VALUE_X, 172, 10.0, BODY)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert [(label, text) for label, text, _ in got][2] == ("Sökande nämnd", "Skarpnäcks stadsdelsnämnd")


def test_list_items_whose_marks_hang_left_of_the_value_column(tmp_path) -> None:
    # The generator's field list (seed 34, its nineteenth form): each "•" at the field's body column, the item's
    # text one mark further in, wrapped lines hanging there; the value column is found at the items' text, so
    # each later item's mark stood alone left of it (read as a label "•").
    from fixturegen import boxforms, ctext2_32
    from fixturegen.html import spec_in_turn
    from fixturegen.spec import normalise

    from bilagor.extractor import extract_report

    spec, _ = spec_in_turn("ctext2_32", "c32", ctext2_32.SHAPES, boxforms.BASES, 18, 34, "reportlab")
    pdf = tmp_path / "form.pdf"
    ctext2_32._draw(spec, pdf, 34)
    want = next(r for r in spec.rows if r.key == "mal_och_syfte")
    assert want.text.count("•") >= 2
    got = {s.key: s.text for s in extract_report(pdf, entities=False).sections}
    assert got["mal_och_syfte"] == normalise(want.text)
    assert "okand_rubrik" not in got


def test_run_in_capitals_on_their_answers_baseline_keep_their_answers() -> None:
    # Labels in capitals 1.5 pt smaller than the answer, on its baseline (their tops 1.2 pt lower), the answer
    # run in after the colon; two rows with the same answer one line apart.
    ws = words("Konst i gångtunnlar vid Karlaplan. Slutredovisning", 60, 60, 14.0, "Helvetica-Bold")
    rows = [
        ("BAKGRUND:", "Gångtunnlarna är mörka och klotterutsatta."),
        ("PLATS:", "Karlaplan, Östermalms stadsdelsnämnd"),
        ("SYFTE OCH MÅL:", "Passagen ska kännas trygg."),
        ("RESULTAT:", "Tunnlarna har fått konst och ljus."),
        ("BILDER FÖRE:", "Bilder finns hos förvaltningen."),
        ("BILDER EFTER:", "Bilder finns hos förvaltningen."),
    ]
    top = 100.0
    for label, answer in rows:
        head = words(label, 60, top + 1.2, 8.5)
        ws += head + words(answer, head[-1].x1 + 3.0, top, 10.0)
        top += 13.0
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got == [(label, answer) for label, answer in rows]


def test_the_evidence() -> None:
    mark, item = words("•", 150, 100, 10.0, BODY), words("Kamerorna ska", 160, 100, 10.0, BODY)
    assert mark_before_column(mark, item)
    assert not mark_before_column(words("Plats", 56, 100, 10.0, BOLD), item)
    assert not mark_before_column(mark, [])
    bold, plain = words("Plats", 56, 100, 10.0, BOLD)[0], words("Plats", 56, 100, 10.0, BODY)[0]
    assert same_type(bold, bold) and not same_type(bold, plain)
    label = Line(1, words("BILDER FÖRE:", 60, 101.2, 8.5))
    assert beside_label(Line(1, words("Bilder finns", 130, 100, 10.0)), [label])
    assert not beside_label(Line(1, words("Bilder finns", 130, 113, 10.0)), [label])

"""Issue #12, twenty-eighth round (h33/f-textforms): a row of captioned cells top-aligned over one rule each (a
cell's answer wrapped onto lines above its rule, a neighbour's one-line answer level with its first line), comb
fields holding an amount with its unit or a sign glyph off its cell's centre, a label | answer table of one row,
a standard font's unmapped bullet. Hand-made words and rules."""

from __future__ import annotations

from bilagor.extractor.layout.combs import join_comb_cells
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.rows import pull_centred_answers
from bilagor.extractor.text_layer import without_unmapped_glyphs
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor

TIMES, TIMES_BOLD = "Times-Roman", "Times-Bold"
HELV, HELV_BOLD = "Helvetica", "Helvetica-Bold"


def _top_aligned_rows(pitch: float) -> Page:
    """Two rows of two captioned cells; in the first the left answer wraps onto three lines `pitch` apart over
    its one rule, the right answer stands level with its first line; the second row's answers are on their rules."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 56, 86, 13, TIMES_BOLD)
    rules = []
    left = ["Nya bänkar och belysning vid", "lekplatsen i parken bakom", "skolan på Kvarnbacken"]
    for k, line in enumerate(left):
        ws += words(line, 58, 136 + k * pitch, 9.5, TIMES)
    ws += words("1 250 000", 308, 136, 9.5, TIMES)
    foot = 136 + 2 * pitch + 10.5
    for x in (56.0, 306.0):
        rules.append((x, foot, x + 232.0, foot))
    ws += words("Namn på insats", 56, foot + 2.5, 7.5, TIMES) + words("Sökt belopp", 306, foot + 2.5, 7.5, TIMES)
    top = foot + 24
    ws += words("Spånga-Tensta stadsdelsnämnd", 58, top, 9.5, TIMES) + words("Hässelby stadsdelsnämnd", 308, top, 9.5)
    for x in (56.0, 306.0):
        rules.append((x, top + 10.5, x + 232.0, top + 10.5))
    ws += words("Sökande nämnd", 56, top + 13, 7.5, TIMES) + words("Ev. medsökande nämnd", 306, top + 13, 7.5, TIMES)
    return Page(1, 595.0, 842.0, ws, rules)


def test_a_cell_wrapped_over_its_one_rule_keeps_every_line_under_its_caption() -> None:
    for pitch in (13.0, 15.4):
        layout = lay_as_extractor([_top_aligned_rows(pitch)])
        assert [(b.label, " ".join(b.lines)) for b in layout.blocks] == [
            ("Namn på insats", "Nya bänkar och belysning vid lekplatsen i parken bakom skolan på Kvarnbacken"),
            ("Sökt belopp", "1 250 000"),
            ("Sökande nämnd", "Spånga-Tensta stadsdelsnämnd"),
            ("Ev. medsökande nämnd", "Hässelby stadsdelsnämnd"),
        ], pitch


def _comb(text: str, x: float, top: float, pitch: float, size: float = 10.5, off: float = 0.0) -> list[Word]:
    """`text` one character a cell `pitch` wide, each centred in it (a non-figure `off` points right of the
    centre, as a sign's glyph may stand); a space is an empty cell."""
    out = []
    for k, ch in enumerate(text):
        if ch != " ":
            centre = x + k * pitch + pitch / 2 + (0.0 if ch.isdigit() else off)
            out.append(Word(ch, centre - 0.28 * size, centre + 0.28 * size, top, top + size, HELV, size))
    return out


def test_an_amount_with_a_unit_of_three_letters_in_a_comb() -> None:
    for amount in ("2 212 tkr", "2,14 Mkr", "1,35 mnkr"):
        page = Page(1, 595.0, 842.0, words("Sökt belopp", 300, 90, 8) + _comb(amount, 300, 100, 12.1))
        assert [w.text for w in join_comb_cells(page).words] == ["Sökt", "belopp", amount]


def test_a_comb_whose_sign_stands_off_its_cells_centre() -> None:
    page = Page(1, 595.0, 842.0, _comb("08-508 71 737", 300, 100, 12.1, off=1.3))
    assert [w.text for w in join_comb_cells(page).words] == ["08-508 71 737"]


def test_letters_after_figures_without_an_empty_cell_are_no_unit() -> None:
    # "12 abc" with no cell between the figures and the letters: letters count against the figure share.
    page = Page(1, 595.0, 842.0, _comb("1 2abcd", 300, 100, 12.1))
    assert [w.text for w in join_comb_cells(page).words] == ["1", "2", "a", "b", "c", "d"]


def _one_row_form(label: list[str], answer: list[str], centred: bool, heading: float = 10.0) -> Page:
    """The title, then a table of one row (a bold label in a narrow cell beside its answer, both set from the row's
    top or centred in it), then two sections each a bold heading (`heading` pt) over its answer."""
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 50, 56, 14, HELV_BOLD)
    lead, top = 13.0, 86.0
    depth = max(len(label), len(answer))
    for x, lines, font in ((54.0, label, HELV_BOLD), (134.0, answer, HELV)):
        y = top + ((depth - len(lines)) * lead / 2 if centred else 0.0)
        for k, line in enumerate(lines):
            ws += words(line, x, y + k * lead, 10.0, font)
    y = top + depth * lead + 12
    for title, text in (("Plats", "Området kring torget i Bagarmossen"), ("Syfte och mål", "Fler ska våga gå hem.")):
        ws += words(title, 50, y, heading, HELV_BOLD) + words(text, 50, y + heading + 4, 10.0, HELV)
        y += 2 * lead + 8
    return Page(1, 595.0, 842.0, ws, [])


def test_a_one_row_table_reads_its_wrapped_label_and_its_answer() -> None:
    cases = [
        (["Projektets", "namn"], ["Trygga stråk vid", "Bagarmossens torg"], False, 12.0),
        (["Projektets", "namn"], ["Trygga stråk vid Bagarmossens torg"], True),
    ]
    for label, answer, centred, *heading in cases:
        layout = lay_as_extractor([_one_row_form(label, answer, centred, *heading)])
        assert [(b.label, " ".join(b.lines)) for b in layout.blocks] == [
            (" ".join(label), " ".join(answer)),
            ("Plats", "Området kring torget i Bagarmossen"),
            ("Syfte och mål", "Fler ska våga gå hem."),
        ], (label, answer, centred)


def test_a_bullet_in_a_standard_font_that_the_reader_left_unmapped() -> None:
    # WinAnsiEncoding shows its unused codes as a bullet; pdfminer gives reportlab's "•" as "(cid:127)".
    page = Page(1, 595.0, 842.0, [Word("(cid:127)", 60, 64, 100, 110, HELV, 10), *words("fyra bänkar", 68, 100, 10)])
    embedded = Page(1, 595.0, 842.0, [Word("(cid:127)", 60, 64, 100, 110, "ABCDEF+Calibri", 10)])
    assert [w.text for w in without_unmapped_glyphs(page).words] == ["•", "fyra", "bänkar"]
    assert without_unmapped_glyphs(embedded).words == []


def test_a_label_told_a_heading_by_its_type_takes_back_its_answers_first_line_from_the_title() -> None:
    """A bold label in body type centred on its wrapped answer right under the title (read as a heading by its
    type): the answer's first line, tight above the label in the answer's column, is the row's, not the title's."""
    title = Block([Line(1, words("Bilaga 5 - Uppföljning", 50, 56, 14, HELV_BOLD))], [], heading=True)
    title.value_lines = [Line(1, words("Upprustning av", 134, 87.4, 10.5))]
    row = Block([Line(1, words("Projektnamn", 54, 94.0, 10.5, HELV_BOLD))], [], heading=True)
    row.value_lines = [Line(1, words("Kungsträdgården", 134, 100.5, 10.5))]
    heading = Block([Line(1, words("Geografisk plats", 50, 118.0, 12.5, HELV_BOLD))], [], heading=True)
    heading.value_lines = [Line(1, words("Området kring Kungsträdgården", 50, 136.7, 10.5))]
    elsewhere = Block([Line(1, words("Plats", 54, 94.0, 10.5, HELV_BOLD))], [], heading=True)
    elsewhere.value_lines = [Line(1, words("Norrmalm", 300, 100.5, 10.5))]
    pull_centred_answers([title, row, heading], {})
    assert [ln.text for ln in row.value_lines] == ["Upprustning av", "Kungsträdgården"] and not title.value_lines
    title.value_lines = [Line(1, words("Upprustning av", 134, 87.4, 10.5))]
    pull_centred_answers([title, elsewhere, heading], {})  # a line in another column than the label's answer
    assert [ln.text for ln in elsewhere.value_lines] == ["Norrmalm"]


def test_labels_over_indented_answers_are_no_one_row_table() -> None:
    """A definition list (each bold label on its line, its answer indented a word space past the label's end under
    it, every line one pitch apart) keeps its pairs: no row of a label wrapped beside its answer."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 72, 83, 16, HELV_BOLD)
    pairs = (("E-post", "anna.berg@stockholm.se"), ("Ev samverkan", "polisen och bostadsbolaget."))
    for k, (label, answer) in enumerate(pairs):
        ws += words(label, 72, 130 + 36 * k, 12, HELV_BOLD) + words(answer, 112, 148 + 36 * k, 12, HELV)
    layout = lay_as_extractor([Page(1, 612.0, 792.0, ws, [])])
    assert [(b.label, " ".join(b.lines)) for b in layout.blocks] == [(a, b) for a, b in pairs]

"""Issue #12, thirty-first round (h36/f-textforms): a form's last fields left empty in a ruled table, a label
column at the right of one-line answers (fixturegen.ftextforms36's `rl_rightempty`, tuning seeds 36 and 37), and
short answers on shaded fields under labels in their own type (fixturegen.ftextgrey36's `rl_greymixed`, seed 36), on
pages as the reader gives their words, rules and fills; the reader's shaded fields on a page it draws."""

from __future__ import annotations

import json
from pathlib import Path

from bilagor.extractor.labels import is_known_wording
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.shadedfields import mark_shaded_answers
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.text_columns import in_column_order
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary


def _page(name: str) -> Page:
    data = json.loads((Path(__file__).parent / name).read_text(encoding="utf-8"))
    rules = [(r[0], r[1], r[2], r[3]) for r in data["rules"]]
    fills = [(r[0], r[1], r[2], r[3]) for r in data.get("fills", [])]
    return Page(1, data["width"], data["height"], [Word(*w) for w in data["words"]], rules, fills=fills)


def test_empty_last_rows_of_a_ruled_table_are_no_signature_block() -> None:
    # Seed 36's ft-0003: "Bilder före" and "Bilder efter", answers left empty, each right under its row's
    # full-width rule. Seen to fail without the known-wording check in signing.strip_signature: both were taken for
    # a signature block's captions and dropped.
    blocks = summary(lay_as_extractor([_page("layout36_emptyrows_page.json")]))
    assert [(label, text) for label, text, _ in blocks[-2:]] == [("Bilder före", ""), ("Bilder efter", "")]


def test_labels_right_of_one_line_answers_are_no_second_text_column() -> None:
    # Seed 37's ft-0006: an application's labels in a bold column at the right, most answers one line, the
    # description's further lines with no label beside them, the last label's number "1.1" wrapped alone. Seen to
    # fail without the mirrored label-column check in text_columns._columns_at: the labels were read as a second
    # text column under the answers.
    page = _page("layout36_rightempty_page.json")
    assert in_column_order(page) == page
    blocks = summary(lay_as_extractor([page]))
    assert blocks[0][:2] == ("Namn på insats", "Solceller på förskolan vid Medborgarplatsen")
    assert ("Sökt belopp", "1 770 000") in [(label, text) for label, text, _ in blocks]
    assert blocks[-1][:2] == ("1.1 Behovsanalys/problembeskrivning", "")


def test_short_answers_on_shaded_fields_under_their_labels_are_answers() -> None:
    # Seed 36's fg-0001: the first fields' answers on grey fields at a tab stop, then "Kontaktperson" over "Anna
    # Demir, trygghetssamordnare" on a grey field at the label's x, both regular. Seen to fail without
    # layout/shadedfields.py: the answers were read as the labels' second lines and lost.
    blocks = [(label, text) for label, text, _ in summary(lay_as_extractor([_page("layout36_shaded_page.json")]))]
    assert ("Kontaktperson", "Anna Demir, trygghetssamordnare") in blocks
    assert ("Telefon", "08-508 13 343") in blocks
    assert ("E-post", "anna.demir@stockholm.se") in blocks
    assert ("Namn på insats", "Kameraövervakning Farsta centrum") in blocks


def test_the_same_page_without_its_shading_reads_as_before() -> None:
    # No fills, no evidence: the step changes nothing (what the page read before the reader gave fills).
    page = _page("layout36_shaded_page.json")
    plain = Page(page.number, page.width, page.height, page.words, page.rules)
    blocks = [(label, text) for label, text, _ in summary(lay_as_extractor([plain]))]
    assert ("Kontaktperson", "Anna Demir, trygghetssamordnare") not in blocks


def test_a_shaded_label_cell_or_band_is_no_answer_field() -> None:
    # A grey label column (the fill ends before the value column), and rows shaded whole (each line a label and its
    # answer a column gap apart on one field).
    ws = words("Bilaga 5 Uppföljning", 50, 60, size=14, font="Helvetica-Bold")
    fills = []
    y = 100.0
    for label, answer in (("Projektnamn", "Belysning i Farsta"), ("Plats", "Farsta strand"), ("Resultat", "Bra.")):
        ws += words(label, 52, y, size=10) + words(answer, 200, y, size=10)
        fills.append((50.0, y - 2, 180.0, y + 12))
        y += 20
    page = Page(1, 595.0, 842.0, ws, fills=fills)
    lines = group_lines(page, DEFAULT_SETTINGS)
    assert mark_shaded_answers(lines, [page], {1: 195.0}, is_known_wording, DEFAULT_SETTINGS) == lines
    page = Page(1, 595.0, 842.0, ws, fills=[(40.0, y - 2, 560.0, y + 12) for y in (100.0, 140.0)])
    assert mark_shaded_answers(lines, [page], {1: None}, is_known_wording, DEFAULT_SETTINGS) == lines


def test_banded_rows_and_shaded_label_cells_shade_no_answer() -> None:
    # Seen to fail on burned pages before these checks: a spreadsheet's every other row shaded (textclasses seed
    # 26's rl_sheet: the title alone on a band read as an answer, no title), and label cells shaded, ending at the
    # value column (textlayer29's rl_steps: a label's wrapped "investering" alone on its cell read as an answer).
    s = DEFAULT_SETTINGS
    title = words("Bilaga 5 - Uppföljning", 50, 60, size=12)
    row = words("Projektnamn", 52, 100, size=10) + words("Belysning i Farsta", 200, 100, size=10)
    row += words("Plats", 52, 114, size=10) + words("Farsta strand", 200, 114, size=10)  # a row off the bands
    page = Page(1, 595.0, 842.0, title + row, fills=[(40.0, 58.0, 560.0, 74.0), (40.0, 98.0, 560.0, 112.0)])
    lines = group_lines(page, s)
    assert mark_shaded_answers(lines, [page], {1: 195.0}, is_known_wording, s) == lines
    row = words("Geografisk plats för", 52, 100, size=10) + words("Farsta strand, Farsta", 200, 100, size=10)
    tail = words("investering", 52, 112, size=10)
    page = Page(1, 595.0, 842.0, title + row + tail, fills=[(50.0, 98.0, 196.0, 124.0)])
    lines = group_lines(page, s)
    assert mark_shaded_answers(lines, [page], {1: 195.0}, is_known_wording, s) == lines


def test_the_reader_gives_a_light_borderless_fill_as_a_shaded_field(tmp_path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "shaded.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFillGray(0.85)
    c.rect(200, 690, 300, 14, stroke=0, fill=1)  # a grey field
    c.setFillGray(0.2)
    c.rect(50, 600, 300, 14, stroke=0, fill=1)  # a dark bar: no field
    c.setFillGray(1)
    c.rect(50, 500, 300, 14, stroke=0, fill=1)  # paper white: no field
    c.setFillGray(0.85)
    c.rect(50, 400, 300, 14, stroke=1, fill=1)  # bordered: a cell, its edges rules
    c.setFillGray(0)
    c.setFont("Helvetica", 10)
    c.drawString(50, 693, "Projektnamn")
    c.drawString(204, 693, "Belysning i Farsta")
    c.save()
    assert read_pdf(path).pages[0].fills == [(200.0, 842.0 - 704.0, 500.0, 842.0 - 690.0)]


def _economy(name: str) -> str:
    blocks = summary(lay_as_extractor([_page(name)]))
    return next(text for label, text, _ in blocks if label.startswith("Beskrivning av ekonomiskt"))


def test_a_part_with_a_wider_label_column_is_no_header_table() -> None:
    # fixturegen.owntables seed 38's tc-0005 (tuning): "Del 3", a table whose label column is wider than the page's,
    # its rows lone pairs sharing an answer column. Seen to fail without grid._labels_past: read as a header table,
    # its answers were moved onto the page's value column, under the label's wrapped "utfall och eventuell
    # avvikelse", which ran into the answer.
    text = _economy("layout36_widerlabels_page.json")
    assert text.startswith("- Totalt uppgick kostnaderna för 2023 till 3,43 mkr (3,95 mkr)")
    assert "avvikelse" not in text and "kalkylerade" not in text


def test_a_part_whose_labels_run_past_the_value_column_keeps_its_own() -> None:
    # Seed 38's tc-0008: the part's answers only 17 pt right of the page's, within the walker's allowance, but its
    # label's second line runs past the page's value column. Seen to fail without blockcols' `wider` exception: no
    # block of its own, the label's lines crossed the page's value column and its last line, "mot kalkylerade
    # utgifter", was read as a label of its own.
    blocks = summary(lay_as_extractor([_page("layout36_widerpart_page.json")]))
    assert not any(label.startswith("mot kalkylerade") for label, _, _ in blocks)
    assert _economy("layout36_widerpart_page.json") == (
        "Projektet hade en budget på en miljon kronor. Utfallet för 2022 uppgick till 661 000 kr."
    )

"""Issue #12, twenty-eighth round (h33/c-text): a table typed with "+", "-" and "|", a print header's file reference
on a line of its own, help text under labels with the answer's lines beside it, a justified run-in head with a
numbered label. Hand-made words and rules; each class told by evidence on the page."""

from __future__ import annotations

import re

from bilagor.extractor.layout.chartables import read_character_tables
from bilagor.extractor.layout.ruling import ruled_apart
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

MONO, SANS_BOLD = "LiberationMono", "DejaVuSans-Bold"
HELV, HELV_BOLD, HELV_OBLIQUE = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
TIMES, TIMES_BOLD = "Times-Roman", "Times-Bold"


def _typed(text: str, x: float, top: float, size: float = 8.0) -> list[Word]:
    """A monospaced line's words where a typewriter sets them: every character 0.6 of the size wide."""
    pitch = 0.6 * size
    return [
        Word(m.group(), x + m.start() * pitch, x + m.end() * pitch, top, top + size, MONO, size)
        for m in re.finditer(r"\S+", text)
    ]


def _ascii_table_page() -> Page:
    rows = [
        ("Projektnamn", ["Trygga stråk i Tensta"]),
        ("Geografisk plats för", ["Tensta centrum och gångvägen mot"]),
        ("investering", ["stationen"]),
        ("Beskrivning av", ["* Belysningen byttes ut längs stråket."]),
        ("eventuella avvikelser", ["* Två lyktstolpar kom på plats först"]),
        ("i projektets", ["  i december."]),
        ("genomförande", [""]),
    ]
    cells = {0: [0], 1: [1, 2], 2: [3, 4, 5, 6]}  # the table's rows: which lines each holds
    rule = "+" + "-" * 24 + "+" + "-" * 40 + "+"
    ws = words("Bilaga 5", 50, 40, 10, SANS_BOLD) + words("1/1", 520, 40, 10, SANS_BOLD)
    ws += words("Dnr 1.5.3-212-2023", 50, 53, 9, SANS_BOLD)
    ws += _typed("Bilaga 5 - Uppföljning trygghetsinvestering", 50, 80)
    y = 100.0
    ws += _typed(rule, 50, y)
    for lines in cells.values():
        for k in lines:
            y += 9.6
            label, (answer,) = rows[k]
            ws += _typed(f"| {label.ljust(22)} | {answer.ljust(38)} |", 50, y)
        y += 9.6
        ws += _typed(rule, 50, y)
    return Page(1, 595.0, 842.0, ws)


def test_a_typed_table_becomes_drawn_rules_without_its_characters() -> None:
    page = read_character_tables(_ascii_table_page())
    assert not [w for w in page.words if w.text == "|" or w.text.startswith("+")]
    vertical = [r for r in page.rules if r[0] == r[2]]
    horizontal = [r for r in page.rules if r[1] == r[3]]
    assert len(horizontal) == 4
    assert len({round(r[0]) for r in vertical}) == 3  # the table's left edge, the cells' border, its right edge
    # each row's bars make one rule from the typed rule over the row to the one under it
    levels = [r[1] for r in horizontal]
    assert len(vertical) == 3 * 3
    assert all(r[1] in levels and r[3] in levels and r[3] > r[1] for r in vertical)


def test_prose_with_a_bar_or_a_plus_is_no_typed_table() -> None:
    ws = _typed("Kostnad 4 000 + moms | se bilaga", 50, 100) + _typed("Plats: Tensta", 50, 112)
    page = Page(1, 595.0, 842.0, ws)
    assert read_character_tables(page) == page


def test_a_typed_table_reads_as_its_labels_and_answers() -> None:
    layout = lay_as_extractor([_ascii_table_page()])
    assert summary(layout) == [
        ("Projektnamn", "Trygga stråk i Tensta", 1),
        ("Geografisk plats för investering", "Tensta centrum och gångvägen mot stationen", 1),
        (
            "Beskrivning av eventuella avvikelser i projektets genomförande",
            "* Belysningen byttes ut längs stråket. * Två lyktstolpar kom på plats först i december.",
            1,
        ),
    ]
    # the print header's file reference is furniture, not a heading over the title
    assert "Dnr 1.5.3-212-2023" in layout.removed
    assert [ln.text for ln in layout.preamble] == ["Bilaga 5 - Uppföljning trygghetsinvestering"]


def test_a_cell_border_between_two_words_parts_them() -> None:
    rules = {1: [(200.0, 90.0, 200.0, 140.0)]}
    assert ruled_apart(rules, 1, 150.0, 215.0, 100.0, 108.0, _settings())
    assert not ruled_apart(rules, 1, 205.0, 215.0, 100.0, 108.0, _settings())  # both words right of it
    assert not ruled_apart(rules, 1, 150.0, 215.0, 150.0, 158.0, _settings())  # under its end


def _settings():
    from bilagor.extractor.layout.settings import DEFAULT_SETTINGS

    return DEFAULT_SETTINGS


def _guided_page() -> Page:
    """Bold labels in a column, each with a small oblique help text under it; the answers right of both, their
    second lines level with the help text."""
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 50, 50, 14, HELV_BOLD)
    rows = (
        ("Projektnamn", ["Ange projektets namn"], ["Trygga stråk i Tensta"]),
        (
            "Projektets mål och syfte",
            ["Beskriv kortfattat vad projektet", "skulle åstadkomma"],
            ["Målet är att fler ska känna sig trygga", "på kvällen. Belysningen byts ut längs", "hela stråket."],
        ),
        # the help's second line under the answer's last: a guidance line under a guidance run
        (
            "Ekonomisk redovisning",
            ["Ange summan i kronor", "med moms"],
            ["Kostnaden blev 412 000 kronor", "enligt plan."],
        ),
        ("Tidplan", [], ["Klart i maj."]),
    )
    top = 90.0
    for label, helps, answers in rows:
        ws += words(label, 50, top, 10, HELV_BOLD)
        for k, line in enumerate(answers):
            ws += words(line, 230, top + 13 * k, 10, HELV)
        for k, line in enumerate(helps):
            ws += words(line, 50, top + 13 + 9.5 * k, 7.5, HELV_OBLIQUE)
        top += 13 * max(len(answers), len(helps) + 1) + 12
    return Page(1, 595.0, 842.0, ws)


def test_help_text_under_a_label_beside_the_answer_is_neither_label_nor_answer() -> None:
    assert summary(lay_as_extractor([_guided_page()])) == [
        ("Projektnamn", "Trygga stråk i Tensta", 1),
        (
            "Projektets mål och syfte",
            "Målet är att fler ska känna sig trygga på kvällen. Belysningen byts ut längs hela stråket.",
            1,
        ),
        ("Ekonomisk redovisning", "Kostnaden blev 412 000 kronor enligt plan.", 1),
        ("Tidplan", "Klart i maj.", 1),
    ]


def _justified(text: str, bold_words: int, x0: float, x1: float, top: float, size: float = 10.5) -> list[Word]:
    """A justified line: its words spread from x0 to x1, the first `bold_words` bold."""
    tokens = text.split()
    widths = [0.5 * size * len(t) for t in tokens]
    gap = (x1 - x0 - sum(widths)) / (len(tokens) - 1)
    out, x = [], x0
    for k, (token, width) in enumerate(zip(tokens, widths)):
        out.append(Word(token, x, x + width, top, top + size, TIMES_BOLD if k < bold_words else TIMES, size))
        x += width + gap
    return out


def test_a_justified_numbered_run_in_head_stays_whole() -> None:
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 50, 50, 14, TIMES_BOLD)
    ws += words("Namn på insats:", 50, 90, 10.5, TIMES_BOLD) + words("Trygga stråk", 128, 90, 10.5, TIMES)
    ws += _justified("1.1 Behovsanalys/problembeskrivning: Många undviker platsen", 2, 50, 545, 110)
    ws += words("efter mörkrets inbrott.", 50, 123, 10.5, TIMES)
    assert summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)])) == [
        ("Namn på insats:", "Trygga stråk", 1),
        ("1.1 Behovsanalys/problembeskrivning:", "Många undviker platsen efter mörkrets inbrott.", 1),
    ]

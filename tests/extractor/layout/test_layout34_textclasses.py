"""Issue #12, twenty-ninth round (h34/c-text): labels centred on rules, "Label:  answer" pairs two a row, an
e-service's step bar and step headings, labels vertically centred on their answers. Hand-made words and rules;
each class told by evidence on the page."""

from __future__ import annotations

import json
from pathlib import Path

from bilagor.extractor.labels import is_label
from bilagor.extractor.layout.inlinepairs import part_inline_pairs
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.steps import is_step_bar, is_step_heading
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SANS, SANS_BOLD = "LiberationSans-Regular", "LiberationSans-Bold"
# Pages of fixturegen.textlayer29 as runs of their lines: (top, x0, x1, size, "B" bold or "R" regular, text).
PAGES = json.loads((Path(__file__).parent / "layout34_pages.json").read_text(encoding="utf-8"))
TIMES, TIMES_BOLD = "Times-Roman", "Times-Bold"


def _after(ws: list[Word], text: str, gap: float, size: float = 10.0, font: str = SANS) -> list[Word]:
    """`text`'s words set `gap` points after the last of `ws`."""
    return ws + words(text, ws[-1].x1 + gap, ws[-1].top, size, font)


def _pair(label: str, answer: str, x: float, top: float) -> list[Word]:
    """'Label:  answer': a bold label, two spaces, the answer."""
    return _after(words(label, x, top, 10, SANS_BOLD), answer, 5.6)


# A follow-up (fixturegen.textlayer29's rl_rules, seed 29) with its short fields as "Label:  answer" pairs two a row
# and each long field's bold label centred on a rule: each run of a line as (top, x0, x1, size, type, text), "B"
# bold, "R" regular, "on rule" a bold label centred on a rule. Its short labels, close in length, start within a
# few points of one another: a column the value column was taken for.
RULED_FORM = PAGES["ruled_form"]
ON_RULE = {
    "Syfte och mål",
    "Resultat",
    "Avvikelser",
    "Ekonomisk redovisning",
    "Övriga kommentarer",
    "Bilder före",
    "Bilder efter",
}


def _set(text: str, x0: float, x1: float, top: float, size: float, font: str) -> list[Word]:
    """`text`'s words from `x0` to `x1`, as a proportional type sets them (widths in proportion to length)."""
    ws = words(text, x0, top, size, font)
    scale = (x1 - x0) / (ws[-1].x1 - x0)
    return [Word(w.text, x0 + (w.x0 - x0) * scale, x0 + (w.x1 - x0) * scale, top, top + size, font, size) for w in ws]


def test_a_label_centred_on_a_rule_heads_the_lines_under_it() -> None:
    rules: list = []
    ws: list[Word] = []
    for top, x0, x1, size, kind, text in RULED_FORM:
        ws += _set(text, x0, x1, top, size, SANS_BOLD if kind == "B" else SANS)
        if text in ON_RULE:
            y = top + size * 0.6
            rules += [(42.0, y, x0 - 6, y), (x1 + 6, y, 553.0, y)]
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws, rules=rules)]))}
    assert list(got)[2:] == sorted(ON_RULE, key=[t for _, _, _, _, _, t in RULED_FORM].index)
    assert got["Avvikelser"] == "Röjningen fick göras i två etapper på grund av fågelhäckningen under våren."
    assert got["Bilder efter"] == "Se bifogade bilder."


def test_a_pair_label_set_two_spaces_before_its_answer_is_not_cut_off_as_an_item() -> None:
    # the right-hand pair's long label leaves its answer a narrow column, wrapped under it
    row = _pair("Projektnamn:", "Utegym Kungsträdgården", 57, 92)
    row += _pair("Geografisk plats för investering:", "Området", 309.5, 92)
    lines = [Line(1, row)] + [Line(1, words(w, 485, 92 + 13 * k, 10)) for k, w in enumerate(("kring", "Norrmalm"), 1)]
    out = part_inline_pairs(lines, is_label, 3.0)
    assert [ln.text for ln in out] == [
        "Projektnamn: Utegym Kungsträdgården",
        "Geografisk plats för investering: Området",
        "kring",
        "Norrmalm",
    ]


# An application's short fields as "Label:  answer" pairs two a row (textlayer29's rl_rules, seed 29), the
# right-hand pair "Ev medsökande nämnd:" longer than any label of the left-hand column.
PAIRS_FORM = PAGES["pairs_form"]


def test_a_long_right_hand_label_of_a_header_row_is_kept_whole() -> None:
    ws: list[Word] = []
    for top, x0, x1, size, kind, text in PAIRS_FORM:
        ws += _set(text, x0, x1, top, size, SANS_BOLD if kind == "B" else SANS)
    rules = [(57.0, 191.1, 227.7, 191.1), (367.3, 191.1, 538.0, 191.1)]
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws, rules=rules)]))}
    assert got["Ev medsökande nämnd:"] == "Ingen"
    assert "Ev medsökande" not in got


def test_a_step_bar_and_step_headings_are_told_by_their_wording() -> None:
    assert is_step_bar("1 Sökande › 2 Insatsen › 3 Skicka")
    assert is_step_bar("1 Projektet » 2 Redovisning » 3 Ekonomi »")  # the last step cut off at the line's end
    assert is_step_bar("1 Sökande 2 Insatsen 3 Skicka")
    assert not is_step_bar("1 Sökande › 3 Skicka › 2 Insatsen")  # not numbered in turn
    assert not is_step_bar("Kostnaden 1 500 000 kr, varav 2 delar")
    assert not is_step_bar("1 Sökande › 2 Insatsen")  # two steps: too like an answer
    assert is_step_heading("Steg 2 av 3: Syfte")
    assert is_step_heading("Steg 1/3 Sökande")
    assert not is_step_heading("Steg 4 av 3")
    assert not is_step_heading("Stegvis utbyggnad av belysningen")


def test_a_step_bar_and_step_headings_are_furniture() -> None:
    ws = words("Trafikkontoret", 57, 40, 10, TIMES) + words("Dnr 1.5.1-212-2023", 450, 40, 10, TIMES)
    ws += words("1", 57, 62, 11, TIMES_BOLD) + words("Sökande › 2 Insatsen › 3 Budget › 4 Skicka", 66, 62, 11, TIMES)
    ws += words("Bilaga 5b Ansökan om investeringsmedel", 57, 90, 15, TIMES_BOLD)
    ws += words("Steg 1 av 3: Sökande", 57, 120, 12, TIMES_BOLD)
    ws += words("Namn på insats", 61, 140, 11, TIMES_BOLD) + words("Trygga stråk i Tensta", 230, 140, 11, TIMES)
    ws += words("Sökt belopp", 61, 160, 11, TIMES_BOLD) + words("1 200 000", 230, 160, 11, TIMES)
    ws += words("Steg 2 av 3: Syfte", 57, 190, 12, TIMES_BOLD)
    ws += words("Beskrivning", 61, 210, 11, TIMES_BOLD) + words("Belysningen ska bytas ut.", 230, 210, 11, TIMES)
    layout = lay_as_extractor([Page(1, 595.0, 842.0, ws)])
    assert [label for label, _, _ in summary(layout)] == ["Namn på insats", "Sökt belopp", "Beskrivning"]
    assert "Bilaga 5b Ansökan om investeringsmedel" in [ln.text for ln in layout.preamble]


# A ruled label | answer table, each label vertically centred on its answer (textlayer29's rl_vcentre, seed 31):
# "Resultat" has two paragraphs, a blank line between them, so fewer of its answer's lines stand under it than over it.
CENTRED_TABLE = PAGES["centred_table"]
ROW_RULES = ((317.5, 348.0, 378.5, 438.0), (460.5, 563.5, 623.0, 682.5, 713.0, 743.5))  # a stage line between


def _ruled_rows(rows: tuple[tuple[float, ...], ...]) -> list[tuple[float, float, float, float]]:
    """Rules all round each row of a label | answer table from x 50 to 545, its cells parted at 230."""
    out = []
    for ys in rows:
        out += [(50.0, y, 545.0, y) for y in ys]
        out += [(x, a, x, b) for a, b in zip(ys, ys[1:]) for x in (50.0, 230.0, 545.0)]
    return out


def _centred_row(label: str, answer: list[str], top: float, lead: float, x: float = 272.0) -> tuple[list[Word], float]:
    """A row of a label | answer table, the label vertically centred on its answer's lines."""
    ws: list[Word] = []
    for k, text in enumerate(answer):
        ws += words(text, x, top + k * lead, 11, SANS)
    ws += words(label, 62, top + (len(answer) - 1) * lead / 2, 11, SANS_BOLD)
    return ws, top + len(answer) * lead + 15.0


def test_a_centred_label_takes_back_its_answers_first_lines_over_a_blank_line() -> None:
    ws = _set("Bilaga 5 - Uppföljning trygghetsinvestering", 50.0, 336.3, 56, 14, SANS_BOLD)
    for top, x0, x1, size, kind, text in CENTRED_TABLE:
        ws += _set(text, x0, x1, top, size, SANS_BOLD if kind == "B" else SANS)
    got = {
        label: text
        for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws, rules=_ruled_rows(ROW_RULES))]))
    }
    assert got["Resultat"] == (
        "Placeringen har tagits fram tillsammans med trafikkontoret och polisen. Framkomligheten för "
        "utryckningsfordon har säkerställts med fällbara pollare i två lägen. Synpunkter från medborgardialogen "
        "har tagits om hand i den slutliga utformningen av platsen."
    )
    assert got["Syfte och mål"].endswith("som vapen på platsen.")


def test_a_centred_row_at_a_pages_top_takes_back_its_first_line() -> None:
    lead = 16.0
    one = words("Bilaga 5 - Uppföljning trygghetsinvestering", 57, 50, 14, SANS_BOLD)
    top = 640.0
    for label, answer in (
        ("Projektets namn", ["Platssamverkan Mariatorget"]),
        ("Resultat", ["Samverkan har gett snabbare sanering.", "Metoden har spridits till fler torg."]),
        ("Avvikelser", ["Inga avvikelser har noterats. En fördjupad", "utvärdering görs under 2018."]),
    ):
        row, top = _centred_row(label, answer, top, lead)
        one += row
    two: list[Word] = []
    top = 68.0
    for label, answer in (
        (
            "Ekonomiskt utfall",
            ["Av beviljade 1 300 000 kronor har 0,4 mkr", "använts under 2017. Prognosen är", "998 000 kronor."],
        ),
        ("Tidplan", ["Arbetet påbörjades under våren och", "avslutades under hösten."]),
        ("Bilder före", ["Bilder finns hos förvaltningen och kan", "lämnas ut på begäran."]),
    ):
        row, top = _centred_row(label, answer, top, lead)
        two += row
    rules = {1: [(264.0, 630.0, 264.0, 760.0)], 2: [(264.0, 60.0, 264.0, top)]}
    pages = [Page(n, 595.0, 842.0, ws, rules=rules[n]) for n, ws in ((1, one), (2, two))]
    got = {label: text for label, text, _ in summary(lay_as_extractor(pages))}
    assert (
        got["Ekonomiskt utfall"]
        == "Av beviljade 1 300 000 kronor har 0,4 mkr använts under 2017. Prognosen är 998 000 kronor."
    )
    assert got["Tidplan"] == "Arbetet påbörjades under våren och avslutades under hösten."
    assert got["Avvikelser"] == "Inga avvikelser har noterats. En fördjupad utvärdering görs under 2018."

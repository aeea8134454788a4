"""Two-page spreads (issue #12, thirty-fifth round, h40/c-text2): the labels alone, bold and right-aligned against
the spine, on the left-hand page; the answers alone on the facing page at the labels' heights."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.layout.spreads import join_facing_spreads
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
BOLD, REGULAR = "Helvetica-Bold", "Helvetica"
W, H = 595.0, 842.0
FIELDS = [
    ("Namn på insats", ["Utegym Mariatorget"]),
    ("Sökt belopp", ["220 000 kr"]),
    ("Sökande nämnd", ["Södermalms stadsdelsnämnd"]),
    ("Kontaktperson", ["Elin Lindqvist, enhetschef"]),
    ("Ev samverkan", ["polisen och Svenska Bostäder", "samt lokala fastighetsägare"]),
    ("Beskrivning (mål och syfte)", ["Ett utegym ska locka fler att röra sig i parken."]),
]
RUN_ON = ["och föreningar i området kring torget."]  # the last answer going on on the next spread
WANT = [
    ("Namn på insats", "Utegym Mariatorget"),
    ("Sökt belopp", "220 000 kr"),
    ("Sökande nämnd", "Södermalms stadsdelsnämnd"),
    ("Kontaktperson", "Elin Lindqvist, enhetschef"),
    ("Ev samverkan", "polisen och Svenska Bostäder samt lokala fastighetsägare"),
    ("Beskrivning (mål och syfte)", "Ett utegym ska locka fler att röra sig i parken. " + RUN_ON[0]),
]


def _right_aligned(text: str, right: float, top: float, size: float, font: str) -> list[Word]:
    ws = words(text, 0.0, top, size, font)
    dx = right - ws[-1].x1
    return [Word(w.text, w.x0 + dx, w.x1 + dx, w.top, w.bottom, w.fontname, w.size) for w in ws]


def _furniture(n: int, total: int, font: str) -> list[Word]:
    right = n % 2 == 0
    foot = f"Sida {n} ({total})"
    return [
        *words("Bilaga 5b", 60, 30, 8, font),
        *_right_aligned("Dnr 1.5.1-383-2023", W - 60, 30, 8, font),
        *(_right_aligned(foot, W - 60, 812, 8, font) if right else words(foot, 60, 812, 8, font)),
    ]


def _spread(label_dy: float = 0.0, bold: str = BOLD, margin: float = 60.0, run_on: bool = True) -> list[Page]:
    """Left page: the title at its top and each label bold, right-aligned at W - margin, `label_dy` pt off its
    answer's first line; right page: the answers from the left margin; then (`run_on`) a spread whose left page is
    empty but for the furniture and whose right page holds the last answer going on."""
    total = 4 if run_on else 2
    left = words("Ansökan om investeringsmedel för", margin, 70, 13, bold) + _furniture(1, total, REGULAR)
    right = _furniture(2, total, REGULAR)
    top = 120.0
    for label, lines in FIELDS:
        left += _right_aligned(label, W - margin, top + label_dy, SIZE - 1, bold)
        for j, line in enumerate(lines):
            right += words(line, margin, top + j * SIZE * 1.3, SIZE, REGULAR)
        top += len(lines) * SIZE * 1.3 + 12
    pages = [Page(1, W, H, left, rules=[]), Page(2, W, H, right, rules=[])]
    if run_on:
        pages.append(Page(3, W, H, _furniture(3, total, REGULAR)))
        pages.append(Page(4, W, H, _furniture(4, total, REGULAR) + words(RUN_ON[0], margin, 100, SIZE, REGULAR)))
    return pages


@pytest.mark.parametrize(
    ("label_dy", "margin", "run_on"),
    [(0.0, 60.0, True), (1.5, 60.0, True), (-2.0, 80.0, True), (0.0, 40.0, False)],
)
def test_labels_on_the_left_page_meet_their_answers_on_the_facing_page(
    label_dy: float, margin: float, run_on: bool
) -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor(_spread(label_dy, BOLD, margin, run_on)))]
    want = WANT if run_on else [*WANT[:-1], (WANT[-1][0], FIELDS[-1][1][0])]
    assert got[-len(want) :] == want


def test_a_scanned_spread_without_bold_is_joined_by_its_places() -> None:
    pages = _spread(1.0, REGULAR)
    joined = join_facing_spreads(pages)
    assert len(joined) == 2
    answer = next(w for w in joined[0].words if w.text == "Utegym")
    label = next(w for w in joined[0].words if w.text == "Namn")
    assert answer.x0 > label.x1 and abs(answer.top - label.top) < 2


def test_ordinary_two_page_forms_are_left_alone() -> None:
    # a label column at the left margin with its answers beside it, and the next page going on
    first = words("Ansökan om investeringsmedel", 60, 70, 13, BOLD) + _furniture(1, 2, REGULAR)
    top = 120.0
    for label, lines in FIELDS:
        first += words(label, 60, top, SIZE, BOLD) + words(lines[0], 220, top, SIZE, REGULAR)
        top += 24
    second = _furniture(2, 2, REGULAR) + words("fortsättning av svaret", 220, 120, SIZE, REGULAR)
    pages = [Page(1, W, H, first), Page(2, W, H, second)]
    assert join_facing_spreads(pages) is pages
    # a letter's prose over a right-aligned signature block, the next page a page of prose
    prose = [ln for k in range(12) for ln in words("Detta är en lång rad med löpande text i brevet", 60, 100 + 14 * k)]
    sign = [
        w
        for k, t in enumerate(("Stockholm 2019", "Anna Andersson", "Enhetschef"))
        for w in _right_aligned(t, W - 60, 300 + 14 * k, SIZE, BOLD)
    ]
    text = [w for k in range(40) for w in words("Mer löpande text på nästa sida i brevet", 60, 100 + 14 * k)]
    letter = [Page(1, W, H, prose + sign), Page(2, W, H, text)]
    assert join_facing_spreads(letter) is letter


def test_a_generated_spread_form_reads_as_its_truth(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext2_40 import build_ctext2_40_forms

    for pdf in build_ctext2_40_forms(tmp_path, 2, 40):  # one with rules, one bare
        truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(pdf, entities=False).to_dict()
        got = [(s["key"], s["text"]) for s in record["sections"]]
        assert got == [(s["key"], s["text"]) for s in truth["sections"]]


def test_a_title_reaching_past_the_labels_edge_leaves_the_column_found() -> None:
    pages = _spread()
    pages[0].words += _right_aligned("trygghetsskapande åtgärder i parker", W - 30, 90, 13, BOLD)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor(pages))]
    assert got[-len(WANT) :] == WANT

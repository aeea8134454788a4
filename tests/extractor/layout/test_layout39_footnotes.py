"""Issue #12, thirty-fourth round (h39/c-text): labels given only as numbered footnotes. Each answer is opened by
a small raised number at the margin, its lines indented; the labels stand together at the page's foot as
"n Label" in smaller type under a short rule. Hand-made words: the number a word of its own or joined to its
label, a marker a line of its own over its answer, an empty answer, a wrapped footnote, an answer going on over a
page break; numbers that pair with nothing leave the page as it was; and one generated form of each producer
(reportlab, jgraph) read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
NOTE = 8.0
MARGIN = 60.0
INDENT = 12.0
FIELDS = [
    ("Projektnamn", ["Trygghetsbelysning i Tunnlandsparken"]),
    ("Geografisk plats för investering", ["Tunnlandsparken, Bromma stadsdelsnämnd"]),
    ("Projektets mål och syfte", ["Parken upplevs som mörk och otrygg och fler ska kunna", "använda den på kvällen."]),
    ("Kontaktperson", []),
    ("1.1 Behovsanalys/problembeskrivning", ["Platsen upplevs som otrygg."]),
    ("Beskrivning av eventuella avvikelser i projektets genomförande och hur de har hanterats under året", ["Inga."]),
]


def _marker(number: int, top: float, raise_: float) -> Word:
    small = SIZE * 0.65
    bottom = top + SIZE - raise_
    return Word(str(number), MARGIN, MARGIN + small * 0.55, bottom - small, bottom, "Helvetica", small)


def _page(
    *,
    joined: bool = False,
    touching: bool = False,
    own_line: bool = False,
    pair: bool = True,
    fields: list | None = None,
    number: int = 1,
) -> Page:
    """The fields' answers under their raised numbers, the footnotes at the foot under a 120 pt rule; `joined`:
    each note's number run together with its label (one word); `touching`: the smaller number touching its
    label on its baseline; `own_line`: the marker raised over its answer's line; `pair`: the footnotes numbered
    as the markers are (else from 11 on)."""
    fields = FIELDS if fields is None else fields
    ws = words("Bilaga 5 Uppföljning trygghetsinvestering", MARGIN, 90, 14, "Helvetica-Bold")
    top = 130.0
    for k, (_, lines) in enumerate(fields):
        ws.append(_marker(number + k, top, SIZE * (0.9 if own_line else 0.38)))
        for line in lines:
            ws += words(line, MARGIN + INDENT, top, SIZE)
            top += SIZE * 1.25
        top += SIZE * (1.25 if not lines else 0.6)
    notes = 842.0 - 60 - NOTE * 1.25 * (len(fields) + 1)
    rules = [(MARGIN, notes - 4, MARGIN + 120, notes - 4)]
    for k, (label, _) in enumerate(fields):
        n = str(number + k if pair else number + k + 10)
        lines = (
            [label]
            if len(label) < 60
            else [label[:60].rsplit(" ", 1)[0], label[len(label[:60].rsplit(" ", 1)[0]) + 1 :]]
        )
        for i, line in enumerate(lines):
            if i == 0 and joined:
                first, *rest = words(line, MARGIN + 6, notes, NOTE)
                ws.append(Word(n + first.text, MARGIN, first.x1, notes, notes + NOTE, "Helvetica", NOTE))
                ws += rest
            else:
                if i == 0:
                    ws.append(Word(n, MARGIN, MARGIN + 4, notes + NOTE * 0.2, notes + NOTE, "Helvetica", NOTE * 0.8))
                ws += words(line, MARGIN + (4 if touching else 6), notes, NOTE)
            notes += NOTE * 1.25
    return Page(1, 595.0, 842.0, ws, rules=rules)


def _expected(fields: list = FIELDS) -> list[tuple[str, str]]:
    return [(label, " ".join(lines)) for label, lines in fields]


@pytest.mark.parametrize(
    ("joined", "touching", "own_line"),
    [(False, False, False), (True, False, False), (False, True, False), (False, False, True)],
)
def test_labels_given_only_as_footnotes_go_back_over_their_answers(
    joined: bool, touching: bool, own_line: bool
) -> None:
    page = _page(joined=joined, touching=touching, own_line=own_line)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([page]))]
    assert got == _expected()


def test_an_answer_going_on_over_a_page_break_keeps_its_next_page_lines() -> None:
    first = _page(fields=FIELDS[:3])
    second = _page(fields=FIELDS[3:], number=4, touching=True)
    # The third answer's last line goes on at the top of page 2, before its first marker.
    second.words += words("Ett tillägg efter sidbrytningen.", MARGIN + INDENT, 80, SIZE)
    second = Page(2, second.width, second.height, second.words, rules=second.rules)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([first, second]))]
    want = _expected()
    want[2] = (want[2][0], want[2][1] + " Ett tillägg efter sidbrytningen.")
    assert got == want


def test_numbers_that_pair_with_no_footnote_leave_the_page_as_it_was() -> None:
    got = summary(lay_as_extractor([_page(pair=False)]))
    assert all(label not in {lb for lb, _ in FIELDS} for label, _, _ in got)


@pytest.mark.parametrize("index", [0, 2])
def test_a_generated_footnote_form_reads_as_its_truth(tmp_path: Path, index: int) -> None:
    pytest.importorskip("reportlab")
    from bilagor.extractor import extract_report
    from fixturegen.ctext39 import build_ctext39_forms, jgraph_available

    if index == 2 and not jgraph_available():
        pytest.skip("jgraph or ps2pdf missing")
    pdf = build_ctext39_forms(tmp_path, index + 1, 41)[index]  # rl_footnotes, jg_footnotes
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    record = extract_report(pdf, entities=False).to_dict()
    assert [(s["key"], s["text"]) for s in record["sections"]] == [(s["key"], s["text"]) for s in truth["sections"]]


def test_a_smaller_number_touching_a_larger_word_is_no_small_caps_piece() -> None:
    from bilagor.extractor.layout.smallcaps import join_small_caps

    number = Word("9", 60.0, 64.0, 701.6, 708.0, "Helvetica", 6.4)
    label = Word("1.", 64.0, 70.0, 700.0, 708.0, "Helvetica", 8.0)
    caps = [
        Word("P", 60.0, 66.0, 600.0, 610.0, "Helvetica", 10.0),
        Word("ROJEKT", 66.0, 100.0, 602.6, 610.0, "Helvetica", 7.4),
    ]
    got = [w.text for w in join_small_caps(Page(1, 595.0, 842.0, [number, label, *caps])).words]
    assert got == ["9", "1.", "PROJEKT"]

"""Issue #12, thirty-sixth round: a form set like a receipt, each label flush left and a short answer flush right
on the label's line. A label wrapped within part of the width has its tail on the line under the answer, so read
line by line its first line opened with no known label and its tail read as the answer's last line
(receipttails.py). Pure step on hand-made lines, then whole pages with and without type (a text layer, OCR words),
then the generated receipt forms of tests/fixturegen/ctext2_41.py read as their truths."""

from __future__ import annotations

import json

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.labels import is_known_wording
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.receipttails import join_receipt_label_tails
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

WIDTH, RIGHT, LEFT = 595.0, 540.0, 56.0
TAIL_LABEL = "Beskrivning av eventuella avvikelser i projektets genomförande"


def _flush_right(text: str, top: float, font: str, size: float = 10.0) -> list[Word]:
    """`text` set so that its last word ends at the right margin."""
    ws = words(text, 0.0, top, size=size, font=font)
    dx = RIGHT - ws[-1].x1
    return [Word(w.text, w.x0 + dx, w.x1 + dx, w.top, w.bottom, w.fontname, w.size) for w in ws]


def _line(ws: list[Word]) -> Line:
    return Line(1, ws)


def test_a_wrapped_label_with_its_answer_flush_right_on_its_first_line_is_read_whole():
    lines = [
        _line(
            words("Beskrivning av eventuella avvikelser i projektets", LEFT, 100.0, size=10.0)
            + _flush_right("Inga avvikelser har förekommit.", 100.0, "Helvetica")
        ),
        _line(words("genomförande", LEFT, 113.0, size=10.0)),
    ]
    got = join_receipt_label_tails(lines, is_known_wording, tol=4.0)
    assert [ln.text for ln in got] == [TAIL_LABEL, "Inga avvikelser har förekommit."]


def test_lines_under_an_answer_that_make_no_label_with_the_line_stay_as_they_are():
    lines = [
        _line(words("Projektets mål och syfte", LEFT, 100.0, size=10.0) + _flush_right("Belysning.", 100.0, "")),
        _line(words("gångstråket vid entrén", LEFT, 113.0, size=10.0)),
        _line(words("Beskrivning av eventuella avvikelser i projektets", LEFT, 140.0, size=10.0)),
        _line(words("genomförande", LEFT, 153.0, size=10.0)),
    ]
    assert join_receipt_label_tails(lines, is_known_wording, tol=4.0) == lines


def _receipt_page(font: str, bold: str) -> Page:
    ws = words("Bilaga 5 Uppföljning av investeringsmedel för trygghetsskapande åtgärder", LEFT, 60.0, 14.0, bold)
    rows = [
        ("Projektnamn", "Belysning Farsta strand"),
        ("Beskrivning av eventuella avvikelser i projektets|genomförande", "Inga avvikelser har förekommit."),
        (
            "Beskrivning av ekonomiskt utfall och eventuell|avvikelse mot kalkylerade utgifter",
            "Utfallet blev 410 000 kr.",
        ),
        ("Bilder före", "Bilder bifogas separat."),
    ]
    top = 110.0
    for label, answer in rows:
        first, *tail = label.split("|")
        ws += words(first, LEFT, top, 10.0, bold) + _flush_right(answer, top, font)
        for line in tail:
            top += 13.0
            ws += words(line, LEFT, top, 10.0, bold)
        top += 26.0
    return Page(1, WIDTH, 842.0, ws)


@pytest.mark.parametrize(("font", "bold"), [("Helvetica", "Helvetica"), ("", "")])
def test_a_receipt_page_gives_each_wrapped_label_its_flush_right_answer(font: str, bold: str):
    got = {label.rstrip(":"): text for label, text, _ in summary(lay_as_extractor([_receipt_page(font, bold)]))}
    assert got[TAIL_LABEL] == "Inga avvikelser har förekommit."
    assert got["Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"] == (
        "Utfallet blev 410 000 kr."
    )
    assert got["Projektnamn"] == "Belysning Farsta strand"


def test_generated_receipt_forms_read_as_their_truths(tmp_path):
    pytest.importorskip("fixturegen")
    from fixturegen.ctext2_41 import build_ctext2_41_text
    from layout_scoring import Scores

    scores = Scores()
    for pdf in build_ctext2_41_text(tmp_path, 8, 41):
        if "receipt_right" in pdf.name:
            truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
            scores.add(pdf.name, extract_report(pdf, entities=False).to_dict(), truth)
    assert scores.documents == 2
    assert not scores.misses["sections"]

"""Issue #12: a narrow label column whose labels are set small (capitals, bold) at their own
pitch, wrapping over several lines beside larger answer lines: two label lines that both
overlap one answer line stay two lines, in reading order, and the label stays one."""

from __future__ import annotations

from bilagor.extractor.layout import group_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
VALUE_X = 150.0
LABEL_SIZE, LABEL_PITCH = 7.5, 9.0
VALUE_SIZE, VALUE_PITCH = 10.5, 12.5


def _row(label_lines: list[str], value_lines: list[str], top: float) -> tuple[list, float]:
    ws = []
    for i, text in enumerate(label_lines):
        ws += words(text, LABEL_X, top + i * LABEL_PITCH, size=LABEL_SIZE, font=BOLD)
    for i, text in enumerate(value_lines):
        ws += words(text, VALUE_X, top + i * VALUE_PITCH, size=VALUE_SIZE)
    end = top + max(len(label_lines) * LABEL_PITCH, len(value_lines) * VALUE_PITCH)
    return ws, end + 8


PURPOSE = ["INVESTERINGENS", "ÖVERGRIPANDE MÅL", "OCH SYFTE", "ENLIGT ANSÖKAN"]
PURPOSE_TEXT = [
    "Projektet ska öka tryggheten på platsen.",
    "Kamerorna ska underlätta utredningar.",
    "Fler ska vilja vistas här kvällstid.",
]


def _page() -> Page:
    ws = list(TITLE)
    row, y = _row(["PROJEKTNAMN"], ["Kameror Hökarängen"], 100)
    ws += row
    row, y = _row(PURPOSE, PURPOSE_TEXT, y)
    ws += row
    row, y = _row(["AVVIKELSER"], ["Inga avvikelser har noterats."], y)
    ws += row
    return Page(1, 595.0, 842.0, ws)


def test_two_small_label_lines_beside_one_answer_line_stay_two_lines():
    # "ÖVERGRIPANDE MÅL" (top 130.5) and "OCH SYFTE" (139.5) both overlap the answer line at 134:
    # one line would read "ÖVERGRIPANDE OCH MÅL SYFTE ...".
    texts = [ln.text for ln in group_lines(_page())]
    assert "OCH SYFTE" in texts
    assert not any("ÖVERGRIPANDE" in t and "OCH" in t for t in texts)


def test_a_small_capital_label_wrapping_over_four_lines_is_one_label():
    assert summary(lay_as_extractor([_page()])) == [
        ("PROJEKTNAMN", "Kameror Hökarängen", 1),
        (" ".join(PURPOSE), " ".join(PURPOSE_TEXT), 1),
        ("AVVIKELSER", "Inga avvikelser har noterats.", 1),
    ]

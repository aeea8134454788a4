"""Issue #12, thirty-fourth round (h39/f-textforms): a one-line answer typed in a ruled frame under a label
standing free over it, in the answers' own type (the thirty-third forms' Skia pages: "stadsbyggnadskontoret och
lokalpolisområde Globen" framed under "Ev samverkan" read as the label's wrapped tail and the answer lost).
Hand-made words and frames; a label small in its frame's corner (PDF::Builder's boxes) stays a label."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.5
FIELDS = [
    ("Kontaktperson", ["Ahmed Nyström, trygghetsstrateg"]),
    ("Ev samverkan", ["stadsbyggnadskontoret och lokalpolisområde Globen"]),
    (
        "Beskrivning",
        [
            "Insatsen ska minska den oro som handlare och kunder beskriver i centrumet.",
            "Arbetet planeras vara klart under 2018.",
        ],
    ),
    ("Avvikelser", ["inga avvikelser har noterats"]),
]


def _frame(x0: float, top: float, x1: float, bottom: float) -> list[tuple[float, float, float, float]]:
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def _page(corner: bool) -> Page:
    """Each label a plain line over its answer's frame the text's width (`corner`: the label small inside the
    frame's top-left corner over its answer, as PDF::Builder prints a form)."""
    ws = words("Bilaga 7 Ansökan om investeringsmedel", 56, 60, 14, "Helvetica-Bold")
    rules: list[tuple[float, float, float, float]] = []
    top = 95.0
    for label, lines in FIELDS:
        if corner:
            frame_top = top
            ws += words(label, 59, top + 3, 8.0)
            top += 3 + 8.0 + 3
        else:
            ws += words(label, 56, top, SIZE)
            top += SIZE + 3
            frame_top = top
        top += 4
        for line in lines:
            ws += words(line, 60, top, SIZE)
            top += SIZE * 1.25
        rules += _frame(56.0, frame_top, 539.0, top + 2)
        top += 14
    return Page(1, 595.0, 842.0, ws, rules=rules)


def _expected() -> list[tuple[str, str]]:
    return [(label, " ".join(lines)) for label, lines in FIELDS]


def test_a_one_line_answer_framed_under_its_label_is_that_labels_answer() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page(corner=False)]))]
    assert got == _expected()


def test_a_label_small_in_its_frames_corner_stays_a_label() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page(corner=True)]))]
    assert got == _expected()

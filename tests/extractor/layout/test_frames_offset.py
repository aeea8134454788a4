"""Forms placed as text frames (LibreOffice Draw and Impress, a DTP tool): each label and each answer a frame
of its own, so an answer's first line need not stand level with its label (the frames' paddings differ, a label
is centred in a taller frame), here half a line or more above or below it. With the labels set flush right no
line holds both a label and its answer, yet the answers' column is the value column."""

from __future__ import annotations

import pytest

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, lay_as_extractor, summary

EDGE, VALUE_X, SIZE = 180.0, 200.0, 10.0
ROWS = [
    (["Projektnamn"], ["Trygga gångstråk i Farsta"]),
    (["Plats"], ["Farsta strand"]),
    (["Projektets mål och syfte"], ["Att göra gångvägen tryggare för de boende", "kvällstid med ny belysning."]),
    (["Beskrivning av", "eventuella avvikelser"], ["Arbetet blev klart en månad sent."]),
    (["Ekonomiskt utfall"], ["Kostnaden blev 410 000 kr."]),
]


def _width(text: str) -> float:
    return sum(0.5 * SIZE * len(t) for t in text.split()) + 0.28 * SIZE * (len(text.split()) - 1)


def _frames(offset: float, flush_right: bool) -> Page:
    ws, y = list(TITLE), 100.0
    for labels, answers in ROWS:
        for i, text in enumerate(labels):
            ws += words(text, EDGE - _width(text) if flush_right else 50.0, y + 12 * i, size=SIZE)
        for i, text in enumerate(answers):
            ws += words(text, VALUE_X, y + offset + 13 * i, size=SIZE)
        y += max(12 * len(labels), 13 * len(answers) + offset) + 18
    return Page(1, 595.0, 842.0, ws)


@pytest.mark.parametrize("offset", [-6.0, -4.0, 4.0, 6.0, 8.0])
@pytest.mark.parametrize("flush_right", [True, False])
def test_answer_frames_off_level_with_their_labels_keep_their_labels(offset, flush_right):
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_frames(offset, flush_right)]))]
    assert got == [(" ".join(labels), " ".join(answers)) for labels, answers in ROWS]

"""extract_report() on forms a word processor made, not our fixture generator.

tests/data/wordprocessor/ holds PDFs exported by LibreOffice from .docx forms
built like Stockholm's (bench/wordprocessor_corpus.py made them; CI needs
neither LibreOffice nor python-docx): Word tables with and without borders,
labels wrapping in a narrow column, a row split by a page break (the label's
tail continues on the next page), labels centred beside their answers (no
gap between rows; trailing empty paragraphs), a title in Title style wrapped
over three lines, a form laid out with a tab stop instead of a table,
Heading styles, page-number fields, placeholder text as a content control,
A4 and Letter. Each has a `.truth.json` with the record fields it must give.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixturegen.spec import RECORD_FIELDS

from bilagor.extractor import extract_report
from bilagor.extractor.labels import is_label, stage_of
from bilagor.extractor.layout import layout_pages
from bilagor.extractor.text import normalise
from bilagor.extractor.words import Page, Word
from factories import DATA as TEST_DATA, words

DATA = TEST_DATA / "wordprocessor"
CASES = sorted(DATA.glob("*.pdf"))
FIELDS = RECORD_FIELDS


def test_the_committed_corpus_is_there():
    assert len(CASES) >= 6
    layouts = [json.loads(_truth_path(p).read_text("utf-8"))["layout"] for p in CASES]
    assert {lay["borders"] for lay in layouts} == {True, False}
    assert {lay["page"] for lay in layouts} == {"A4", "Letter"}


def _truth_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + ".truth.json")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_field_matches_the_truth(path):
    truth = json.loads(_truth_path(path).read_text("utf-8"))
    data = extract_report(path, entities=False).to_dict()
    assert {f: data[f] for f in FIELDS} == {f: truth[f] for f in FIELDS}
    got = [(s["key"], normalise(s["text"]), s["page"]) for s in data["sections"]]
    assert got == [(s["key"], normalise(s["text"]), s["page"]) for s in truth["sections"]]


# ---------------------------------------------------------------- the rules, on hand-made words

LABEL_X, VALUE_X, PITCH = 70.0, 220.0, 13.0


def _title(top: float = 60.0) -> list[Word]:
    return words("Bilaga 5 - Uppföljning trygghetsinvestering", LABEL_X, top, size=14, font="Arial-Bold")


def _blocks(pages):
    result = layout_pages(pages, is_label=is_label, stage_of=stage_of)
    return [(b.label, " ".join(b.lines), b.page) for b in result.blocks]


def test_a_labels_tail_overleaf_continues_the_label():
    first = _title() + words("Projektnamn", LABEL_X, 100) + words("Pollare vid Husby torg", VALUE_X, 100)
    first += words("Beskrivning av ekonomiskt", LABEL_X, 770) + words("Utfallet blev 1 480 000 kr mot", VALUE_X, 770)
    first += words("utfall och eventuell", LABEL_X, 783) + words("budgeterade 1 650 000 kr.", VALUE_X, 783)
    second = words("avvikelse mot", LABEL_X, 70) + words("Ingen avvikelse finns.", VALUE_X, 70)
    second += words("kalkylerade utgifter", LABEL_X, 83)
    second += words("Bilder före", LABEL_X, 110) + words("Se bifogade bilder.", VALUE_X, 110)
    assert _blocks([Page(1, 595, 842, first), Page(2, 595, 842, second)]) == [
        ("Projektnamn", "Pollare vid Husby torg", 1),
        (
            "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
            "Utfallet blev 1 480 000 kr mot budgeterade 1 650 000 kr. Ingen avvikelse finns.",
            1,
        ),
        ("Bilder före", "Se bifogade bilder.", 2),
    ]


def test_labels_centred_in_rows_without_gaps_get_their_own_answers():
    # Answers flow at one pitch with no gap between rows; each label sits at
    # the middle of its answer, so a top-aligned reading would cut mid-sentence.
    answers = [
        ("Projektnamn", ["Trygghetsbelysning i Tunnlandsparken"]),
        ("Plats", ["Tunnlandsparken, Hässelby-Vällingby", "stadsdelsnämnd"]),
        ("Syfte och mål", ["Belysningen ska göra gångvägarna", "tryggare under kvällar och", "nätter."]),
        ("Avvikelser", ["Inga avvikelser."]),
    ]
    ws, y = _title(), 100.0
    for label, lines in answers:
        ws += words(label, LABEL_X, y + (len(lines) - 1) * PITCH / 2)
        for line in lines:
            ws += words(line, VALUE_X, y)
            y += PITCH
    assert _blocks([Page(1, 595, 842, ws)]) == [(label, " ".join(lines), 1) for label, lines in answers]


def test_a_title_wrapped_over_three_lines_in_title_type_stays_the_title():
    ws = words("Konst i gångtunnlar vid", LABEL_X, 60, size=24) + words("Skärholmstorget.", LABEL_X, 90, size=24)
    ws += words("Inriktningsbeslut", LABEL_X, 120, size=24)
    ws += words("Bakgrund", LABEL_X, 170, font="Arial-Bold") + words("Platsen upplevs som otrygg.", LABEL_X, 184)
    ws += words("Plats", LABEL_X, 210, font="Arial-Bold") + words("Skärholmstorget, Skärholmen.", LABEL_X, 224)
    result = layout_pages([Page(1, 595, 842, ws)], is_label=is_label, stage_of=stage_of)
    assert [ln.text for ln in result.preamble] == ["Konst i gångtunnlar vid", "Skärholmstorget.", "Inriktningsbeslut"]
    assert [(b.label, " ".join(b.lines)) for b in result.blocks] == [
        ("Bakgrund", "Platsen upplevs som otrygg."),
        ("Plats", "Skärholmstorget, Skärholmen."),
    ]


def _picture_rows(top: float, space: float = 3.0) -> tuple[list[Word], list[tuple[float, float, float, float]]]:
    """'Bilder före/efter' rows: a caption and a photo (no words) under it, the label centred beside both."""
    ws, boxes, y = [], [], top
    for label in ("Bilder före", "Bilder efter"):
        ws += words("Inga bilder har tagits.", VALUE_X, y)
        photo = (VALUE_X + 9, y + 11 + space, VALUE_X + 119, y + 84 + space)
        ws += words(label, LABEL_X, (y + photo[3]) / 2 - 5.5)
        boxes.append(photo)
        y = photo[3] + 12
    return ws, boxes


_ANSWERS_ABOVE = [
    ("Projektnamn", ["Pollare vid Husby torg"]),
    ("Syfte och mål", ["Belysningen ska göra gångvägarna", "tryggare under kvällar."]),
]


def _rows_above(top: float = 100.0, *, centred: bool = False, gap: float = 10.0) -> list[Word]:
    ws, y = _title(), top
    for label, lines in _ANSWERS_ABOVE:
        ws += words(label, LABEL_X, y + (len(lines) - 1) * PITCH / 2 if centred else y)
        for line in lines:
            ws += words(line, VALUE_X, y)
            y += PITCH
        y += gap
    return ws


@pytest.mark.parametrize("space", [3.0, 30.0])  # paragraph spacing between caption and photo
def test_a_label_centred_beside_a_photo_owns_the_caption_above_the_photo(space):
    # Without the photo the caption stands a row gap above its label, like the
    # end of the previous answer; with it, caption and photo are one answer.
    ws, boxes = _picture_rows(175.0, space)
    assert _blocks([Page(1, 595, 842, _rows_above() + ws, images=boxes)]) == [
        (label, " ".join(lines), 1) for label, lines in _ANSWERS_ABOVE
    ] + [("Bilder före", "Inga bilder har tagits.", 1), ("Bilder efter", "Inga bilder har tagits.", 1)]


def test_a_caption_atop_the_next_page_goes_to_the_label_centred_beside_its_photo():
    pictures, boxes = _picture_rows(70.0)
    pages = [Page(1, 595, 842, _rows_above(700.0)), Page(2, 595, 842, pictures, images=boxes)]
    assert _blocks(pages)[-2:] == [
        ("Bilder före", "Inga bilder har tagits.", 2),
        ("Bilder efter", "Inga bilder har tagits.", 2),
    ]


def test_without_a_row_gap_the_centred_labels_share_the_lines_above_a_photo():
    # Paragraph spacing only: the caption follows the previous answer at one
    # line pitch, so only the labels' centring tells the rows apart.
    above = _rows_above(centred=True, gap=0.0)
    ws, boxes = _picture_rows(100.0 + 3 * PITCH)
    assert _blocks([Page(1, 595, 842, above + ws, images=boxes)]) == [
        (label, " ".join(lines), 1) for label, lines in _ANSWERS_ABOVE
    ] + [("Bilder före", "Inga bilder har tagits.", 1), ("Bilder efter", "Inga bilder har tagits.", 1)]


def test_a_photo_without_caption_leaves_the_answer_above_it_alone():
    # The label centres on the photo alone, not on the photo and the line above it.
    ws = _rows_above() + words("Bilder före", LABEL_X, 211.0)
    page = Page(1, 595, 842, ws, images=[(VALUE_X, 180.0, VALUE_X + 110, 253.0)])
    assert _blocks([page])[-2:] == [
        ("Syfte och mål", "Belysningen ska göra gångvägarna tryggare under kvällar.", 1),
        ("Bilder före", "", 1),
    ]


def test_a_picture_in_the_label_column_is_no_answer():
    ws, boxes = _picture_rows(175.0)
    in_label_column = [(LABEL_X, top, LABEL_X + 100, bottom) for _, top, _, bottom in boxes]
    blocks = _blocks([Page(1, 595, 842, _rows_above() + ws, images=in_label_column)])
    assert blocks == _blocks([Page(1, 595, 842, _rows_above() + ws)])
    assert blocks[-1] == ("Bilder efter", "", 1)  # the old reading: the caption went to the row above


def test_the_reader_sees_the_photos_in_the_answer_column():
    from bilagor.extractor.pdf_reader import read_pdf

    page = read_pdf(DATA / "wp-s2-0051-followup_pagebreak.pdf").pages[1]
    assert len(page.images) == 2
    label_x = min(w.x1 for w in page.words if w.text.startswith("Bilder"))
    assert all(label_x < x0 < x1 and top < bottom for x0, top, x1, bottom in page.images)

"""Issue #12, sixteenth round: dot-leader listings (a line printer's, a report program's). A label padded
with dots to a colon is its ordinary label; the answer starts after the colon; a label too long for its
column wraps above its dots; the print line and the page line under the last row are furniture. Pure
steps on hand-made words, then end to end on tests/data/case_prints/dot-leaders.pdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.labels import is_known_wording, is_label, known_key, without_leader
from bilagor.extractor.layout.leaders import leader_split, read_leader_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import strip_running_lines
from bilagor.extractor.words import Page, Word
from factories import words

PRINTS = Path(__file__).resolve().parents[2] / "data" / "case_prints"
FONT = "Courier"
CHAR = 6.0  # Courier 10 pt: every character 6 points wide


def _mono(text: str, top: float, left: float = 40.0) -> Line:
    """A monospaced line as a printer sets it: each word at its character column (runs of spaces kept)."""
    out, column = [], 0
    for token in text.split(" "):
        if token:
            x0 = left + column * CHAR
            out.append(Word(token, x0, x0 + len(token) * CHAR, top, top + 10.0, FONT, 10.0))
        column += len(token) + 1
    return Line(1, out)


def _split_texts(text: str) -> tuple[str, str] | None:
    split = leader_split(_mono(text, 100.0).words, 8)
    if split is None:
        return None
    label, answer = split
    return " ".join(w.text for w in label), " ".join(w.text for w in answer)


# --- labels with their leaders -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("KONTAKTPERSON ................ :", "Kontaktperson"),
        ("SÖKANDE NÄMND . . . . . . . :", "Sökande nämnd"),
        ("Geografisk plats för investering........:", "Geografisk plats för investering"),
        ("E-POST ....:", "E-post"),
    ],
)
def test_a_label_padded_with_dots_is_its_ordinary_label(written, plain):
    assert without_leader(written).casefold() == plain.casefold()
    assert known_key(written) == known_key(plain) is not None
    assert is_label(written)


def test_an_ellipsis_inside_a_sentence_is_no_leader():
    assert without_leader("Vi väntar ... och ser") == "Vi väntar ... och ser"
    assert known_key("Vi väntar på svar från nämnden ...") is None


# --- a leader line split at its colon ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TELEFONNUMMER .......... : 08-123 45 67", ("TELEFONNUMMER:", "08-123 45 67")),
        ("SÖKT BELOPP . : 450 000 kr", ("SÖKT BELOPP:", "450 000 kr")),  # one dot is the whole leader
        ("Ansvarig enhet . . . . . : Parkenheten", ("Ansvarig enhet:", "Parkenheten")),
        ("ANSVARIG.............: Lena Ek", ("ANSVARIG:", "Lena Ek")),  # dots and colon run on
        ("ANSVARIG............. : Lena Ek", ("ANSVARIG:", "Lena Ek")),
        ("ANSVARIG ............:", ("ANSVARIG:", "")),  # a label with no answer
    ],
)
def test_a_leader_line_is_a_label_and_the_answer_after_its_colon(text, expected):
    assert _split_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Plats: Ängbyplan",  # an ordinary inline label: the walker's own
        "Plats : Ängbyplan",  # a spaced colon with no dots
        "Vi väntar ... och ser vad som händer: kanske",  # an ellipsis with prose after it
        "Sammanfattning ...",  # dots to no colon
        "Bl.a.. något",
    ],
)
def test_a_line_without_dots_to_a_colon_is_no_leader_line(text):
    assert _split_texts(text) is None


def test_a_label_wrapped_above_its_dots_joins_it_and_the_answer_stays_in_its_column():
    lines = [
        _mono("Uppföljning av gångstråket", 60.0),
        _mono("BESKRIVNING AV ÅTGÄRDER SOM", 90.0),
        _mono("VIDTAGITS ................... : Nya lampor sattes upp i", 100.0),
        _mono("                                gångtunneln.", 110.0),
    ]
    (page,), removed = read_leader_lines([lines], tol=3.0)
    assert removed == []
    assert [ln.text for ln in page] == [
        "Uppföljning av gångstråket",
        "BESKRIVNING AV ÅTGÄRDER SOM VIDTAGITS: Nya lampor sattes upp i",
        "gångtunneln.",
    ]
    assert page[1].top == 100.0  # on the dots' baseline
    assert page[1].words[-5].x0 == page[2].x0  # the answer starts at the answer column


def test_a_line_in_other_case_or_after_a_gap_is_not_a_wrapped_label():
    lines = [
        _mono("Bilaga 4 Ansökan", 70.0),  # mixed case above a label in capitals
        _mono("PLATS ............... : Rinkeby torg", 80.0),
        _mono("ÖVRIGT", 100.0),  # two lines above: a gap, no wrap
        _mono("KOSTNAD ............. : 30 000 kr", 120.0),
    ]
    (page,), _ = read_leader_lines([lines], tol=3.0)
    assert [ln.text for ln in page] == ["Bilaga 4 Ansökan", "PLATS: Rinkeby torg", "ÖVRIGT", "KOSTNAD: 30 000 kr"]


def test_the_print_line_after_the_last_label_is_furniture_and_a_dated_answer_is_not():
    lines = [
        _mono("PLATS ............... : Rinkeby torg", 80.0),
        _mono("STARTDATUM .......... : 2022-03-01", 90.0),
        _mono("SLUTDATUM ........... :", 100.0),
        _mono("                       2022-09-30", 110.0),  # an answer in the answer column
        _mono("Printed 2022-10-04 09:12", 130.0),
    ]
    (page,), removed = read_leader_lines([lines], tol=3.0)
    assert removed == ["Printed 2022-10-04 09:12"]
    assert [ln.text for ln in page][-1] == "2022-09-30"


def test_a_dated_line_at_the_label_edge_in_a_document_with_few_leaders_stays():
    lines = [_mono("PLATS ............... : Rinkeby torg", 80.0), _mono("Möte 2022-10-04", 100.0)]
    (page,), removed = read_leader_lines([lines], tol=3.0)
    assert removed == [] and page[-1].text == "Möte 2022-10-04"


# --- the page line above the margin --------------------------------------------------------------


def test_a_page_number_as_the_pages_last_line_is_dropped_wherever_it_stands():
    body = [Line(1, words(f"Rad {i} med text", 56.0, 100.0 + 12 * i, font=FONT)) for i in range(3)]
    foot = Line(1, words("Sida 1 (1)", 480.0, 400.0, font=FONT))  # far above the bottom margin
    page = Page(1, 842.0, 595.0, [w for ln in [*body, foot] for w in ln.words])
    (kept,), removed = strip_running_lines([page], [[*body, foot]])
    assert [ln.text for ln in kept] == [ln.text for ln in body]
    assert removed == ["Sida 1 (1)"]


def test_a_number_alone_as_the_last_line_stays():
    body = [Line(1, words("Antal kameror", 56.0, 100.0, font=FONT)), Line(1, words("4", 56.0, 112.0, font=FONT))]
    page = Page(1, 842.0, 595.0, [w for ln in body for w in ln.words])
    (kept,), _ = strip_running_lines([page], [body])
    assert [ln.text for ln in kept] == ["Antal kameror", "4"]


# --- end to end on a committed listing -------------------------------------------------------------


def test_a_report_programs_listing_reads_every_row():
    record = extract_report(PRINTS / "dot-leaders.pdf", entities=False).to_dict()
    assert record["title"] == "Bilaga 3 Ansökan om investeringsmedel"
    assert [(s["key"], s["text"]) for s in record["sections"]] == [
        ("insats", "Bänkar och belysning vid Vällingbyplan"),
        ("plats", "Vällingbyplan, Hässelby-Vällingby"),
        ("ekonomiskt_utfall", "Inköpen kostade 212 000 kr, och monteringen ryms i driftbudgeten."),
        ("samverkan", ""),
        ("kontaktperson", "Maja Lind"),
    ]
    assert is_known_wording(record["sections"][2]["label"])

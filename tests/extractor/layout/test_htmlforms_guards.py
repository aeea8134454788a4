"""Guards for the browser-form rules on the project's other layouts: answer text that the
label vocabulary happens to match is not a stand-alone label nor a card's label, and a grid
row whose left answer runs up to the right label is still a grid row."""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.words import Page
from factories import words
from layout_builders import LABEL_X, TITLE, lay, summary

LONG = "Syftet är att göra gångvägarna kring Husby torg tryggare"  # reads as a label (loose rules)


def test_a_long_answer_line_that_reads_as_a_label_is_no_label_above_an_answer():
    ws = list(TITLE)
    ws += words("Projektnamn: Trygghetsbelysning i Husby", LABEL_X, 100)
    ws += words("Syfte och mål: Boende har pekat ut platsen som mörk.", LABEL_X, 124)
    ws += words(LONG, LABEL_X, 138)
    ws += words("under den mörka delen av året.", LABEL_X, 152)
    blocks = summary(lay([Page(1, 595.0, 842.0, ws)]))
    assert blocks[-1] == (
        "Syfte och mål:",
        f"Boende har pekat ut platsen som mörk. {LONG} under den mörka delen av året.",
        1,
    )


def test_answer_text_beside_a_broken_label_is_no_card_label():
    # A narrow label cell breaks 'Projektets' mid-word; the long answer beside it reads as a label.
    value_x = 140.0
    rows = [
        (["Projekt", "namn"], ["Trygghetsbelysning vid Årsta IP"]),
        (["Plats"], ["Årsta IP, Enskede-Årsta-Vantör"]),
        (
            ["Projekt", "ets", "mål", "och", "syfte"],
            [LONG + " under den", "delen av året. Boende har pekat ut platsen."],
        ),
        (["Avvikelser"], ["Inga avvikelser."]),
    ]
    ws, y = list(TITLE), 100.0
    for labels, values in rows:
        for i in range(max(len(labels), len(values))):
            if i < len(labels):
                ws += words(labels[i], LABEL_X, y, size=10)
            if i < len(values):
                ws += words(values[i], value_x, y, size=10)
            y += 13
        y += 8
    texts = [text for _, text, _ in summary(lay([Page(1, 595.0, 842.0, ws)]))]
    assert texts[2] == LONG + " under den delen av året. Boende har pekat ut platsen."


def test_a_grid_row_whose_left_answer_runs_up_to_the_right_label_stays_a_grid_row():
    l1, v1, l2, v2, lead = 56.0, 150.0, 330.0, 420.0, 14.0
    ws = words("Bilaga 5b", l1, 60, size=14, font="Helvetica-Bold")
    ws += words("Ansökan om investeringsmedel (CM4)", l1, 80, size=14, font="Helvetica-Bold")
    rows = [
        ((["Namn på", "insats"], ["Trygghetsbelysning"]), (["Sökt belopp"], ["450 000 kr"])),
        ((["Sökande nämnd"], ["Farsta stadsdelsnämnd"]), (["Ev medsökande", "nämnd"], ["Ingen"])),
        ((["Kontaktperson"], ["Eva Lind, trygghetssamordnare"]), (["Telefon"], ["08-508 11 222"])),
        ((["E-post"], ["eva.lind@stockholm.se"]), (["Ev samverkan"], ["Polisen och", "fastighetsägare"])),
    ]
    y = 120.0
    for left, right in rows:
        for x, lines in ((l1, left[0]), (v1, left[1]), (l2, right[0]), (v2, right[1])):
            for i, text in enumerate(lines):
                line = words(text, x, y + i * lead, size=10)
                if text.endswith("trygghetssamordnare"):  # set wider: its end meets the right label
                    k = (l2 - 3.0 - v1) / (line[-1].x1 - v1)
                    line = [replace(w, x0=v1 + (w.x0 - v1) * k, x1=v1 + (w.x1 - v1) * k) for w in line]
                ws += line
        y += max(len(left[0]), len(left[1]), len(right[0]), len(right[1])) * lead + 8
    got = [(label, text) for label, text, _ in summary(lay([Page(1, 595.0, 842.0, ws)]))]
    assert ("Kontaktperson", "Eva Lind, trygghetssamordnare") in got
    assert ("Telefon", "08-508 11 222") in got

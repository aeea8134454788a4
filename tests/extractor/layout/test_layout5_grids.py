"""Grids of three and four label/value pairs a row (each right-hand label column found by its
known labels, left-aligned), labels in capitals, labels wrapping in their narrow cells."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import BOLD, grid_page, lay_as_extractor, summary

THREE = [(40.0, 100.0), (215.0, 275.0), (390.0, 450.0)]
FOUR = [(40.0, 112.0), (170.0, 222.0), (300.0, 352.0), (430.0, 490.0)]
CAPITALS = [(40.0, 130.0), (260.0, 360.0)]  # capitals are wider: the columns too


def _pairs(layout) -> set[tuple[str, str]]:
    return {(" ".join(label.split()), text) for label, text, _ in summary(layout)}


def test_a_grid_of_three_pairs_a_row_gives_every_pair():
    rows = [
        (
            (["Namn på", "insats"], ["Trygghetsbelysning", "i Husby"]),
            (["Sökt", "belopp"], ["450 000 kr"]),
            (["Sökande", "nämnd"], ["Rinkeby-Kista", "stadsdelsnämnd"]),
        ),
        ((["Kontaktperson"], ["Eva Lind"]), (["Telefon"], ["08-508 11 222"]), (["E-post"], ["eva.lind@stockholm.se"])),
    ]
    got = _pairs(lay_as_extractor([grid_page(rows, THREE)]))
    assert {
        ("Namn på insats", "Trygghetsbelysning i Husby"),
        ("Sökt belopp", "450 000 kr"),
        ("Sökande nämnd", "Rinkeby-Kista stadsdelsnämnd"),
        ("Kontaktperson", "Eva Lind"),
        ("Telefon", "08-508 11 222"),
        ("E-post", "eva.lind@stockholm.se"),
    } <= got


def test_a_grid_of_four_pairs_a_row_gives_every_pair():
    rows = [
        (
            (["Namn på", "insats"], ["Belysning"]),
            (["Sökt", "belopp"], ["450 000", "kr"]),
            (["Sökande", "nämnd"], ["Farsta", "sdn"]),
            (["Ev", "medsökande", "nämnd"], ["Ingen"]),
        ),
        (
            (["Kontaktperson"], ["Eva Lind"]),
            (["Telefon"], ["08-508", "11 222"]),
            (["E-post"], ["eva.lind@", "stockholm.se"]),
            (["Ev", "samverkan"], ["Polisen"]),
        ),
        (
            (["Startdatum"], ["2024-03-01"]),
            (["Slutdatum"], ["2024-11-30"]),
            (["Kostnad"], ["450 000", "kr"]),
            (["Ansvarig"], ["Eva Lind"]),
        ),
    ]
    got = _pairs(lay_as_extractor([grid_page(rows, FOUR, size=9.0)]))
    assert {
        ("Namn på insats", "Belysning"),
        ("Sökt belopp", "450 000 kr"),
        ("Sökande nämnd", "Farsta sdn"),
        ("Ev medsökande nämnd", "Ingen"),
        ("Kontaktperson", "Eva Lind"),
        ("Telefon", "08-508 11 222"),
        ("E-post", "eva.lind@ stockholm.se"),
        ("Ev samverkan", "Polisen"),
    } <= got


def test_a_grid_with_labels_in_capitals_gives_every_pair():
    rows = [
        (
            (["Projektnamn"], ["Belysning i Husby"]),
            (["Geografisk plats", "för investering"], ["Husby torg,", "Rinkeby-Kista"]),
        ),
        ((["Sökande nämnd"], ["Rinkeby-Kista sdn"]), (["Sökt belopp"], ["450 000 kr"])),
        ((["Kontaktperson"], ["Eva Lind"]), (["Telefon"], ["08-508 11 222"])),
        ((["E-post"], ["eva.lind@stockholm.se"]), (["Ev samverkan"], ["Polisen"])),
    ]
    got = _pairs(lay_as_extractor([grid_page(rows, CAPITALS, upper=True)]))
    assert {
        ("PROJEKTNAMN", "Belysning i Husby"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Husby torg, Rinkeby-Kista"),
        ("SÖKANDE NÄMND", "Rinkeby-Kista sdn"),
        ("SÖKT BELOPP", "450 000 kr"),
        ("KONTAKTPERSON", "Eva Lind"),
        ("TELEFON", "08-508 11 222"),
        ("E-POST", "eva.lind@stockholm.se"),
        ("EV SAMVERKAN", "Polisen"),
    } <= got


def test_a_single_grid_row_whose_first_label_wraps_in_capitals_gives_both_pairs():
    # 'PROJEKTETS' / 'NAMN' reads as no known label, and a capital starts no new row: the leading does.
    (l1, v1), (l2, v2) = CAPITALS
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", l1, 60, size=14, font=BOLD)
    ws += words("PROJEKTETS", l1, 100, size=10, font=BOLD) + words("Konst i", v1, 100, size=10)
    ws += words("PLATS", l2, 100, size=10, font=BOLD) + words("Kista gård", v2, 100, size=10)
    ws += words("NAMN", l1, 112, size=10, font=BOLD) + words("gångtunnlar", v1, 112, size=10)
    y = 140.0
    for label, answer in (("SYFTE OCH MÅL", "Tunnlarna ska bli tryggare."), ("RESULTAT", "Tolv väggar har målats.")):
        ws += words(label, l1, y, size=10, font=BOLD) + words(answer, v1, y, size=10)
        y += 24
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert got[:2] == [("PROJEKTETS NAMN", "Konst i gångtunnlar"), ("PLATS", "Kista gård")]


def test_a_second_grid_further_down_the_page_gives_its_pairs_too():
    # Two CSS grids, each sizing its own columns: the lower one's right-hand labels stand elsewhere.
    l1, v1 = 70.0, 150.0
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", l1, 60, size=14, font=BOLD)
    ws += words("Projektnamn", l1, 100, size=10) + words("Utegym", v1, 100, size=10)
    ws += words("Plats", 225.0, 100, size=10) + words("Husby torg", 300.0, 100, size=10)
    y = 130.0
    for label, answer in (("Syfte och mål", "Fler ska röra sig i parken."), ("Resultat", "Tio redskap har byggts.")):
        ws += words(label, l1, y, size=10) + words(answer, v1, y, size=10)
        y += 24
    ws += words("Bilder före", l1, y, size=10) + words("Se bilaga.", v1, y, size=10)
    ws += words("Bilder efter", 235.0, y, size=10) + words("Se bilaga 2.", 310.0, y, size=10)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))]
    assert ("Bilder före", "Se bilaga.") in got
    assert ("Bilder efter", "Se bilaga 2.") in got
    assert ("Plats", "Husby torg") in got

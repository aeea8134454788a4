"""Grids of three and four label/value pairs a row (each right-hand label column found by its
known labels, left-aligned), labels in capitals, labels wrapping in their narrow cells."""

from __future__ import annotations

from layout5_builders import grid_page, lay5
from layout_builders import summary

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
    got = _pairs(lay5([grid_page(rows, THREE)]))
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
    got = _pairs(lay5([grid_page(rows, FOUR, size=9.0)]))
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
    got = _pairs(lay5([grid_page(rows, CAPITALS, upper=True)]))
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

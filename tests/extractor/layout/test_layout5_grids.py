"""Grids of three and four label/value pairs a row (each right-hand label column found by its
known labels, left-aligned), labels in capitals, labels wrapping in their narrow cells."""

from __future__ import annotations

from layout5_builders import grid_page, lay5
from layout_builders import summary

THREE = [(40.0, 100.0), (215.0, 275.0), (390.0, 450.0)]
FOUR = [(40.0, 90.0), (170.0, 220.0), (300.0, 350.0), (430.0, 480.0)]


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
    ]
    got = _pairs(lay5([grid_page(rows, FOUR, size=9.0)]))
    assert {
        ("Namn på insats", "Belysning"),
        ("Sökt belopp", "450 000 kr"),
        ("Sökande nämnd", "Farsta sdn"),
        ("Ev medsökande nämnd", "Ingen"),
        ("Kontaktperson", "Eva Lind"),
        ("Telefon", "08-508 11 222"),
        ("Ev samverkan", "Polisen"),
    } <= got


def test_a_grid_with_labels_in_capitals_gives_every_pair():
    rows = [
        (
            (["Projektnamn"], ["Trygghetsbelysning i Husby"]),
            (["Geografisk plats", "för investering"], ["Husby torg,", "Rinkeby-Kista"]),
        ),
        ((["Kontaktperson"], ["Eva Lind"]), (["Telefon"], ["08-508 11 222"])),
    ]
    got = _pairs(lay5([grid_page(rows, THREE[:2], upper=True)]))
    assert {
        ("PROJEKTNAMN", "Trygghetsbelysning i Husby"),
        ("GEOGRAFISK PLATS FÖR INVESTERING", "Husby torg, Rinkeby-Kista"),
        ("KONTAKTPERSON", "Eva Lind"),
        ("TELEFON", "08-508 11 222"),
    } <= got

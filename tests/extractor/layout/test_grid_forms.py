"""Layout: application headers drawn as a grid of label | value | label | value."""

from bilagor.extractor.words import Page

from factories import words
from layout_builders import lay, summary

L1, V1, L2, V2, LEAD = 56.0, 150.0, 330.0, 420.0, 14.0


def grid_page(rows, top=120.0) -> Page:
    """rows: ((label lines, value lines), (label lines, value lines)) per grid row."""
    ws = words("Bilaga 5b", L1, 60, size=14, font="Helvetica-Bold")
    ws += words("Ansökan om investeringsmedel (CM4)", L1, 80, size=14, font="Helvetica-Bold")
    y = top
    for left, right in rows:
        height = max(len(left[0]), len(left[1]), len(right[0]), len(right[1]))
        for x, lines in ((L1, left[0]), (V1, left[1]), (L2, right[0]), (V2, right[1])):
            for i, text in enumerate(lines):
                ws += words(text, x, y + i * LEAD, size=10)
        y += height * LEAD + 8
    ws += words("1. Beskrivning (mål och syfte)", L1, y + 10, size=10, font="Helvetica-Bold")
    body = (
        "Belysningen ska göra gångvägen tryggare under den mörka delen av året och locka fler att röra sig "
        "på platsen. Arbetet utförs under våren."
    )
    ws += words(body[:95], L1, y + 26, size=10)
    ws += words(body[95:], L1, y + 40, size=10)
    return Page(1, 595.0, 842.0, ws)


def test_every_label_value_pair_of_a_grid_is_its_own_section():
    page = grid_page(
        [
            ((["Namn på", "insats"], ["Trygghetsbelysning"]), (["Sökt belopp"], ["450 000 kr"])),
            ((["Sökande nämnd"], ["Farsta stadsdelsnämnd"]), (["Ev medsökande", "nämnd"], ["Ingen"])),
            ((["Kontaktperson"], ["Eva Lind"]), (["Telefon"], ["08-508 11 222"])),
            ((["E-post"], ["eva.lind@stockholm.se"]), (["Ev samverkan"], ["Polisen och", "fastighetsägare"])),
        ]
    )
    got = [(label, text) for label, text, _ in summary(lay([page]))]
    assert got[:8] == [
        ("Namn på insats", "Trygghetsbelysning"),
        ("Sökt belopp", "450 000 kr"),
        ("Sökande nämnd", "Farsta stadsdelsnämnd"),
        ("Ev medsökande nämnd", "Ingen"),
        ("Kontaktperson", "Eva Lind"),
        ("Telefon", "08-508 11 222"),
        ("E-post", "eva.lind@stockholm.se"),
        ("Ev samverkan", "Polisen och fastighetsägare"),
    ]
    assert got[8][0] == "1. Beskrivning (mål och syfte)"
    assert got[8][1].startswith("Belysningen ska")

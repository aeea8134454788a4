"""Phrases shaped like a body's name that name none (twenty-fourth round, h29/f-entities, issues #11/#12): a town of
any municipality of Sweden acting at a sentence's start, a person named after a title, a district's local
crime-prevention council named like the national one, an event in a partner's phrase; and "förvaltningen i X", X a
district, which is X's committee. Sentences of my own."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def names(text: str, year: int | None = None) -> list[str]:
    return [o.name for o in find_organisations(text, year=year)]


@pytest.mark.parametrize(
    "text",
    [
        "Härnösand har prövat samma lampor i sina tunnlar.",
        "Hedemora byggde en liknande belysning förra året.",
        "Kristianstad har fått statsbidrag för samma sak.",
        "Stadsdelsdirektör Karin Ek har godkänt rapporten.",
        "Enhetschef Johan Berg presenterade resultatet.",
        "Brottsförebyggande rådet i Bredäng har träffats fyra gånger.",
        "Brottsförebyggande rådet för Hässelby-Vällingby föreslog fler lampor.",
        "Lokala Brå i Skarpnäck har följt insatsen.",
        "Skarpnäcks BRÅ har följt insatsen.",
        "Brå Skarpnäck har följt insatsen.",
        "I samarbete med Bredängsdagarna ordnades en kvällsvandring.",
        "I samverkan med Vinterfestivalen tändes ljusslingorna.",
        "Tillsammans med Kulturveckan ordnade vi en utställning.",
    ],
)
def test_names_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "year"),
    [
        ("Skellefteå kommun har prövat samma modell.", ["Skellefteå kommun"], 2019),
        ("I samarbete med Mattecentrum ordnades läxhjälp på biblioteket.", ["Mattecentrum"], 2019),
        # a firm named after its town: only a whole name that is a town is one
        ("Skjutsarna körs enligt avtalet med Hedemora Taxi.", ["Hedemora Taxi"], 2021),
        ("Enligt Brottsförebyggande rådet har anmälningarna minskat.", ["Brottsförebyggande rådet"], 2019),
        ("Brå har tagit fram statistik för Skarpnäck.", ["Brottsförebyggande rådet"], 2019),
        ("Rapporten från Brå i december visar samma sak.", ["Brottsförebyggande rådet"], 2019),
        ("Förvaltningen i Järva har bekostat stolparna.", ["Järva stadsdelsnämnd"], 2024),
        ("Stolparna betalades av förvaltningen i Skärholmen.", ["Skärholmens stadsdelsnämnd"], 2019),
    ],
)
def test_names_the_body(text, expected, year):
    assert names(text, year) == expected

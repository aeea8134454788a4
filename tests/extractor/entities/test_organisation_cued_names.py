"""Bodies no list holds, named bare where the sentence makes a name a body (twenty-first round, h26/f-entities,
issues #11/#12), and name-like words that stay out. Sentences of my own."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_cued_names import cued_names


def cued(text: str) -> list[str]:
    return [name for _, _, name in cued_names(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner's phrase, the verb's supine after the name
        ("Föreningen har i samarbete med Kvartersmusikerna ordnat konserter.", ["Kvartersmusikerna"]),
        # a channel it works through
        ("Volontärerna kom via Grannstödet, som också utbildade dem.", ["Grannstödet"]),
        # a firm hired
        ("Skolan har anlitat Bergsjö Måleri för fasaden.", ["Bergsjö Måleri"]),
        # a passive's agent
        ("Dagvattenbrunnarna rensades av Ränndalens Rör i maj.", ["Ränndalens Rör"]),
        # a report's author, the passive verb after the name
        ("Utredningen från Stadsforum Syd presenterades i juni.", ["Stadsforum Syd"]),
        # a grant's recipient
        ("Nämnden gav Tornsvalorna ett bidrag för dansen.", ["Tornsvalorna"]),
        # a genitive before its work
        ("Lokalen används för Kvällsljusets verksamhet på fredagar.", ["Kvällsljuset"]),
        # acting, within the sentence
        ("Gården har fått nya lampor och Trästödet har byggt bänkar.", ["Trästödet"]),
        # acting, several capitalised words at the sentence's start
        ("Nordljus Event har arrangerat sommarens konserter.", ["Nordljus Event"]),
        # a role noun before the name is no part of it, and the name after it is no sentence opener
        ("Hyresvärden Bergsgårdar har bekostat lamporna.", ["Bergsgårdar"]),
        # the text's other mention of a name taken by its cue, alone at a sentence's start
        (
            "Med stöd av Skrivarverkstan har eleverna gjort en tidning. Skrivarverkstan har också ordnat en utställning.",
            ["Skrivarverkstan", "Skrivarverkstan"],
        ),
        # a sum received is a body's; a thing received is not
        ("Både skolan och Ängsbo har fått bidrag för bänkarna.", ["Ängsbo"]),
    ],
)
def test_a_bare_name_in_a_body_position_is_a_body(text, expected):
    assert cued(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Volontärerna har planterat lökar i rabatten.",  # a capital that only opens the sentence
        "I samarbete med Lars Ekdal har gården fått nya bänkar.",  # a person, by the first name
        "Ritningarna ritades av Ylva Sandström.",  # a person, by the surname's ending
        "Arbetsgruppen i Gnesta har tagit fram en plan.",  # a place, by its preposition
        "Tillsammans med Vinsta har föreningen städat.",  # a place the gazetteer holds
        "I samarbete med Huddinge har föreningen städat.",  # a town of the region
        'Föreningen har tillsammans med "Ljusa Kvällar" ordnat fester.',  # a quoted title
        "Kostnaderna framgår via Bilaga 2 nedan.",  # a document's part
        "Anmälan sker via Instagram och via Bokningsportalen.",  # digital channels
        "Sammanfattning Gruppen har genomfört tre träffar.",  # a heading run into the sentence
        "Gården sköts i samarbete med Stadsdelsförvaltningen.",  # a body's common noun
        "Barnen på förskolan Ekorren har målat staketet.",  # a name in apposition to a common noun
        "Förbundet Konst och Kultur har ordnat en utställning.",  # the second part of one name
        "Projektet fick stöd från Gröna arvsfonden.",  # a longer name that goes on in lower case
        "Både parken och Ängsbo har fått nya bänkar.",  # a thing received
        "Beviljat bidrag från SDN: 20 000 kr.",  # the committee's generic short form
        "Projektet Trygg Hamn har genomfört vandringar.",  # a project's name
        "Gruppen gick via Tranbärsvägen till badet.",  # a place by its head
        "Kostnaderna för Slottsbacken-projektet har ökat.",  # a compound with a lower-case part
        "Kabeln ligger kvar men X.IO Nätdrift har lagt om den.",  # the tail of a name the pattern cannot read whole
        "Laddstolparna bekostades av Elbilspaketet.",  # a programme, by its head (h27)
        "I samarbete med Läsfrämjandelyftet har biblioteket ordnat sagostunder.",  # a programme, by its head (h27)
        "Kvartersgruppen följde Gretas råd om odlingen.",  # a person's advice, not a body's figures (h27)
    ],
)
def test_name_like_words_that_name_no_body_stay_out(text):
    assert cued(text) == []


def test_a_name_already_found_is_left_to_its_span():
    text = "I samarbete med Kvartersmusikerna har föreningen ordnat konserter."
    start = text.index("Kvartersmusikerna")
    assert cued_names(text, [(start, start + len("Kvartersmusikerna"))]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rule through the whole reader: a listed body's partner no list holds
        ("Trafikkontoret har i samarbete med Gatuljus Syd bytt lamporna.", ["Gatuljus Syd", "Trafikkontoret"]),
    ],
)
def test_a_partner_no_list_holds_through_the_reader(text, expected):
    assert sorted(o.name for o in find_organisations(text, year=2024)) == expected

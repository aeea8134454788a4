"""One-word bodies no list holds alone at a sentence's start, a listed firm's legal name with its trade and legal
form, and venues named after a company (twenty-third round, h28/f-entities, issues #11/#12). Sentences of my own."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_cued_names import cued_names


def cued(text: str) -> list[str]:
    return [name for _, _, name in cued_names(text, [])]


def names(text: str) -> list[str]:
    return [o.name for o in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coined name, "har" and a supine
        ("Nordkraft har grävt ner kabeln längs parkvägen.", ["Nordkraft"]),
        # ... owning what it has ("har sitt")
        ("Vaktex har sitt larmskåp i källaren.", ["Vaktex"]),
        # ... a past tense of acting
        ("Granitex stängde sitt lager vid hamnen i våras.", ["Granitex"]),
        ("Bolind levererade stängslen till bygget.", ["Bolind"]),
        # a common noun's or a participle's ending: definite, plural, adjective for people, abstract noun
        ("Grannar har skottat trapporna efter snöfallet.", []),
        ("Elever har målat skyltarna till skolgården.", []),
        ("Frivilliga har delat ut kaffe vid entrén.", []),
        ("Vaktmästaren har bytt lamporna i trapphuset.", []),
        ("Turistbyrån flyttade in i stationshuset.", []),
        ("Informationen gick ut till alla hushåll.", []),
        # a scan's digit in a definite noun
        ("Tunne1n har fatt ny be1ysning.", []),
        # a genitive before a noun in -de, an adverb, a preposition, a pronoun, a bare mass noun
        ("Avtalets värde uppgick till fyra miljoner.", []),
        ("Körledarnas arvode var den största kostnaden.", []),
        ("Sammanlagt deltog fyrtio personer i vandringen.", []),
        ("Inom stadsdelsområde Farsta finns flera mörka stråk.", []),
        ("Dessutom ordnade vi en fest på gården.", []),
        ("Delvis pågående arbeten stoppades av kylan.", []),
        # letters in capitals: the short forms' rules read those
        ("SFI har startat en kvällskurs i biblioteket.", []),
        ("Vi har ordnat en fest för grannarna.", []),
        ("Personal har bytt glödlampor i entrén.", []),
        # a surname, a person's first name
        ("Bergström har lett mötet med föreningen.", []),
        ("Fatima har ordnat läxhjälpen.", []),
        # a thing happening, costing, or a state
        ("Samråd skedde med föreningen i maj.", []),
        ("Skadegörelse har förekommit vid flera tillfällen.", []),
        ("Snöröjning har skett varje vecka.", []),
        ("Inbrott har skett i förrådet två gånger.", []),
    ],
)
def test_one_word_at_a_sentences_start(text, expected):
    assert cued(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed firm of two words, its trade or town and its legal form after it
        ("Akelius Fastigheter AB har lagat taket.", ["Akelius"]),
        ("Green Cargo Logistik AB har flyttat containrarna.", ["Green Cargo"]),
        ("Arbetet utfördes av Stockholm Parkering Drift AB.", ["Stockholm Parkering"]),
        # an unlisted firm keeps its whole name
        ("Nordström Måleri AB har målat tunneln.", ["Nordström Måleri"]),
    ],
)
def test_a_listed_firms_legal_name_is_the_firm(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bussarna gick till Telia Stadion efter skolan.", []),
        ("Konserten hölls i Ericsson Globe i december.", []),
        ("Vi träffades utanför Tele2-arenan före matchen.", []),
        ("Bolaget SGA Fastigheter äger Tele2 Arena.", ["SGA Fastigheter"]),
        # a venue no list holds, acting, is still a building
        ("Lugnviks Arena har bytt belysning i entrén.", []),
        # the company itself, beside its arena
        ("Tele2 har satt upp en ny mast vid arenan.", ["Tele2"]),
    ],
)
def test_a_venue_named_after_a_company_names_no_body(text, expected):
    assert names(text) == expected

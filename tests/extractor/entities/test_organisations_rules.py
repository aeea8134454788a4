"""Organisation rules of issue #12: proper names vs common phrases, predecessors, areas,
coordinated names, generic agency/municipality rules, committees as the city writes them."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def found(text: str, year: int | None = None) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in find_organisations(text, year=year)]


@pytest.mark.parametrize(
    "text",
    [
        "Frågan togs upp i det lokala brottsförebyggande rådet.",
        "Det brottsförebyggande rådet i stadsdelen möts varje månad.",
        "Parkerna i stadsdelsområdet Farsta har inventerats.",
        "Inom stadsdelsområde Bromma finns många gångvägar.",
        "Konstverket och nätverket invigdes samtidigt.",
        "Tillsynsmyndigheten har inte svarat.",
        "Vår kommun och Stockholms stad samverkar.",
        "Myndigheten och verket har yttrat sig.",
    ],
)
def test_common_phrases_and_areas_are_not_organisations(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt Brottsförebyggande rådet ökar otryggheten.", [("Brottsförebyggande rådet", "myndighet")]),
        ("Metoden bygger på Brås rekommendationer.", [("Brottsförebyggande rådet", "myndighet")]),
        ("Tillstånd söktes hos Datainspektionen.", [("Datainspektionen", "myndighet")]),
        ("Värmen kom från Fortum Värme.", [("Fortum Värme", "bolag")]),
        ("Samråd skedde med Stockholms läns landsting.", [("Stockholms läns landsting", "myndighet")]),
        ("Trafik- och renhållningsnämnden beslutade.", [("Trafik- och renhållningsnämnden", "forvaltning")]),
        (
            "Samverkan med kultur- och fritidsförvaltningens fältgrupp.",
            [("Kultur- och fritidsförvaltningen", "forvaltning")],
        ),
        (
            "Folkhälsomyndighetens rapport och Tillväxtverket.",
            [("Folkhälsomyndigheten", "myndighet"), ("Tillväxtverket", "myndighet")],
        ),
        ("Likt Exempelmyndigheten har vi inventerat.", [("Exempelmyndigheten", "myndighet")]),
        (
            "Erfarenheter från Nacka kommuns och Göteborgs stads arbete.",
            [("Nacka kommun", "myndighet"), ("Göteborgs stad", "myndighet")],
        ),
        (
            "Region Skånes trafik och Region Stockholm.",
            [("Region Skåne", "myndighet"), ("Region Stockholm", "myndighet")],
        ),
        ("Stockholm konst har valt konstnären.", [("Stockholm konst", "forvaltning")]),
        (
            "Ledningar från Ellevio, Vattenfall och Stockholm Exergi.",
            [("Ellevio", "bolag"), ("Vattenfall", "bolag"), ("Stockholm Exergi", "bolag")],
        ),
        ("Naturvårdsverket och Boverket har bidragit.", [("Naturvårdsverket", "myndighet"), ("Boverket", "myndighet")]),
    ],
)
def test_named_organisations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "year", "name"),
    [
        ("Farsta stadsdelsnämnd beslutade.", 2019, "Farsta stadsdelsnämnd"),
        ("Stadsdelsförvaltningen i Farsta ledde arbetet.", 2019, "Farsta stadsdelsnämnd"),
        ("Bromma stadsdelsförvaltning sökte medel.", 2018, "Bromma stadsdelsnämnd"),
        ("Stadsdelsnämnden i Skärholmen beslutade.", 2019, "Skärholmens stadsdelsnämnd"),
        ("Spånga-Tensta stadsdelsförvaltning röjde sly.", 2024, "Järva stadsdelsnämnd"),
        ("Stadsdelsnämnden på Södermalm beslutade.", 2019, "Södermalms stadsdelsnämnd"),
    ],
)
def test_committees_as_the_city_writes_them(text, year, name):
    assert found(text, year) == [(name, "stadsdel")]


def test_organisations_in_a_label_that_swallowed_its_answer():
    from bilagor.extractor.entities import find_entities
    from bilagor.extractor.record import Section
    from factories import make_report

    report = make_report(
        "label",
        year=2019,
        sections=[
            Section("sokande_namnd", "Sökande nämnd Farsta stadsdelsnämnd", "", 1),
            Section("samverkan", "Ev samverkan", "Samverkan med polisen.", 1),
        ],
    )
    _, orgs = find_entities(report)
    assert [o.name for o in orgs] == ["Farsta stadsdelsnämnd", "Polisen"]

"""Organisations, the eighteenth round (h23/f-entities, issues #11/#12): bodies whose names have no head noun --
named by the apposition that says what kind of body it is (o16-016 showed the class), or a firm's name joined by
an ampersand -- with controls where the apposition names the body itself, the word before it is no name, or the
words joined are no firm's."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_appositions import apposed_name


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((o.name, o.kind) for o in find_organisations(text, year=2021))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a body no list holds: Läxhjälpen, the example here before, is listed since the nineteenth round)
        ("Kvällsläxan, en ideell förening, har fått låna lokalen.", [("Kvällsläxan", "forening")]),
        ("Vi bjöd in Hemvisten, ett privat fastighetsbolag, till vandringen.", [("Hemvisten", "bolag")]),
        ("Kvarteret, den lokala stiftelsen, har ordnat sommarjobb.", [("Kvarteret", "forening")]),
        # a listed body keeps its own name and kind
        ("Hembla, ett privat fastighetsbolag, har bytt belysningen i trapphusen.", [("Hembla", "bolag")]),
        # controls: the apposition names the body, or points rather than names, or is no kind of body
        (
            "Hyresvärden, det kommunala bostadsbolaget Familjebostäder, har bytt lamporna.",
            [("Familjebostäder", "bolag")],
        ),
        ("Det, ett stort bolag i branschen, tackade nej.", []),
        ("I Farsta, ett område med många bostäder, har lamporna bytts.", []),
    ],
)
def test_an_apposition_that_says_what_kind_of_body_names_it(text, expected):
    assert _found(text) == expected


def test_the_name_and_its_kind_are_read_from_the_span():
    assert apposed_name("Förvaltaren, det kommunala bostadsbolaget", " i Sundbyberg, har") == ("Förvaltaren", "bolag")
    assert apposed_name("Tillsynen, den statliga myndigheten", ", har") == ("Tillsynen", "myndighet")
    assert apposed_name("Hyresvärden, det kommunala bostadsbolaget", " Svenska Bostäder") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm's name of capitalised words joined by an ampersand is kept as written (the seventeenth
        # sets' decision), its legal form dropped.
        ("H&M har skänkt reflexvästar till de boende.", [("H&M", "bolag")]),
        ("H&M:s butik vid torget har fått en kamera.", [("H&M", "bolag")]),
        ("Vi anlitade Ernst & Young för granskningen.", [("Ernst & Young", "bolag")]),
        ("Svensson & Partners AB har ritat om torget.", [("Svensson & Partners", "bolag")]),
        ("Friskis&Svettis har haft utegympa i parken.", [("Friskis&Svettis", "forening")]),
        # controls: a hyphenated compound after the ampersand, and lower-case words
        ("Sol & Vind-projektet fortsätter nästa år.", []),
        ("Syfte & mål: ökad trygghet i parken.", []),
    ],
)
def test_a_firm_named_with_an_ampersand_is_kept_as_written(text, expected):
    assert _found(text) == expected

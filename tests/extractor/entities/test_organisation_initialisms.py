"""Listed bodies named by an initialism the gazetteer does not hold, the short forms' cues that make letters a body,
and a foundation's name of three words (twenty-second round, h27/f-entities, issues #11/#12). Sentences of my own."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_initialisms import initialism_forms, spells
from bilagor.extractor.entities.organisations import listed_forms


def names(text: str, year: int = 2024) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("letters", "name", "expected"),
    [
        ("TRV", "Trafikverket", True),  # a part's second letter after its initial
        ("StFF", "Stockholms Fotbollförbund", True),
        ("SLU", "Sveriges lantbruksuniversitet", True),  # every word and the head
        ("TKV", "Trafikverket", False),  # a letter neither an initial nor a second letter
        ("TR", "Trafikverket", False),  # the head's initial missing
        ("TV", "Tullverket", False),  # two letters are too few to tell
        ("SLV", "Skolverket", False),  # "L" is no part's initial nor second letter of "Sk-"
        ("SF", "Statens fastighetsverk", False),
        ("SEV", "Statens fastighetsverk", False),  # "fastighets" has no initial among the letters
        ("MSB", "Myndigheten för samhällsskydd och beredskap", False),  # the head must end the name
    ],
)
def test_spells(letters: str, name: str, expected: bool) -> None:
    assert spells(letters, name) is expected


def test_an_initialism_two_bodies_spell_is_neither() -> None:
    # "SJV": Sjöfartsverket by its parts, Statens jordbruksverk (an alias) by its words
    assert initialism_forms("SJV har gett bidrag.", listed_forms()) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An initialism the gazetteer lacks, beside a cue: the one listed body it spells
        ("TRV har lagt ny asfalt på gång- och cykelbanan.", ["Trafikverket"]),
        ("Mötet leddes av SOF:s socialsekreterare.", ["Socialförvaltningen"]),
        ("IDF bekostade de nya målburarna.", ["Idrottsförvaltningen"]),
        ("SLU har inventerat ekarna i parken.", ["Sveriges lantbruksuniversitet"]),
        # A listed body's own short forms and a district federation (stff.se: "StFF", "Stockholms FF")
        ("StFF har lånat ut bollar till sommarskolan.", ["Stockholms Fotbollförbund"]),
        ("Stockholms FF har ordnat en domarkurs.", ["Stockholms Fotbollförbund"]),
        ("Fohm har publicerat nya råd om inomhusmiljö.", ["Folkhälsomyndigheten"]),
        # The short forms' cues: a body's figures after its genitive, what it has where it stands
        ("Enligt FHM:s statistik har andelen rökare minskat.", ["Folkhälsomyndigheten"]),
        ("STF har sina vandrarhem i skärgården.", ["Svenska Turistföreningen"]),
        # A foundation's name of three capitalised words
        ("Stiftelsen Gröna Lilla Huset har skänkt fröer till odlingen.", ["Stiftelsen Gröna Lilla Huset"]),
        # look-alikes: letters that spell a listed body but stand for something else, or for two bodies
        ("SFI har startat en kvällskurs i biblioteket.", []),
        ("Beloppet är 20 000 SEK och betalas ut i maj.", []),
        ("SLV har granskat köket i förskolan.", []),  # Statens livsmedelsverk or Skolverket
        ("SDN har beslutat om bidraget till föreningen.", []),
        ("LSS har gett familjen rätt till avlösning.", []),
        # an unlisted agency's letters that spell a listed one whose own short form is listed (SPSM)
        ("SSM har mätt radonhalten i källaren.", []),
        ("Mötet hölls i rummet SOF på plan två.", []),  # a room's code
        # look-alikes: no cue beside the letters; "har sin" of a person's initials named by the text
        ("Rapporten nämner TRV i en fotnot.", []),
        ("Anna Berg (AB) har sin mottagning på torsdagar.", []),
        # The state's companies (Dagens Samhälle, "Statens företag"), named bare
        ("Samhall har skött städningen av lokalen.", ["Samhall"]),
        ("Lernia har ordnat en kurs för arbetssökande.", ["Lernia"]),
        ("Stängslet bekostades av Specialfastigheter.", ["Specialfastigheter"]),
        ("SJ har flyttat biljettautomaten.", ["SJ"]),
        # look-alikes: a common noun written as the name is, letters with no cue beside them
        ("Kommunen äger flera specialfastigheter i området.", []),
        ("Resan med SJ tog två timmar.", []),
    ],
)
def test_initialisms_and_cues(text: str, expected: list[str]) -> None:
    assert names(text) == expected

"""Organisations, the twentieth round's second wave (h25b/f-orgs, issues #11/#12): a listed firm's subsidiary
under its full legal name, and a foundation whose own name ends in -s before a verb. Sentences of my own."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def names(text: str, year: int = 2024) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listed firm's name, then its line of business and the legal form: the firm, not the tail
        ("Skanska Asfalt Service AB har lagt om gångvägen.", ["Skanska"]),
        ("Stockholmshem Fastighet Service AB har bytt låsen.", ["Stockholmshem"]),
        # look-alikes: an unlisted firm of three words stays whole; an agency opening a firm's name owns none
        ("Ekbacka Mark Anläggning AB har grävt diket.", ["Ekbacka Mark Anläggning"]),
        ("Trafikverket Väg Drift AB har plogat vägen.", ["Trafikverket Väg Drift"]),
        # A foundation's name ending in -s before its verb keeps the -s
        ("Stiftelsen Juniors har ordnat läxhjälp.", ["Stiftelsen Juniors"]),
        ("Stiftelsen Mentors fick bidrag för läxhjälpen.", ["Stiftelsen Mentors"]),
        # look-alikes: before what it has, the -s is a genitive
        ("Stiftelsen Juniors verksamhet har vuxit.", ["Stiftelsen Junior"]),
        ("Stiftelsen Fryshusets personal har hållit en workshop.", ["Stiftelsen Fryshuset"]),
    ],
)
def test_second_wave_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected

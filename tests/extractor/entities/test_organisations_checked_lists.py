"""Organisations, the eighteenth round (h23/f-entities, issues #11/#12): ABF is one body whichever way a text
writes it, and the study associations and universities are listed as their registers name them
(Folkbildningsrådet's study associations, UKÄ's and UHR's higher education institutions), with controls."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


def _names(text: str, year: int | None = 2019) -> list[str]:
    return sorted(o.name for o in find_organisations(text, year=year))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arbetarnas bildningsförbund har hållit en kurs i trygghetsvandring.", ["ABF"]),
        ("Kursen hölls av Arbetarnas Bildningsförbund i medborgarhuset.", ["ABF"]),
        ("ABF-cirkeln träffades i biblioteket.", ["ABF"]),
        ("Arbetarnas bildningsförbunds lokal har fått nya lampor.", ["ABF"]),
    ],
)
def test_abf_is_one_body_however_it_is_written(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UKÄ's register writes the institute by its royal short form.
        ("Kungl. Tekniska högskolan har mätt ljuset i gångtunneln.", ["Kungliga Tekniska högskolan"]),
        ("KI har följt upp insatsen med en enkät.", ["Karolinska Institutet"]),
        # Independent providers in UHR's list of higher education institutions (studera.nu).
        ("Studenter från Beckmans designhögskola har gjort skyltarna.", ["Beckmans designhögskola"]),
        ("Stockholms musikpedagogiska institut har haft konserter i parken.", ["Stockholms musikpedagogiska institut"]),
        ("Ericastiftelsen har handlett personalen.", ["Ericastiftelsen"]),
        (
            "Stockholms Akademi för Psykoterapiutbildning har utbildat personalen.",
            ["Stockholms Akademi för Psykoterapiutbildning"],
        ),
        # The study association Folkbildningsrådet names as funded through another body since.
        ("SISU Idrottsutbildarna har utbildat ledarna i klubben.", ["SISU Idrottsutbildarna"]),
        ("Ledarna gick en kurs hos SISU i våras.", ["SISU Idrottsutbildarna"]),
    ],
)
def test_the_registers_names_are_known(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi ska bilda en arbetsgrupp med de boende.",  # the verb, not Studieförbundet Bilda
        "Ki-skylten vid entrén har bytts ut.",  # not written as the abbreviation
        "Sisu och envishet bar projektet.",  # the Finnish word, not the association
    ],
)
def test_like_words_name_none(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Stockholms Stads Bostadsförmedling AB har informerat de sökande om området.",
        "Bostadsförmedlingen har skickat ut erbjudanden.",
        "AB Stockholms Bostadsförmedling har informerat sökande.",
    ],
)
def test_the_housing_agency_goes_by_the_name_the_sixth_decisions_give(text):
    # tests/data/entities_heldout/README.md, sixth sets: "AB Stockholms Bostadsförmedling" is Stockholms
    # Bostadsförmedling, the legal form dropped; its everyday name and the city's long form are the same body.
    assert _names(text) == ["Stockholms Bostadsförmedling"]

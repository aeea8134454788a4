"""National bodies named by an official short form alone (extractor/entities/organisation_short_forms.py): taken
only beside a cue that makes the letters a body, never where they are a code, a direction, a law or initials."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations
from bilagor.extractor.entities.organisation_short_forms import short_form_mentions

# Forms of this test's own, so that the rules are tested apart from the gazetteer's entries.
FORMS = {
    "UF": ("Ung Företagsamhet", "forening"),
    "RF": ("Riksidrottsförbundet", "forening"),
    "SV": ("Studieförbundet Vuxenskolan", "forening"),
    "SBR": ("Stockholm Business Region", "bolag"),
}


def names(text: str, spans: list[tuple[int, int]] | None = None) -> list[str]:
    return [name for _, _, name, _ in short_form_mentions(text, FORMS, spans or [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body acts: a finite verb of acting, or "har"/"hade" and a supine, an adverb between
        ("SBR samordnade mötet om skyltarna på gågatan.", ["Stockholm Business Region"]),
        ("Efter sommaren hade SV redan startat två nya cirklar.", []),  # the letters after the verb: no cue
        ("SV hade också bekostat lokalhyran under hösten.", ["Studieförbundet Vuxenskolan"]),
        # a partner's or a payer's phrase before it
        ("Spontanidrotten ordnas i samverkan med RF på lördagarna.", ["Riksidrottsförbundet"]),
        ("Medlen från SBR räckte till tre nya skyltar.", ["Stockholm Business Region"]),
        ("Läxläsningen anordnades av SV i skolans matsal.", ["Studieförbundet Vuxenskolan"]),
        # the genitive before the body's people or work
        ("RF:s konsulenter besökte klubbarna i området.", ["Riksidrottsförbundet"]),
        ("SV:s cirkelledare höll i träffarna.", ["Studieförbundet Vuxenskolan"]),
    ],
)
def test_a_short_form_beside_a_cue_names_its_body(text, expected):
    assert names(text) == expected


def test_a_short_form_in_a_list_with_a_body_found_names_its_body():
    text = "Arrangörer var Röda Korset och SV samt SBR."
    body = (text.index("Röda"), text.index("Korset") + len("Korset"))
    assert names(text, [body]) == ["Studieförbundet Vuxenskolan", "Stockholm Business Region"]
    assert names(text) == []  # without the body, no cue


@pytest.mark.parametrize(
    "text",
    [
        # a code or a number after it, a label's noun before it
        "Uppgifterna lämnas på RF 7 senast i mars.",
        "Kameran sattes upp med stöd av RF 2 kap. 6 § och kamerabevakningslagen.",
        "Mätpunkten i fält SBR har kalibrerats om.",
        "Raden SV har strukits ur budgeten.",
        # a law: its chapter and its rules
        "Skyddet följer av RF:s bestämmelser om yttrandefrihet.",
        # a compass point, also in a list with a body
        "Fasaden vetter mot SV och Trafikkontoret har flyttat skylten.",
        # a person's initials or another meaning the text itself defines
        "Samordnaren Ronja Fors (RF) har bokat lokalen.",
        "RF (relativ fuktighet) har mätts i källaren.",
        "Samordnaren Ronja Fors (RF) tog emot nycklarna. RF har bokat lokalen.",
        # a supine of state or quantity, or a passive
        "SBR har ökat med fem procent sedan förra mätningen.",
        "RF har ändrats flera gånger sedan 1974.",
        # a compound's first part: rubber crumb on a pitch, not the company
        "SBR-granulatet har bytts mot kork i konstgräset.",
        "Bänkarna byggdes tillsammans med UF-företaget Sittbart.",
    ],
)
def test_the_same_letters_that_name_no_body(text):
    spans = [(text.index("Trafikkontoret"), text.index("Trafikkontoret") + 14)] if "Trafikkontoret" in text else []
    assert names(text, spans) == []


def test_a_short_form_inside_a_body_found_already_is_left_to_it():
    text = "SV har bokat salen."
    assert names(text, [(0, 2)]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tillsammans med SU har stadsdelen mätt tryggheten i parken.", ["Stockholms universitet"]),
        ("UF har lärt ut hur man driver ett företag på skolan.", ["Ung Företagsamhet"]),
        ("SvFF:s regler för spelytor följdes vid bygget.", ["Svenska Fotbollförbundet"]),
        ("Skolan och UF har ordnat en mässa i aulan.", ["Ung Företagsamhet"]),
        ("Vindriktningen var SV och sensorerna visade RF 60 procent.", []),
    ],
)
def test_the_gazetteers_short_forms_in_whole_sentences(text, expected):
    assert sorted(o.name for o in find_organisations(text, year=2022)) == expected

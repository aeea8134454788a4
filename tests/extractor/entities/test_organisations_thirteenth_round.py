"""Organisations, thirteenth round (issue #12, class 9): a district committee written as one compound
of the district's compound form ("Skärholmsnämnden", "Kungsholmsförvaltningen") is the committee as
the city writes it. (A hyphenated district in one compound, "Hägersten-Liljeholmsförvaltningen", is
split by the tokenizer and still names nothing.)"""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


@pytest.mark.parametrize(
    ("text", "year", "name"),
    [
        ("Skärholmsnämnden beslutade om fler trygghetsvandringar.", 2019, "Skärholmens stadsdelsnämnd"),
        ("Beslutet fattades av Kungsholmsförvaltningen i maj.", 2017, "Kungsholmens stadsdelsnämnd"),
    ],
)
def test_a_committee_as_one_compound_of_its_district_in_en(text, year, name):
    assert {o.name for o in find_organisations(text, year=year)} == {name}

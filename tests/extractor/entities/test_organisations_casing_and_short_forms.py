"""One body under any casing, named as it writes itself, and an association's short form beside a cue
(twenty-first round, h26/f-entities, issues #11/#12). Sentences of my own."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one body under any casing, named as it writes itself
        ("Afry har ritat bron över ån.", ["AFRY"]),
        ("AFRY har ritat bron över ån.", ["AFRY"]),
        ("Karolinska institutet har mätt bullret vid skolan.", ["Karolinska Institutet"]),
        # an association's short form beside a cue, and not as a label's code
        ("STF har ordnat en vandring genom reservatet.", ["Svenska Turistföreningen"]),
        ("Skylten märkt STF satt vid leden.", []),
    ],
)
def test_one_body_one_name_and_a_cued_short_form(text, expected):
    assert sorted(o.name for o in find_organisations(text, year=2024)) == expected

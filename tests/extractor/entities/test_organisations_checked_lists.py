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

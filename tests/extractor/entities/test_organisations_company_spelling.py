"""Organisations, the eighteenth round's second wave (h23b/f-districts, issue #12): the postal company is named as
it writes itself, PostNord, whichever spelling a text uses (tests/data/entities_heldout/README.md)."""

from __future__ import annotations

import pytest

from bilagor.extractor.entities import find_organisations


@pytest.mark.parametrize(
    "text",
    [
        "Postnord har satt upp ett paketskåp vid tunnelbanan.",
        "Paketskåpet ägs av PostNord och står vid entrén.",
        "Postnords brevbärare har anmält trasig belysning.",
    ],
)
def test_the_postal_company_is_named_as_it_writes_itself(text):
    assert [o.name for o in find_organisations(text, year=2020)] == ["PostNord"]

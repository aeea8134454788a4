"""Organisation leftovers of issue #12 (findability): a lowercase word inside an
association's name, a regional branch, the police written "polis"."""

from __future__ import annotations

from bilagor.extractor.entities import find_organisations


def names(text: str) -> list[str]:
    return [o.name for o in find_organisations(text)]


def test_association_name_with_a_lowercase_preposition():
    assert names("Föreningen Trygghet på Järva har bjudits in.") == ["Föreningen Trygghet på Järva"]


def test_regional_branch_is_the_association_not_the_region():
    assert names("Förbundet deltog. Hyresgästföreningen region Stockholm var med.") == ["Hyresgästföreningen"]
    assert names("Region Stockholm deltog.") == ["Region Stockholm"]  # the region itself still is one


def test_police_written_polis():
    assert names("Möten hölls med skolor och polis varje månad.") == ["Polisen"]

"""A journalist's searches across an archive (docs/journalist-session.md): one topic under its many words."""

from __future__ import annotations

import pytest
from factories import make_report
from search_corpus import searching

from bilagor.extractor.record import Section


def _report(seed: str, text: str):
    return make_report(
        seed,
        project="Åtgärder vid torget",
        location="Torget",
        sections=[
            Section("projektnamn", "Projektnamn", "Åtgärder vid torget", 1),
            Section("slutresultat", "Slutresultat", text, 1),
        ],
        organisations=[],
    )


REPORTS = {
    "surveillance": "Kameraövervakning infördes vid torget i höstas.",
    "cameras": "Fyra övervakningskameror sattes upp vid torget.",
    "bevakning": "Kamerabevakning av torget har gett färre anmälningar.",
    "lighting": "Ny belysning sattes upp vid torget.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    reports = {key: _report(key, text) for key, text in REPORTS.items()}
    with searching(tmp_path_factory.mktemp("journalist"), reports) as search:
        yield search


@pytest.mark.parametrize("typed", ["kameraövervakning", "övervakningskameror", "trygghetskameror", "kamerabevakningen"])
def test_camera_surveillance_is_found_under_each_of_its_words(found, typed):
    assert set(found(typed)) == {"surveillance", "cameras", "bevakning"}

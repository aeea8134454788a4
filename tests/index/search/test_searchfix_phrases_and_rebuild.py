"""Search's own misses (searchfix): quoted phrases match the exact forms, short compound
parts are found, and an index built by the previous analysis rules is rebuilt once."""

from __future__ import annotations

import pytest

from factories import make_report

from bilagor.extractor.record import Section
from bilagor.index.archive import Archive
from bilagor.index.search import analysis, compounds, schema


def _report(seed: str, project: str, text: str):
    return make_report(
        seed,
        project=project,
        location="Bredäng",
        sections=[
            Section("projektnamn", "Projektnamn", project, 1),
            Section("slutresultat", "Beskrivning av slutresultat", text, 1),
        ],
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("phrases")
    reports = {
        "plural": _report("plural", "Åtgärder i Bredäng", "Flera trygghetsskapande åtgärder har genomförts."),
        "singular": _report("singular", "Belysning i Bredäng", "En trygghetsskapande åtgärd: ny belysning."),
        "utegym": _report("utegym", "Utegym i Bredäng", "Ett utegym vid bollplanen."),
        "lekpark": _report("lekpark", "Lekpark i Bredäng", "Lekparken har fått gungor."),
    }
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports.values())
    key_of = {r.id: key for key, r in reports.items()}
    with Archive.open_for_reading(folder) as archive:
        yield lambda query: {key_of[h.id] for h in archive.search(query, limit=20).hits}


def test_a_quoted_phrase_matches_the_exact_forms_only(archive):
    assert archive('"trygghetsskapande åtgärder"') == {"plural"}
    assert archive('"trygghetsskapande åtgärd"') == {"singular"}
    assert archive('"trygghetsskapande atgarder"') == {"plural"}  # accents still optional


def test_bare_words_still_match_inflected_forms(archive):
    assert archive("trygghetsskapande åtgärder") == {"plural", "singular"}
    assert archive("åtgärd") == {"plural", "singular"}


def test_a_quoted_word_is_exact_too(archive):
    assert archive('"åtgärder"') == {"plural"}


def test_a_field_phrase_keeps_its_own_rules(archive):
    assert archive('projekt:"åtgärd i bredäng"') == {"plural"}  # stemmed field, as before


@pytest.mark.parametrize("query, expected", [("gym", {"utegym"}), ("park", {"lekpark"}), ("parken", {"lekpark"})])
def test_short_compound_heads_are_found(archive, query, expected):
    assert archive(query) == expected


def test_an_index_of_the_previous_rules_is_rebuilt(tmp_path, monkeypatch):
    # Build an index as lexicon rules version 5 did: no three-letter parts, its version on disk.
    old_version = schema.SCHEMA_VERSION.replace(f"/{analysis.ANALYSIS_VERSION}/", "/2.5/")
    assert old_version != schema.SCHEMA_VERSION
    with monkeypatch.context() as patch:
        patch.setattr(compounds, "MIN_SHORT_PART", compounds.MIN_PART)
        patch.setattr(schema, "SCHEMA_VERSION", old_version)
        compounds._split_with_shipped_lexicon.cache_clear()
        analysis._TERM_CACHES.clear()
        with Archive.open(tmp_path, writable=True) as archive:
            archive.add([_report("utegym", "Utegym i Bredäng", "Ett utegym vid bollplanen.")])
            assert archive.search("gym").total == 0
    compounds._split_with_shipped_lexicon.cache_clear()
    analysis._TERM_CACHES.clear()
    assert (tmp_path / "whoosh" / schema.VERSION_FILE).read_text().strip() == old_version
    with Archive.open(tmp_path, writable=True) as archive:  # opening catches up: rebuilt with today's rules
        assert archive.search("gym").total == 1
    assert (tmp_path / "whoosh" / schema.VERSION_FILE).read_text().strip() == schema.SCHEMA_VERSION


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    folder = tmp_path_factory.mktemp("places")
    passing = make_report(
        "passing",
        project="Sommarjobb för unga",
        location="Rinkeby",
        sections=[
            Section("projektnamn", "Projektnamn", "Sommarjobb för unga", 1),
            Section(
                "slutresultat",
                "Beskrivning av slutresultat",
                "Unga hänger på torget. Färre unga på torget sent. Lugnare på torget nu.",
                1,
            ),
        ],
    )
    square = make_report(
        "square",
        project="Kameror på Husby torg",
        location="Husby torg",
        sections=[
            Section("projektnamn", "Projektnamn", "Kameror på Husby torg", 1),
            Section("slutresultat", "Beskrivning av slutresultat", "Kamerorna är installerade.", 1),
        ],
    )
    tunnel = make_report(
        "tunnel",
        project="Belysning i gångtunnel",
        location="Liljeholmen",
        sections=[
            Section("projektnamn", "Projektnamn", "Belysning i gångtunnel", 1),
            Section("avvikelser", "Avvikelser", "Inga avvikelser.", 1),
        ],
    )
    with Archive.open(folder, writable=True) as archive:
        archive.add([passing, square, tunnel])
    key_of = {passing.id: "passing", square.id: "square", tunnel.id: "tunnel"}
    with Archive.open_for_reading(folder) as archive:
        yield lambda query, **kw: [key_of[h.id] for h in archive.search(query, limit=20, **kw).hits]


@pytest.mark.parametrize("query", ["torget", "torgets", "torg"])
def test_a_definite_place_form_ranks_the_place_first(places, query):
    assert places(query) == ["square", "passing"]


def test_a_definite_form_finds_the_indefinite_word(places):
    assert places("tunneln") == ["tunnel"]
    assert places("gångtunneln") == ["tunnel"]

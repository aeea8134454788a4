"""Index field names come from a closed set, never from a document's labels."""

from __future__ import annotations

import shutil

from factories import make_report
from poison_records import LONG_KEY, LONG_LABEL

from bilagor.extractor.labels import canonical_keys
from bilagor.extractor.record import Section
from bilagor.index.search import schema as search_index
from bilagor.index.search.analysis import ANALYSIS_VERSION
from bilagor.index.archive import Archive
from bilagor.index.search.schema import OTHER_SECTIONS_FIELD, SCHEMA_VERSION, VERSION_FILE, build_schema


def _reports():
    return [
        make_report("a"),
        make_report(
            "b",
            project="Trygghetsvandring",
            sections=[
                Section("projektnamn", "Projektnamn", "Trygghetsvandring", 1),
                Section(LONG_KEY, LONG_LABEL, "Belysningen vid gångvägarna byttes.", 1),
                Section("ovrigt", "Övrigt", "Staketet målades om.", 2),
            ],
        ),
    ]


def _field_names(archive):
    with archive.search_index.searcher() as searcher:
        return set(searcher.reader().indexed_field_names())


def test_a_label_longer_than_a_file_name_is_indexed(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(_reports())
        assert not archive.has_unindexed()
    with Archive.open_for_reading(tmp_path) as archive:
        assert archive.search("gångvägarna").total == 1
        assert archive.index_problem is None


def test_field_names_are_the_closed_set(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(_reports())
        names = _field_names(archive)
    allowed = set(build_schema().names())
    assert names <= allowed
    assert {n for n in allowed if n.startswith("sec_")} == {f"sec_{k}" for k in canonical_keys()}
    assert OTHER_SECTIONS_FIELD in names


def test_sections_search_known_and_unknown_keys(tmp_path):
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(_reports())
        # a known key searches its own field
        assert archive.search("avsnitt:ekonomiskt_utfall mnkr").total == 1
        assert archive.search("budget", section="ekonomiskt").total == 1
        # an unknown label: the reports having it, its words in the shared field
        hit = archive.search("staketet", section="ovrigt").hits[0]
        assert hit.section == "ovrigt" and hit.section_label == "Övrigt"
        assert archive.search("avsnitt:under_aret belysningen").total == 1
        # only reports that have the section: "a" has the word, not the section
        assert archive.search("kameraövervakning").total == 1
        assert archive.search("kameraövervakning", section="ovrigt").total == 0


def test_an_index_built_by_the_old_code_is_rebuilt(tmp_path):
    """Before: one field per key (a glob sec_*) and schema version 1."""
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema

    with Archive.open(tmp_path, writable=True) as archive:
        archive.records.put_many(_reports())
    folder = tmp_path / "whoosh"
    shutil.rmtree(folder)
    folder.mkdir()
    old_schema = Schema(id=ID(stored=True, unique=True), content=TEXT())
    old_schema.add("sec_*", TEXT(), glob=True)
    ix = whoosh_index.create_in(str(folder), old_schema, indexname=search_index.INDEX_NAME)
    writer = ix.writer()
    writer.add_document(id=_reports()[1].id, content="x", **{"sec_" + "a" * 150: "gammal text"})
    writer.commit()
    ix.close()
    (folder / VERSION_FILE).write_text(f"1/{ANALYSIS_VERSION}\n", encoding="utf-8")

    with Archive.open_for_reading(tmp_path) as archive:
        assert archive.index_problem is None
        assert archive.search("gångvägarna").total == 1
        assert archive.search_index.stored_version() == SCHEMA_VERSION
        assert _field_names(archive) <= set(build_schema().names())

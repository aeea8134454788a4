"""Archives written before index/ became sub-packages still open and search."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import DATA, make_report

from bilagor.index.archive import Archive

LEGACY = DATA / "legacy-archive"


@pytest.fixture
def legacy_archive(tmp_path: Path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(LEGACY, copy, ignore=shutil.ignore_patterns("README.md"))
    return copy


def test_an_archive_written_by_the_old_layout_searches(legacy_archive: Path) -> None:
    with Archive.open_for_reading(legacy_archive) as archive:
        both = archive.search("kameraövervakning")
        one = archive.search("trygghetsbelysning")
    assert sorted(hit.project for hit in both.hits) == ["Kameraövervakning", "Trygghetsbelysning"]
    assert [hit.project for hit in one.hits] == ["Trygghetsbelysning"]


def test_an_archive_written_by_the_old_layout_takes_new_reports(legacy_archive: Path) -> None:
    with Archive.open(legacy_archive, writable=True) as archive:
        archive.add([make_report("new", project="Pollare")])
    with Archive.open_for_reading(legacy_archive) as archive:
        assert len(archive.search("pollare").hits) == 1
        assert len(archive.search("kameraövervakning").hits) == 3


def test_an_index_whose_pickled_classes_cannot_be_loaded_is_rebuilt(legacy_archive: Path) -> None:
    # As if written by a bilagor whose analyzer classes no longer exist anywhere.
    for toc in (legacy_archive / "whoosh").glob("*.toc"):
        data = toc.read_bytes()
        assert b"bilagor.index.analysis" in data
        toc.write_bytes(data.replace(b"bilagor.index.analysis", b"bilagor.index.vanished"))
    with Archive.open_for_reading(legacy_archive) as archive:
        assert len(archive.search("trygghetsbelysning").hits) == 1


def test_the_old_index_itself_opens_without_a_rebuild(legacy_archive: Path) -> None:
    # Its pickled schema names bilagor.index.analysis.* (kept as a shim), so it
    # loads as it is, whatever the schema version says.
    from bilagor.index.search.schema import SearchIndex

    index = SearchIndex(legacy_archive / "whoosh")
    try:
        assert index.exists()
    finally:
        index.close()

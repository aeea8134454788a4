"""The import plan (index/importer/plan.py): which files to read, skip or pass over, without any file."""

from __future__ import annotations

import pytest

from bilagor.index.importer.plan import (
    Action,
    FileStat,
    Hashed,
    Known,
    Outcome,
    Step,
    by_stat,
    plan_hashed,
)

V = "9"  # the current extractor version in these tests
OLD = "8"
STAT = FileStat("/bilagor/a.pdf", 1000, 1_700_000_000.0)


def stored(owner="aaa", version=V, size=1000, mtime=1_700_000_000.0) -> Known:
    return Known(path_owner=owner, path_size=size, path_mtime=mtime, owner_version=version)


# -- step 1: by stat -----------------------------------------------------------


def test_a_new_path_must_be_hashed():
    assert by_stat(STAT, Known(), None, V, force=False, retry_failed=False) is None


def test_a_path_stored_with_the_same_size_and_time_is_unchanged():
    assert by_stat(STAT, stored(), None, V, force=False, retry_failed=False) is Outcome.UNCHANGED


@pytest.mark.parametrize(
    "known",
    [stored(size=999), stored(mtime=1_700_000_001.0), stored(version=OLD)],
    ids=["size", "mtime", "extractor-version"],
)
def test_a_changed_file_or_an_older_extractor_version_is_hashed(known):
    assert by_stat(STAT, known, None, V, force=False, retry_failed=False) is None


def test_force_hashes_even_an_unchanged_file():
    assert by_stat(STAT, stored(), None, V, force=True, retry_failed=True) is None


def test_a_file_that_failed_before_and_is_unchanged_is_passed_over():
    failure = (1000, 1_700_000_000.0, "inte en PDF")
    assert by_stat(STAT, Known(), failure, V, force=False, retry_failed=False) is Outcome.FAILED_BEFORE
    assert by_stat(STAT, Known(), failure, V, force=False, retry_failed=True) is None  # --retry-failed


def test_a_file_that_failed_before_but_changed_is_hashed():
    failure = (999, 1_700_000_000.0, "inte en PDF")
    assert by_stat(STAT, Known(), failure, V, force=False, retry_failed=False) is None


# -- step 2: by content ----------------------------------------------------------


def hashed(path, sha, known=None, size=1000, error=None) -> Hashed:
    return Hashed(path, FileStat(path, size, 1.0), known or Known(), sha, error)


def test_new_content_is_imported_and_stored_content_skipped_or_given_the_new_path():
    items = [
        hashed("/x/new.pdf", "n1"),
        hashed("/x/same.pdf", "s1", known=stored(owner="s1")),
        hashed("/x/copy.pdf", "s1"),
    ]
    steps, jobs = plan_hashed(items, {"s1": V}, V, force=False)
    assert steps == [
        Step(items[1].stat, Outcome.UNCHANGED, Action.RESTAT, "s1"),
        Step(items[2].stat, Outcome.DUPLICATE, Action.ADD_PATH, "s1"),
    ]
    assert [(j.sha, j.paths, j.source) for j in jobs] == [("n1", [(items[0].stat, Outcome.IMPORTED)], "/x/new.pdf")]


def test_unchanged_content_gets_its_new_size_and_time_stored_only_when_they_changed():
    touched = hashed("/x/touched.pdf", "s1", known=stored(owner="s1"))  # hashed: its time is not the stored one
    same = Hashed("/x/same.pdf", FileStat("/x/same.pdf", 1000, 1_700_000_000.0), stored(owner="s2"), "s2")
    steps, _ = plan_hashed([touched, same], {"s1": V, "s2": V}, V, force=False)
    assert [(s.stat.path, s.outcome, s.action) for s in steps] == [
        ("/x/touched.pdf", Outcome.UNCHANGED, Action.RESTAT),
        ("/x/same.pdf", Outcome.UNCHANGED, Action.SKIP),
    ]


def test_content_stored_by_another_extractor_version_is_extracted_again():
    items = [hashed("/x/a.pdf", "s1", known=stored(owner="s1", version=OLD)), hashed("/x/b.pdf", "s2")]
    steps, jobs = plan_hashed(items, {"s1": OLD, "s2": OLD}, V, force=False)
    assert steps == []
    assert [(j.sha, j.paths[0][1]) for j in jobs] == [("s1", Outcome.UPDATED), ("s2", Outcome.UPDATED)]


def test_new_content_at_a_known_path_updates_it():
    steps, jobs = plan_hashed([hashed("/x/a.pdf", "new", known=stored(owner="old"))], {}, V, force=False)
    assert steps == [] and jobs[0].paths[0][1] is Outcome.UPDATED


def test_force_extracts_stored_content_again():
    item = hashed("/x/a.pdf", "s1", known=stored(owner="s1"))
    steps, jobs = plan_hashed([item], {"s1": V}, V, force=True)
    assert steps == [] and [(j.sha, j.paths[0][1]) for j in jobs] == [("s1", Outcome.UPDATED)]


def test_the_same_content_twice_in_a_run_is_extracted_once_with_every_path():
    items = [hashed("/x/a.pdf", "n1"), hashed("/x/b.pdf", "n1"), hashed("/x/c.pdf", "n1", known=stored(owner="o"))]
    steps, jobs = plan_hashed(items, {}, V, force=False)
    assert steps == []
    assert len(jobs) == 1 and jobs[0].source == "/x/a.pdf"
    assert [outcome for _, outcome in jobs[0].paths] == [Outcome.IMPORTED, Outcome.DUPLICATE, Outcome.UPDATED]


def test_a_file_that_could_not_be_hashed_fails_in_its_place():
    items = [hashed("/x/a.pdf", "s1", known=stored(owner="s1")), hashed("/x/b.pdf", None, error="tog för lång tid")]
    items.append(hashed("/x/c.pdf", None))
    steps, _ = plan_hashed(items, {"s1": V}, V, force=False)
    assert [(s.stat.path, s.outcome, s.error) for s in steps] == [
        ("/x/a.pdf", Outcome.UNCHANGED, None),
        ("/x/b.pdf", Outcome.FAILED, "tog för lång tid"),
        ("/x/c.pdf", Outcome.FAILED, "unknown error"),
    ]


def test_the_largest_file_is_extracted_first():
    items = [hashed("/x/small.pdf", "a", size=10), hashed("/x/big.pdf", "b", size=10_000), hashed("/x/mid.pdf", "c")]
    _, jobs = plan_hashed(items, {}, V, force=False)
    assert [j.sha for j in jobs] == ["b", "c", "a"]

"""import_paths with a stand-in extractor: incremental rules, batches, failures.

The stand-in (import_fakes.fake_extract) runs in the real worker pool and
writes to a real archive (SQLite + search index); only PDF parsing is faked,
so these tests are fast. End-to-end tests with real PDFs are in
test_import_e2e.py.
"""

from __future__ import annotations

import json
import os

import pytest

import bilagor.extractor
import bilagor.index.importer.run as importer
from bilagor.cli.app import run
from bilagor.extractor.errors import ArchiveBusyError, ExitCode, UsageError
from bilagor.index.archive import Archive
from bilagor.index.importer.plan import Action, FileStat, Known, Outcome, decide, unchanged_by_stat
from bilagor.index.importer.run import apply_fallback_year, import_paths
from bilagor.index.archive.lock import WriteLock
from bilagor.index.archive.store import RecordStore
from factories import make_report
from import_fakes import fake_extract, write_files

V = bilagor.extractor.EXTRACTOR_VERSION


def run_import(paths, archive, **options):
    options.setdefault("workers", 2)
    return import_paths(paths, archive=archive, extract=fake_extract, **options)


def stored(archive_dir):
    with Archive.open(archive_dir) as archive:
        return {r.filename: r for r in archive.records.iter_reports()}


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "rapporter"
    write_files(
        folder,
        {
            "2018/a.pdf": b"%PDF a year=2018",
            "2018/b.PDF": b"%PDF b",
            "2019/c.pdf": b"%PDF c year=2019",
            "2019/trasig.pdf": b"BAD",
            "2019/krasch.pdf": b"SEGV",
            "2019/notes.txt": b"not a report",
        },
    )
    return folder


def test_imports_good_files_and_lists_bad_ones_with_reasons(reports, tmp_path):
    summary = run_import([reports], tmp_path / "arkiv")
    assert (summary.imported, summary.updated, summary.unchanged) == (3, 0, 0)
    failed = {f.path.rsplit("/", 1)[1]: f.error for f in summary.failed}
    assert failed["trasig.pdf"] == "inte en PDF"
    assert "kraschade (SIGSEGV)" in failed["krasch.pdf"]
    records = stored(tmp_path / "arkiv")
    assert set(records) == {"a.pdf", "b.PDF", "c.pdf"}
    assert records["a.pdf"].paths == [str(reports / "2018" / "a.pdf")]
    assert summary.to_dict()["failed"][0].keys() == {"path", "error"}


def test_second_run_skips_everything_without_extracting(reports, tmp_path):
    run_import([reports], tmp_path / "arkiv")
    (reports / "2019" / "trasig.pdf").unlink()
    (reports / "2019" / "krasch.pdf").unlink()
    summary = import_paths([reports], archive=tmp_path / "arkiv", extract=_explode)
    assert (summary.imported, summary.updated, summary.unchanged, summary.failed) == (0, 0, 3, [])


def _explode(path, **_):  # would fail every file: proves nothing was extracted
    raise RuntimeError("extract must not be called")


def test_unchanged_stat_skips_even_the_hash(reports, tmp_path, monkeypatch):
    run_import([reports / "2018"], tmp_path / "arkiv")
    monkeypatch.setattr(importer, "WorkerPool", _explode)  # files are hashed in the workers
    summary = run_import([reports / "2018"], tmp_path / "arkiv")
    assert summary.unchanged == 2


def test_touched_file_is_hashed_and_still_unchanged(reports, tmp_path):
    run_import([reports / "2018"], tmp_path / "arkiv")
    (reports / "2018" / "a.pdf").touch()
    summary = import_paths([reports / "2018"], archive=tmp_path / "arkiv", extract=_explode)
    assert summary.unchanged == 2 and not summary.failed


def test_a_touched_file_is_hashed_once_then_skipped_by_its_stored_time(reports, tmp_path, monkeypatch):
    # A share copied back, a checkout or `touch` changes every file's time, not its content: the import
    # that hashes them must store the new times, or every later import hashes the whole folder again
    # in a pool of workers that each load spaCy first.
    run_import([reports / "2018"], tmp_path / "arkiv")
    with Archive.open(tmp_path / "arkiv") as archive:
        changes = archive.records.change_count()
    os.utime(reports / "2018" / "a.pdf", (1_600_000_000, 1_600_000_000))
    assert run_import([reports / "2018"], tmp_path / "arkiv").unchanged == 2
    with Archive.open(tmp_path / "arkiv") as archive:
        assert archive.records.path_stat(str(reports / "2018" / "a.pdf"))[2] == 1_600_000_000
        assert archive.records.change_count() == changes + 1  # rule 3 may date a version by its file's time
    monkeypatch.setattr(importer, "WorkerPool", _explode)  # files are hashed in the workers
    assert run_import([reports / "2018"], tmp_path / "arkiv").unchanged == 2


def test_touched_files_are_hashed_by_workers_that_load_no_extractor(reports, tmp_path, monkeypatch):
    run_import([reports / "2018"], tmp_path / "arkiv")
    for name in ("a.pdf", "b.PDF"):
        os.utime(reports / "2018" / name, (1_600_000_000, 1_600_000_000))
    pools = []

    def recording_pool(function, **options):
        pools.append(options.get("initializer"))
        return real_pool(function, **options)

    real_pool = importer.WorkerPool
    monkeypatch.setattr(importer, "WorkerPool", recording_pool)
    # the real extractor (extract=None): its workers would build the spaCy pipeline before hashing
    summary = import_paths([reports / "2018"], archive=tmp_path / "arkiv", workers=2)
    assert summary.unchanged == 2
    assert pools == [None]  # one pool, for hashing, without the extractor's warm-up


def test_new_files_are_hashed_and_read_by_one_pool(reports, tmp_path, monkeypatch):
    # a new path is most likely new content: a pool of its own for hashing would only add its start-up
    pools = []

    def recording_pool(function, **options):
        pools.append(function)
        return real_pool(function, **options)

    real_pool = importer.WorkerPool
    monkeypatch.setattr(importer, "WorkerPool", recording_pool)
    assert run_import([reports / "2018"], tmp_path / "arkiv").imported == 2
    assert len(pools) == 1 and pools[0] is not importer.hash_task


def test_same_content_at_a_new_path_adds_the_path(reports, tmp_path):
    run_import([reports / "2018"], tmp_path / "arkiv")
    copy = write_files(tmp_path / "kopior", {"a-kopia.pdf": b"%PDF a year=2018"})["a-kopia.pdf"]
    summary = import_paths([copy], archive=tmp_path / "arkiv", extract=_explode)
    assert (summary.updated, summary.duplicate) == (0, 1)
    assert stored(tmp_path / "arkiv")["a.pdf"].paths == [str(reports / "2018" / "a.pdf"), str(copy)]


def test_changed_content_at_a_known_path_replaces_its_record(reports, tmp_path):
    run_import([reports / "2018"], tmp_path / "arkiv")
    (reports / "2018" / "a.pdf").write_bytes(b"%PDF a, new version year=2020")
    summary = run_import([reports / "2018"], tmp_path / "arkiv")
    assert (summary.updated, summary.unchanged) == (1, 1)
    records = stored(tmp_path / "arkiv")
    assert len(records) == 2 and records["a.pdf"].year == 2020


def test_force_re_extracts_everything(reports, tmp_path):
    run_import([reports / "2018"], tmp_path / "arkiv")
    summary = run_import([reports / "2018"], tmp_path / "arkiv", force=True)
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 2, 0)


def test_new_extractor_version_re_extracts(reports, tmp_path, monkeypatch):
    run_import([reports / "2018"], tmp_path / "arkiv")
    monkeypatch.setattr(bilagor.extractor, "EXTRACTOR_VERSION", V + "-next")
    summary = run_import([reports / "2018"], tmp_path / "arkiv")
    assert summary.updated == 2


def test_duplicates_in_one_run_are_extracted_once_with_both_paths(tmp_path):
    files = write_files(tmp_path / "in", {"x/a.pdf": b"%PDF same", "y/a.pdf": b"%PDF same"})
    summary = run_import([tmp_path / "in"], tmp_path / "arkiv")
    assert (summary.imported, summary.duplicate) == (1, 1)
    (record,) = stored(tmp_path / "arkiv").values()
    assert record.paths == [str(files["x/a.pdf"]), str(files["y/a.pdf"])]


def test_fallback_year_only_where_none_was_found(reports, tmp_path):
    run_import([reports / "2018"], tmp_path / "arkiv", year=2017)
    records = stored(tmp_path / "arkiv")
    assert (records["a.pdf"].year, records["a.pdf"].year_source) == (2018, "text")
    assert (records["b.PDF"].year, records["b.PDF"].year_source) == (2017, "user")


def test_options_reach_the_extractor(reports, tmp_path):
    run_import([reports / "2018" / "b.PDF"], tmp_path / "arkiv", ocr="never", max_pages=9, password="pw")
    assert stored(tmp_path / "arkiv")["b.PDF"].warnings == ["ocr=never max_pages=9 password=pw"]


def test_hung_file_times_out_and_costs_only_itself(tmp_path):
    write_files(tmp_path / "in", {"hang.pdf": b"HANG", "ok.pdf": b"%PDF ok"})
    summary = run_import([tmp_path / "in"], tmp_path / "arkiv", timeout=1.0, workers=1)
    assert summary.imported == 1
    assert [f.error for f in summary.failed] == ["läsningen tog längre än 1 s och avbröts"]


def test_records_are_committed_in_batches_and_indexed_by_the_end(tmp_path, monkeypatch):
    write_files(tmp_path / "in", {f"{i:02}.pdf": f"%PDF rapport {i}".encode() for i in range(7)})
    monkeypatch.setattr(importer, "BATCH_FILES", 3)
    monkeypatch.setattr(importer, "INDEX_FILES", 5)
    batches, indexings = [], []
    put_many, index_pending = RecordStore.put_many, Archive.index_pending

    def spy_put(self, reports, path_stats=None):
        reports = list(reports)
        batches.append(len(reports))
        return put_many(self, reports, path_stats)

    def spy_index(self):
        indexings.append(index_pending(self))
        return indexings[-1]

    monkeypatch.setattr(RecordStore, "put_many", spy_put)
    monkeypatch.setattr(Archive, "index_pending", spy_index)
    run_import([tmp_path / "in"], tmp_path / "arkiv")
    assert sum(batches) == 7 and max(batches) <= 3 and len(batches) >= 3
    assert sum(indexings) == 7 and len([n for n in indexings if n]) >= 2  # every 5+ records, then the rest
    with Archive.open(tmp_path / "arkiv") as archive:
        assert not archive.has_unindexed()
        assert len(archive.matching_ids()) == 7


def test_bad_options_and_missing_paths_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no-such"):
        run_import([tmp_path / "no-such"], tmp_path / "arkiv")
    for options in ({"ocr": "sometimes"}, {"workers": 0}, {"timeout": 0}, {"max_pages": 0}, {"year": 20}):
        with pytest.raises(UsageError):
            run_import([tmp_path], tmp_path / "arkiv", **options)
    assert not Archive.exists(tmp_path / "arkiv")


def test_busy_archive_is_reported_after_the_lock_timeout(reports, tmp_path):
    (tmp_path / "arkiv").mkdir()
    lock = WriteLock(tmp_path / "arkiv")
    lock.acquire()
    try:
        with pytest.raises(ArchiveBusyError, match="väntade 0.2 s"):
            run_import([reports], tmp_path / "arkiv", lock_timeout=0.2)
    finally:
        lock.release()


def test_an_open_archive_can_be_passed_in(reports, tmp_path):
    with Archive.open(tmp_path / "arkiv", writable=True) as archive:
        summary = run_import([reports / "2018"], archive)
        assert summary.imported == 2 and archive.records.count() == 2


# -- the pure decision rules --------------------------------------------------


def test_decide():
    sha = "f" * 64
    assert decide(sha, Known(), V, force=False) == (Action.EXTRACT, Outcome.IMPORTED)
    assert decide(sha, Known(sha, 1, 1.0, V, V), V, force=False) == (Action.SKIP, Outcome.UNCHANGED)
    assert decide(sha, Known(content_version=V), V, force=False) == (Action.ADD_PATH, Outcome.DUPLICATE)
    assert decide(sha, Known("e" * 64, 1, 1.0, V), V, force=False) == (Action.EXTRACT, Outcome.UPDATED)
    assert decide(sha, Known(content_version="0"), V, force=False) == (Action.EXTRACT, Outcome.UPDATED)
    assert decide(sha, Known(sha, 1, 1.0, V, V), V, force=True) == (Action.EXTRACT, Outcome.UPDATED)


def test_unchanged_by_stat():
    stat = FileStat("/a.pdf", 10, 5.0)
    assert unchanged_by_stat(stat, Known("x", 10, 5.0, V), V)
    assert not unchanged_by_stat(stat, Known("x", 11, 5.0, V), V)
    assert not unchanged_by_stat(stat, Known("x", 10, 6.0, V), V)
    assert not unchanged_by_stat(stat, Known("x", 10, 5.0, "0"), V)
    assert not unchanged_by_stat(stat, Known(), V)


def test_apply_fallback_year():
    assert apply_fallback_year(make_report(year=None, year_source=None), 2016).year_source == "user"
    assert apply_fallback_year(make_report(year=2018), 2016).year == 2018
    assert apply_fallback_year(make_report(year=None, year_source=None), None).year is None


# -- the command --------------------------------------------------------------


def cli(args, monkeypatch):
    # The command always uses the real extractor; swap in the stand-in.
    real = importer.import_paths
    monkeypatch.setattr(importer, "import_paths", lambda *a, **k: real(*a, extract=fake_extract, **k))
    return run(["import", *map(str, args)])


def test_cli_json_summary_and_exit_1_on_failures(reports, tmp_path, monkeypatch, capsys):
    code = cli([reports, "--json", "--archive", tmp_path / "arkiv", "--workers", "2"], monkeypatch)
    out, err = capsys.readouterr()
    assert code == ExitCode.BAD_INPUT
    data = json.loads(out)
    assert (data["imported"], data["updated"], data["unchanged"]) == (3, 0, 0)
    assert {f["path"] for f in data["failed"]} == {str(reports / "2019" / n) for n in ("trasig.pdf", "krasch.pdf")}
    assert "2 av 5 filer kunde inte importeras" in err
    assert "[1/5]" in err and "Traceback" not in err  # plain progress lines when stderr is not a terminal


def test_cli_exit_0_and_readable_summary(reports, tmp_path, monkeypatch, capsys):
    code = cli([reports / "2018", "--archive", tmp_path / "arkiv", "--year", "2017"], monkeypatch)
    out = capsys.readouterr().out
    assert code == ExitCode.OK
    assert out.startswith("importerade 2, uppdaterade 0, oförändrade 0, misslyckade 0")


def test_cli_missing_path_exits_2(tmp_path, monkeypatch, capsys):
    assert cli([tmp_path / "finns-inte", "--archive", tmp_path / "arkiv"], monkeypatch) == ExitCode.USAGE
    assert "finns-inte: filen eller mappen finns inte" in capsys.readouterr().err


def test_cli_busy_archive_exits_3(reports, tmp_path, monkeypatch, capsys):
    (tmp_path / "arkiv").mkdir()
    lock = WriteLock(tmp_path / "arkiv")
    lock.acquire()
    try:
        code = cli([reports, "--archive", tmp_path / "arkiv", "--lock-timeout", "0.1"], monkeypatch)
    finally:
        lock.release()
    assert code == ExitCode.ARCHIVE_UNAVAILABLE
    assert "upptaget" in capsys.readouterr().err


def test_a_second_import_waits_for_the_lock_and_then_runs(reports, tmp_path):
    import threading

    (tmp_path / "arkiv").mkdir()
    lock = WriteLock(tmp_path / "arkiv")
    lock.acquire()
    threading.Timer(0.5, lock.release).start()
    summary = run_import([reports / "2018"], tmp_path / "arkiv", lock_timeout=10)
    assert summary.imported == 2


def test_search_works_while_an_import_holds_the_lock(tmp_path, monkeypatch):
    import threading

    write_files(tmp_path / "in", {f"{i:02}.pdf": f"SLOW rapport {i}".encode() for i in range(12)})
    run_import([tmp_path / "in" / "00.pdf"], tmp_path / "arkiv")  # something to find
    monkeypatch.setattr(importer, "BATCH_FILES", 2)
    started = threading.Event()

    def progress(event):
        started.set()

    worker = threading.Thread(
        target=run_import, args=([tmp_path / "in"], tmp_path / "arkiv"), kwargs={"workers": 1, "progress": progress}
    )
    worker.start()
    try:
        assert started.wait(30)
        with Archive.open_for_reading(tmp_path / "arkiv") as reader:  # no lock needed
            assert reader.records.count() >= 1
            assert reader.matching_ids("rapport")
        with pytest.raises(ArchiveBusyError):
            run_import([tmp_path / "in"], tmp_path / "arkiv", lock_timeout=0.1)
    finally:
        worker.join(60)
    assert not worker.is_alive()


def test_index_batches_grow_with_the_archive_so_segments_stay_few():
    assert not importer.index_due(249, 0, 0.0) and importer.index_due(250, 0, 0.0)
    assert not importer.index_due(999, 2_000, 0.0) and importer.index_due(1_000, 2_000, 0.0)
    # ... up to the largest batch whose postings fit the writer's memory.
    assert importer.index_due(importer.INDEX_MAX_FILES, 100_000, 0.0)
    assert not importer.index_due(importer.INDEX_MAX_FILES - 1, 100_000, 0.0)
    # The time limit indexes smaller batches, but never slivers of a large archive.
    assert importer.index_due(1, 0, importer.INDEX_SECONDS)
    assert not importer.index_due(399, 4_000, importer.INDEX_SECONDS)
    assert importer.index_due(400, 4_000, importer.INDEX_SECONDS)
    # An import of 10 000 reports into an empty archive, indexed only when due by count:
    indexed, unindexed, segments = 0, 0, []
    for _ in range(10_000):
        unindexed += 1
        if importer.index_due(unindexed, indexed, 0.0):
            segments.append(unindexed)
            indexed, unindexed = indexed + unindexed, 0
    assert len(segments) <= 12 and segments[0] == importer.INDEX_FILES
    assert max(segments) == importer.INDEX_MAX_FILES


def test_ctrl_c_during_an_import_says_what_was_kept_and_exits_130(tmp_path, monkeypatch, capsys):
    from bilagor.cli.app import run
    from bilagor.extractor.errors import ExitCode

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(importer, "import_paths", interrupted)
    write_files(tmp_path / "in", {"a.pdf": b"%PDF a"})
    code = run(["import", str(tmp_path / "in"), "--archive", str(tmp_path / "arkiv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == ExitCode.INTERRUPTED
    assert err[-1] == (
        "bilagor: fel: avbrutet; de filer som hunnit läsas är sparade: kör samma kommando igen för att importera resten"
    )


def test_the_number_of_files_found_is_told_before_any_file_is_done(reports, tmp_path):
    # A progress bar showed "0/?" until the first file was done; it can show "0/3" once the folders are walked.
    events = []
    run_import(
        [reports],
        tmp_path / "arkiv",
        workers=1,
        files_found=lambda event: events.append(("found", event.total)),
        progress=lambda event: events.append(("done", event.done, event.total)),
    )
    assert events[0] == ("found", 5)  # the five PDFs of the fixture (notes.txt is not one)
    assert len(events) == 6 and all(event[2] == 5 for event in events[1:])

"""The worker pool: a hung, crashing or failing task costs only itself."""

from __future__ import annotations

import signal
import time

import pytest

from bilagor.index.importer.workers import Task, WorkerPool, describe_error, describe_exit
from bilagor.extractor.errors import BadInputError
from import_fakes import fake_extract, write_files


def run_pool(tasks, *, size=2, timeout=20.0):
    with WorkerPool(fake_extract, size=size, timeout=timeout) as pool:
        results = [r for r in pool.imap(tasks, tick=0.2) if r is not None]
        return {r.key: r for r in results}, pool.respawned


def test_every_task_gets_one_result_in_spite_of_crashes(tmp_path):
    files = write_files(
        tmp_path,
        {
            "ok1.pdf": b"%PDF ok one",
            "segv.pdf": b"SEGV",
            "ok2.pdf": b"%PDF ok two",
            "exit.pdf": b"EXIT",
            "nomem.pdf": b"NOMEM",
            "bad.pdf": b"BAD",
            "ok3.pdf": b"%PDF ok three",
        },
    )
    results, respawned = run_pool([Task(name, str(path)) for name, path in files.items()])
    assert set(results) == set(files)
    for name in ("ok1.pdf", "ok2.pdf", "ok3.pdf"):
        assert results[name].ok and results[name].value.filename == name
    assert "SIGSEGV" in results["segv.pdf"].error
    assert "avslutades (kod 3)" in results["exit.pdf"].error
    assert "minnet" in results["nomem.pdf"].error
    assert results["bad.pdf"].error == "inte en PDF"
    assert respawned == 3  # segv, exit, and the worker that stops itself after MemoryError


def test_a_hung_task_is_killed_at_its_deadline_and_the_rest_go_on(tmp_path):
    files = write_files(tmp_path, {"hang.pdf": b"HANG", "a.pdf": b"%PDF a", "b.pdf": b"%PDF b"})
    results, respawned = run_pool([Task(n, str(p)) for n, p in files.items()], size=1, timeout=1.5)
    assert "längre än 1.5 s" in results["hang.pdf"].error
    assert results["a.pdf"].ok and results["b.pdf"].ok
    assert respawned == 1


def test_options_reach_the_function(tmp_path):
    files = write_files(tmp_path, {"a.pdf": b"%PDF a"})
    results, _ = run_pool([Task("a", str(files["a.pdf"]), {"ocr": "never", "max_pages": 7})], size=1)
    assert results["a"].value.warnings == ["ocr=never max_pages=7 password=None"]


def test_idle_ticks_are_yielded_while_work_is_slow(tmp_path):
    files = write_files(tmp_path, {"slow.pdf": b"SLOW"})
    with WorkerPool(fake_extract, size=1, timeout=20) as pool:
        items = list(pool.imap([Task("s", str(files["slow.pdf"]))], tick=0.05))
    assert None in items and [i.key for i in items if i is not None] == ["s"]


def test_pool_rejects_zero_workers():
    with pytest.raises(ValueError):
        WorkerPool(fake_extract, size=0, timeout=1)


def test_error_descriptions_are_one_line():
    assert describe_error(BadInputError("/x.pdf", "skadad PDF: eof")) == "skadad PDF: eof"
    assert describe_error(ValueError("bad\nthing")) == "internt fel vid läsningen: ValueError: bad thing"
    assert "SIGKILL" in describe_exit(-signal.SIGKILL)
    assert "kod 1" in describe_exit(1)


def test_a_worker_that_died_unnoticed_is_not_sent_work(tmp_path):
    """A worker can die between two looks (a crash on its previous file);
    sending it the next task must not break the import."""
    import time as _time

    files = write_files(tmp_path, {"a.pdf": b"%PDF a", "b.pdf": b"%PDF b"})
    with WorkerPool(fake_extract, size=1, timeout=20) as pool:
        worker = pool._workers[0]
        deadline = _time.monotonic() + 20
        while not worker.ready and _time.monotonic() < deadline:  # wait for its "ready"
            if worker.conn.poll(0.1) and worker.conn.recv()[0] == "ready":
                worker.ready = True
        worker.process.kill()
        worker.process.join(5)
        results = [r for r in pool.imap([Task(n, str(p)) for n, p in files.items()], tick=0.1) if r is not None]
    assert sorted(r.key for r in results if r.ok) == ["a.pdf", "b.pdf"]


def test_warm_up_builds_the_spacy_pipeline_before_the_first_file():
    from bilagor.extractor.api import warm_up
    from bilagor.extractor.entities.pipeline import build_pipeline

    build_pipeline.cache_clear()
    warm_up()
    assert build_pipeline.cache_info().currsize == 1


def finish_time(path, **_options):
    return time.time()


def test_workers_go_on_while_the_caller_is_busy_between_results(tmp_path):
    # Each worker holds at most 2 tasks at a time: all 8 can only finish during
    # the caller's pause if the pool keeps feeding the workers meanwhile.
    tasks = [Task(i, str(tmp_path / f"{i}.pdf")) for i in range(8)]
    with WorkerPool(finish_time, size=2, timeout=20.0) as pool:
        results = pool.imap(tasks, tick=0.1)
        first = next(r for r in results if r is not None)
        time.sleep(1.5)  # the caller commits a batch
        woke = time.time()
        rest = [r for r in results if r is not None]
    assert len(rest) == 7 and first.ok
    assert all(r.value < woke for r in rest)


def test_workers_get_no_new_files_while_too_many_results_wait_for_the_caller(tmp_path):
    tasks = [Task(i, str(tmp_path / f"{i}.pdf")) for i in range(12)]
    with WorkerPool(finish_time, size=2, timeout=20.0, max_waiting=3) as pool:
        results = pool.imap(tasks, tick=0.1)
        first = next(r for r in results if r is not None)
        time.sleep(1.5)
        woke = time.time()
        rest = [r for r in results if r is not None]
    assert len(rest) == 11 and first.ok
    # At most the 3 waiting results plus the 2 x 2 files the workers already held finished meanwhile.
    assert 3 <= sum(r.value < woke for r in rest) <= 3 + 4

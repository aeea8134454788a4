"""A worker's memory: recycled when a file leaves it big; its per-file peak logged when a benchmark asks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilagor.index.importer import peaks
from bilagor.index.importer.workers import Task, WorkerPool
from mem_fakes import use_memory

linux_proc = pytest.mark.skipif(
    peaks.rss_mb() is None or not Path("/proc/self/clear_refs").exists(), reason="needs Linux's /proc"
)


def run(tasks, **pool_options):
    with WorkerPool(use_memory, size=1, timeout=60.0, **pool_options) as pool:
        results = {r.key: r for r in pool.imap(tasks, tick=0.2) if r is not None}
        return results, pool.respawned


@linux_proc
def test_a_worker_left_much_bigger_after_a_file_is_replaced_by_a_fresh_one():
    tasks = [Task(0, "a"), Task(1, "b", {"mb": 200, "keep": True}), Task(2, "c"), Task(3, "d")]
    results, respawned = run(tasks, recycle_growth_mb=120)
    assert all(r.ok for r in results.values())
    pids = [results[k].value for k in range(4)]
    assert pids[0] == pids[1]  # small until then: kept
    assert pids[2] != pids[1] and pids[3] == pids[2]  # the big one retired after its file; the new one stays
    assert respawned == 1


@linux_proc
def test_a_worker_that_only_peaked_and_gave_its_memory_back_is_kept():
    tasks = [Task(0, "a", {"mb": 200}), Task(1, "b"), Task(2, "c", {"mb": 200})]
    results, respawned = run(tasks, recycle_growth_mb=120)
    assert len({r.value for r in results.values()}) == 1 and respawned == 0


def test_without_a_recycle_size_a_big_worker_keeps_working():
    tasks = [Task(0, "a", {"mb": 200, "keep": True}), Task(1, "b")]
    results, respawned = run(tasks, recycle_growth_mb=None)
    assert results[0].value == results[1].value and respawned == 0


@linux_proc
def test_with_the_benchmark_hook_each_file_gets_its_own_peak(tmp_path, monkeypatch):
    log = tmp_path / "peaks.jsonl"
    monkeypatch.setenv(peaks.PEAK_LOG_ENV, str(log))  # spawned workers inherit it
    tasks = [Task(0, "small"), Task(1, "big", {"mb": 150}), Task(2, "after", {}), Task(3, "x", {"hash_only": True})]
    results, _ = run(tasks, recycle_growth_mb=None)
    assert all(r.ok for r in results.values())
    lines = {x["path"]: x for x in map(json.loads, log.read_text().splitlines())}
    assert set(lines) == {"small", "big", "after", "x"}
    big, after = lines["big"], lines["after"]
    assert big["peak_mb"] - big["start_mb"] >= 140  # the file's own peak ...
    assert after["peak_mb"] < big["peak_mb"] - 100  # ... reset before the next file, not the lifetime peak
    assert {lines[p]["task"] for p in ("small", "big", "after")} == {"read"} and lines["x"]["task"] == "hash"


def test_without_the_hook_nothing_is_logged(tmp_path, monkeypatch):
    monkeypatch.delenv(peaks.PEAK_LOG_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    results, _ = run([Task(0, "a", {"mb": 10})])
    assert results[0].ok and list(tmp_path.iterdir()) == []
    assert peaks.PeakLog.from_environment() is None

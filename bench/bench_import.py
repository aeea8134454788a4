"""Import speed against a floor measured in the same run, and memory per process.

    .venv/bin/python bench/bench_import.py                 # 1 000 reports, 2 workers
    .venv/bin/python bench/bench_import.py --count 200     # quicker
    .venv/bin/python bench/bench_import.py --scale 10000   # also time per report at 10 000
    .venv/bin/python bench/bench_import.py --count 100 --again   # imports again: unchanged, touched, after

Measures, on the same generated files (fixturegen, cached under --work):
  floor    a pool of the same size doing pdfplumber page.extract_words() on every page
  import   `bilagor import DIR --archive FRESH --workers N` end to end (subprocess)
  1 worker the same import with --workers 1 (for the 2-vs-1 speed-up), and the
           floor with 1 process (how far the machine scales without a main process)
  memory   peak RSS (VmHWM) of the import's main process and of each worker
  again    (--again) the same archive imported again: unchanged, after every file was
           touched (its time changed, not its content), and once more after that; floor:
           hashing every file in this process
and prints the ratios the targets are stated in. No assertion: a benchmark
reports, the reader judges (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def corpus(work: Path, count: int, seed: int) -> list[Path]:
    folder = work / f"corpus-{count}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        import fixturegen

        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        fixturegen.build_corpus(folder, count, seed)
        done.write_text("")
        print(f"generated {count} reports in {time.perf_counter() - start:.1f} s -> {folder}", file=sys.stderr)
    return sorted(folder.glob("*.pdf"))


# -- the floor: bare pdfplumber word extraction in a pool of the same size -------


def _words_of(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_words()) for page in pdf.pages)


def _children_cpu() -> float:
    # Waited-for descendants only: pool workers once joined, and a subprocess
    # together with the workers it joined itself.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor_run(files: list[Path], workers: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the floor."""
    cpu = _children_cpu()
    start = time.perf_counter()
    pool = multiprocessing.get_context("spawn").Pool(workers)
    total = sum(pool.imap_unordered(_words_of, map(str, files), chunksize=4))
    pool.close()
    pool.join()
    seconds = time.perf_counter() - start
    assert total > 0
    return seconds, _children_cpu() - cpu


# -- the import, with a watcher for peak memory of every process in its tree ------


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _peak_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class MemoryWatch(threading.Thread):
    """Samples VmHWM (peak RSS) of a process and its descendants until stopped."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peaks: dict[int, float] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            todo = [self.pid]
            while todo:
                pid = todo.pop()
                peak = _peak_rss_mb(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))
                    self.seen(pid)
                todo += _children(pid)
            self.stopped.wait(self.interval)

    def seen(self, pid: int) -> None:
        """Called for each live process sampled; subclasses note more about it."""


def import_run(source: Path, workers: int, *extra: str, archive: Path | None = None) -> dict:
    keep = archive is not None
    archive = archive or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        command = [
            str(ROOT / ".venv" / "bin" / "bilagor"),
            "import",
            str(source),
            "--archive",
            str(archive),
            "--workers",
            str(workers),
            "--json",
            *extra,
        ]
        cpu = _children_cpu()
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        watch = MemoryWatch(proc.pid)
        watch.start()
        out, _ = proc.communicate()
        seconds = time.perf_counter() - start
        cpu = _children_cpu() - cpu
        watch.stopped.set()
        watch.join()
        summary = json.loads(out)
        main_peak = watch.peaks.pop(proc.pid, 0.0)
        # Children of the main process: the spawn resource tracker is tiny; workers are the big ones.
        return {
            "seconds": seconds,
            "cpu": cpu,
            "summary": summary,
            "main_mb": main_peak,
            "worker_mb": max(watch.peaks.values(), default=0.0),
            "processes": len(watch.peaks) + 1,
        }
    finally:
        if not keep:
            shutil.rmtree(archive, ignore_errors=True)


def again_runs(files: list[Path], workers: int) -> dict:
    """One archive imported, then imported again: unchanged, every file touched, and once more after that."""
    import hashlib

    source, archive = files[0].parent, Path(tempfile.mkdtemp(prefix="bench-archive-"))
    try:
        first = import_run(source, workers, archive=archive)
        unchanged = import_run(source, workers, archive=archive)
        now = time.time()
        for file in files:
            os.utime(file, (now, now))
        touched = import_run(source, workers, archive=archive)
        after = import_run(source, workers, archive=archive)
        start = time.perf_counter()
        for file in files:
            hashlib.sha256(file.read_bytes()).hexdigest()
        floor = time.perf_counter() - start
    finally:
        shutil.rmtree(archive, ignore_errors=True)
    return {
        "reports": len(files),
        "workers": workers,
        "load_avg_1min": round(os.getloadavg()[0], 2),
        "first_import_s": round(first["seconds"], 2),
        "again_unchanged_s": round(unchanged["seconds"], 2),
        "again_touched_s": round(touched["seconds"], 2),
        "again_after_touched_s": round(after["seconds"], 2),
        "hash_floor_s": round(floor, 3),
        "touched_unchanged": touched["summary"]["unchanged"],
        "touched_processes": touched["processes"],
        "touched_worker_peak_mb": round(touched["worker_mb"], 1),
    }


def measure(files: list[Path], workers: int, *, one_worker: bool) -> dict:
    source = files[0].parent
    floor, floor_cpu = floor_run(files, workers)
    run = import_run(source, workers)
    result = {
        "reports": len(files),
        "workers": workers,
        "load_avg_1min": round(os.getloadavg()[0], 2),
        "floor_s": round(floor, 2),
        "import_s": round(run["seconds"], 2),
        "import_vs_floor": round(run["seconds"] / floor, 2),
        "floor_cpu_s": round(floor_cpu, 2),
        "import_cpu_s": round(run["cpu"], 2),
        "cpu_import_vs_floor": round(run["cpu"] / floor_cpu, 2),
        "ms_per_report": round(1000 * run["seconds"] / len(files), 1),
        "imported": run["summary"]["imported"],
        "failed": len(run["summary"]["failed"]),
        "main_peak_mb": round(run["main_mb"], 1),
        "worker_peak_mb": round(run["worker_mb"], 1),
    }
    if one_worker:
        single = import_run(source, 1)
        result["import_1_worker_s"] = round(single["seconds"], 2)
        result["speedup_2_vs_1"] = round(single["seconds"] / run["seconds"], 2)
        # The same for the floor: how far N processes scale on this machine at all,
        # when (unlike the import's) no main process needs CPU beside them.
        floor_single, _ = floor_run(files, 1)
        result["floor_1_worker_s"] = round(floor_single, 2)
        result["floor_speedup"] = round(floor_single / floor, 2)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=int, default=0, help="also run the import at this many reports")
    parser.add_argument("--no-single", action="store_true", help="skip the 1-worker run")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bilagor-bench")
    parser.add_argument("--again", action="store_true", help="only time imports into an archive that has the files")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.again:
        print(json.dumps(again_runs(corpus(args.work, args.count, args.seed), args.workers)))
        return 0

    results = [measure(corpus(args.work, args.count, args.seed), args.workers, one_worker=not args.no_single)]
    if args.scale:
        results.append(measure(corpus(args.work, args.scale, args.seed), args.workers, one_worker=False))
    for result in results:
        print(json.dumps(result))
    if len(results) == 2:
        ratio = results[1]["ms_per_report"] / results[0]["ms_per_report"]
        print(
            json.dumps(
                {"ms_per_report_ratio": round(ratio, 2), "between": [results[0]["reports"], results[1]["reports"]]}
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

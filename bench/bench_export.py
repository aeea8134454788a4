"""Time and peak memory of `bilagor export` over a large archive, each format, against a floor.

    .venv/bin/python bench/bench_export.py [--reports N] [--repeat R] [--work DIR]

Builds (once per DIR and N) an archive of N synthetic reports (bench_amounts.synthetic: one to six amounts
each, half naming an organisation), then runs `bilagor export` as a user does, in a process of its own, for
each format (`-o` a file), and reports its wall time (best of R) and peak resident memory (the child's
ru_maxrss). The floor is a process that imports bilagor's archive code and reads every stored record's JSON
with plain SQL into a file: what any export must at least do. A memory figure near the floor's means the export
streams; one that grows with N holds the archive in memory. Ratios, not seconds, compare between runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

FLOOR = """
import sqlite3, sys
from bilagor.index.archive import Archive  # noqa: F401 (the import an export pays too)
connection = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for (record,) in connection.execute("SELECT record FROM reports"):
        out.write(record + "\\n")
"""

RUNS = [
    ("jsonl (every record)", ["--format", "jsonl"], "x.jsonl"),
    ("csv (one row per amount)", ["--format", "csv"], "x.csv"),
    ("csv --per-report", ["--per-report"], "x.csv"),
    ("csv --per-report --excel", ["--per-report", "--excel"], "x.csv"),
    ("opensearch bulk", ["--format", "opensearch"], "x.ndjson"),
    ("jsonl, query 'projekt'", ["projekt", "--format", "jsonl"], "x.jsonl"),
    ("csv --per-report, query", ["projekt", "--per-report"], "x.csv"),
]


def build(folder: Path, n: int) -> None:
    sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]
    from bench_amounts import synthetic

    from bilagor.index.archive import Archive

    if (folder / "archive.sqlite3").exists():
        return
    with Archive.open(folder, writable=True) as archive:
        batch = []
        for report in synthetic(n):
            batch.append(report)
            if len(batch) == 1000:
                archive.add(batch)
                batch = []
        archive.add(batch)


def run(argv: list[str]) -> tuple[float, int]:
    """(wall seconds, peak resident KB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    err = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {err.strip()}")
    return seconds, usage.ru_maxrss


def best(repeat: int, argv: list[str]) -> tuple[float, int]:
    runs = [run(argv) for _ in range(repeat)]
    return min(s for s, _ in runs), max(m for _, m in runs)


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        build(Path(sys.argv[2]), int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None, help="keep the archive here (default: a temporary folder)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bilagor-bench-export-"))
    folder = work / f"archive-{args.reports}"
    started = time.perf_counter()
    # In a process of its own: a child's peak memory counts its parent's at the fork, so this one stays small.
    subprocess.run([sys.executable, __file__, "--build", str(folder), str(args.reports)], check=True)
    print(f"archive of {args.reports} reports in {folder} ({time.perf_counter() - started:.1f} s to build or find)")
    bilagor = [sys.executable, "-m", "bilagor"]
    out = work / "out"
    out.mkdir(exist_ok=True)
    floor_s, floor_kb = best(
        args.repeat, [sys.executable, "-c", FLOOR, str(folder / "archive.sqlite3"), str(out / "f")]
    )
    print(f"{'floor: read every record (SQL)':34} {floor_s:7.2f} s  {floor_kb / 1024:7.1f} MB")
    for name, options, target in RUNS:
        seconds, kb = best(
            args.repeat, [*bilagor, "export", *options, "-o", str(out / target), "--archive", str(folder)]
        )
        print(
            f"{name:34} {seconds:7.2f} s  {kb / 1024:7.1f} MB  ratio {seconds / floor_s:5.1f}  "
            f"memory {kb / floor_kb:4.1f}x"
        )
    print(f"(load average {os.getloadavg()[0]:.1f}; peak memory: the child's ru_maxrss, KB on Linux)")


if __name__ == "__main__":
    main()

"""Benchmark: the import's main-process cost per report (SQLite records + Whoosh index).

`bilagor import` extracts in worker processes; the main process stages each
report, commits records to SQLite and brings the search index up to date
(index/importer/run.py `_ImportRun._stage` / `flush`). This script runs exactly
that path, without workers, on N reports made from a sample of extracted
fixturegen reports (copies with new ids and their section words shuffled, so
every copy is a distinct document), into a fresh archive, and prints per
window (0-1 000, 1 000-3 000, 3 000-10 000 reports):

  - CPU ms per report (time.process_time of this process: staging, SQLite,
    Whoosh analysis, commits and merges);
  - peak RSS (VmHWM) and current RSS at the end of the window.

Usage:

    .venv/bin/python bench/bench_index.py [--count 10000] [--corpus DIR] [--sample 400]
    .venv/bin/python bench/bench_index.py --code REV   # the same, with index/ as of git REV
    .venv/bin/python bench/bench_index.py --index-every 1000 --pool-mb 128   # other settings

--code REV runs index/ as it was at REV (exported with `git archive` into a
temporary folder that is imported as bilagor.index), for before/after figures
from one script; the extractor is this checkout's either way.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import importlib.util
import json
import pickle
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/tmp/bilagor-bench/corpus-1000-0")
WINDOWS = (1_000, 3_000, 10_000, 12_000)


def use_index_code(rev: str, into: Path) -> None:
    """Import bilagor.index from index/ as of git `rev` instead of this checkout."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "index"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    package = into / "index"
    spec = importlib.util.spec_from_file_location(
        "bilagor.index", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["bilagor.index"] = module
    spec.loader.exec_module(module)


def sample_reports(corpus: Path, sample: int) -> list:
    """Extract `sample` reports of the corpus once; cached beside it."""
    cache = corpus.parent / f"{corpus.name}-reports-{sample}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from bilagor.extractor import extract_report

    files = sorted(corpus.glob("*.pdf"))[:sample]
    reports = [extract_report(str(f)) for f in files]
    cache.write_bytes(pickle.dumps(reports))
    return reports


def synthetic_report(base, number: int, rng: random.Random):
    """A copy of `base` with a new id and path and its section words shuffled."""
    report = copy.deepcopy(base)
    report.id = hashlib.sha256(f"bench-{number}".encode()).hexdigest()
    report.filename = f"{number:06d}-{base.filename}"
    report.paths = [f"/bench/{report.filename}"]
    for section in report.sections:
        words = section.text.split(" ")
        rng.shuffle(words)
        section.text = " ".join(words)
    return report


def rss_mb() -> tuple[float, float]:
    """(peak, current) resident set size of this process in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    kb = lambda name: int(fields[name].split()[0])  # noqa: E731
    return kb("VmHWM") / 1024, kb("VmRSS") / 1024


def run(count: int, bases: list, folder: Path) -> list[dict]:
    from bilagor.index.archive import Archive
    from bilagor.index.importer.run import FileStat, _ImportRun

    rng = random.Random(0)
    archive = Archive.open(folder, writable=True)
    rows = []
    try:
        importer = _ImportRun(archive, total=count, year=None, progress=None)
        window_start, cpu_start, making = 0, time.process_time(), 0.0
        for number in range(count):
            started = time.process_time()
            report = synthetic_report(bases[number % len(bases)], number, rng)
            making += time.process_time() - started  # the benchmark's own work, not the import's
            importer._stage(report, [FileStat(report.paths[0], 1000 + number, 1.0e9 + number)])
            done = number + 1
            if done in WINDOWS or done == count:
                if done == count:
                    importer.flush(index=True)
                cpu = time.process_time() - cpu_start - making
                peak, current = rss_mb()
                rows.append(
                    {
                        "reports": f"{window_start}-{done}",
                        "cpu_ms_per_report": round(1000 * cpu / (done - window_start), 2),
                        "peak_rss_mb": round(peak, 1),
                        "rss_mb": round(current, 1),
                    }
                )
                print(json.dumps(rows[-1]), flush=True)
                window_start, cpu_start, making = done, time.process_time(), 0.0
        # Whoosh names a segment's files MAIN_<id>.*: more segments, slower searches.
        rows.append({"segments": len({f.name.split(".")[0] for f in (folder / "whoosh").glob("MAIN_*.*")})})
    finally:
        archive.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--code", help="git revision whose index/ to run (default: this checkout)")
    parser.add_argument("--index-every", type=int, help="index every N records (importer.INDEX_FILES; no time limit)")
    parser.add_argument("--pool-mb", type=int, help="writers' posting pool (search_index.WRITER_LIMIT_MB)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        if args.code:
            use_index_code(args.code, Path(tmp))
        if args.index_every:
            import bilagor.index.importer.run as importer

            importer.INDEX_FILES, importer.INDEX_SECONDS = args.index_every, float("inf")
        if args.pool_mb:
            import bilagor.index.search.schema as search_index

            search_index.WRITER_LIMIT_MB = args.pool_mb
        bases = sample_reports(args.corpus, args.sample)
        rows = run(args.count, bases, Path(tmp) / "archive")
    print(json.dumps({"code": args.code or "checkout", "count": args.count, "windows": rows[:-1], **rows[-1]}))


if __name__ == "__main__":
    main()

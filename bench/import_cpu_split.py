"""Where an import's CPU goes: the main process against its workers.

    .venv/bin/python bench/import_cpu_split.py [--count 1000] [--workers 2] [--corpus DIR]

Runs `import_paths` in this process on the first COUNT PDFs of a fixturegen
corpus (see bench_import.py, which generates /tmp/bilagor-bench/corpus-1000-0)
into a temporary archive, and prints wall time, this (main) process's CPU and
its workers' CPU (getrusage of the joined children). With one core per worker
and none to spare, the main process's share is what limits how much faster
two workers are than one. No assertion: a benchmark reports.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "bilagor-bench" / "corpus-1000-0")
    args = parser.parse_args()
    from bilagor.index.importer.run import import_paths

    files = sorted(args.corpus.glob("*.pdf"))[: args.count]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        summary = import_paths(files, archive=Path(folder) / "archive", workers=args.workers)
        wall = time.perf_counter() - start
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "reports": summary.imported,
                "workers": args.workers,
                "wall_s": round(wall, 2),
                "main_cpu_s": round(me.ru_utime + me.ru_stime, 2),
                "workers_cpu_s": round(children.ru_utime + children.ru_stime, 2),
                "main_peak_mb": round(me.ru_maxrss / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main()

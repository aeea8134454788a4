"""What a new reader process pays before its first file is its own: the import, the warm-up, the first read.

    .venv/bin/python bench/first_read_36.py [PDF ...] [--repeat R]

Each PDF (default: the bundled examples/*.pdf) is read twice in a fresh interpreter
(extract_report, ocr="never"), after importing the extractor and calling warm_up() as an
import's worker does. The floor is the second read of the same file in the same process: what
the file itself costs once everything a process builds once is built. Reported per stage, CPU
seconds (time.process_time: a machine shared with other work disturbs it less than wall time),
the best of R fresh processes, and the first read's ratio to the floor: the first read's excess
is what every new reader (an import's worker, one replaced after a time-out or a recycle,
`bilagor extract`) pays on top.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: CPU seconds of the import, the warm-up, the first and the second read.
_FRESH = """
import sys, time
clock = time.process_time
t = clock()
from bilagor.extractor.api import extract_report, warm_up
imported = clock() - t
t = clock(); warm_up(); warmed = clock() - t
t = clock(); extract_report(sys.argv[1], ocr="never"); first = clock() - t
t = clock(); extract_report(sys.argv[1], ocr="never"); second = clock() - t
print(imported, warmed, first, second)
"""


def fresh(path: Path) -> list[float]:
    out = subprocess.run([sys.executable, "-c", _FRESH, str(path)], capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "examples").glob("*.pdf"))
    totals = [0.0] * 4
    for path in pdfs:
        runs = [fresh(path) for _ in range(args.repeat)]
        best = [min(r[i] for r in runs) for i in range(4)]
        totals = [a + b for a, b in zip(totals, best)]
        print(
            f"{path.name[:60]:60s} import {best[0]:5.2f} s, warm-up {best[1]:5.2f} s, first read {best[2]:5.2f} s, "
            f"floor (second read) {best[3]:5.2f} s: first = {best[2] / best[3]:5.2f} x the floor"
        )
    n = len(pdfs)
    print(
        f"mean of {n}: import {totals[0] / n:.2f} s, warm-up {totals[1] / n:.2f} s, first read {totals[2] / n:.2f} s, "
        f"floor {totals[3] / n:.2f} s; first read's excess over the floor {(totals[2] - totals[3]) / n:.2f} s "
        f"({totals[2] / totals[3]:.2f} x the floor); a new process's cost before its first file is its own "
        f"(import + warm-up + excess) {(totals[0] + totals[1] + totals[2] - totals[3]) / n:.2f} s"
    )


if __name__ == "__main__":
    main()

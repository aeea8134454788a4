"""python -m fixturegen --out DIR --count N --seed S   (with PYTHONPATH=tests)"""

from __future__ import annotations

import argparse
import sys
import time

from . import build_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fixturegen", description="Write fixture PDFs with truth sidecars.")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    paths = build_corpus(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} PDFs to {args.out} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

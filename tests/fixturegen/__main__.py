"""python -m fixturegen --out DIR --count N --seed S   (with PYTHONPATH=tests)
python -m fixturegen --out examples --examples        (regenerate the demo reports)"""

from __future__ import annotations

import argparse
import sys
import time

from . import build_corpus
from .examples import write_examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fixturegen", description="Write fixture PDFs with truth sidecars.")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", action="store_true", help="write the demo reports of examples/ instead")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    paths = write_examples(args.out) if args.examples else build_corpus(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} PDFs to {args.out} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The cost of the label test on a long document's lines, over a floor in the same run: folding the same lines as
the label test folds them (labels._fold_label). Each line is looked up as the layout looks a line up that may be
a label (labels.known_key, its cache bypassed: a long document has more distinct lines than it keeps) and as an
OCR'd line's start is (labels.near_label). Ratios, so that the machine's load moves them little; CPU time, best
of --repeat.

    .venv/bin/python bench/label_near_miss.py [--lines 3000] [--repeat 3]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/label_near_miss.py     # another checkout's label test

The lines are drawn here (nothing committed): short lines of made-up words of a tax booklet's length (one to
eight words: headings, table cells, the ends of wrapped lines), a few known wordings misread among them. A line of
up to eight words is compared with the known wordings (h33: pdf2json's dc_ins_40, 64 pages, 38 000 words: 64 s
of its profile in these comparisons).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of, print_against_floor  # noqa: E402

_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"


def booklet_lines(n: int, wordings: list[str], seed: int = 1) -> list[str]:
    """`n` short lines of made-up words, one in twenty a known wording with a letter changed."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.05:
            chars = list(rng.choice(wordings))
            chars[rng.randrange(len(chars))] = rng.choice(_LETTERS)
            out.append("".join(chars).capitalize())
            continue
        words = ["".join(rng.choice(_LETTERS) for _ in range(rng.randint(2, 10))) for _ in range(rng.randint(1, 8))]
        out.append(" ".join(words).capitalize())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from bilagor.extractor import labels

    lines = booklet_lines(args.lines, list(labels.vocabulary().exact))
    known_key = labels.known_key.__wrapped__  # the lookup itself, not its cache
    clock = time.process_time
    floor = best_of(args.repeat, lambda: [labels._fold_label(line) for line in lines], clock=clock)
    steps = {
        "known_key (the layout's label test)": lambda: [known_key(line) for line in lines],
        "near_label (an OCR'd line's start)": lambda: [labels.near_label(line) for line in lines],
    }
    print(f"lines: {len(lines)}; found {sum(known_key(line) is not None for line in lines)} known")
    print(f"floor (the lines folded): {floor * 1000:.1f} ms CPU")
    print_against_floor(steps, floor, args.repeat, clock)


if __name__ == "__main__":
    main()

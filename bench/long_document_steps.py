"""The cost of two text-layer steps on a long document, over a floor in the same run: the document's lines sorted by
top and their tops read (one pass of sorted work over its lines). Ratios, so that the machine's load moves them
little; CPU time, best of --repeat.

    .venv/bin/python bench/long_document_steps.py [--pages 67] [--repeat 3]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/long_document_steps.py     # another checkout's steps

The document is drawn here (nothing committed): `--pages` pages of 60 body lines in two text columns under a
running header and over a page number, as tika's 67-page testPDF_childAttachments (h33: 106 s of its 120 s to
read). The steps: the running headers and footers (layout.running.strip_running_lines: each margin line against
the document's other margin lines) and the text columns' extents measured on the lines level with the next
column's (text_columns._beside_extents, each column's lines against the other's), on every page.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of, print_against_floor  # noqa: E402


def document(pages: int, seed: int = 1):
    """(pages, their lines as the layout groups them, each page's two columns as text_columns' lines)."""
    from bilagor.extractor.layout.model import Line
    from bilagor.extractor.text_columns import _Line
    from bilagor.extractor.words import Page, Word

    rng = random.Random(seed)
    out_pages, out_lines, out_columns = [], [], []
    for number in range(1, pages + 1):
        header = [Word("Årsrapport", 60, 110, 20, 29, "F", 8.0), Word("2024", 112, 130, 20, 29, "F", 8.0)]
        body = []
        for i in range(60):
            x, top = (60.0, 80 + 22 * (i % 30)) if i < 30 else (310.0, 80 + 22 * (i % 30) + rng.uniform(-3, 3))
            body.append(
                [
                    Word(rng.choice(["text", "och", "för"]), x + 30 * k, x + 30 * k + 25, top, top + 10, "G", 10.0)
                    for k in range(7)
                ]
            )
        footer = [Word(f"Sida {number}", 280, 320, 812, 821, "F", 8.0)]
        words = header + [w for line in body for w in line] + footer
        out_pages.append(Page(number, 595, 842, words))
        out_lines.append([Line(number, header), *(Line(number, line) for line in body), Line(number, footer)])
        columns = [
            [_Line(line, line[0].top, line[0].bottom) for line in body[:30]],
            [_Line(line, line[0].top, line[0].bottom) for line in body[30:]],
        ]
        out_columns.append(columns)
    return out_pages, out_lines, out_columns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=67)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from bilagor.extractor.layout.running import strip_running_lines
    from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
    from bilagor.extractor.text_columns import _beside_extents, _extent

    pages, lines, columns = document(args.pages)
    every = [line for page_lines in lines for line in page_lines]
    clock = time.process_time
    floor = best_of(args.repeat, lambda: [ln.top for ln in sorted(every, key=lambda ln: ln.top)], clock=clock)
    steps = {
        "running lines (strip_running_lines)": lambda: strip_running_lines(pages, lines, 10.0, DEFAULT_SETTINGS),
        "columns' level extents (_beside_extents)": lambda: [
            _beside_extents(cols, [_extent(c) for c in cols]) for cols in columns
        ],
    }
    print(f"document: {len(pages)} pages, {len(every)} lines")
    print(f"floor (the lines sorted by top, their tops): {floor * 1000:.1f} ms CPU")
    print_against_floor(steps, floor, args.repeat, clock)


if __name__ == "__main__":
    main()

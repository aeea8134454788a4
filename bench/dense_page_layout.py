"""The cost of four layout steps on a drawing sheet's dense page, over a floor in the same run: sorting the same
page's words by position and taking their boxes (one pass of sorted work over the page, which every step does at
least once). Ratios, so that the machine's load moves them little; CPU time, best of --repeat.

    .venv/bin/python bench/dense_page_layout.py [--rows 180] [--repeat 3]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/dense_page_layout.py     # another checkout's steps

The page is drawn by tests/dense_pages.py (nothing committed): a large sheet (3 168 x 2 448 pt, as PdfPig's fseprd1102849) of a parts
list's rows, each row a few dozen short runs at x's of their own and a title block of contact lines down the left
margin, some 13 000 words as on that sheet (h32: 67 s to read, most of it in these steps and pdfminer). The steps:
grouping the words into lines (layout.lines.group_lines, which every step calls), the text columns' search (layout.textcols._columns, every gutter's stretch of lines), the centred cells
(layout.centredcells.top_align_centred_cells, every cell against every one-line cell of the grid) and the
letterhead band (layout.letterhead.band_words, every band's lines against the form's words).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from dense_pages import drawing_sheet  # noqa: E402 (tests/ holds the page builder)
from timing import best_of, print_against_floor  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=80)
    parser.add_argument("--labels", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from bilagor.extractor.layout import textcols
    from bilagor.extractor.layout.centredcells import top_align_centred_cells
    from bilagor.extractor.layout.letterhead import band_words
    from bilagor.extractor.layout.lines import group_lines
    from bilagor.extractor.layout.settings import DEFAULT_SETTINGS

    page = drawing_sheet(random.Random(1), args.rows, args.labels, title_lines=60)
    tol = 3.0
    clock = time.process_time
    floor = best_of(
        args.repeat,
        lambda: [(w.x0, w.top, w.x1, w.bottom) for w in sorted(page.words, key=lambda w: (w.top, w.x0))],
        clock=clock,
    )
    steps = {
        "lines (group_lines)": lambda: group_lines(page, DEFAULT_SETTINGS),
        "text columns (textcols._columns)": lambda: textcols._columns(page, lambda _t: False, tol, DEFAULT_SETTINGS),
        "centred cells (top_align_centred_cells)": lambda: top_align_centred_cells(page, tol, DEFAULT_SETTINGS),
        "letterhead band (band_words)": lambda: band_words(page, lambda _t: False),
    }
    print(f"page: {len(page.words)} words, {len(group_lines(page, DEFAULT_SETTINGS))} lines")
    print(f"floor (the words sorted by position, their boxes): {floor * 1000:.1f} ms CPU")
    print_against_floor(steps, floor, args.repeat, clock)


if __name__ == "__main__":
    main()

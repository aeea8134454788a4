"""The cost of a dense text page's two page-wide searches (the letterhead band, the text columns' gutters) over
a floor in the same run: grouping the same page's words into lines (layout.lines.group_lines), which every page
goes through once. Ratios, so that the machine's load moves them little; CPU time, best of --repeat.

    .venv/bin/python bench/long_text_work.py [--words 2800] [--repeat 3]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/long_text_work.py     # another checkout's searches

The page is drawn here (nothing committed): a two-column paper's first page of `--words` words in lines of
ragged word widths, so that nearly every word's edge stands at an x of its own and is a candidate gutter of the
letterhead search, as on docling-parse's ligatures_01 (3 934 words, 2 900 gutters) and tika's 67-page
childAttachments. No band is found on it: every gutter inside the margin's reach is tried.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of, print_against_floor  # noqa: E402


def dense_page(words: int, seed: int = 1):
    """A 612 x 792 pt page of two text columns (9 pt type, 11 pt lines) of up to `words` words of ragged widths
    (two full columns hold some 2 800)."""
    from bilagor.extractor.words import Page, Word

    rng = random.Random(seed)
    out: list[Word] = []
    top, column = 72.0, 0
    while len(out) < words:
        x, right = (54.0, 300.0) if column == 0 else (318.0, 558.0)
        while x < right - 20 and len(out) < words:
            # short words and pieces of words (a ligature's or a kerned run's split), as in a paper's text layer
            width = rng.uniform(3, 14)
            out.append(Word("ord", x, min(x + width, right), top, top + 9, "LinLibertineT", 9.0))
            x += width + rng.uniform(0.8, 3.4)
        top += 11.0
        if top > 740:
            top, column = 72.0, column + 1
            if column > 1:
                break  # the page is full
    return Page(1, 612.0, 792.0, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=2800)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from bilagor.extractor import text_columns
    from bilagor.extractor.layout.letterhead import band_words
    from bilagor.extractor.layout.lines import group_lines
    from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
    from statistics import median

    page = dense_page(args.words)
    lines = text_columns._lines(page.words)
    size = median(w.bottom - w.top for w in page.words)
    reach = page.width * DEFAULT_SETTINGS.letterhead_max_share
    gutters = len({w.x1 + 0.5 for w in page.words if w.x1 + 0.5 <= reach}) + len(
        {w.x0 - 0.5 for w in page.words if w.x0 - 0.5 >= page.width - reach}
    )
    clock = time.process_time
    floor = best_of(args.repeat, lambda: group_lines(page, DEFAULT_SETTINGS), clock=clock)
    steps = {
        "letterhead band (band_words)": lambda: band_words(page, lambda _t: False),
        "text-column gutters (_gutter_candidates)": lambda: text_columns._gutter_candidates(lines, page.width, size),
    }
    print(f"page: {len(page.words)} words, {len(lines)} lines, {gutters} letterhead gutters inside the reach")
    print(f"floor (group_lines of the page): {floor * 1000:.1f} ms CPU")
    print_against_floor(steps, floor, args.repeat, clock)


if __name__ == "__main__":
    main()

"""The layout's cost on a map's page, over a floor in the same run: bare pdfplumber's words of the same page
(pdfplumber.open, extract_words). Ratios, so that the machine's load moves them little; CPU time, best of --repeat.

    .venv/bin/python bench/map_page_layout_37.py [--words 1000 2000 4000 8000] [--repeat 1] [--title 26]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/map_page_layout_37.py     # another checkout's code

The page is drawn here with reportlab (nothing committed): a letter page of one-glyph symbols (3.6 pt) scattered at
random positions, as a map's markers, and a few place names (olmocr's one-page map1.pdf: 15 631 words, 1 390 rules, 121.6 s
of CPU in the layout against 11.9 s for pdfplumber), over a few hundred thin rules (roads, borders). The text layer
is read once per page (pdf_reader.read_pdf) and the layout (api.layout_as_extractor) timed alone. --title PT adds
the map's title in PT-point type (map1's tallest word is 26 pt): one tall word among the symbols (h38).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

SYLLABLES = ["berg", "by", "sta", "torp", "holm", "vik", "ås", "lund", "mar", "kul", "sjö", "ne", "ri", "da", "ka"]


def map_page(path: Path, words: int, seed: int = 37, title: float = 0.0) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    width, height = letter
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setLineWidth(0.4)
    for _ in range(max(50, words // 12)):
        x, y = rng.uniform(20, width - 20), rng.uniform(20, height - 20)
        pdf.line(x, y, x + rng.uniform(-100, 100), y + rng.uniform(-100, 100))
    # the map's symbols: one capital each, as map1's 'L' of a water or marker font (a symbol font whose glyphs
    # read as capitals), 3.6 pt, thousands on a page
    pdf.setFont("Helvetica", 3.6)
    for _ in range(words):
        pdf.drawString(rng.uniform(30, width - 30), rng.uniform(30, height - 30), rng.choice("LHN"))
    for _ in range(max(20, words // 60)):
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
        pdf.setFont("Helvetica", rng.choice([6, 7, 8]))
        pdf.drawString(rng.uniform(20, width - 80), rng.uniform(20, height - 20), name)
    if title:
        pdf.setFont("Helvetica-Bold", title)
        pdf.drawString(40, height - 20 - title, "Kartan")
    pdf.save()


def _floor(path: Path) -> float:
    import pdfplumber

    before = time.process_time()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
    return time.process_time() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--title", type=float, default=0.0, help="a map title of this size in points (0: none)")
    args = parser.parse_args()

    from bilagor.extractor import api
    from bilagor.extractor.pdf_reader import read_pdf

    with tempfile.TemporaryDirectory() as folder:
        for count in args.words:
            path = Path(folder) / f"map{count}.pdf"
            map_page(path, count, title=args.title)
            floor = min(_floor(path) for _ in range(args.repeat))
            pages = read_pdf(path).pages
            best = float("inf")
            for _ in range(args.repeat):
                before = time.process_time()
                api.layout_as_extractor(pages)
                best = min(best, time.process_time() - before)
            print(
                f"{count:6} words ({len(pages[0].words)} read): floor {floor:6.2f} s, layout {best:7.2f} s"
                f" = {best / floor:6.1f} x the floor"
            )


if __name__ == "__main__":
    main()

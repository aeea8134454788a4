"""Time the steps a scanned page goes through before OCR, each as a share of Tesseract's own time on the page.

    .venv/bin/python bench/scan_steps.py PDF[:PAGE] ... [--repeat 3]

For each page (rendered at OCR's 300 dpi, grey, and in colour for the pen step): each step of `image_steps`
(recycled paper with fibres found and, where found, its candidate cleaned (recycled_fibres; the vote's second
reading of such a page not timed), a moving hand's smear measured and, where found, filtered (motion_smear; the vote's two Tesseract readings of
such a page not timed), a fax's dead print-head columns, descreening, the n-up sheet's page search, the negative and photo judgements,
the screen-photo test, the colour channels' register (channel_register), a fire's burnt edges (burnt_edges), the colour probe on the small render, folds, frame, edge strips, the coloured pen, an
overexposed scan's stretch, a sleeve's glare, holes and
faded print, the show-through cut, grey marks, deskew's estimate, a cockle's waves, dark bars, margin ticks, broken rules, specks, photos, rules,
a comb's walls (on the rule finder's output, made once a page), and, after OCR, the stops read as commas (ocr_stops, on
the page's words as Tesseract reads them, read once a page outside the timing: give `--repeat` 2 or more);
`--steps` picks some), and the floor: one Tesseract run on the same page image (hOCR, Swedish, one thread). Best
of `--repeat` runs each; the ratios to the floor are what to compare between runs (the machine is shared: seconds
move with its load, ratios much less). bench/scan_costs.py runs the same steps on pages it generates.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402


def image_steps(scale: float) -> dict[str, Callable]:
    """The scan path's image steps (ocr.read_page_image's, in its order, and the checks they start with), each a
    call of (grey page, its colour render, the pdfium page) for a page drawn at `scale` pixels a point."""
    from bilagor.extractor.broken_rules import closed_rules
    from bilagor.extractor.burnt_edges import without_burnt_edges
    from bilagor.extractor.channel_register import registered
    from bilagor.extractor.cockle import without_cockle
    from bilagor.extractor.comb_walls import without_comb_walls
    from bilagor.extractor.dark_streaks import without_dark_streaks
    from bilagor.extractor.dead_columns import without_dead_columns
    from bilagor.extractor.descreen import descreened
    from bilagor.extractor.deskew import estimate_shear, estimate_skew
    from bilagor.extractor.edge_strip import without_edge_strips
    from bilagor.extractor.faded import mended
    from bilagor.extractor.folded_corner import without_folded_corner
    from bilagor.extractor.folds import without_folds
    from bilagor.extractor.glare import without_glare
    from bilagor.extractor.grey_marks import grey_marks
    from bilagor.extractor.light_columns import without_scratches
    from bilagor.extractor.magnifier import without_magnifier
    from bilagor.extractor.margin_ticks import without_margin_ticks
    from bilagor.extractor.negative import positive
    from bilagor.extractor.nozzle_rows import without_clogged_rows
    import numpy as np

    from bilagor.extractor.ocr import _DARK as DARK
    from bilagor.extractor.ocr import MIN_RULE_POINTS, remove_rules, run_tesseract, words_from_hocr
    from bilagor.extractor.ocr_frame import without_frame
    from bilagor.extractor.ocr_pen import PROBE_SCALE, has_colour, without_pen
    from bilagor.extractor.ocr_stops import sentence_starts, stops_for_commas
    from bilagor.extractor.ocr_sheet import sheet_pages
    from bilagor.extractor.overexposed import without_overexposure
    from bilagor.extractor.page_photo import photographed
    from bilagor.extractor.motion_smear import deconvolved, smear
    from bilagor.extractor.pale_layer import pale_layer
    from bilagor.extractor.recycled_fibres import cleaned, recycled
    from bilagor.extractor.photos import photo_boxes
    from bilagor.extractor.reversed_bands import without_dark_bars, without_reversed_bands
    from bilagor.extractor.screen_photo import subpixel_screen
    from bilagor.extractor.show_through import show_through_cut
    from bilagor.extractor.specks import remove_specks, without_dots
    from bilagor.extractor.touching_lines import lines_parted

    taken_out: dict[int, tuple] = {}  # the rule finder's page and rules, once a page: the comb step works on them

    def comb_walls(grey):
        if id(grey) not in taken_out:
            image, rules = remove_rules(grey, round(MIN_RULE_POINTS * scale), scale=scale)
            taken_out[id(grey)] = (np.asarray(image), rules, grey)
        cleaned, rules, _ = taken_out[id(grey)]
        return without_comb_walls(cleaned, rules, scale, DARK)

    read_words: dict[int, tuple] = {}  # Tesseract's words of a page, once a page: the stops step works on them

    def stops(grey):
        if id(grey) not in read_words:
            from PIL import Image

            with tempfile.TemporaryDirectory() as folder:
                hocr = run_tesseract(Image.fromarray(grey), Path(folder), "stops")
            read_words[id(grey)] = (words_from_hocr(hocr, scale), grey)
            sentence_starts()  # its word list is loaded once a process, not a page
        return stops_for_commas(read_words[id(grey)][0])

    def unsmeared(grey):  # the smear's measure, and its filter where one is found (the vote's two readings aside)
        found = smear(grey, scale)
        return deconvolved(grey, *found) if found else grey

    def recycled_paper(grey):  # the test, and the cleaned candidate where it holds (the vote's reading aside)
        return cleaned(grey, scale) if recycled(grey, scale) else grey

    return {
        "recycled fibres": lambda grey, colour, page: recycled_paper(grey),
        "motion smear": lambda grey, colour, page: unsmeared(grey),
        "magnifier": lambda grey, colour, page: without_magnifier(grey, scale),
        "dead columns": lambda grey, colour, page: without_dead_columns(grey, scale),
        "nozzle rows": lambda grey, colour, page: without_clogged_rows(grey, scale),
        "descreen": lambda grey, colour, page: descreened(grey, scale),
        "sheet_pages": lambda grey, colour, page: sheet_pages(grey, scale),
        "screen test": lambda grey, colour, page: subpixel_screen(colour),
        "channel register": lambda grey, colour, page: registered(colour, scale),
        "burnt edges": lambda grey, colour, page: without_burnt_edges(grey, scale),
        "negative": lambda grey, colour, page: positive(grey),
        "reversed bands": lambda grey, colour, page: without_reversed_bands(grey, scale),
        "scratches": lambda grey, colour, page: without_scratches(grey, scale),
        "folded corner": lambda grey, colour, page: without_folded_corner(grey, scale),
        "photo judgement": lambda grey, colour, page: photographed(grey, scale),
        "colour probe": lambda grey, colour, page: has_colour(
            page.render(scale=PROBE_SCALE, rev_byteorder=True).to_numpy()[..., :3]
        ),
        "folds": lambda grey, colour, page: without_folds(grey, scale),
        "frame": lambda grey, colour, page: without_frame(grey, scale),
        "edge strips": lambda grey, colour, page: without_edge_strips(grey, scale),
        "pen": lambda grey, colour, page: without_pen(grey, colour, scale),
        "overexposure": lambda grey, colour, page: without_overexposure(grey, scale),
        "glare": lambda grey, colour, page: without_glare(grey, scale),
        "pale layer": lambda grey, colour, page: pale_layer(grey, scale),
        "holes+faded": lambda grey, colour, page: mended(grey, scale),
        "show-through": lambda grey, colour, page: show_through_cut(grey, scale),
        "grey marks": lambda grey, colour, page: grey_marks(grey, scale),
        "dark streaks": lambda grey, colour, page: without_dark_streaks(grey, scale),
        "deskew estimate": lambda grey, colour, page: estimate_skew(grey),
        "cockle": lambda grey, colour, page: without_cockle(grey, scale),
        "shear estimate": lambda grey, colour, page: estimate_shear(grey, scale),
        "dark bars": lambda grey, colour, page: without_dark_bars(grey, scale),
        "margin ticks": lambda grey, colour, page: without_margin_ticks(grey, scale),
        "specks": lambda grey, colour, page: without_dots(remove_specks(grey, scale), scale),
        "photos": lambda grey, colour, page: photo_boxes(grey, scale),
        "broken rules": lambda grey, colour, page: closed_rules(grey, scale, round(MIN_RULE_POINTS * scale)),
        "rules": lambda grey, colour, page: remove_rules(grey, round(MIN_RULE_POINTS * scale), scale=scale),
        "comb walls": lambda grey, colour, page: comb_walls(grey),
        "touching lines": lambda grey, colour, page: lines_parted(grey, scale),
        "ocr stops": lambda grey, colour, page: stops(grey),
    }


def page_seconds(page, scale: float, steps: dict[str, Callable], repeat: int, folder: Path) -> tuple[float, dict]:
    """Bare Tesseract's seconds on the pdfium `page` drawn grey at `scale` (the floor), and each of `steps`' best
    of `repeat` on the same drawing."""
    from PIL import Image

    from bilagor.extractor.ocr import run_tesseract

    pixels = page.render(scale=scale, grayscale=True).to_numpy()
    grey = pixels.reshape(pixels.shape[0], pixels.shape[1])
    colour = page.render(scale=scale, rev_byteorder=True).to_numpy()[..., :3]
    floor = best_of(1, lambda: run_tesseract(Image.fromarray(grey), folder, "page"))
    times = {name: best_of(repeat, lambda step=step: step(grey, colour, page)) for name, step in steps.items()}
    return floor, times


def main() -> None:
    import pypdfium2 as pdfium

    from bilagor.extractor.ocr import DPI

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("pages", nargs="+", help="PDF or PDF:PAGE (default page 1)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--steps", nargs="+", help="only these steps (names as in the table's head)")
    args = parser.parse_args()
    scale = DPI / 72
    steps = {name: step for name, step in image_steps(scale).items() if not args.steps or name in args.steps}
    totals = {name: 0.0 for name in steps}
    floor = 0.0
    print(f"{'page':36} {'tesseract s':>11} " + " ".join(f"{name:>15}" for name in steps))
    with tempfile.TemporaryDirectory() as tmp:
        for spec in args.pages:
            path, _, number = spec.partition(":")
            document = pdfium.PdfDocument(path)
            page = document[int(number or 1) - 1]
            tesseract, times = page_seconds(page, scale, steps, args.repeat, Path(tmp))
            floor += tesseract
            for name, seconds in times.items():
                totals[name] += seconds
            label = f"{Path(path).stem}:{number or 1}"
            print(f"{label:36} {tesseract:11.2f} " + " ".join(_ratio(times[n] / tesseract) for n in steps))
            page.close()
            document.close()
    print(f"{'all (share of Tesseract)':36} {floor:11.2f} " + " ".join(_ratio(totals[n] / floor) for n in steps))


def _ratio(share: float) -> str:
    """A step's share of Tesseract's time, in three decimals, or in powers of ten below a thousandth (the stops
    step on OCR's words takes a few ten-thousandths: three decimals would print it as nothing)."""
    return f"{share:15.3f}" if share >= 0.001 or share == 0 else f"{share:15.1e}"


if __name__ == "__main__":
    main()

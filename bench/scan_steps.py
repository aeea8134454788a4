"""Time the steps a scanned page goes through before OCR, each as a share of Tesseract's own time on the page.

    .venv/bin/python bench/scan_steps.py PDF[:PAGE] ... [--repeat 3]

For each page (rendered at OCR's 300 dpi, grey): the descreening test and blur (descreen), the two-up gutter search (ocr_twoup.gutter), the colour probe
(ocr_pen.has_colour on the small render), the holes and faded test (faded.mended), the show-through cut
(show_through), the grey marks (grey_marks), deskew's estimate, and the floor: one Tesseract run on the same
page image (hOCR, Swedish, one thread). Best of `--repeat` runs each; the ratios to the floor are what to
compare between runs (the machine is shared: seconds move with its load, ratios much less).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402


def main() -> None:
    import pypdfium2 as pdfium
    from PIL import Image

    from bilagor.extractor.descreen import descreened
    from bilagor.extractor.deskew import estimate_skew
    from bilagor.extractor.faded import mended
    from bilagor.extractor.grey_marks import grey_marks
    from bilagor.extractor.ocr import DPI, run_tesseract
    from bilagor.extractor.ocr_pen import PROBE_SCALE, has_colour
    from bilagor.extractor.ocr_twoup import gutter
    from bilagor.extractor.show_through import show_through_cut

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("pages", nargs="+", help="PDF or PDF:PAGE (default page 1)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scale = DPI / 72
    steps = {
        "descreen": lambda grey, page: descreened(grey, scale),
        "gutter": lambda grey, page: gutter(grey, scale),
        "colour probe": lambda grey, page: has_colour(
            page.render(scale=PROBE_SCALE, rev_byteorder=True).to_numpy()[..., :3]
        ),
        "holes+faded": lambda grey, page: mended(grey, scale),
        "show-through": lambda grey, page: show_through_cut(grey, scale),
        "grey marks": lambda grey, page: grey_marks(grey, scale),
        "deskew estimate": lambda grey, page: estimate_skew(grey),
    }
    totals = {name: 0.0 for name in steps}
    floor = 0.0
    print(f"{'page':36} {'tesseract s':>11} " + " ".join(f"{name:>15}" for name in steps))
    with tempfile.TemporaryDirectory() as tmp:
        for spec in args.pages:
            path, _, number = spec.partition(":")
            document = pdfium.PdfDocument(path)
            page = document[int(number or 1) - 1]
            pixels = page.render(scale=scale, grayscale=True).to_numpy()
            grey = pixels.reshape(pixels.shape[0], pixels.shape[1])
            image = Image.fromarray(grey)
            tesseract = best_of(1, lambda image=image: run_tesseract(image, Path(tmp), "page"))
            times = {
                name: best_of(args.repeat, lambda step=step, grey=grey, page=page: step(grey, page))
                for name, step in steps.items()
            }
            floor += tesseract
            for name, seconds in times.items():
                totals[name] += seconds
            label = f"{Path(path).stem}:{number or 1}"
            print(f"{label:36} {tesseract:11.2f} " + " ".join(f"{times[n] / tesseract:15.3f}" for n in steps))
            page.close()
            document.close()
    print(f"{'all (share of Tesseract)':36} {floor:11.2f} " + " ".join(f"{totals[n] / floor:15.3f}" for n in steps))


if __name__ == "__main__":
    main()

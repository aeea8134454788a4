"""Time the scan path's image steps on generated pages against bare Tesseract, and the reading process's peak memory.

    .venv/bin/python bench/scan_costs.py [--repeat 3] [--keep DIR]

Draws its pages here (Pillow; nothing committed), each saved as an image-only PDF:

- `pen_stamp`: an A4 colour scan at 200 dpi, JPEG, black labels and answers, a blue ballpoint's wavy underline,
  circle, tick and notes, a red date stamp and a signature over the last answer (the pages of
  tests/extractor/test_scans12_pen.py and test_scans19_colour_forms.py): the coloured-pen step works.
- `pixel_cap`: a 2 083 pt square page (as qpdf's small-images) of six such forms, grey at 200 dpi, drawn for OCR at
  the pixel cap (`ocr.MAX_PIXELS`, 20 M pixels): the page whose whole-page temporaries set the reader's peak.

For each page, drawn as OCR draws it (`ocr.render_scale`, grey, and in colour for the pen step): the floor, one bare
Tesseract run on the grey page (hOCR, Swedish, one thread); each image step's time, best of `--repeat`, as a share
of the floor (`scan_steps.image_steps`: among them `dead columns` and `sheet_pages`, which run on every scanned page,
the portrait `pen_stamp` page being one whose sheet search finds a single page); and the whole read in a fresh
process (`extract_report(path, ocr="always", entities=False)`): its seconds as a multiple of the floor, and the
process's peak RSS (VmHWM) before the read and after it. The machine is shared: seconds move with its load, the
ratios much less.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_steps import image_steps, page_seconds  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "extractor"))

# the pen and stamp tests' own pages (their drawing, not a copy of it)
from test_scans12_pen import BLUE, RED, SCALE, form, jpeg, marked  # noqa: E402
from test_scans19_colour_forms import stamped  # noqa: E402

CAP_PAGE_POINTS = 2083  # qpdf's small-images page, square


def pen_stamp_page():
    """The A4 form at 200 dpi with a blue ballpoint's marks (wavy underline, circle, tick, notes), a red date stamp
    and a blue signature over its last answer, as a colour JPEG scan."""
    clean, boxes = form()
    return jpeg(stamped(marked(clean, boxes, BLUE), boxes, RED, BLUE))


def pixel_cap_page():
    """The form's page set six times over a 2 083 pt square page at 200 dpi, grey (OCR draws it at the pixel cap,
    not at 300 dpi)."""
    from PIL import Image

    clean = form()[0].convert("L")
    side = round(CAP_PAGE_POINTS * SCALE)
    page = Image.new("L", (side, side), 255)
    for left in range(0, side - clean.width + 1, clean.width):
        for top in range(0, side - clean.height + 1, clean.height):
            page.paste(clean, (left, top))
    return page


PAGES = {"pen_stamp": pen_stamp_page, "pixel_cap": pixel_cap_page}


def write_pages(folder: Path) -> dict[str, Path]:
    """Each generated page as an image-only PDF (JPEG, as a scanner writes it) in `folder`."""
    paths = {}
    for name, draw in PAGES.items():
        paths[name] = folder / f"{name}.pdf"
        draw().save(paths[name], "PDF", resolution=SCALE * 72, quality=75)
    return paths


def step_seconds(path: Path, repeat: int, folder: Path) -> tuple[float, int, dict[str, float]]:
    """The floor (bare Tesseract on the page drawn as OCR draws it), the drawing's pixel count, and each image
    step's best time of `repeat` on it."""
    import pypdfium2 as pdfium

    from bilagor.extractor.ocr import render_scale

    document = pdfium.PdfDocument(str(path))
    page = document[0]
    width, height = page.get_size()
    scale = render_scale(width, height)
    floor, times = page_seconds(page, scale, image_steps(scale), repeat, folder)
    page.close()
    document.close()
    return floor, math.ceil(width * scale) * math.ceil(height * scale), times


READ = """
import json, sys, time
from pathlib import Path
from bilagor.extractor import extract_report
from bilagor.extractor.ocr import run_tesseract  # the OCR path's own imports, before the first peak is read

def peak_kb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

imported = peak_kb()
start = time.perf_counter()
extract_report(sys.argv[1], ocr="always", entities=False)
print(json.dumps({"seconds": time.perf_counter() - start, "imported_kb": imported, "read_kb": peak_kb()}))
"""


def read_cost(path: Path) -> dict:
    """The whole read's seconds and the peak RSS (VmHWM) of a fresh process reading `path`."""
    done = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs of each step")
    parser.add_argument("--keep", type=Path, help="write the generated PDFs here too")
    args = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name, path in write_pages(folder).items():
            floor, pixels, times = step_seconds(path, args.repeat, Path(tmp))
            read = read_cost(path)
            print(f"{name}: {pixels / 1e6:.1f} M pixels, bare Tesseract {floor:.2f} s")
            for step, seconds in times.items():
                print(f"  {step:22} {seconds / floor:7.3f} of Tesseract ({seconds:.2f} s)")
            print(f"  {'whole read':22} {read['seconds'] / floor:7.2f}x Tesseract ({read['seconds']:.1f} s)")
            print(
                f"  {'peak RSS (VmHWM)':22} {read['read_kb'] / 1024:7.0f} MB"
                f" (before the read {read['imported_kb'] / 1024:.0f} MB)"
            )
    print(f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

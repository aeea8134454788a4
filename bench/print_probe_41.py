"""The "does this page hold print?" probe's cost (print_probe), against the render OCR cannot do without.

    .venv/bin/python bench/print_probe_41.py FILE... [--repeat 3]

For every page of each FILE: CPU seconds (best of --repeat) of the probe (its own small render and its test of the
ink, as ocr._probe does) and of the floor, pypdfium2 drawing the page grey at OCR's own scale (ocr.render_scale:
300 dpi capped to ocr.MAX_PIXELS), and their ratio; and the probe's answer (print, a picture, blank). Written for an
ordinary A4 scan (f-robust, thirty-sixth round), where the probe is all extra cost, and the camera photos it skips.
No assertion: a benchmark reports, the reader judges.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def best_cpu(repeat: int, action, *args, **kwargs) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.process_time()
        result = action(*args, **kwargs)
        times.append(time.process_time() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import pypdfium2 as pdfium

    from bilagor.extractor.ocr import _probe, render_scale
    from bilagor.extractor.ocr_render import page_pixels

    answers = {None: "print", True: "a picture", False: "blank"}
    for path in args.files:
        document = pdfium.PdfDocument(str(path))
        try:
            for number, page in enumerate(document, start=1):
                width, height = page.get_size()
                scale = render_scale(width, height)
                probe, answer = best_cpu(args.repeat, _probe, page, width, height)
                floor, _ = best_cpu(args.repeat, page_pixels, page, scale, grayscale=True)
                print(
                    f"{path.name} p{number} ({width:.0f} x {height:.0f} pt): probe {probe:.3f} s, "
                    f"floor (OCR's render) {floor:.3f} s, = {probe / max(floor, 1e-6):.2f} x; {answers[answer]}"
                )
                page.close()
        finally:
            document.close()


if __name__ == "__main__":
    main()

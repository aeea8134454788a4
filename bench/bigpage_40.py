"""A file of huge pages read, against a floor of bare pypdfium2 drawing the same pages: CPU seconds (this run's
own and its Tesseract children's) and peak memory (ru_maxrss), each run in a fresh process, so the ratios move
little with the machine's load.

    .venv/bin/python bench/bigpage_40.py FILE... [--ocr auto]
    PYTHONPATH=/path/to/other/pkg .venv/bin/python bench/bigpage_40.py FILE...     # another checkout's code

The floor opens FILE with pypdfium2 and renders every page grey at OCR's own scale (ocr.render_scale: 300 dpi
capped to ocr.MAX_PIXELS), so it is the render OCR cannot do without; "read" is extract_report on FILE. Written for
PyMuPDF-Utilities' insert-images/output.pdf (f-robust, thirty-fifth round: two photo pages of 5 184 x 3 456 and
4 272 x 2 848 pt, a camera image at 1 px per pt each, lost to the import's 120 s time-out under load); the files
are other projects' tests, not committed. No assertion: a benchmark reports, the reader judges.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import json, resource, sys

def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime

mode, path, ocr = sys.argv[1:4]
if mode == "floor":
    import pypdfium2 as pdfium
    from bilagor.extractor.ocr import render_scale
    base = cpu()
    document = pdfium.PdfDocument(path)
    pixels = []
    for page in document:
        scale = render_scale(*page.get_size())
        image = page.render(scale=scale, grayscale=True).to_numpy()
        pixels.append(int(image.shape[0] * image.shape[1]))
        page.close()
    extra = {"pixels": pixels}
else:
    from bilagor.extractor import extract_report
    from bilagor.extractor.api import warm_up
    warm_up()
    base = cpu()
    report = extract_report(path, ocr=ocr)
    extra = {"warnings": list(report.warnings)}
own, kids = cpu()
print(json.dumps({"own": own - base[0], "children": kids - base[1],
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}))
"""


def run(mode: str, path: Path, ocr: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path), ocr], capture_output=True, text=True, check=True, env=os.environ
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--ocr", default="auto")
    args = parser.parse_args()
    for path in args.files:
        floor = run("floor", path, args.ocr)
        read = run("read", path, args.ocr)
        floor_cpu = floor["own"] + floor["children"]
        read_cpu = read["own"] + read["children"]
        megapixels = ", ".join(f"{p / 1e6:.1f}" for p in floor["pixels"])
        print(f"{path.name}: {len(floor['pixels'])} pages drawn at {megapixels} M px")
        print(f"   floor (pypdfium2 render)  {floor_cpu:7.2f} s CPU  {floor['peak_mb']:7.0f} MB peak")
        print(
            f"   read (extract_report)     {read_cpu:7.2f} s CPU  {read['peak_mb']:7.0f} MB peak"
            f"   = {read_cpu / max(floor_cpu, 1e-3):.1f} x / {read['peak_mb'] / floor['peak_mb']:.1f} x the floor"
            f"   (Tesseract {read['children']:.2f} s of it)"
        )
        for warning in read["warnings"]:
            print(f"      {warning}")
    print(f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

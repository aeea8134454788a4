"""CPU time to refuse a file over --max-pages, against bare pdfplumber counting the same file's pages.

    .venv/bin/python bench/page_count_refusal_40.py --pages 2000 10000
    PYTHONPATH=/other/checkout/pkg .venv/bin/python bench/page_count_refusal_40.py   # another version's code

Writes a file of N empty pages (one page tree node declaring them, as oxidizePdf's hang_4mb_10kpages) and
times, in CPU seconds (best of --repeat), bilagor's extract_report until it refuses the file by --max-pages 200,
and the floor: pdfplumber's open and `len(pdf.pages)`, which parses every page object. A ratio under 1 means
the refusal no longer parses the pages. No assertion: a benchmark reports.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def pages_pdf(count: int) -> bytes:
    """`count` empty pages under one page tree node that declares them, with a correct xref table."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + " ".join(f"{n} 0 R" for n in range(3, count + 3)) + f"] /Count {count} >>",
        *["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.process_time()
        run()
        times.append(time.process_time() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import pdfplumber

    from bilagor.extractor.api import extract_report
    from bilagor.extractor.errors import BadInputError

    def refuse(path: Path) -> None:
        try:
            extract_report(path, entities=False, max_pages=200)
        except BadInputError as exc:
            assert "--max-pages" in exc.reason, exc.reason
        else:
            sys.exit(f"{path}: not refused")

    def floor(path: Path) -> None:
        with pdfplumber.open(path) as pdf:
            len(pdf.pages)

    print("pages | bilagor's refusal (CPU s) | pdfplumber's count (CPU s) | ratio")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.pages:
            path = Path(folder) / f"{count}.pdf"
            path.write_bytes(pages_pdf(count))
            ours, bare = best(lambda p=path: refuse(p), args.repeat), best(lambda p=path: floor(p), args.repeat)
            print(f"{count} | {ours:.2f} | {bare:.2f} | {ours / bare:.2f}")


if __name__ == "__main__":
    main()

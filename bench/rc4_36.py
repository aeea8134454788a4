"""RC4-encrypted PDFs read with pdfminer's own Arcfour and with extractor/pdf_rc4.py's.

    .venv/bin/python bench/rc4_36.py [--pages N] [--lines L] [--big B] [--repeat R]

Generates (fpdf2, content streams uncompressed so they are long) a file of N pages of L short lines each
and one page of B lines (a content stream of some 400 kB), once plain and once RC4-encrypted (128-bit, an empty user password), and
times read_pdf over each, CPU seconds, best of R. The floor is the plain file read in the same run:
what reading the file costs without decrypting it. pdfminer's Arcfour builds its output a byte at a
time, in time growing with the square of a stream's length.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402

from bilagor.extractor import pdf_rc4  # noqa: E402
from bilagor.extractor.pdf_reader import read_pdf  # noqa: E402


def make_pdf(path: Path, pages: int, lines: int, big: int, encrypted: bool) -> Path:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_font("helvetica", size=4)
    for n in range(pages + 1):
        pdf.add_page()
        count = big if n == pages else lines
        for i in range(count):
            pdf.text(10 + (i // 90) % 5 * 40, 10 + (i % 90) * 3, f"Rad {i} sida {n + 1}: 1 250 kr")
    if encrypted:
        pdf.set_encryption(owner_password="ägare", encryption_method=EncryptionMethod.RC4)
    pdf.output(str(path))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--lines", type=int, default=150)
    parser.add_argument("--big", type=int, default=12000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import pdfminer.arcfour
    import pdfminer.pdfdocument

    with tempfile.TemporaryDirectory() as folder:
        plain = make_pdf(Path(folder) / "plain.pdf", args.pages, args.lines, args.big, False)
        locked = make_pdf(Path(folder) / "rc4.pdf", args.pages, args.lines, args.big, True)
        words = [len(p.words) for p in read_pdf(locked).pages]
        print(f"{args.pages + 1} pages, {sum(words)} words, {locked.stat().st_size // 1024} kB encrypted")
        floor = best_of(args.repeat, lambda: read_pdf(plain), clock=time.process_time)
        print(f"{'plain file (the floor)':44s} {floor:8.2f} s")
        ours = best_of(args.repeat, lambda: read_pdf(locked), clock=time.process_time)
        install = pdf_rc4.install
        pdf_rc4.install = lambda: None  # type: ignore[assignment]
        pdfminer.pdfdocument.Arcfour = pdfminer.arcfour.Arcfour  # type: ignore[misc]
        try:
            theirs = best_of(args.repeat, lambda: read_pdf(locked), clock=time.process_time)
        finally:
            pdf_rc4.install = install  # type: ignore[assignment]
        print(f"{'encrypted, pdfminer Arcfour':44s} {theirs:8.2f} s = {theirs / floor:6.2f} x the floor")
        print(f"{'encrypted, pdf_rc4.Arcfour':44s} {ours:8.2f} s = {ours / floor:6.2f} x the floor")


if __name__ == "__main__":
    main()

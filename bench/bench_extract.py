"""Time PDF extraction against pdfplumber's own word extraction, measured in the same run.

    .venv/bin/python bench/bench_extract.py [--reports N] [--repeat R]

Renders N fixture PDFs (tests/fixturegen, all variants), then per page:
floor = pdfplumber open + extract_words (the reader's one unavoidable call);
read_pdf (words, fonts and ruling lines); of it, text_columns.in_column_order on
every text-layer page (the pages as read_pdf hands them to it); the pure layout +
labels + metadata step on pages already read; and the whole extract_report
(entities off).
Ratios, not seconds, are what to compare between runs and machines.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fixturegen  # noqa: E402

from timing import best_of  # noqa: E402 (bench/ is on sys.path when run as a script)
from bilagor.extractor.api import extract_report, fill_report  # noqa: E402
from bilagor.extractor.labels import known_key  # noqa: E402
from bilagor.extractor import pdf_reader  # noqa: E402
from bilagor.extractor.pdf_reader import read_pdf  # noqa: E402
from bilagor.extractor.text_columns import in_column_order  # noqa: E402
from bilagor.extractor.record import Report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=48)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import pdfplumber

    with tempfile.TemporaryDirectory() as tmp:
        paths = fixturegen.build_corpus(tmp, args.reports, seed=11)
        unordered = []  # each page as read_pdf hands it to in_column_order

        def noting(page):
            unordered.append(page)
            return in_column_order(page)

        pdf_reader.in_column_order = noting
        contents = [read_pdf(p) for p in paths]
        pdf_reader.in_column_order = in_column_order
        pages = sum(len(c.pages) for c in contents)

        def columns():
            for page in unordered:
                in_column_order(page)

        def floor():
            for p in paths:
                with pdfplumber.open(p) as pdf:
                    for page in pdf.pages:
                        page.extract_words(extra_attrs=["fontname", "size"])

        def reader():
            for p in paths:
                read_pdf(p)

        def pure():
            known_key.cache_clear()  # each run pays for its label look-ups, as a fresh process would
            for p, c in zip(paths, contents):
                fill_report(
                    Report("0" * 64, [str(p)], p.name, len(c.pages), False, "bench"),
                    c.pages,
                    path=str(p),
                    pdf_info=c.metadata,
                )

        def whole():
            for p in paths:
                extract_report(p, entities=False)

        results = [
            (name, best_of(args.repeat, fn))
            for name, fn in (
                ("floor", floor),
                ("read_pdf", reader),
                ("text_columns.in_column_order", columns),
                ("layout+labels+metadata", pure),
                ("extract_report", whole),
            )
        ]
        tracemalloc.start()
        extract_report(max(paths, key=lambda p: p.stat().st_size), entities=False)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    base = results[0][1]
    print(f"{len(paths)} PDFs, {pages} pages, best of {args.repeat}")
    print("| step | time per page | ratio to floor |\n| --- | --- | --- |")
    for name, seconds in results:
        label = "floor: pdfplumber open + extract_words" if name == "floor" else f"`{name}`"
        print(f"| {label} | {seconds / pages * 1000:.1f} ms | {seconds / base:.2f} |")
    print(f"peak Python memory of one extract_report (largest PDF): {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

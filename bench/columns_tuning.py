"""Text columns (issue #12, twentieth round, f-columns): the tuning set scored with and without the
text-columns step, and the pages that step changes in other folders.

    PYTHONPATH=tests .venv/bin/python bench/columns_tuning.py build DIR [--count 16] [--tex 8] [--seed 2412]
    PYTHONPATH=tests .venv/bin/python bench/columns_tuning.py score DIR [--without] [--misses]
    PYTHONPATH=tests .venv/bin/python bench/columns_tuning.py changed DIR [DIR ...]

`build` writes the tuning forms (tests/fixturegen/textcolumns.py: Chromium CSS columns and pdflatex
twocolumn/multicol); `score` scores a folder's PDFs against their truth sidecars, `--without` with the
step switched off (the figure before); `changed` lists the PDFs of the folders with a page the step
reads differently (burned sets only: it names files).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def _without_step() -> None:
    import bilagor.extractor.pdf_reader as pdf_reader

    pdf_reader._in_column_order = lambda pages: pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("folder", type=Path)
    build.add_argument("--count", type=int, default=16)
    build.add_argument("--tex", type=int, default=8)
    build.add_argument("--seed", type=int, default=2412)
    score = sub.add_parser("score")
    score.add_argument("folder", type=Path)
    score.add_argument("--without", action="store_true", help="the text-columns step switched off")
    score.add_argument("--misses", action="store_true")
    changed = sub.add_parser("changed")
    changed.add_argument("folders", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "build":
        from fixturegen.textcolumns import build_tex_columns, build_text_columns

        paths = build_text_columns(args.folder, args.count, args.seed) + build_tex_columns(
            args.folder, args.tex, args.seed
        )
        print(f"{len(paths)} PDFs in {args.folder}")
    elif args.command == "score":
        from layout_scoring import score_files, table

        if args.without:
            _without_step()
        total, per_variant = score_files(sorted(args.folder.glob("*.pdf")))
        print(table(total, per_variant))
        if args.misses:
            for what, names in sorted(total.misses.items()):
                print(f"  {what}: {' '.join(names)}")
    else:
        from bilagor.extractor.text_columns import in_column_order

        _without_step()
        from bilagor.extractor.pdf_reader import read_pdf

        files = [path for folder in args.folders for path in sorted(folder.glob("*.pdf"))]
        changed_files = 0
        for path in files:
            pages = read_pdf(path).pages
            changed_pages = [p.number for p in pages if not p.ocr_layer and in_column_order(p) is not p]
            if changed_pages:
                changed_files += 1
                print(f"{path}: pages {changed_pages}")
        print(f"{changed_files} of {len(files)} PDFs have a page the step reads differently")


if __name__ == "__main__":
    main()

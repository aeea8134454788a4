"""`bilagor extract FILE`: print the record of one PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from bilagor.cli.options import JsonOption
from bilagor.cli.output import print_json
from bilagor.extractor.options import DEFAULT_MAX_PAGES


def extract(
    file: Annotated[Path, typer.Argument(help="A PDF report.")],
    json_output: JsonOption = False,
    ocr: Annotated[str, typer.Option("--ocr", help="OCR pages without text: auto | always | never.")] = "auto",
    password: Annotated[Optional[str], typer.Option("--password", help="Password of an encrypted PDF.")] = None,
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Refuse PDFs with more pages.")] = DEFAULT_MAX_PAGES,
) -> None:
    """Extract one PDF and print its record."""
    from bilagor.extractor import extract_report

    report = extract_report(file, ocr=ocr, password=password, max_pages=max_pages)
    if json_output:
        print_json(report.to_dict())
    else:
        from bilagor.cli.views.show import print_report

        print_report(report)

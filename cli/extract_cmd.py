"""`bilagor extract FILE`: print the record of one PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bilagor.cli.options import JsonOption
from bilagor.cli.output import print_json


def extract(
    file: Annotated[Path, typer.Argument(help="A PDF report.")],
    json_output: JsonOption = False,
) -> None:
    """Extract one PDF and print its record."""
    from bilagor.extractor import extract_report

    report = extract_report(file)
    if json_output:
        print_json(report.to_dict())
    else:
        from bilagor.cli.views import print_report

        print_report(report)

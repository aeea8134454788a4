"""`bilagor extract FILE`: print the record of one PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from bilagor.cli.options import JsonOption, RoleDecisionOption
from bilagor.cli.output import print_json
from bilagor.extractor.options import DEFAULT_MAX_PAGES, DEFAULT_ROLE_DECISION


def extract(
    file: Annotated[Path, typer.Argument(help="En PDF-rapport.")],
    json_output: JsonOption = False,
    ocr: Annotated[str, typer.Option("--ocr", help="OCR av sidor utan text: auto, always eller never.")] = "auto",
    password: Annotated[Optional[str], typer.Option("--password", help="Lösenord till en krypterad PDF.")] = None,
    max_pages: Annotated[
        int, typer.Option("--max-pages", min=1, help="Vägra PDF:er med fler sidor än så.")
    ] = DEFAULT_MAX_PAGES,
    role_decision: RoleDecisionOption = DEFAULT_ROLE_DECISION,
) -> None:
    """Läs en PDF och skriv ut dess post (utan att spara den)."""
    from bilagor.extractor import extract_report

    report = extract_report(file, ocr=ocr, password=password, max_pages=max_pages, role_decision=role_decision)
    if json_output:
        print_json(report.to_dict())
    else:
        from bilagor.cli.views.show import print_report

        print_report(report)

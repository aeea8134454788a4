"""`bilagor show ID`: print one stored record."""

from __future__ import annotations

from typing import Annotated

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json


def show(
    report_id: Annotated[str, typer.Argument(metavar="ID", help="A report id or any unique prefix of it.")],
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Print a whole stored record."""
    from bilagor.index.archive import Archive

    with Archive.open_for_reading(archive) as opened:
        report = opened.resolve(report_id)
    if json_output:
        print_json(report.to_dict())
    else:
        from bilagor.cli.views.show import print_report

        print_report(report)

"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

ArchiveOption = Annotated[
    Optional[Path],
    typer.Option(
        "--archive",
        envvar="BILAGOR_ARCHIVE",
        help="Archive folder (default: $BILAGOR_ARCHIVE, else the user data dir).",
        show_default=False,
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]

"""`bilagor open ID|PATH [--page N]`: open a report's PDF in the platform's viewer."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption


def open_(
    reference: Annotated[
        str,
        typer.Argument(
            metavar="ID|SÖKVÄG",
            help="Ett rapport-id (eller en entydig början av det), en lagrad sökväg eller ett filnamn.",
        ),
    ],
    page: Annotated[
        Optional[int],
        typer.Option(
            "--page", metavar="SIDA", min=1, show_default=False, help="Öppna på denna sida (där visaren klarar det)."
        ),
    ] = None,
    archive: ArchiveOption = None,
) -> None:
    """Öppna en rapports PDF i systemets visare (eller $BILAGOR_VIEWER) och skriv ut kommandot."""
    import os
    import sys

    from bilagor.cli.output import shown
    from bilagor.cli.viewer import VIEWER_ENV, launch, viewer_command
    from bilagor.extractor.glossary import PATH_CHANGED, WARNING_PREFIX
    from bilagor.extractor.errors import NotFoundError
    from bilagor.index.archive import Archive

    with Archive.open_for_reading(archive) as opened:
        report = opened.find(reference)
        # A path whose file still holds the report first; one edited or replaced since is opened as it is now,
        # with a word that it is no longer the report imported.
        path = opened.source_path(report.id) or opened.live_path(report.id)
        changed = path in opened.changed_paths(report.id)
    if path is None or not os.path.exists(path):
        raise NotFoundError(f"{path or report.filename}: filen finns inte längre (bilagor prune glömmer den)")
    if changed:
        print(f"{WARNING_PREFIX}{shown(path)}: {PATH_CHANGED}", file=sys.stderr)
    command = viewer_command(path, page)
    if page is not None and not os.environ.get(VIEWER_ENV, "").strip():
        # xdg-open and open take no page: say so rather than open page 1 in silence.
        print(
            f"{WARNING_PREFIX}--page {page}: {command[0]} kan inte öppna en viss sida; ange en PDF-visare i {VIEWER_ENV}",
            file=sys.stderr,
        )
    print(" ".join(shown(part) for part in command))
    launch(command)

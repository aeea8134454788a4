"""The command that opens a PDF at a page: $BILAGOR_VIEWER, else the platform's opener."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
import shutil
import subprocess
import sys

from bilagor.extractor.errors import BadInputError

VIEWER_ENV = "BILAGOR_VIEWER"


def viewer_command(
    path: str, page: int | None, *, env: Mapping[str, str] | None = None, platform: str = sys.platform
) -> list[str]:
    """The argv that opens `path` (at `page`).

    $BILAGOR_VIEWER is a command line; `{path}` and `{page}` in it are replaced
    (e.g. `evince --page-label={page} {path}`), else the path is appended.
    xdg-open and open cannot pass a page on, so the default opens the first page.
    """
    template = (os.environ if env is None else env).get(VIEWER_ENV, "").strip()
    if template:
        words = shlex.split(template)
        if not any("{path}" in w for w in words):
            words.append("{path}")
        return [w.replace("{path}", path).replace("{page}", str(page or 1)) for w in words]
    opener = "open" if platform == "darwin" else "xdg-open"
    return [opener, path]


def launch(command: list[str]) -> None:
    """Start the viewer without waiting for it (it outlives this command)."""
    if shutil.which(command[0]) is None:
        raise BadInputError(command[0], f"programmet finns inte; ange en PDF-visare i {VIEWER_ENV}")
    subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )

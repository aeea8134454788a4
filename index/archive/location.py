"""Where the archive lives: --archive, else $BILAGOR_ARCHIVE, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "BILAGOR_ARCHIVE"


def archive_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("bilagor", appauthor=False)) / "archive"


def ensure_private_dir(path: Path) -> Path:
    """Create the folder readable by its owner only: reports may hold non-public details."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path

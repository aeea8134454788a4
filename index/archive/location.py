"""Where the archive lives: --archive, else $BILAGOR_ARCHIVE, else the user data dir."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from bilagor.extractor.errors import ArchiveError

ENV_VAR = "BILAGOR_ARCHIVE"
log = logging.getLogger("bilagor")


def archive_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        path = Path(explicit).expanduser()
    elif os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR]).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("bilagor", appauthor=False)) / "archive"
    if path.exists() and not path.is_dir():
        raise ArchiveError(f"{path}: not a folder; the archive is a folder (--archive PATH or ${ENV_VAR})")
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create the folder readable by its owner only: reports may hold non-public details.

    An existing folder keeps its mode: its owner chose it (a shared, setgid
    folder of a team, say); we only warn when others can read it.
    """
    if path.is_dir():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o044:
            log.warning(
                "%s: the archive folder can be read by %s (mode %04o); reports may hold details that are not public",
                path,
                "group and others" if mode & 0o004 else "its group",
                mode,
            )
        return path
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is masked by the umask
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot create the archive folder: {exc.strerror or exc}") from exc
    return path

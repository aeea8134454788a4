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
        raise ArchiveError(f"{path}: inte en mapp; arkivet är en mapp (--archive SÖKVÄG eller ${ENV_VAR})")
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
                "%s: arkivmappen kan läsas av %s (läge %04o); rapporter kan innehålla uppgifter som inte är offentliga",
                path,
                "gruppen och andra" if mode & 0o004 else "gruppen",
                mode,
            )
        return path
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is masked by the umask
    except OSError as exc:
        raise ArchiveError(f"{path}: arkivmappen kan inte skapas: {exc.strerror or exc}") from exc
    return path

"""Which files an import reads: PATH arguments (files, folders, globs) -> PDF paths.

Globs are expanded here because the shell may not have done it (quoted
arguments, Windows shells, Python callers).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from bilagor.extractor.errors import UsageError

_GLOB_CHARS = frozenset("*?[")


def is_pdf_name(name: str) -> bool:
    """A report file by name: *.pdf in any letter case, not a macOS '._' shadow file."""
    return name.lower().endswith(".pdf") and not name.startswith("._")


def is_glob(argument: str) -> bool:
    return any(c in _GLOB_CHARS for c in argument)


def discover(arguments: Iterable[str | os.PathLike]) -> list[Path]:
    """Absolute paths of the PDFs the arguments name, each once, in a stable order.

    A file is taken as given (even without .pdf: the user named it); a folder
    is walked recursively for *.pdf; a glob is expanded (``**`` included).
    Raises UsageError for an argument that names nothing.
    """
    found: dict[Path, None] = {}
    for argument in arguments:
        text = os.fspath(argument)
        path = Path(text).expanduser()
        if path.is_file():
            found[_absolute(path)] = None
        elif path.is_dir():
            found.update(dict.fromkeys(_walk(path)))
        elif is_glob(text):
            matches = _expand_glob(str(path))
            if not matches:
                raise UsageError(f"{text}: no files match this pattern")
            found.update(dict.fromkeys(matches))
        else:
            raise UsageError(f"{text}: no such file or folder")
    return list(found)


def _walk(folder: Path) -> list[Path]:
    paths: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        paths.extend(_absolute(Path(root) / name) for name in sorted(files) if is_pdf_name(name))
    return paths


def _expand_glob(pattern: str) -> list[Path]:
    paths = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        if path.is_dir():
            paths.extend(_walk(path))
        elif path.is_file():
            paths.append(_absolute(path))
    return paths


def _absolute(path: Path) -> Path:
    # absolute() not resolve(): keep the user's view of symlinked shares stable.
    return Path(os.path.normpath(path.absolute()))

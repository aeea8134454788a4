"""Which files an import reads: PATH arguments (files, folders, globs) -> PDF paths.

Globs are expanded here because the shell may not have done it (quoted
arguments, Windows shells, Python callers). A sub-folder that cannot be read
is reported, not silently skipped. Whether a path is a regular file is
checked by the importer, which reports pipes and devices per file.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bilagor.extractor.errors import UsageError

_GLOB_CHARS = frozenset("*?[")


def is_pdf_name(name: str) -> bool:
    """A report file by name: *.pdf in any letter case, not a macOS '._' shadow file."""
    return name.lower().endswith(".pdf") and not name.startswith("._")


def is_glob(argument: str) -> bool:
    return any(c in _GLOB_CHARS for c in argument)


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)  # absolute, each once, in a stable order
    unreadable: list[tuple[Path, str]] = field(default_factory=list)  # (folder, reason) not searched


def discover(arguments: Iterable[str | os.PathLike]) -> Discovery:
    """The PDFs the arguments name, and the folders that could not be searched.

    A file is taken as given (even without .pdf: the user named it); a folder
    is walked recursively for *.pdf; a glob is expanded (``**`` included).
    Raises UsageError for an argument that names nothing (an empty one too:
    it must not mean the current folder).
    """
    found: dict[Path, None] = {}
    unreadable: list[tuple[Path, str]] = []
    for argument in arguments:
        text = os.fspath(argument)
        if not text.strip():
            raise UsageError("en tom SÖKVÄG pekar inte på något (ange en fil, en mapp eller ett mönster)")
        path = Path(text).expanduser()
        if path.is_dir():
            found.update(dict.fromkeys(_walk(path, unreadable)))
        elif path.exists():  # a file, or a pipe or device the importer will refuse
            found[_absolute(path)] = None
        elif is_glob(text):
            matches = _expand_glob(str(path), unreadable)
            if not matches:
                raise UsageError(f"{text}: inga filer matchar mönstret")
            found.update(dict.fromkeys(matches))
        else:
            raise UsageError(f"{text}: filen eller mappen finns inte")
    return Discovery(list(found), unreadable)


def _walk(folder: Path, unreadable: list[tuple[Path, str]]) -> list[Path]:
    def cannot_read(exc: OSError) -> None:
        unreadable.append((_absolute(Path(exc.filename or folder)), exc.strerror or str(exc)))

    paths: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=cannot_read):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        paths.extend(_absolute(Path(root) / name) for name in sorted(files) if is_pdf_name(name))
    return paths


def _expand_glob(pattern: str, unreadable: list[tuple[Path, str]]) -> list[Path]:
    paths = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        if path.is_dir():
            paths.extend(_walk(path, unreadable))
        elif path.exists():
            paths.append(_absolute(path))
    return paths


def _absolute(path: Path) -> Path:
    # absolute() not resolve(): keep the user's view of symlinked shares stable.
    return Path(os.path.normpath(path.absolute()))

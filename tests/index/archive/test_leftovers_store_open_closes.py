"""An archive that cannot be opened leaves no connection to its database behind: the newer-format
check (one, for writing and reading alike) closes the connection it refuses, and a version that is
no number is a one-line error, not a traceback."""

from __future__ import annotations

import os
import sqlite3

import pytest

from bilagor.extractor.errors import ArchiveError
from bilagor.index.archive.store import DB_NAME, STORE_VERSION, RecordStore


def _open_descriptors(path) -> int:
    """This process's open file descriptors on `path` (Linux: /proc/self/fd)."""
    target = os.path.realpath(path)
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}") == target
        except OSError:
            pass
    return count


def _with_version(folder, value: str) -> None:
    RecordStore(folder).close()
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute("UPDATE meta SET value=? WHERE key='store_version'", (value,))
    db.close()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
@pytest.mark.parametrize("opening", [RecordStore, RecordStore.open_read_only], ids=["write", "read-only"])
def test_a_newer_archive_is_refused_with_its_connection_closed(tmp_path, opening):
    _with_version(tmp_path, str(STORE_VERSION + 1))
    assert _open_descriptors(tmp_path / DB_NAME) == 0
    with pytest.raises(ArchiveError, match="är nyare än") as caught:
        opening(tmp_path)
    # The exception's traceback still holds the half-made store: its connection must be closed.
    assert caught.value is not None
    assert _open_descriptors(tmp_path / DB_NAME) == 0


@pytest.mark.parametrize("opening", [RecordStore, RecordStore.open_read_only], ids=["write", "read-only"])
def test_a_version_that_is_no_number_is_a_one_line_error(tmp_path, opening):
    _with_version(tmp_path, "tre")
    with pytest.raises(ArchiveError) as caught:
        opening(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / DB_NAME}: inget bilagor-arkiv (")
    assert "tre" in message and "\n" not in message

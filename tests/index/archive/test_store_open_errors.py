"""Opening a file that is no archive, or an archive of a newer format, gives the same one-line
error whether the store is opened for writing or for reading only."""

from __future__ import annotations

import sqlite3

import pytest

from bilagor.extractor.errors import ArchiveError
from bilagor.index.archive.store import DB_NAME, STORE_VERSION, RecordStore


def _errors(folder) -> list[str]:
    messages = []
    for opening in (RecordStore, RecordStore.open_read_only):
        with pytest.raises(ArchiveError) as caught:
            opening(folder)
        messages.append(str(caught.value))
    return messages


def test_a_file_that_is_no_database_is_no_archive(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"inte en databas" * 100)
    messages = _errors(tmp_path)
    assert all(m.startswith(f"{tmp_path / DB_NAME}: inget bilagor-arkiv (") for m in messages)
    assert all("\n" not in m for m in messages)


def test_an_archive_of_a_newer_format_says_so(tmp_path):
    RecordStore(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute("UPDATE meta SET value=? WHERE key='store_version'", (str(STORE_VERSION + 1),))
    expected = f"{tmp_path / DB_NAME}: arkivformat {STORE_VERSION + 1} är nyare än denna bilagor kan läsa"
    assert _errors(tmp_path) == [expected, expected]

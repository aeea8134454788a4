"""The amounts page's default summary, kept on disk beside the records it was made from.

`bilagor serve` shows `summarise_archive(by="year", detail=True)` first; for ten
thousand reports that is about a second of work that its very first visitor
waited for after every start. An import and a reindex write it into the archive
folder (`KEPT_FILE`); the server reads it instead when it is current and makes it
anew (in memory: the server never writes) when it is not.

Current means: made at the archive's change counter (`RecordStore.change_count`,
counted by triggers in the database, so any writer's change counts), with the same
number of reports, by the same extractor and lexicon versions and the same summing
code (a digest of its source files, so a changed rule never shows old figures).
A file that is missing, stale, or cannot be read as one is ignored: never shown.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilagor.index.reports.amounts import (
    AmountSummary,
    CheckRow,
    DetailRow,
    GroupTotal,
    _row,
    cycle_collection_paused,
    summarise_archive,
)

if TYPE_CHECKING:
    from bilagor.index.archive import Archive

log = logging.getLogger("bilagor")

KEPT_FILE = "amounts-summary.json"
KEPT_FORMAT = 1  # bump when the file's layout changes
KEPT_ARGS: dict[str, Any] = {"by": "year", "detail": True}  # summarise_archive's arguments (no filter)

_DETAIL_FIELDS = tuple(f.name for f in fields(DetailRow))
_CHECK_FIELDS = tuple(f.name for f in fields(CheckRow))


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the source of the code that decides the summary's figures."""
    from bilagor.extractor import record
    from bilagor.extractor.entities import checks
    from bilagor.index import figures, filters
    from bilagor.index.reports import amounts

    digest = hashlib.sha256()
    for module in (amounts, figures, filters, checks, record):
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def kept_key(archive: Archive) -> dict[str, Any] | None:
    """What a kept summary must have been made at to be current; None if the archive does not
    count its changes (no writer of this version has opened it yet)."""
    changes = archive.records.change_count()
    if changes is None:
        return None
    from bilagor.extractor import EXTRACTOR_VERSION
    from bilagor.index.search.compounds import LEXICON_VERSION

    return {
        "format": KEPT_FORMAT,
        "changes": changes,
        "reports": archive.records.count(),
        "extractor": EXTRACTOR_VERSION,
        "lexicon": LEXICON_VERSION,
        "code": _code_digest(),
    }


def read_kept_summary(archive: Archive) -> AmountSummary | None:
    """The kept default summary if it is current, else None (missing, stale or unreadable)."""
    path = archive.folder / KEPT_FILE
    key = kept_key(archive)
    if key is None:
        return None
    try:
        body = _current_body(path, key)
        if body is None:
            return None
        data = json.loads(body)
        with cycle_collection_paused():  # twenty thousand rows without cycles, see amounts.py
            summary = _summary_from(data)
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with the file, it is rebuilt, never shown
        log.debug("%s: not used (%r)", path, exc)
        return None
    # A change committed while the file was read: it may be older than the records.
    if kept_key(archive) != key:
        return None
    return summary


def write_kept_summary(archive: Archive) -> bool:
    """Make and write the default summary unless the kept one is current; whether one was written.

    For a writer (import, reindex) holding the archive's write lock. A file that cannot be
    written is left out with a note in the log: the server then makes the summary itself.
    """
    key = kept_key(archive)
    if key is None:
        return False
    path = archive.folder / KEPT_FILE
    if _current_body(path, key) is not None:
        return False
    try:
        summary = summarise_archive(archive, **KEPT_ARGS)
    except Exception as exc:  # noqa: BLE001 - the import or reindex that calls this is done; `bilagor amounts` shows it
        log.warning("%s: beloppssammanställningen sparades inte (%s)", path, _one_line(exc))
        return False
    body = json.dumps(_summary_data(summary), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
    try:
        # A temporary file renamed over the old one: a reader sees the old file or the new, whole.
        # mkstemp makes it readable by its owner only, as the records are.
        fd, temporary = tempfile.mkstemp(prefix=".amounts-summary-", suffix=".tmp", dir=archive.folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(head + b"\n" + body)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as exc:
        log.info("%s: sparades inte (%s); servern gör sammanställningen själv", path, exc.strerror or exc)
        return False
    return True


def _current_body(path: Path, key: dict[str, Any]) -> bytes | None:
    """The file's summary (JSON bytes) if it was made at `key` and is whole, else None.

    Line 1 is the key and the summary's digest, line 2 the summary: a file cut short or
    damaged is told from a current one without parsing it."""
    try:
        with open(path, "rb") as fh:
            head = json.loads(fh.readline())
            if not isinstance(head, dict) or head.get("key") != key:
                return None
            body = fh.read()
    except (OSError, ValueError):
        return None
    return body if hashlib.sha256(body).hexdigest() == head.get("sha256") else None


def _one_line(exc: Exception) -> str:
    one_line = getattr(exc, "one_line", None)
    return one_line() if callable(one_line) else repr(exc)


def _summary_data(summary: AmountSummary) -> dict[str, Any]:
    # Rows as lists in field order: a third the size of objects, and quicker to read back.
    return {
        "by": summary.by,
        "groups": [g.to_dict() for g in summary.groups],
        "total": summary.total.to_dict(),
        "superseded": summary.superseded,
        "detail": [[getattr(row, name) for name in _DETAIL_FIELDS] for row in summary.detail],
        "checks": [[getattr(row, name) for name in _CHECK_FIELDS] for row in summary.checks],
        "report_ids": summary.report_ids,
        "years": summary.years,
        "named_districts": summary.named_districts,
    }


def _summary_from(data: dict[str, Any]) -> AmountSummary:
    years = data["years"]
    return AmountSummary(
        by=_text(data["by"]),
        groups=[GroupTotal(**g) for g in data["groups"]],
        total=GroupTotal(**data["total"]),
        superseded={_text(k): _text(v) for k, v in data["superseded"].items()},
        detail=[_detail_row(values) for values in data["detail"]],
        checks=[_rows_of(CheckRow, _CHECK_FIELDS, values) for values in data["checks"]],
        report_ids=[_text(i) for i in data["report_ids"]],
        years=None if years is None else (int(years[0]), int(years[1])),
        named_districts=[_text(d) for d in data.get("named_districts", [])],
    )


def _detail_row(values: list) -> DetailRow:
    row = _rows_of(DetailRow, _DETAIL_FIELDS, values)
    row.__dict__["groups"] = tuple(row.groups)
    return row


def _rows_of(cls, names: tuple[str, ...], values: list):
    """A row dataclass from its fields in order, without its __init__ (amounts._row)."""
    if not isinstance(values, list) or len(values) != len(names):
        raise ValueError(f"a {cls.__name__} of {len(values)} fields, not {len(names)}")
    return _row(cls, **dict(zip(names, values)))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    return value

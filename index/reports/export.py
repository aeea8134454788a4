"""Export records: JSON lines, CSV (one row per amount) and an OpenSearch bulk file.

Writers take an iterable of `Report` and a text stream, so they work on any
source; `reports_for_export` reads them from an archive, and
`atomic_output` writes a file so that a failure leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, Unpack

from bilagor.extractor.errors import BadInputError, UsageError
from bilagor.extractor.glossary import CANNOT_WRITE
from bilagor.extractor.record import Report
from bilagor.index.filters import SearchFilters, check_export_sort
from bilagor.index.reports.per_report import Passage
from bilagor.index.text_safety import json_dumps

if TYPE_CHECKING:
    from bilagor.index.archive import Archive

CSV_COLUMNS = (
    "id",
    "filename",
    "path",
    "year",
    "district",
    "district_today",
    "project",
    "stage",
    "section",
    "role",
    "sek",
    "approx",
    "text",
    "sentence",
)
DEFAULT_INDEX = "bilagor"
# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would evaluate, prefixed with ' so it stays text; others as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


def formula_safe_row(row: Iterable[Any]) -> list[Any]:
    return [spreadsheet_safe(value) for value in row]


def write_jsonl(reports: Iterable[Report], out: TextIO) -> int:
    """One full record per line (the schema of extractor/report.schema.json)."""
    count = 0
    for report in reports:
        out.write(json_dumps(report.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def amount_rows(report: Report) -> Iterator[dict[str, Any]]:
    """The CSV rows of one report: one per amount, each with the report's fields."""
    base = {
        "id": report.id,
        "filename": report.filename,
        "path": report.paths[0] if report.paths else "",
        "year": report.year,
        "district": report.district,
        "district_today": report.district_today,
        "project": report.project,
        "stage": report.stage,
    }
    for amount in report.amounts:
        yield {
            **base,
            "section": amount.section,
            "role": amount.role,
            "sek": amount.sek,
            "approx": int(amount.approx),
            "text": amount.text,
            "sentence": amount.sentence,
        }


def write_csv(reports: Iterable[Report], out: TextIO) -> int:
    """One row per amount; reports without amounts add no row. Returns the row count."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for report in reports:
        for row in amount_rows(report):
            writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
            count += 1
    return count


def opensearch_document(report: Report) -> dict[str, Any]:
    """The indexed document: the record plus a full-text field and organisation names for facets."""
    doc = report.to_dict()
    doc["full_text"] = report.full_text()
    doc["organisation_names"] = [o.name for o in report.organisations]
    return doc


def write_opensearch_bulk(reports: Iterable[Report], out: TextIO, *, index: str = DEFAULT_INDEX) -> int:
    """A bulk-API NDJSON body: an `index` action line, then the document, per report."""
    count = 0
    for report in reports:
        out.write(json.dumps({"index": {"_index": index, "_id": report.id}}) + "\n")
        out.write(json_dumps(opensearch_document(report), ensure_ascii=False) + "\n")
        count += 1
    return count


WRITERS: dict[str, Callable[[Iterable[Report], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "opensearch": write_opensearch_bulk,
}


def export(reports: Iterable[Report], fmt: str, out: TextIO) -> int:
    """Write `reports` in format `fmt` to `out`; returns the number of lines/rows/documents."""
    if fmt not in WRITERS:
        raise UsageError(f"okänt exportformat '{fmt}'; välj ett av {', '.join(WRITERS)}")
    return WRITERS[fmt](reports, out)


def reports_for_export(
    archive: Archive,
    query: str | None = None,
    *,
    year: str | int | None = None,
    district: str | None = None,
    org: str | None = None,
    section: str | None = None,
    file_number: str | None = None,
    newest_first: bool = False,
) -> Iterator[Report]:
    """The archive's records (those matching `query` and the filters when given), ordered by id or
    newest first; `section` searches the query's words in that section only, as `bilagor search --section`.

    Without a query or filter the records are listed, not the search index: a report stored but not
    indexed (see `unindexed_ids`) is exported too."""
    if not (query or year or district or org or section or file_number):
        return archive.reports(archive.records.ids(newest_first=True) if newest_first else None)
    matching = set(
        archive.matching_ids(query, year=year, district=district, org=org, section=section, file_number=file_number)
    )
    if newest_first:
        return archive.reports(
            report_id for report_id in archive.records.ids(newest_first=True) if report_id in matching
        )
    return archive.reports(sorted(matching))


def reports_with_passages(
    archive: Archive, query: str | None = None, *, sort: str = "relevance", **filters: Unpack[SearchFilters]
) -> tuple[Iterator[Report], dict[str, Passage] | None]:
    """`bilagor export --per-report`: the matching reports in `sort`'s order (relevance: best first,
    year: newest first, id) and, by report id, the passage each was found by. Without a query
    there is no passage, relevance is id order, and the reports are those of `reports_for_export`."""
    check_export_sort(sort)
    if not query:
        return reports_for_export(archive, None, newest_first=sort == "year", **filters), None
    from bilagor.index.search.searcher import ranked_matches
    from bilagor.index.search.snippets import unmarked

    hits = ranked_matches(archive, query, sort=sort, **filters)
    passages = {hit.id: Passage(hit.section_label, hit.page, unmarked(hit.snippet)) for hit in hits}
    return archive.reports([hit.id for hit in hits]), passages


def unindexed_ids(archive: Archive) -> list[str]:
    """Ids of the stored reports the search index does not hold, by id: left by an import stopped
    before its index commit while another bilagor writes, by an index put back from an older copy
    of the archive, or quarantined (`bilagor stats`). A search cannot find them; `reindex` cures it."""
    indexed = set(archive.matching_ids())
    return [report_id for report_id in archive.records.ids() if report_id not in indexed]


@contextlib.contextmanager
def atomic_output(path: str | Path, *, binary: bool = False) -> Iterator[Any]:
    """Open `path` for writing: a regular file is written completely or not at all.

    A regular file (new, or through a symlink) is written to a temporary file
    beside it and renamed into place on success, keeping an existing file's
    mode. Anything else (/dev/stdout, a FIFO, a device such as /dev/full) is
    written straight through: renaming onto it would replace the device node.
    Any failure is one BadInputError naming the file.
    """
    target = Path(path)
    if str(path) == "":
        raise BadInputError("-o", "ange ett filnamn")
    real = Path(os.path.realpath(target))
    try:
        existing = os.stat(real)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise BadInputError(target, f"{CANNOT_WRITE}: {exc.strerror or exc}") from exc
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise BadInputError(target, f"{CANNOT_WRITE}: det är en mapp; ange ett filnamn")
    if (existing is not None and not stat.S_ISREG(existing.st_mode)) or _is_special_path(target):
        with _written_straight(target, binary) as out:
            yield out
        return
    with _written_beside(target, real, existing, binary) as out:
        yield out


def _is_special_path(target: Path) -> bool:
    # /dev/stdout and /proc/self/fd/N name a stream even when it is a regular file.
    return str(target.absolute()).startswith(("/dev/", "/proc/"))


def _open_mode(binary: bool) -> dict[str, Any]:
    return {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": ""}


def check_output_folder(path: str | Path) -> None:
    """Fail before any work when the folder a file is to be written in does not exist."""
    target = Path(path)
    if not Path(os.path.realpath(target)).parent.is_dir():
        raise BadInputError(target, f"{CANNOT_WRITE}: mappen {target.parent} finns inte")


@contextlib.contextmanager
def _written_straight(target: Path, binary: bool) -> Iterator[Any]:
    try:
        with open(target, **_open_mode(binary)) as out:
            yield out
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise BadInputError(target, f"{CANNOT_WRITE}: {exc.strerror or exc}") from exc


@contextlib.contextmanager
def _written_beside(target: Path, real: Path, existing: os.stat_result | None, binary: bool) -> Iterator[Any]:
    folder = real.parent
    check_output_folder(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{real.name}.", dir=folder)
    except OSError as exc:
        raise BadInputError(target, f"{CANNOT_WRITE}: {exc.strerror or exc}") from exc
    try:
        # The mode `>` would give: an existing file's own, else what the umask allows.
        os.fchmod(handle, stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_umask())
        with os.fdopen(handle, **_open_mode(binary)) as out:
            yield out
        os.replace(temp_name, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise BadInputError(target, f"{CANNOT_WRITE}: {exc.strerror or exc}") from exc
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def stdout_errors() -> Iterator[None]:
    """A failing standard output (disk full, closed) becomes a one-line error."""
    try:
        yield
    except BrokenPipeError:
        raise  # the reader stopped early (| head): not an error of ours
    except OSError as exc:
        raise BadInputError("standard ut", f"{CANNOT_WRITE}: {exc.strerror or exc}") from exc

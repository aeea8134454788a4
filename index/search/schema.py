"""The Whoosh index in <archive>/whoosh/: derived from the records, rebuildable.

Only the report id is stored; everything shown comes from the RecordStore.
The schema version (fields + analyzers + compound lexicon) is written beside
the index; when it differs from this code's, needs_rebuild() says so and the
archive rebuilds the index from the records by itself.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import pickle
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.index import EmptyIndexError, LockError

from bilagor.extractor.text import fold
from bilagor.extractor.file_number import file_number_key
from bilagor.extractor.errors import ArchiveBusyError, ArchiveError
from bilagor.extractor.labels import canonical_keys
from bilagor.extractor.record import Report
from bilagor.index.figures import report_figures
from bilagor.index.filters import filter_district, predecessor_area
from bilagor.index.search.analysis import (
    ANALYSIS_VERSION,
    IndexTermsAnalyzer,
    folded_analyzer,
    keyword_analyzer,
    stemmed_analyzer,
)
from bilagor.index.search._whoosh_internals import WriterCodec, merge_by_tiers, unmapped_storage
from bilagor.index.archive.quarantine import UnindexableReport, reason_of

# Index field names come from a closed set, never from document text: one
# field per canonical section key, and one shared field for every other label
# (a 200-character OCR'd "label" once made a field, and a segment file name
# longer than the file system allows).
SECTION_KEYS = tuple(sorted(canonical_keys()))
SECTION_PREFIX = "sec_"
OTHER_SECTIONS_FIELD = "other_sections"
# Longest section key kept in the `sections` keyword field (unknown labels
# can be sentences).
SECTION_TERM_MAX = 80
_KEYS_DIGEST = hashlib.sha1(" ".join(SECTION_KEYS).encode()).hexdigest()[:8]
# 2: closed set of section fields. The key set is part of it: a new canonical
# key gets its own field, so the index is rebuilt. 3: budget and outcome are
# the report's summed figures (bilagor.index.figures). 4: district_area, the
# districts --district finds a report under. 5: file_number, the diarienummer (--dnr, dnr:, a Dnr typed alone).
SCHEMA_VERSION = f"5/{ANALYSIS_VERSION}/{_KEYS_DIGEST}"
VERSION_FILE = "bilagor-schema-version"
INDEX_NAME = "MAIN"
# Range of the NUMERIC fields (year: 32 bits, budget/outcome: 64 bits, signed).
YEAR_RANGE = (-(2**31), 2**31 - 1)
NO_YEAR = YEAR_RANGE[0]
SEK_RANGE = (-(2**63), 2**63 - 1)
# Postings a writer keeps in memory before it sorts them out to temporary
# files (which costs about as much again as writing them). 128 MB holds the
# postings of an import's largest batch (importer.INDEX_MAX_FILES); segment
# files are read without mmap, so the peak stays under 200 MB.
WRITER_LIMIT_MB = 128


def build_schema() -> Schema:
    stemmed, folded = IndexTermsAnalyzer(stemmed_analyzer()), IndexTermsAnalyzer(folded_analyzer())
    keyword = keyword_analyzer()
    schema = Schema(
        id=ID(stored=True, unique=True),
        filename=KEYWORD(lowercase=True),
        paths=KEYWORD(lowercase=True, commas=True),
        title=TEXT(analyzer=stemmed, phrase=True),
        form_kind=ID(),
        year=NUMERIC(int, bits=32, sortable=True),
        # The sort key of --sort year, in every document (NO_YEAR when unknown):
        # a segment without any year has no `year` column, and Whoosh then
        # sorted its reports first.
        year_sort=COLUMN(NumericColumn("i", default=NO_YEAR)),
        district=TEXT(analyzer=keyword, phrase=False),
        district_today=TEXT(analyzer=keyword, phrase=False),
        # What --district and stadsdel: match: the report's district, or when it has none the
        # one its place implies (bilagor.index.filters.filter_district); for a merged district's
        # report also the predecessor its place lay in (filters.predecessor_area).
        district_area=TEXT(analyzer=keyword, phrase=False),
        district_name=ID(sortable=True),  # display name, for the facet
        district_text=TEXT(analyzer=stemmed),  # so a bare "Södermalm" finds its reports
        project=TEXT(analyzer=stemmed, phrase=True),
        location=TEXT(analyzer=stemmed, phrase=True),
        stage=ID(),
        org=TEXT(analyzer=keyword, phrase=False),
        org_text=TEXT(analyzer=stemmed, phrase=True),
        sections=KEYWORD(),
        content=TEXT(analyzer=stemmed, phrase=True),
        content_fold=TEXT(analyzer=folded, phrase=True),
        budget=NUMERIC(int, bits=64),
        outcome=NUMERIC(int, bits=64),
        # The diarienummer folded as rule 3 compares it (file_number_key): "sdn 2019/44" finds "SDN 2019/44".
        file_number=ID(),
    )
    for key in SECTION_KEYS:
        schema.add(SECTION_PREFIX + key, TEXT(analyzer=stemmed, phrase=True))
    schema.add(OTHER_SECTIONS_FIELD, TEXT(analyzer=stemmed, phrase=True))
    return schema


# The field a district filter searches (see build_schema).
DISTRICT_FILTER_FIELD = "district_area"


def section_term(key: str) -> str:
    """A section key as the `sections` field holds it: folded, [a-z0-9_], bounded length."""
    return re.sub(r"[^a-z0-9_]", "_", fold(key))[:SECTION_TERM_MAX]


def section_field(key: str) -> str:
    """The index field holding a section's text: 'sec_ekonomiskt_utfall' for a
    canonical key, the shared OTHER_SECTIONS_FIELD for any other label."""
    term = section_term(key)
    return SECTION_PREFIX + term if term in SECTION_KEYS else OTHER_SECTIONS_FIELD


def is_section_field(name: str) -> bool:
    return name == OTHER_SECTIONS_FIELD or name.startswith(SECTION_PREFIX)


def org_values(name: str) -> list[str]:
    """Keyword values for one canonical organisation: 'AB Stokab' also as 'Stokab'."""
    values = [name]
    stripped = re.sub(r"^AB\s+|\s+AB$", "", name).strip()
    if stripped and stripped != name:
        values.append(stripped)
    return values


def indexed_sections(reader) -> list[str]:
    """Section keys (as section_term gives them) of the reports in the index a reader reads."""
    return sorted(term.decode("utf-8") for term in reader.lexicon("sections"))


def indexed_orgs(reader) -> set[str]:
    """Organisation values (as keyword_value gives them) of the reports in the index."""
    return {term.decode("utf-8") for term in reader.lexicon("org")}


def in_range(value, bounds: tuple[int, int]) -> bool:
    return isinstance(value, int) and bounds[0] <= value <= bounds[1]


def clamped_sek(value: int) -> int:
    """A sum of kronor within the NUMERIC field's range (never more than it can hold)."""
    return min(max(value, SEK_RANGE[0]), SEK_RANGE[1])


def report_document(report: Report) -> dict:
    """The index document of one report (plain data; pure).

    Field names are fixed (see build_schema); numbers outside a NUMERIC
    field's range are left out rather than failing the whole index.
    """
    doc: dict = {
        "id": report.id,
        "filename": report.filename,
        "paths": ",".join(report.paths),
        "form_kind": report.form_kind,
        "sections": " ".join(sorted({section_term(s.key) for s in report.sections})),
        "content": report.full_text(),
        "content_fold": report.full_text(),
    }
    figures = report_figures(report.amounts)
    doc["budget"], doc["outcome"] = clamped_sek(figures.budget), clamped_sek(figures.outcome)
    for name in ("title", "project", "location", "stage"):
        if getattr(report, name):
            doc[name] = getattr(report, name)
    if number := file_number_key(report.file_number):
        doc["file_number"] = number
    if in_range(report.year, YEAR_RANGE):
        doc["year"] = report.year
    doc["year_sort"] = doc.get("year", NO_YEAR)
    if report.district:
        doc["district"] = report.district
        doc["district_name"] = report.district
    if report.district_today:
        doc["district_today"] = report.district_today
    area = filter_district(
        report.district,
        report.location,
        [s.text for s in report.sections if s.text],
        report.year,
        report.paths[0] if report.paths else "",
    )
    # A merged district's report also under the predecessor its place lay in ("Älvsjö centrum": Älvsjö).
    areas = [a for a in dict.fromkeys((area, predecessor_area(area, report.location))) if a]
    if areas:
        doc["district_area"] = "\n".join(areas)
    if report.district or report.district_today:
        doc["district_text"] = " ".join(dict.fromkeys(filter(None, [report.district, report.district_today])))
    if report.organisations:
        doc["org"] = "\n".join(v for o in report.organisations for v in org_values(o.name))
        doc["org_text"] = "\n".join(dict.fromkeys(t for o in report.organisations for t in [o.name, *o.mentions]))
    by_field: dict[str, list[str]] = {}
    for section in report.sections:
        if section.text:
            by_field.setdefault(section_field(section.key), []).append(section.text)
    for name, texts in by_field.items():
        doc[name] = "\n\n".join(texts)
    return doc


def _add(writer, report: Report, *, replace: bool) -> None:
    """Add one report's document; a report the index cannot take raises UnindexableReport.

    The caller cancels the writer then (a document that failed half-way has
    left postings behind) and tries again without that report. Disk and
    memory errors are not the report's fault and pass through.
    """
    try:
        doc = report_document(report)
        (writer.update_document if replace else writer.add_document)(**doc)
    except (OSError, MemoryError):
        raise
    except Exception as exc:
        raise UnindexableReport(report.id, reason_of(exc)) from exc


def _add_all(writer, reports: Iterable[Report], *, replace: bool, remove: Iterable[str] = ()) -> int:
    """Delete the documents of the ids in `remove`, then add each report (`_add`); how many were added. On any
    error the writer is cancelled (nothing of this batch is committed) and the error passes on."""
    count = 0
    try:
        for report_id in remove:
            writer.delete_by_term("id", report_id)
        for report in reports:
            _add(writer, report, replace=replace)
            count += 1
    except BaseException:
        writer.cancel()
        raise
    return count


@contextlib.contextmanager
def _named_when_full(folder: Path) -> Iterator[None]:
    """A full disk met while writing the index names the index's folder: Whoosh's writes give no file name,
    and "arkivet: disken är full" did not say which disk to free."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT) and not exc.filename:
            raise OSError(exc.errno, exc.strerror, str(folder)) from exc
        raise


class SearchIndex:
    """Add, replace and rebuild report documents; open searchers."""

    def __init__(self, folder: str | Path, *, lock_timeout: float = 5.0):
        self.folder = Path(folder)
        self.lock_timeout = lock_timeout
        self._ix = None

    # -- state ----------------------------------------------------------------

    def exists(self) -> bool:
        if self._ix is not None:
            return True
        # Opening is what whoosh.index.exists_in does too; keep the result.
        try:
            self._ix = whoosh_index.open_dir(str(self.folder), indexname=INDEX_NAME)
        except (EmptyIndexError, OSError):
            return False
        except (AttributeError, ImportError, pickle.UnpicklingError):
            # Its pickled schema names classes this bilagor does not have (an
            # older or newer layout): as good as no index; rebuilt from the records.
            return False
        except Exception:  # unreadable otherwise (a damaged table of contents): rebuilt too
            return False
        return True

    def stored_version(self) -> str | None:
        path = self.folder / VERSION_FILE
        return path.read_text(encoding="utf-8").strip() if path.exists() else None

    def needs_rebuild(self) -> bool:
        """True when there is no index or it was built by another schema/analyzer version."""
        # The version first: an index an older bilagor left behind is rebuilt
        # without being opened.
        return self.stored_version() != SCHEMA_VERSION or not self.exists()

    def _open(self):
        if not self.exists():
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._ix = whoosh_index.create_in(str(self.folder), build_schema(), indexname=INDEX_NAME)
            self._write_version(self.folder)
        return self._ix

    def _for_writing(self):
        """The index opened for a writer, its files read without mmap.

        A merge reads whole segments, and mapped pages count as the process's
        memory: with mmap the import's peak grew with the index (170 MB at
        3 000 reports, 92 MB without).
        """
        self._open()  # creates the index if there is none
        return unmapped_storage(self.folder).open_index(INDEX_NAME)

    def _write_version(self, folder: Path) -> None:
        (folder / VERSION_FILE).write_text(SCHEMA_VERSION + "\n", encoding="utf-8")

    def close(self) -> None:
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- writing --------------------------------------------------------------

    def _writer(self, ix):
        try:
            return ix.writer(timeout=self.lock_timeout, limitmb=WRITER_LIMIT_MB, codec=WriterCodec())
        except LockError:
            raise ArchiveBusyError(
                f"{self.folder}: sökindexet är upptaget (en annan bilagor skriver i det); försök igen"
            ) from None

    def update(self, reports: Iterable[Report], *, remove: Iterable[str] = ()) -> int:
        """Add reports, replacing any earlier document with the same id, and
        delete the documents of the ids in `remove`."""
        with _named_when_full(self.folder):
            return self._update(reports, remove)

    def _update(self, reports: Iterable[Report], remove: Iterable[str]) -> int:
        writer = self._writer(self._for_writing())
        if self.stored_version() == SCHEMA_VERSION:
            # The same fields and terms (the version says so): index with this
            # code's analyzers, not those an older bilagor pickled into the index.
            writer.schema = build_schema()
        count = _add_all(writer, reports, replace=True, remove=remove)
        writer.commit(mergetype=merge_by_tiers)
        return count

    def rebuild(self, reports: Iterable[Report]) -> int:
        """Build a fresh index beside the old one, then swap it in.

        Readers holding the old index keep working; a crash mid-build leaves
        the old index (and its version file) in place.
        """
        with _named_when_full(self.folder):
            return self._rebuild(reports)

    def _rebuild(self, reports: Iterable[Report]) -> int:
        self.close()
        staging = self.folder.with_name(self.folder.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True, mode=0o700)
        ix = unmapped_storage(staging).create_index(build_schema(), indexname=INDEX_NAME)
        writer = self._writer(ix)
        try:
            count = _add_all(writer, reports, replace=False)
            writer.commit(optimize=True)
            ix.close()
            self._write_version(staging)
        except BaseException:
            ix.close()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        old = self.folder.with_name(self.folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.folder.exists():
            self.folder.rename(old)
        staging.rename(self.folder)
        shutil.rmtree(old, ignore_errors=True)
        return count

    # -- reading --------------------------------------------------------------

    def searcher(self):
        """A Whoosh searcher over the current index (caller closes it)."""
        for attempt in range(3):
            if not self.exists() or self._ix is None:
                raise ArchiveError(f"{self.folder}: inget sökindex än; kör `bilagor reindex`")
            try:
                return self._ix.searcher()
            except FileNotFoundError:  # a writer merged segments (or swapped the index) as we opened
                self.close()
                time.sleep(0.05 * (attempt + 1))
        raise ArchiveBusyError(f"{self.folder}: sökindexet ändrades medan det lästes; försök igen")

"""Counts of organisations over a search's matches: the organisation facet.

The year and district facets come with every search (bilagor.index.search.searcher);
organisations are many per report and not an index column, so they are
counted in SQLite over the ids of all matching reports.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack
from weakref import WeakKeyDictionary

from whoosh import query as wq

from bilagor.index.filters import SearchFilters
from bilagor.index.search.docsets import matching_docnums
from bilagor.index.search.searcher import parse_query

if TYPE_CHECKING:
    from bilagor.index.archive import Archive


def matching_ids_unranked(archive: Archive, query: str | None = None, **filters: Unpack[SearchFilters]) -> list[str]:
    """Ids of every report matching the query and filters, in no order (nothing is scored).

    The same matches as Archive.matching_ids, without its scoring. Raises QueryError.
    """
    index = archive.search_index
    if not index.exists():
        return []
    with index.searcher() as searcher:
        parsed = parse_query(searcher, query, **filters)
        everything = wq.And([parsed.query, parsed.filter]) if parsed.filter else parsed.query
        return stored_ids(searcher.reader(), matching_docnums(searcher, everything))


# Report ids by doc number, per open reader: a doc number names the same
# document for as long as its reader is open (a server keeps one per thread).
_IDS: WeakKeyDictionary = WeakKeyDictionary()
_IDS_LOCK = threading.Lock()


def stored_ids(reader, docnums: Iterable[int]) -> list[str]:
    """The report ids of these documents; each read from the stored fields once per reader."""
    try:
        with _IDS_LOCK:
            known = _IDS.setdefault(reader, {})
    except TypeError:  # a reader that cannot be weakly referenced: read every time
        known = {}
    ids = []
    for docnum in docnums:
        found = known.get(docnum)
        if found is None:
            found = known[docnum] = reader.stored_fields(docnum)["id"]
        ids.append(found)
    return ids


def organisation_counts(archive: Archive, report_ids: Iterable[str], *, limit: int | None = 20) -> dict[str, int]:
    """How many of the reports mention each organisation (canonical name), most first, then by name."""
    ids = list(report_ids)
    if not ids:
        return {}
    rows = archive.records.query(
        "SELECT name, COUNT(DISTINCT report_id) AS n FROM organisations"
        " WHERE report_id IN (SELECT value FROM json_each(?)) GROUP BY name",
        (json.dumps(ids),),
    )
    counts = sorted(((row["name"], row["n"]) for row in rows), key=lambda item: (-item[1], item[0]))
    return dict(counts[:limit] if limit is not None else counts)

"""Counts of organisations over a set of reports: the organisation facet of a search.

The year and district facets come with every search (bilagor.index.search.searcher);
organisations are many per report and not an index column, so they are
counted in SQLite over the ids of all matching reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilagor.index.archive import Archive


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

"""What the commands print for a reader: one module per command (JSON output is cli/output.py)."""

# One wording wherever an empty (or not yet created) archive is met.
from bilagor.extractor.glossary import EMPTY_ARCHIVE as EMPTY_ARCHIVE


def shown_year(year: int | None, year_source: str | None) -> str | None:
    """'2018', or '2018?' when the year is only the PDF's creation date (year_source "metadata")."""
    if year is None:
        return None
    return f"{year}?" if year_source == "metadata" else str(year)


def years_span(years) -> str | None:
    """'2013–2026' for the years an archive holds ('2018' for one year), None for none; year keys may be strings."""
    held = sorted({int(y) for y in years if str(y).isdigit()})
    if not held:
        return None
    return str(held[0]) if held[0] == held[-1] else f"{held[0]}–{held[-1]}"


def unknown_file_number_line(archive, number: str) -> str | None:
    """The one stderr line after a Dnr that found nothing, when no stored report has it (a typing slip): where
    the archive's Dnr can be seen."""
    if _stored_file_number(archive, number):
        # The Dnr is there: the words or the other filters left its report out, or the index is behind the records
        # (an older bilagor's index on a read-only archive, which a warning has said). Read from the records, not
        # the index: an index without the Dnr field said "no report has it" of a report that has.
        return None
    from bilagor.cli.output import shown

    return f"ingen rapport i arkivet har Dnr '{shown(number)}'; bilagor export --per-report visar rapporternas Dnr"


def _stored_file_number(archive, number: str) -> bool:
    """Whether a stored record has this Dnr, read from the records themselves, not the search index."""
    from bilagor.extractor.file_number import file_number_key

    from bilagor.index.archive.location import archive_dir
    from bilagor.index.archive.store import RecordStore

    sql = (
        "SELECT json_extract(record, '$.file_number') AS n FROM reports"
        " WHERE json_extract(record, '$.file_number') IS NOT NULL"
    )
    if hasattr(archive, "records"):
        rows = archive.records.query(sql)
    else:  # the folder (the fast search path): its records read as they are, opening no index a second time
        store = RecordStore.open_read_only(archive_dir(archive))
        try:
            rows = store.query(sql)
        finally:
            store.close()
    return any(file_number_key(row["n"]) == file_number_key(number) for row in rows)


def years_held_line(archive) -> str | None:
    """The one stderr line after a year filter that found nothing: which years the archive (an open Archive or its
    folder) holds, from the search index's year counts."""
    from bilagor.index.search.searcher import search

    span = years_span((search(archive, None, limit=1).facets.get("year") or {}).keys())
    return f"inga träffar det året; arkivet har rapporter från {span}" if span else None


def reports(count: int) -> str:
    """ "1 rapport", "2 rapporter": a count read as Swedish, not "1 rapporter" or "rapport(er)"."""
    return f"{count} {'rapport' if count == 1 else 'rapporter'}"

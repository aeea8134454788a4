"""What the commands print for a reader: one module per command (JSON output is cli/output.py)."""

# One wording wherever an empty (or not yet created) archive is met.
from bilagor.extractor.glossary import EMPTY_ARCHIVE as EMPTY_ARCHIVE


def shown_year(year: int | None, year_source: str | None) -> str | None:
    """'2018', or '2018?' when the year is only the PDF's creation date (year_source "metadata")."""
    if year is None:
        return None
    return f"{year}?" if year_source == "metadata" else str(year)

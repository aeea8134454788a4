"""A report's own date: the date its form answers under "Datum" (or "Reviderad", "Upprättad"), the day its
author says it was written. Of two versions of one report (summing rule 3) the later date is the correction,
whatever the files' dates say: a share copied with new modification times, or an old draft saved again, once
made the older text count. Pure functions over text."""

from __future__ import annotations

import re
from datetime import date

# The section keys (extractor.labels.section_key) whose answer is the report's own date.
DATE_KEY_PREFIXES = ("datum", "reviderad", "upprattad")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_WORDS = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def report_date(text: str | None) -> str | None:
    """The latest date written in a date field's answer, as YYYY-MM-DD ("2024-05-03", "3 maj 2024"); None
    when it holds none (a blank, a year alone)."""
    found = []
    for match in _ISO.finditer(text or ""):
        found.append(_valid(int(match.group(1)), int(match.group(2)), int(match.group(3))))
    for match in _WORDS.finditer(text or ""):
        found.append(_valid(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1))))
    dates = [d for d in found if d is not None]
    return max(dates) if dates else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None

"""The filters' values (--year, --district, --org), read the same way by every command.

`bilagor search`, `bilagor amounts` and the library's filters all resolve
them here, so a value one accepts the others accept, and a bad one gets the
same one-line error (a UsageError: exit code 2). `SearchFilters` names the
filter keywords the search functions take, once.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TypedDict

from bilagor.extractor import districts
from bilagor.extractor.errors import QueryError


class SearchFilters(TypedDict, total=False):
    """The filters of a search, as keywords: Archive.search(query, year="2016-2019", district="Järva")."""

    year: str | int | None  # 2018, "2018", "2016-2019", "2019-20"
    district: str | None  # a district, with the districts it replaced
    org: str | None  # any name the gazetteer knows, or part of one in the archive
    section: str | None  # a section key, a prefix of one, or words of its label
    file_number: str | None  # a diarienummer ("2.1-106-2015"), as the report prints it (case and spaces aside)


# The orders `bilagor export` writes its reports in: best first, newest first, by id.
EXPORT_SORTS = ("relevance", "year", "id")


def check_export_sort(sort: str) -> None:
    """Raise QueryError unless `sort` is one of EXPORT_SORTS."""
    if sort not in EXPORT_SORTS:
        raise QueryError(f"--sort '{sort}': välj {'|'.join(EXPORT_SORTS)}")


# "2018", "2016-2019", "2016 – 2019", "2019-20" (the same century), "2016..2019" (as other search tools type
# a range).
YEAR_RANGE = r"(\d{4})(?:\s*(?:[-–]|\.\.)\s*(\d{4}|\d{2}))?"


def parse_year(value: str | int) -> tuple[int, int]:
    """'2018' -> (2018, 2018); '2016-2019' -> (2016, 2019); '2019-20' -> (2019, 2020)."""
    text = str(value).strip()
    match = re.fullmatch(YEAR_RANGE, text)
    if not match:
        raise QueryError(f"--year '{text}': ange ett år (2018) eller ett intervall (2016-2019)")
    first = int(match.group(1))
    last_text = match.group(2) or match.group(1)
    last = int(last_text) if len(last_text) == 4 else first - first % 100 + int(last_text)
    if first > last:
        raise QueryError(f"--year '{text}': intervallet slutar innan det börjar")
    return first, last


def covered_districts(name: str) -> set[str]:
    """Districts a value means, each with the districts it replaced; empty when none.

    A name in any case, accents optional, genitive or "X stadsdelsnämnd", or
    one part of a name ("Kista" = Rinkeby-Kista).
    """
    canonical = districts.canonical(name) or districts.canonical(name.replace("-", " "))
    if canonical:
        matches = [canonical]
    else:
        wanted = districts.name_key(name)
        matches = [d.name for d in districts.DISTRICTS if wanted and wanted in districts.name_key(d.name).split("-")]
    return {covered for match in matches for covered in districts.covered_by(match)}


def resolve_district(name: str) -> set[str]:
    """covered_districts(), or a UsageError naming the value and the known districts."""
    names = covered_districts(name)
    if not names:
        raise QueryError(unknown_district_message(f"--district '{name.strip()}'"))
    return names


def unknown_district_message(typed: str) -> str:
    """What a district value no district answers to is told: `typed` as the user wrote it, then the known ones."""
    known = ", ".join(d.name for d in districts.DISTRICTS)
    return f"{typed}: ingen stadsdelsnämnd i Stockholm (kända: {known})"


def filter_district(
    district: str | None, location: str | None, texts: list[str], year: int | None, path: str = ""
) -> str | None:
    """The district --district finds a report under: its own, else the one the extractor's
    rules find in its location, texts and path (a record without a district was made before
    those rules, or by hand): "Hammarbyhöjden" in 2019 is Skarpnäck, "Husby centrum" in 2024
    Järva (a merged district's name finds its predecessors' reports, not the other way round).
    Pure given the gazetteer, which it loads: call it when indexing, not when searching."""
    if district:
        return district
    from bilagor.extractor.metadata import district_and_source

    return district_and_source([location or ""], texts, year, path)[0]


def predecessor_area(district: str | None, location: str | None) -> str | None:
    """The district a merged district's report lay in before the merger, by the places its location
    names: a Hägersten-Älvsjö report at "Älvsjö centrum" is Älvsjö's, one at "Västberga"
    Hägersten-Liljeholmen's; None when the location names no such place, or places of more than one.
    So `--district Älvsjö` finds it, as the merged name finds every predecessor's report. Pure given
    the gazetteer, which it loads: call it when indexing, not when searching."""
    if not district or not location or district not in {d.name for d in districts.DISTRICTS}:
        return None
    earlier = districts.covered_by(district) - {district}
    found = {d for d in [*districts.mentions(location), *districts.place_mentions(location)] if d in earlier}
    return found.pop() if len(found) == 1 else None


MIN_ORG_PREFIX = 4  # letters a typed word needs to stand for the start of a name's word ("polis" for "polisen")


def org_values_matching(typed: str, known: Collection[str]) -> list[str]:
    """The organisation values (as the index holds them: "ab-svenska-bostader") that a typed
    name is part of: every typed word is a word of the name or, with 4+ letters, the start
    of one ("bostäder", "Stockholm Exerg", "polis"). [] when none, or nothing is long enough."""
    words = [w for w in districts.name_key(typed).split("-") if w]
    if not words or max(map(len, words)) < MIN_ORG_PREFIX:
        return []

    def fits(value: str) -> bool:
        parts = value.split("-")
        return all(any(p == w or (len(w) >= MIN_ORG_PREFIX and p.startswith(w)) for p in parts) for w in words)

    return sorted(v for v in known if fits(v))

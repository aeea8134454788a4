"""The values of --year and --district, read the same way by every command.

`bilagor search`, `bilagor amounts` and the library's filters all resolve
them here, so a value one accepts the others accept, and a bad one gets the
same one-line error (a UsageError: exit code 2).
"""

from __future__ import annotations

import re

from bilagor.extractor import districts
from bilagor.extractor.errors import QueryError


def parse_year(value: str | int) -> tuple[int, int]:
    """'2018' -> (2018, 2018); '2016-2019' -> (2016, 2019)."""
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:\s*[-–]\s*(\d{4}))?", text)
    if not match:
        raise QueryError(f"--year '{text}': ange ett år (2018) eller ett intervall (2016-2019)")
    first, last = int(match.group(1)), int(match.group(2) or match.group(1))
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
        known = ", ".join(d.name for d in districts.DISTRICTS)
        raise QueryError(f"--district '{name.strip()}': ingen stadsdelsnämnd i Stockholm (kända: {known})")
    return names

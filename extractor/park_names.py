"""Parks named like the streets around them: "Blecktornsparken" by Blecktornsgränd, "Svandammsparken" by
Svandammsplan and Svandammsvägen, "Tantolunden" by Tantogatan.

Stockholm's naming committee names a park and the streets of its quarter after the same feature, so a park
that no list holds is read as lying in the district of the streets that share its first part. Pure functions
over the gazetteer's place lists (no list of the city's parks was found among stored open data; the streets
come from the built gazetteer's school addresses and stop names, bench/build_places.py).

Of the parks the gazetteer itself lists whose first part is such a stem, 14 lie in the streets' district and
2 across its border (Tunnlandsparken, Kälvestaparken), so a listed name always outranks a derived one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# The endings of a street's or a square's one-word name; what precedes them is the name's first part.
_STREET_ENDING = re.compile(
    r"(?:vägen|gatan|gränd|backen|plan|stigen|torget|allén|slingan|branten|gången|leden|kroken)$"
)
# What a park's one-word name ends in.
PARK_HEADS = ("parken", "lunden")
# A shorter first part is a common word more often than a name ("Kyrk", "Skol").
_MIN_STEM = 5


def street_stem(name: str) -> str | None:
    """The first part of a one-word street or square name ("Blecktornsgränd" -> "Blecktorns"), or None."""
    if " " in name or "-" in name:
        return None
    m = _STREET_ENDING.search(name)
    if not m or m.start() < _MIN_STEM:
        return None
    return name[: m.start()]


def street_stems(places: Mapping[str, Iterable[str]], elsewhere: Iterable[str] = ()) -> dict[str, str]:
    """Each street stem that only one district's streets share -> that district. A stem found in two
    districts, or in a name also found outside the city or in two districts (`elsewhere`), decides nothing."""
    districts: dict[str, set[str]] = {}
    for district, names in places.items():
        for name in names:
            stem = street_stem(name)
            if stem:
                districts.setdefault(stem, set()).add(district)
    blocked = {stem for stem in map(street_stem, elsewhere) if stem}
    return {stem: next(iter(ds)) for stem, ds in districts.items() if len(ds) == 1 and stem not in blocked}


def parks_named_by_streets(places: Mapping[str, Iterable[str]], elsewhere: Iterable[str] = ()) -> dict[str, list[str]]:
    """District -> the park names its streets' stems make ("Blecktorns" -> "Blecktornsparken",
    "Blecktornslunden") that no place list, nor `elsewhere`, already holds, in any case."""
    elsewhere = list(elsewhere)
    listed = {name.casefold() for names in [*places.values(), elsewhere] for name in names}
    parks: dict[str, list[str]] = {}
    for stem, district in sorted(street_stems(places, elsewhere).items()):
        for head in PARK_HEADS:
            if (stem + head).casefold() not in listed:
                parks.setdefault(district, []).append(stem + head)
    return parks

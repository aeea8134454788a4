"""Stockholm's district committees (stadsdelsnämnder) and their mergers.

Pure data and lookups: which committee a name means, what it was called in a
given year and which committee covers it today.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    name: str
    genitive: str  # "Norrmalms", as in "Norrmalms stadsdelsnämnd"
    first_year: int  # first year it existed (inclusive)
    last_year: int | None  # last year it existed (inclusive), None = exists today
    successor: str | None = None


# Mergers took effect on 1 July, so the old and new names both occur that year.
DISTRICTS: tuple[District, ...] = (
    District("Bromma", "Brommas", 2007, None),
    District("Enskede-Årsta-Vantör", "Enskede-Årsta-Vantörs", 2007, None),
    District("Farsta", "Farstas", 2007, None),
    District("Hägersten-Liljeholmen", "Hägersten-Liljeholmens", 2007, 2020, "Hägersten-Älvsjö"),
    District("Hässelby-Vällingby", "Hässelby-Vällingbys", 2007, None),
    District("Kungsholmen", "Kungsholmens", 2007, None),
    District("Norrmalm", "Norrmalms", 2007, 2023, "Norra innerstaden"),
    District("Rinkeby-Kista", "Rinkeby-Kistas", 2007, 2023, "Järva"),
    District("Skarpnäck", "Skarpnäcks", 2007, None),
    District("Skärholmen", "Skärholmens", 2007, None),
    District("Spånga-Tensta", "Spånga-Tenstas", 2007, 2023, "Järva"),
    District("Södermalm", "Södermalms", 2007, None),
    District("Älvsjö", "Älvsjö", 2007, 2020, "Hägersten-Älvsjö"),
    District("Östermalm", "Östermalms", 2007, 2023, "Norra innerstaden"),
    District("Hägersten-Älvsjö", "Hägersten-Älvsjö", 2020, None),
    District("Järva", "Järvas", 2023, None),
    District("Norra innerstaden", "Norra innerstadens", 2023, None),
)

_BY_NAME = {d.name: d for d in DISTRICTS}


def fold(text: str) -> str:
    """Lowercase without diacritics: 'Östermalm' -> 'ostermalm'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """A name as one keyword: folded, each run of spaces and dashes one '-'."""
    return re.sub(r"[\s\-–]+", "-", fold(text).strip())


_key = name_key


_BY_KEY: dict[str, str] = {}
for _d in DISTRICTS:
    _BY_KEY[_key(_d.name)] = _d.name
    _BY_KEY[_key(_d.genitive)] = _d.name
# Spellings seen in documents.
_BY_KEY.update({_key("Enskede-Årsta-Vantörs"): "Enskede-Årsta-Vantör", _key("Hägersten-Älvsjös"): "Hägersten-Älvsjö"})


def canonical(name: str) -> str | None:
    """The canonical district name for a written form (any case, genitive, no accents)."""
    key = _key(name)
    if key in _BY_KEY:
        return _BY_KEY[key]
    key = re.sub(r"(s|stadsdelsnamnd|stadsdelsforvaltning|stadsdelsomrade|sdn|sdf)$", "", key).strip("-")
    return _BY_KEY.get(key)


def existed_in(name: str, year: int) -> bool:
    d = _BY_NAME[name]
    return d.first_year <= year and (d.last_year is None or year <= d.last_year)


def as_of(name: str, year: int | None) -> str:
    """The committee that covered `name` in `year` (mergers followed forward only)."""
    current = name
    if year is None:
        return current
    while not existed_in(current, year):
        district = _BY_NAME[current]
        if district.successor is None or district.last_year is None or district.last_year >= year:
            break
        current = district.successor
    return current


def today(name: str) -> str:
    """The committee that covers `name` now."""
    current = name
    while (successor := _BY_NAME[current].successor) is not None:
        current = successor
    return current


def covered_by(name: str) -> set[str]:
    """All names whose area `name` covers: itself and its predecessors."""
    names = {name}
    for d in DISTRICTS:
        if today(d.name) == name or (d.successor == name):
            names.add(d.name)
    return names


# "Norrmalms stadsdelsnämnd", "stadsdelsområde Järva", "Farsta SDF".
_NAMES_ALT = "|".join(
    sorted({re.escape(n) for d in DISTRICTS for n in (d.name, d.genitive)}, key=len, reverse=True)
)
MENTION_RE = re.compile(
    rf"(?:\b(?P<a>{_NAMES_ALT})\s+(?:stadsdelsnämnd|stadsdelsförvaltning|stadsdelsområde|SDN|SDF)\w*)"
    rf"|(?:\bstadsdelsområde(?:t)?\s+(?P<b>{_NAMES_ALT})\b)",
    re.IGNORECASE,
)


def mentions(text: str) -> list[str]:
    """Canonical districts named as committee/administration in `text`, in order."""
    found = []
    for m in MENTION_RE.finditer(text):
        name = canonical(m.group("a") or m.group("b"))
        if name and name not in found:
            found.append(name)
    return found

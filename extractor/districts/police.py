"""Local police areas ("lokalpolisområde Rinkeby", "LPO Spånga") and the district each lies in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilagor.extractor.text import fold, loose_pattern
from bilagor.extractor.districts.committees import MISREAD_NAME, NAME_FORMS, SPLIT_PIECE
from bilagor.extractor.districts.gazetteer import hand_gazetteer
from bilagor.extractor.districts.names import BY_KEY, DISTRICTS, canonical, fuzzy_match, name_key

# "lokalpolisområde(t)", "polisområde", before 2015 "närpolisområde"; "LPO" as the police write it. A scan
# may read the o of "polis" as a zero ("Lokalp0lisområde").
_POLICE_NOUN = r"(?:lokal|n[aä]r)?p[o0]lis\s*-?\s*omr[aå]de(?:t|ts)?"
_POLICE_BEFORE_NAME = rf"(?:{_POLICE_NOUN}|LPO)"


@lru_cache(maxsize=1)
def _police_re() -> tuple[tuple[re.Pattern[str], ...], dict[str, str | None]]:
    """(noun before the name: "lokalpolisområde Rinkeby", "LPO Globen"; known name before the noun:
    "Järva lokalpolisområde", "Skärholmens närpolisområde"), and folded area name -> its district,
    None for an area spanning several districts (the gazetteer's police_areas)."""
    areas = {fold(a): d for a, d in hand_gazetteer()["police_areas"].items()}
    areas.update({fold(f): d.name for d in DISTRICTS for f in (d.name, d.genitive)})
    written = sorted(set(hand_gazetteer()["police_areas"]) | set(NAME_FORMS), key=len, reverse=True)
    known = "|".join(loose_pattern(a) for a in written)
    after = re.compile(rf"\b{_POLICE_BEFORE_NAME}\s+(?P<a>{known}|{MISREAD_NAME})(?![\w-])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?P<a>{known})s?\s+{_POLICE_NOUN}(?![\w-])", re.IGNORECASE)
    # One compound, as the police and the press write a local area's police: "Järvapolisen",
    # "Vällingbypolisen", "Skärholmspolisen" (a name in -en loses it: Skärholm(en)).
    stems = {fold(a[:-2]) + "s": d for a, d in areas.items() if a.endswith("en") and " " not in a}
    areas.update({s: d for s, d in stems.items() if s not in areas})
    compound_names = "|".join(loose_pattern(a) for a in sorted({*written, *stems}, key=len, reverse=True))
    compound = re.compile(rf"(?<![\w-])(?P<a>{compound_names})s?polis(?:en|ens)?(?![\w-])", re.IGNORECASE)
    return (after, before, compound), areas


@lru_cache(maxsize=1)
def _police_keys() -> dict[str, str | None]:
    keys = {name_key(a): d for a, d in hand_gazetteer()["police_areas"].items()}
    keys.update(BY_KEY)
    return keys


_POLICE_START = re.compile(r"p[o0]lis|LPO", re.IGNORECASE)  # texts without it are skipped cheaply


@dataclass(frozen=True)
class PoliceArea:
    district: str | None  # None: an area spanning several districts, or a name not read as one
    start: int
    end: int


def police_areas(text: str) -> list[PoliceArea]:
    """The local police areas named in `text`, in order, with the district each implies."""
    return list(_cached_police_areas(text))


@lru_cache(maxsize=256)
def _cached_police_areas(text: str) -> tuple[PoliceArea, ...]:
    if not _POLICE_START.search(text):
        return ()
    patterns, areas = _police_re()
    found = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            written = fold(m.group("a"))
            district = _police_district(written, areas)
            while district is None and written not in areas and SPLIT_PIECE.search(written):
                written = SPLIT_PIECE.sub("", written)  # "Skärholrnen har": the name without "har"
                district = _police_district(written, areas)
            found.append(PoliceArea(district, m.start(), m.end()))
    return tuple(sorted(found, key=lambda a: a.start))


def _police_district(written: str, areas: dict[str, str | None]) -> str | None:
    if written in areas:  # a known area: its district, or None when it spans several
        return areas[written]
    return canonical(written) or fuzzy_match(written, _police_keys())


def police_mentions(text: str) -> list[str]:
    """Districts implied by a local police area ("lokalpolisområde Rinkeby", "LPO Södermalm",
    "Järva lokalpolisområde"); areas that cover several districts ("City", "Globen",
    "polisområde Stockholm syd") imply none."""
    found = []
    for area in police_areas(text):
        if area.district and area.district not in found:
            found.append(area.district)
    return found

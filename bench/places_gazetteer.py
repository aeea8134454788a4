"""Pure functions that turn open place data into the built gazetteer (extractor/places_built.json).

The inputs are plain data: the city's stadsdelar as polygons (longitude, latitude rings), public
transport stops as (name, latitude, longitude), other named points (schools and the streets of their
addresses, from the city's school buildings) the same way, and the table below of which district
(stadsdelsområde) each stadsdel belonged to before the mergers of 2020 and 2023 (districts.as_of
moves a place forward to the district of a report's year). bench/build_places.py does the I/O.

Ambiguity: a name found in two districts, or also outside the city (a street name that every
town has, "Kyrkvägen"), is left out of the places and listed under "ambiguous" instead; generic
names ("Centrum", "Torget", "Skolan") are never places; a one-word name that is also a Swedish
word ("Dalen", "Slussen") is listed under "common_words", which the reader counts in prose only
where a capital cannot come from the start of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

Ring = Sequence[Sequence[float]]  # [(lon, lat), ...], closed or not
Area = tuple[str, list[list[Ring]]]  # (stadsdel, polygons: each an outer ring and its holes)

# The stadsdelar of each district as the city lists them ("City District Departments" pages of
# start.stockholm; Norrmalm's and Östermalm's from before their merger), spelled as in the
# stadsdel polygons (upper case; "ULVSUNDA INDUSTRIOMR" as the source abbreviates it).
STADSDELAR: dict[str, tuple[str, ...]] = {
    "Bromma": (
        "ABRAHAMSBERG", "ALVIK", "BECKOMBERGA", "BLACKEBERG", "BROMMA KYRKA", "BÄLLSTA", "ENEBY", "HÖGLANDET",
        "MARIEHÄLL", "NOCKEBY", "NOCKEBYHOV", "NORRA ÄNGBY", "OLOVSLUND", "RIKSBY", "SMEDSLÄTTEN", "STORA MOSSEN",
        "SÖDRA ÄNGBY", "TRANEBERG", "ULVSUNDA", "ULVSUNDA INDUSTRIOMR", "ÅKESHOV", "ÅKESLUND", "ÅLSTEN", "ÄPPELVIKEN",
    ),
    "Enskede-Årsta-Vantör": (
        "BANDHAGEN", "ENSKEDEFÄLTET", "ENSKEDE GÅRD", "GAMLA ENSKEDE", "HAGSÄTRA", "HÖGDALEN", "JOHANNESHOV",
        "RÅGSVED", "STUREBY", "ÅRSTA", "ÖRBY", "ÖSTBERGA",
    ),
    "Farsta": (
        "FAGERSJÖ", "FARSTA", "FARSTANÄSET", "FARSTA STRAND", "GUBBÄNGEN", "HÖKARÄNGEN", "LARSBODA", "SKÖNDAL",
        "SVEDMYRA", "TALLKROGEN",
    ),
    "Hägersten-Liljeholmen": (
        "ASPUDDEN", "FRUÄNGEN", "GRÖNDAL", "HÄGERSTEN", "HÄGERSTENSÅSEN", "LILJEHOLMEN", "MIDSOMMARKRANSEN",
        "MÄLARHÖJDEN", "VÄSTBERGA", "VÄSTERTORP",
    ),
    "Hässelby-Vällingby": (
        "GRIMSTA", "HÄSSELBY GÅRD", "HÄSSELBY STRAND", "HÄSSELBY VILLASTAD", "KÄLVESTA", "NÄLSTA", "RÅCKSTA", "VINSTA",
        "VÄLLINGBY",
    ),
    "Kungsholmen": ("FREDHÄLL", "KRISTINEBERG", "KUNGSHOLMEN", "LILLA ESSINGEN", "MARIEBERG", "STADSHAGEN", "STORA ESSINGEN"),
    "Norrmalm": ("NORRMALM", "SKEPPSHOLMEN", "VASASTADEN"),
    "Rinkeby-Kista": ("AKALLA", "HANSTA", "HUSBY", "KISTA", "RINKEBY"),
    "Skarpnäck": (
        "BAGARMOSSEN", "BJÖRKHAGEN", "ENSKEDEDALEN", "FLATEN", "HAMMARBYHÖJDEN", "KÄRRTORP", "ORHEM", "SKARPNÄCKS GÅRD",
        "SKRUBBA",
    ),
    "Skärholmen": ("BREDÄNG", "SKÄRHOLMEN", "SÄTRA", "VÅRBERG"),
    "Spånga-Tensta": ("BROMSTEN", "FLYSTA", "LUNDA", "SOLHEM", "SUNDBY", "TENSTA"),
    "Södermalm": ("GAMLA STAN", "LÅNGHOLMEN", "REIMERSHOLME", "RIDDARHOLMEN", "SÖDERMALM", "SÖDRA HAMMARBYHAMNEN"),
    "Älvsjö": ("HERRÄNGEN", "LISEBERG", "LÅNGBRO", "LÅNGSJÖ", "SOLBERGA", "ÄLVSJÖ", "ÖRBY SLOTT"),
    "Östermalm": ("DJURGÅRDEN", "HJORTHAGEN", "LADUGÅRDSGÄRDET", "NORRA DJURGÅRDEN", "ÖSTERMALM"),
}  # fmt: skip

DISTRICT_OF_STADSDEL = {s: d for d, names in STADSDELAR.items() for s in names}

# Words a stop's name adds for the kind of stop, not part of the place's name.
_STOP_SUFFIX = re.compile(r"\s+(?:T-bana|station|Spårv|spårv|Tvärbanan|pendeltåg|brygg(?:a)?|färjeläge)$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# Names that are a kind of place, not a place ("Centrum", "Torget", "Vändplan"), and words that say a
# name is an address detail rather than a place ("Norra", "Södra" alone).
GENERIC = frozenset(
    {
        "centrum", "torget", "torg", "station", "stationen", "skolan", "kyrkan", "vändplan", "busstation", "terminalen",
        "sjukhuset", "gymnasiet", "norra", "södra", "östra", "västra", "parken", "plan", "hallen", "badet", "gården",
        "idrottsplatsen", "ip", "bron", "porten", "vägen", "gatan", "backen", "stigen", "allé", "industriområde",
    }
)  # fmt: skip


def point_in_ring(x: float, y: float, ring: Ring) -> bool:
    """Whether (x, y) lies inside `ring` (even-odd rule; a point on an edge may fall either way)."""
    inside = False
    for i in range(len(ring)):
        x1, y1 = ring[i][0], ring[i][1]
        x2, y2 = ring[i - 1][0], ring[i - 1][1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def stadsdel_at(lon: float, lat: float, areas: Iterable[Area]) -> str | None:
    """The stadsdel whose polygon holds the point, or None (outside the city)."""
    for name, polygons in areas:
        for outer, *holes in polygons:
            if point_in_ring(lon, lat, outer) and not any(point_in_ring(lon, lat, h) for h in holes):
                return name
    return None


def area_name(stadsdel: str) -> str:
    """A stadsdel's name as documents write it: "FARSTA STRAND" -> "Farsta strand",
    "ULVSUNDA INDUSTRIOMR" -> "Ulvsunda industriområde"."""
    words = stadsdel.replace("INDUSTRIOMR", "INDUSTRIOMRÅDE").lower().split()
    return " ".join([words[0].capitalize(), *words[1:]])


def clean_stop_name(name: str, localities: Iterable[str]) -> str | None:
    """A stop's name as a place name: the kind of stop, a parenthesis and a leading locality
    ("Stockholm Frihamnen", "Kista Jan Stenbecks torg") dropped; None for a name that is
    generic, holds a digit or is too short to mean one place."""
    name = _PARENTHESIS.sub("", name).strip()
    name = _STOP_SUFFIX.sub("", name).strip()
    folded = {fold_name(n) for n in localities} | {"stockholm"}
    first, _, rest = name.partition(" ")
    if rest and fold_name(first) in folded and fold_name(name) not in folded and rest[0].isupper():
        name = rest
    if len(name) < 4 or any(c.isdigit() for c in name) or not name[0].isupper():
        return None
    if fold_name(name) in GENERIC or name.split()[-1].lower() in {"norra", "södra", "östra", "västra"}:
        return None
    return name


# An address: the street, then a house number ("Askebykroken 22", "Kärrtorpsvägen 7A", "Mellingebacken 22-26").
_ADDRESS = re.compile(r"^(?P<street>[^\d,]*[^\W\d_])\s+\d")
# The kind of street as the last word, which addresses sometimes capitalise ("Dartanjangs Gata").
_STREET_KIND = re.compile(r" (Gata|Väg|Gränd|Backe|Backar|Torg|Plan|Allé|Gång|Stig)$")


def street_of_address(address: str) -> str | None:
    """The street of an address, its kind in lower case ("Dartanjangs Gata 1" -> "Dartanjangs gata"),
    or None where no street precedes a number."""
    m = _ADDRESS.match(address.strip())
    if not m:
        return None
    return _STREET_KIND.sub(lambda k: " " + k.group(1).lower(), m.group("street").strip())


# The kinds of school building whose own name is a place ("Askebyskolan"); a preschool is listed by its address.
_NAMED_SCHOOL_KINDS = frozenset({"Skola", "Gymnasium"})


def school_points(markers: Iterable[Mapping]) -> list[tuple[str, float, float]]:
    """(name, latitude, longitude) of each school's name and of the street of each building's address,
    from the city's school buildings (title, adress, type, coordinates: lat, lng)."""
    points = []
    for marker in markers:
        lat, lon = float(marker["coordinates"]["lat"]), float(marker["coordinates"]["lng"])
        if marker.get("type") in _NAMED_SCHOOL_KINDS:
            points.append((" ".join(marker["title"].split()), lat, lon))
        street = street_of_address(marker.get("adress", ""))
        if street:
            points.append((street, lat, lon))
    return points


def fold_name(name: str) -> str:
    return " ".join(name.lower().split())


def stop_places(
    stops: Iterable[tuple[str, float, float]], areas: Sequence[Area]
) -> tuple[dict[str, set[str]], set[str]]:
    """(name -> the districts of the stadsdelar its stops lie in, names of stops outside the city).
    A stop outside the city counts by its whole name and by its name without its first word
    ("Täby Kyrkvägen" is a Kyrkvägen too)."""
    localities = [area_name(s) for s, _ in areas]
    inside: dict[str, set[str]] = {}
    outside: set[str] = set()
    for raw, lat, lon in stops:
        stadsdel = stadsdel_at(lon, lat, areas)
        if stadsdel is None:
            outside.add(fold_name(raw))
            first, _, rest = raw.partition(" ")
            if rest:
                outside.add(fold_name(_STOP_SUFFIX.sub("", _PARENTHESIS.sub("", rest)).strip()))
            continue
        name = clean_stop_name(raw, localities)
        if name is not None and stadsdel in DISTRICT_OF_STADSDEL:
            inside.setdefault(name, set()).add(DISTRICT_OF_STADSDEL[stadsdel])
    return inside, outside


def _county_outside(stops: Iterable[tuple[str, float, float]], areas: Sequence[Area]) -> set[str]:
    """The folded names of the county's stops outside the city, whole and without their first word."""
    lat0, lat1, lon0, lon1 = COUNTY
    near = [(raw, lat, lon) for raw, lat, lon in stops if lat0 < lat < lat1 and lon0 < lon < lon1]
    return stop_places(near, areas)[1]


def named_point_places(points: Iterable[tuple[str, float, float]], areas: Sequence[Area]) -> dict[str, set[str]]:
    """Name -> the districts of the stadsdelar its points lie in; points outside the city, and
    names that are generic, hold a digit or are too short to mean one place, are left out."""
    found: dict[str, set[str]] = {}
    for name, lat, lon in points:
        if len(name) < 4 or any(c.isdigit() for c in name) or not name[0].isupper() or fold_name(name) in GENERIC:
            continue
        stadsdel = stadsdel_at(lon, lat, areas)
        if stadsdel in DISTRICT_OF_STADSDEL:
            found.setdefault(name, set()).add(DISTRICT_OF_STADSDEL[stadsdel])
    return found


# The county around the city, roughly: the localities of its stops are where "X i <locality>" lies.
COUNTY = (58.7, 60.3, 17.2, 19.4)  # latitude from, to; longitude from, to


def localities_outside(stops: Iterable[tuple[str, float, float]], areas: Sequence[Area], city: set[str]) -> list[str]:
    """The localities of the county outside the city: a first word that begins the names of two
    stops or more there ("Gustavsberg centrum", "Gustavsberg Farsta slottshage" -> Gustavsberg),
    the way the stop data prefixes a stop with its locality; places that "X i <locality>" puts
    outside the city. Street-like words, names of the city (folded, in `city`), generic and short
    words left out."""
    lat0, lat1, lon0, lon1 = COUNTY
    heads: dict[str, set[str]] = {}
    for raw, lat, lon in stops:
        words = raw.split()
        if len(words) < 2 or not (lat0 < lat < lat1 and lon0 < lon < lon1):
            continue
        first = words[0]
        if len(first) < 4 or not first.isalpha() or not first[0].isupper() or _STREET_LIKE.search(first):
            continue
        if fold_name(first) in city or fold_name(first) in GENERIC or stadsdel_at(lon, lat, areas) is not None:
            continue
        heads.setdefault(first, set()).add(raw)
    return sorted(first for first, names in heads.items() if len(names) >= 2)


# Words that name a street, square or building rather than a locality.
_STREET_LIKE = re.compile(r"(?:vägen|gatan|stigen|gränd|backen|plan|torget|torg|allén|allé|leden|huset|skolan|s)$")


def is_common_word(name: str, words: Mapping[str, str] | frozenset[str] | set[str]) -> bool:
    """Whether a one-word name is also a Swedish word, bare or definite ("Dalen": dal, "Slussen":
    sluss); `words` holds the dictionary's forms and lemmas, lower case."""
    lower = name.lower()
    if " " in lower or "-" in lower:
        return False
    candidates = {lower} | {
        lower[: -len(s)] for s in ("en", "et", "n", "t", "na", "arna", "erna", "orna") if lower.endswith(s)
    }
    return any(c in words for c in candidates)


def build(
    areas: Sequence[Area],
    stops: Iterable[tuple[str, float, float]],
    hand_places: Mapping[str, Sequence[str]],
    words: frozenset[str] | set[str],
    points: Iterable[tuple[str, float, float]] = (),
) -> dict:
    """The built gazetteer: stadsdelar, stop names and other named points (name, latitude,
    longitude) by district (names the hand gazetteer already lists left to it), the names left
    out as ambiguous, and the common-word names of both lists. Sorted, so that a rebuild from the
    same data gives the same file."""
    hand = {fold_name(p): d for d, ps in hand_places.items() for p in ps}
    found: dict[str, set[str]] = {}
    for stadsdel, _ in areas:
        if stadsdel in DISTRICT_OF_STADSDEL:
            found.setdefault(area_name(stadsdel), set()).add(DISTRICT_OF_STADSDEL[stadsdel])
    stops = list(stops)
    inside, outside = stop_places(stops, areas)
    for name, districts in inside.items():
        found.setdefault(name, set()).update(districts)
    # A school or street named only by the city's own lists collides with a stop of that name in
    # the county (Solna's "Skolvägen"), not with one in a far town (Huskvarna's "Oxhagsskolan").
    pointed = named_point_places(points, areas)
    near = _county_outside(stops, areas)
    only_pointed = {fold_name(n) for n in pointed} - {fold_name(n) for n in found}
    outside = {n for n in outside if n not in only_pointed or n in near}
    for name, districts in pointed.items():
        found.setdefault(name, set()).update(districts)
    stadsdelar = {area_name(s) for s, _ in areas}
    places: dict[str, list[str]] = {d: [] for d in STADSDELAR}
    ambiguous: dict[str, list[str]] = {}
    for name in sorted(found):
        districts = found[name]
        if fold_name(name) in hand:
            continue
        if len(districts) > 1 or (fold_name(name) in outside and name not in stadsdelar):
            ambiguous[name] = sorted(districts) + (["outside the city"] if fold_name(name) in outside else [])
            continue
        places[next(iter(districts))].append(name)
    every = [p for ps in hand_places.values() for p in ps] + [p for ps in places.values() for p in ps]
    common = sorted({p for p in every if is_common_word(p, words) and p not in stadsdelar})
    city = {fold_name(p) for p in every} | {fold_name(w) for p in every for w in p.split()} | {"stockholm"}
    towns = [t for t in localities_outside(stops, areas, city) if not is_common_word(t, words)]
    return {
        "places": {d: sorted(ps) for d, ps in places.items()},
        "ambiguous": ambiguous,
        "common_words": common,
        "localities_outside": towns,
    }

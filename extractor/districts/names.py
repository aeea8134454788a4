"""The district committees, their mergers, and how a name is read: spellings, genitives, OCR's misread
letters, fuzzy matches; which committee a name means in a given year and today."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bilagor.extractor.text import edit_distance, fold


@dataclass(frozen=True)
class District:
    name: str
    genitive: str  # as the city writes the committee: "Norrmalms stadsdelsnämnd", "Farsta stadsdelsnämnd"
    first_year: int  # first year it existed (inclusive)
    last_year: int | None  # last year it existed (inclusive), None = exists today
    successor: str | None = None


# Mergers took effect on 1 July, so the old and new names both occur that year.
DISTRICTS: tuple[District, ...] = (
    District("Bromma", "Bromma", 2007, None),
    District("Enskede-Årsta-Vantör", "Enskede-Årsta-Vantörs", 2007, None),
    District("Farsta", "Farsta", 2007, None),
    District("Hägersten-Liljeholmen", "Hägersten-Liljeholmens", 2007, 2020, "Hägersten-Älvsjö"),
    District("Hässelby-Vällingby", "Hässelby-Vällingby", 2007, None),
    District("Kungsholmen", "Kungsholmens", 2007, None),
    District("Norrmalm", "Norrmalms", 2007, 2023, "Norra innerstaden"),
    District("Rinkeby-Kista", "Rinkeby-Kista", 2007, 2023, "Järva"),
    District("Skarpnäck", "Skarpnäcks", 2007, None),
    District("Skärholmen", "Skärholmens", 2007, None),
    District("Spånga-Tensta", "Spånga-Tensta", 2007, 2023, "Järva"),
    District("Södermalm", "Södermalms", 2007, None),
    District("Älvsjö", "Älvsjö", 2007, 2020, "Hägersten-Älvsjö"),
    District("Östermalm", "Östermalms", 2007, 2023, "Norra innerstaden"),
    District("Hägersten-Älvsjö", "Hägersten-Älvsjö", 2020, None),
    District("Järva", "Järva", 2023, None),
    District("Norra innerstaden", "Norra innerstadens", 2023, None),
)

_BY_NAME = {d.name: d for d in DISTRICTS}


def name_key(text: str) -> str:
    """A name as one keyword: folded, each run of spaces and dashes one '-'."""
    return re.sub(r"[\s\-–]+", "-", fold(text).strip())


_key = name_key


BY_KEY: dict[str, str] = {}
for _d in DISTRICTS:
    BY_KEY[name_key(_d.name)] = _d.name
    BY_KEY[name_key(_d.genitive)] = _d.name
# Spellings seen in documents: a genitive -s after a vowel ("Farstas"), too.
for _d in DISTRICTS:
    BY_KEY.setdefault(name_key(_d.name + "s"), _d.name)
# Other forms documents use for a committee's district: the city's abbreviation ("SDF EÅV") and the
# compound form of a name in -en, which Swedish joins with -s in place of it ("Kungsholms
# stadsdelsförvaltning", "Skärholmsnämnden", "Hägersten-Liljeholmsförvaltningen").
OTHER_FORMS = {
    "EÅV": "Enskede-Årsta-Vantör",
    **{d.name[:-2] + "s": d.name for d in DISTRICTS if d.name.endswith("en")},
}
# A hyphenated committee by its initials with the hyphens kept ("SDF H-V", "E-Å-V stadsdelsförvaltning",
# "sdn H-Ä"): read only next to a committee noun, never in a file name ("s-t-eriksplan.pdf" is no S-T).
INITIALS = {"-".join(part[0] for part in d.name.split("-")): d.name for d in DISTRICTS if "-" in d.name}
# A district by the name its people use ("stadsdelsförvaltningen på Söder"): read like a misread name,
# written with its capital next to a committee noun, so "söder om" stays a direction.
NICKNAMES = {"Söder": "Södermalm"}
for _form, _name in {**OTHER_FORMS, **INITIALS, **NICKNAMES}.items():
    BY_KEY.setdefault(name_key(_form), _name)


def canonical(name: str) -> str | None:
    """The canonical district name for a written form (any case, genitive, no accents)."""
    key = name_key(name)
    if key in BY_KEY:
        return BY_KEY[key]
    key = re.sub(r"(s|stadsdelsnamnd|stadsdelsforvaltning|stadsdelsomrade|sdn|sdf)$", "", key).strip("-")
    return BY_KEY.get(key)


# Letters OCR reads as others: "m" as "rn" ("Sodermalrn"), "s" as "5", "l" as "1", "o" as "0";
# undone all at once before comparing; and "y" as "v" after the "b" of the city's many names in -by
# ("Rinkebv", "Husbv", "Vällingbv"), a pair no Swedish word holds.
_OCR_PAIRS = (("rn", "m"), ("5", "s"), ("1", "l"), ("0", "o"), ("bv", "by"))
FUZZY_MIN_LETTERS = 6  # shorter names are compared exactly: "Järva" is one letter from too many words
FUZZY_MAX_EDITS = 1
# A long name may hold two of a scan's misread letters and still be one place alone ("Vitaberqsparkcn"): from
# this length on, two edits are allowed.
FUZZY_TWO_EDITS_MIN_LETTERS = 14


def allowed_edits(letters: int) -> int:
    """The edits a misread name of `letters` letters may differ by from a place (scaled to its length)."""
    return FUZZY_MAX_EDITS + (letters >= FUZZY_TWO_EDITS_MIN_LETTERS)


# OCR's capital I or a bar for a lower-case l inside a word: after a lower-case letter ("VäIIingby",
# "HjuIsta", "Ska|holmen"), or second after a word's capital before a lower-case one ("BIackeberg").
# Words in capitals ("ILLUSTRATIONER", "AIK") keep theirs. A digit 1 is an l only between letters, the
# next one lower-case ("B1ackeberg", "sto1par"): "E18", "1a" and "A1" stay as written.
_OCR_L = re.compile(r"(?<=[a-zåäöéü])[I|]|(?<=\b[A-ZÅÄÖ])[I|](?=[a-zåäö])|(?<=[A-Za-zÅÄÖåäöéü])1(?=[a-zåäö])")


def undo_ocr_l(text: str) -> str:
    """`text` with OCR's I, | and 1 for l undone inside mixed-case words."""
    return _OCR_L.sub("l", text)


def undo_ocr(key: str, pairs: tuple[tuple[str, str], ...] = _OCR_PAIRS) -> str:
    """A folded name with OCR's letter pairs undone ("sodermalrn" -> "sodermalm")."""
    for ocr, letter in pairs:
        key = key.replace(ocr, letter)
    return key


def ocr_readings(key: str) -> tuple[str, ...]:
    """`key` with OCR's letter pairs undone, and undone but for "rn": many of the city's names hold a real "rn"
    ("Hornstull", "Örnsberg", "Kornhamnstorg"), which undoing "rn" as "m" would break along with the digits."""
    undone = undo_ocr(key)
    kept = undo_ocr(key, tuple(pair for pair in _OCR_PAIRS if pair[0] != "rn")) if "rn" in key else undone
    return (undone,) if kept == undone else (undone, kept)


def fuzzy_match(written: str, names: Mapping[str, str | None], min_letters: int = FUZZY_MIN_LETTERS) -> str | None:
    """The value of the one key of `names` (folded name keys) that `written` is within
    allowed_edits() of (one edit, two for a long name), after undoing OCR's letter pairs; None when none or
    two differ. Keys shorter than min_letters must match exactly."""
    key = name_key(written)
    tries = {key, *ocr_readings(key)}
    for attempt in tries:
        if attempt in names:
            return names[attempt]
    found = {
        value
        for name, value in names.items()
        if sum(c.isalpha() for c in name) >= min_letters
        and any(edit_distance(attempt, name, FUZZY_MAX_EDITS) <= FUZZY_MAX_EDITS for attempt in tries)
    }
    # Two edits only for one long word that no name is one edit from (the wider search is the slower one).
    if not found and " " not in written.strip() and len(key) >= FUZZY_TWO_EDITS_MIN_LETTERS - 2:
        found = {
            value
            for name, value in names.items()
            if (letters := sum(c.isalpha() for c in name)) >= max(min_letters, FUZZY_TWO_EDITS_MIN_LETTERS)
            and any(edit_distance(attempt, name, allowed_edits(letters)) <= allowed_edits(letters) for attempt in tries)
        }
    return found.pop() if len(found) == 1 else None


def fuzzy_canonical(name: str) -> str | None:
    """canonical(), tolerating a scan's misread letter in names of some length
    ("Hasselby-Vallingbv", "Kungsholrnens", "Farsla") and a space OCR put inside a
    word ("Kungs holmens", "Hassel by-Vallingby")."""
    joined = re.sub(r"[-–]\s+(?=[a-zåäö])", "", name)  # a line-break hyphen
    whole = re.sub(r"\s+(?=[a-zåäö])", "", joined)
    return canonical(name) or canonical(whole) or fuzzy_match(joined, BY_KEY) or fuzzy_match(whole, BY_KEY)


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


def merged_into(name: str | None) -> str | None:
    """The committee a former district is part of now ("Norra innerstaden" for Norrmalm); None for a committee of
    today, an unknown name or none: a list over several years holds both names of one area."""
    if name not in _BY_NAME or (now := today(name)) == name:
        return None
    return now


def covered_by(name: str) -> set[str]:
    """All names whose area `name` covers: itself and its predecessors."""
    names = {name}
    for d in DISTRICTS:
        if today(d.name) == name or (d.successor == name):
            names.add(d.name)
    return names

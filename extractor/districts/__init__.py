"""Stockholm's district committees (stadsdelsnämnder) and their mergers: the package's public API.

Pure data and lookups: which committee a name means, what it was called in a
given year and which committee covers it today; and the one grammar for how
documents name a district (shared by the metadata and the organisations):
a committee ("Farsta stadsdelsnämnd", "stadsdelsförvaltningen i Farsta"), an
area ("stadsdelsområdet Farsta"), a well-known place ("Husby torg", from the
gazetteer places.json: squares, centres, parks, streets, schools, metro
stations), a local police area ("lokalpolisområde Rinkeby") and a file or
folder name ("skarpnack/bilaga5.pdf"). The gazetteer also lists names outside
the city that begin like a place ("Sundbyberg" is not Sundby) and buildings
that prose names for their institution ("i Stadshuset" is the city).

Scans are read loosely: accents optional, "pa" for "på", and a name of some
length one OCR misreading away from a district, police area or place
("Sodermalrn", "Kung5holmens") counts as that name when no other name is as
close; OCR's 0 for Ö and a space inside a name ("0stermalms", "Kungs holmens")
too. A committee named as a partner ("i samverkan med Farsta
stadsdelsförvaltning") or as another district ("ett liknande projekt i
Skarpnäcks stadsdelsområde") is told apart from the one that runs the work.

One module per kind of mention: names.py (the committees, mergers and how a name is read), committees.py
(a committee or area named in prose), gazetteer.py (the package data), places.py (well-known places),
police.py (local police areas), paths.py (a file or folder name).
"""

from __future__ import annotations

from bilagor.extractor.districts.names import (
    DISTRICTS,
    District,
    as_of,
    canonical,
    covered_by,
    existed_in,
    fuzzy_canonical,
    fuzzy_match,
    merged_into,
    name_key,
    ocr_readings,
    today,
    undo_ocr,
    undo_ocr_l,
)
from bilagor.extractor.districts.committees import (
    Mention,
    committee_mentions,
    mentions,
    plural_committee_mentions,
    reported_districts,
    running_committees,
)
from bilagor.extractor.districts.gazetteer import gazetteer_places, municipalities
from bilagor.extractor.districts.places import (
    church_grounds,
    city_committee_field,
    field_elsewhere,
    is_place_name,
    misread_place_mentions,
    nickname_mentions,
    place_mentions,
    respellings,
    saint_spellings,
    sweden_municipalities,
    without_places_elsewhere,
)
from bilagor.extractor.districts.police import police_mentions
from bilagor.extractor.districts.paths import from_path

__all__ = [
    "DISTRICTS",
    "District",
    "as_of",
    "canonical",
    "covered_by",
    "existed_in",
    "fuzzy_canonical",
    "fuzzy_match",
    "merged_into",
    "name_key",
    "ocr_readings",
    "today",
    "undo_ocr",
    "undo_ocr_l",
    "Mention",
    "committee_mentions",
    "mentions",
    "plural_committee_mentions",
    "reported_districts",
    "running_committees",
    "gazetteer_places",
    "municipalities",
    "church_grounds",
    "city_committee_field",
    "field_elsewhere",
    "is_place_name",
    "misread_place_mentions",
    "nickname_mentions",
    "place_mentions",
    "respellings",
    "saint_spellings",
    "sweden_municipalities",
    "without_places_elsewhere",
    "police_mentions",
    "from_path",
]

"""Organisations no list holds, named by how such bodies build their names: a municipality's housing company
("Lidingöhem", "Vallentunahem", "Haninge Bostäder": the town's name with "hem", "byggen" or "bostäder"), and a
national organisation's regional unit written as its initialism and the city ("FUB Stockholm": the body, as the
annotation decisions name a regional unit).

Pure: `patterns()` returns plain EntityRuler pattern dicts built from the municipalities the place gazetteer
lists, `name_of()` turns a matched span into (name, kind) or None.
"""

from __future__ import annotations

import re

HOUSING_COMPANY_ID = "rule:housing_company"  # "Lidingöhem", "Haninge Bostäder"
REGIONAL_UNIT_ID = "rule:regional_unit"  # "FUB Stockholm"
IDS = (HOUSING_COMPANY_ID, REGIONAL_UNIT_ID)

# The words a municipal housing company's name ends with after its town's ("Sollentunahem", "Botkyrkabyggen",
# "Tyresö Bostäder").
_HOUSING_TAILS = ("hem", "byggen", "bostäder")
# Capitals that are no organisation's initialism before "Stockholm": the city's own committee and police
# abbreviations, a heading's words in capitals, and technical words ("LED Stockholm" on a lamp's label).
_NOT_INITIALISMS = frozenset(
    "SDF SDN SDO LPO KF KS AB HB KB LED GPS CCTV IT OCH FÖR MED SAMT PLATS PROJEKT BILAGA DNR RAPPORT".split()
)


def patterns(municipalities: list[str]) -> list[dict]:
    """EntityRuler patterns for `municipalities`' housing companies and for initialisms' regional units. Every
    form is spelled out for a set lookup, and the initialism is told by token attributes: a regular expression
    tried at every token made the whole entity step a fifth slower (bench/bench_entities.py)."""
    towns = [m for m in municipalities if " " not in m and "-" not in m]
    compounds = [
        f"{town}{link}{tail}{end}"
        for town in towns
        for link in ("", "s")
        for tail in _HOUSING_TAILS
        for end in ("", "s", ":s")
    ]
    return [
        {"label": "ORG", "pattern": [{"ORTH": {"IN": compounds}}], "id": HOUSING_COMPANY_ID},
        {
            "label": "ORG",
            "pattern": [
                {"ORTH": {"IN": towns + [f"{t}s" for t in towns]}},
                {"ORTH": {"IN": ["Bostäder", "Bostäders"]}},
            ],
            "id": HOUSING_COMPANY_ID,
        },
        {
            "label": "ORG",
            "pattern": [
                {
                    "IS_UPPER": True,
                    "IS_ALPHA": True,
                    "LENGTH": {">=": 3, "<=": 6},
                    "ORTH": {"NOT_IN": sorted(_NOT_INITIALISMS)},
                },
                {"ORTH": {"IN": ["Stockholm", "Stockholms"]}},
            ],
            "id": REGIONAL_UNIT_ID,
        },
    ]


def name_of(text: str, rule_id: str) -> tuple[str, str] | None:
    """(name, kind) of a span a pattern here matched: the housing company without its genitive, the body of a
    regional unit ("FUB Stockholm" -> "FUB")."""
    words = text.split()
    if rule_id == HOUSING_COMPANY_ID:
        last = re.sub(r"(?::s|(?<=[a-zåäö])s)$", "", words[-1])
        first = words[0][:-1] if len(words) == 2 and words[0].endswith("s") else words[0]
        return " ".join([first, last] if len(words) == 2 else [last]), "bolag"
    if rule_id == REGIONAL_UNIT_ID:
        return words[0], "forening"
    return None

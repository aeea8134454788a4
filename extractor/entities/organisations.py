"""Organisations: the gazetteer, the matcher patterns built from it, and the
pure rules that turn a matched span into one canonical organisation.

No spaCy here: `ruler_patterns()` returns plain dicts for spaCy's EntityRuler
and `canonicalise()` / `aggregate()` work on strings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilagor.extractor import districts
from bilagor.extractor.record import Organisation

GAZETTEER_FILE = "organisations.json"

# Ids carried by EntityRuler patterns; the part after ":" says which rule fired.
GAZETTEER_ID = "gazetteer:"
DISTRICT_ID = "district:"
OFFICE_ID = "rule:office"  # "Idrottsförvaltningen", "Valnämnden"
COMPANY_ID = "rule:company"  # "Securitas AB", "AB Fortifikationsverket"
FOUNDATION_ID = "rule:foundation"  # "Stiftelsen Fryshuset"
ASSOCIATION_ID = "rule:association"  # "Föreningen Vi i Husby", "Skärholmens Fastighetsägare"
MODEL_ID = "model:ner"  # ORG from an optional trained spaCy model

_CAP = r"^[A-ZÅÄÖÉ][\wåäöÅÄÖé&:.\-]*$"
# Local police areas that are not district names.
POLICE_AREAS = ("City", "Västerort", "Söderort", "Globen", "Huddinge", "Nacka", "Solna")
# Capitalised words that start a sentence rather than a company name.
LEADING_NON_NAMES = frozenset(
    "det den de dessa en ett under efter enligt med av för i på och samt till från genom via "
    "därefter sedan även också både projektet staden nämnden förvaltningen bolaget firman "
    "företaget leverantören entreprenören upphandlade anlitade kontakt avtal samverkan "
    "tillsammans ansvarig ansvarar utförare".split()
)


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    raw = json.loads(resources.files(__package__).joinpath(GAZETTEER_FILE).read_text(encoding="utf-8"))
    return tuple(
        GazetteerEntry(o["name"], o["kind"], tuple(o.get("aliases", ())), tuple(o.get("abbreviations", ())))
        for o in raw["organisations"]
    )


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def strip_genitive(text: str) -> str:
    """'Trafikkontorets' -> 'Trafikkontoret', 'SLK:s' -> 'SLK'."""
    if text.endswith(":s"):
        return text[:-2]
    if re.search(r"(?:ets|ens|ns|ts|ds|ks|bs|ms|rs|ls|es|gs|ås|äs|as)$", text) and not text.endswith("ss"):
        return text[:-1]
    return text


@lru_cache(maxsize=1)
def alias_index() -> dict[str, GazetteerEntry]:
    """Normalised alias (and abbreviation) -> entry."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases, *entry.abbreviations):
            index.setdefault(normalise(form), entry)
    return index


def lookup(text: str) -> GazetteerEntry | None:
    key = normalise(text)
    index = alias_index()
    return index.get(key) or index.get(normalise(strip_genitive(" ".join(text.split()))))


def _with_genitive(form: str) -> list[str]:
    return [form] if form.endswith("s") else [form, form + "s"]


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns: gazetteer phrases, district committees, rules."""
    patterns: list[dict] = []
    for entry in gazetteer():
        for alias in entry.aliases:
            for form in _with_genitive(alias):
                patterns.append({"label": "ORG", "pattern": form, "id": GAZETTEER_ID + entry.name})
        for abbr in entry.abbreviations:
            for form in (abbr, abbr + ":s"):
                patterns.append({"label": "ORG", "pattern": [{"ORTH": form}], "id": GAZETTEER_ID + entry.name})
    patterns += _district_patterns()
    patterns += _rule_patterns()
    return patterns


def _district_patterns() -> list[dict]:
    patterns: list[dict] = []
    for d in districts.DISTRICTS:
        forms = {d.name, d.genitive}
        phrases = set()
        for form in forms:
            for noun in ("stadsdelsnämnd", "stadsdelsförvaltning", "stadsdelsområde"):
                for suffix in ("", "s", "en", "ens", "et", "ets"):
                    phrases.add(f"{form} {noun}{suffix}")
            for abbr in ("SDN", "SDF", "SDN:s", "SDF:s"):
                phrases.add(f"{form} {abbr}")
        for prefix in ("SDN", "SDF", "stadsdelsområde", "stadsdelsområdet", "stadsdelsnämnden",
                       "stadsdelsförvaltningen", "stadsdelsnämnden i", "stadsdelsförvaltningen i",
                       "stadsdelsförvaltningen för", "stadsdelsnämnden för"):
            phrases.add(f"{prefix} {d.name}")
        patterns += [{"label": "ORG", "pattern": p, "id": DISTRICT_ID + d.name} for p in sorted(phrases)]
        for prefix in ("lokalpolisområde", "lokalpolisområdet", "polisområde"):
            patterns.append({"label": "ORG", "pattern": f"{prefix} {d.name}", "id": GAZETTEER_ID + "Polisen"})
    for area in POLICE_AREAS:
        for prefix in ("lokalpolisområde", "lokalpolisområdet", "polisområde"):
            patterns.append({"label": "ORG", "pattern": f"{prefix} {area}", "id": GAZETTEER_ID + "Polisen"})
    patterns.append({"label": "ORG", "pattern": [{"LOWER": {"IN": ["lokalpolisområdet", "lokalpolisområde"]}}],
                     "id": GAZETTEER_ID + "Polisen"})
    return patterns


def _rule_patterns() -> list[dict]:
    cap = {"TEXT": {"REGEX": _CAP}}
    office = {"LOWER": {"REGEX": r"^(?!(?:stadsdels|kommun|huvud|lokal|region)?(?:förvaltningen|nämnden|kontoret)s?$)"
                                 r"[a-zåäöé]+(?:kontoret|förvaltningen|nämnden)s?$"}}
    ab = {"ORTH": {"IN": ["AB", "AB:s"]}}
    return [
        {"label": "ORG", "pattern": [office], "id": OFFICE_ID},
        {"label": "ORG", "pattern": [cap, ab], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [cap, cap, ab], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [{"ORTH": "AB"}, cap], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [{"ORTH": "AB"}, cap, cap], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [{"LOWER": "stiftelsen"}, cap], "id": FOUNDATION_ID},
        {"label": "ORG", "pattern": [{"LOWER": "stiftelsen"}, cap, cap], "id": FOUNDATION_ID},
        {"label": "ORG", "pattern": [{"LOWER": "föreningen"}, cap], "id": ASSOCIATION_ID},
        {"label": "ORG", "pattern": [{"LOWER": "föreningen"}, cap, cap], "id": ASSOCIATION_ID},
        {"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\wåäö\-]*$"}},
                                     {"TEXT": {"REGEX": "^Fastighetsägare(?:s|n|ns)?$"}}], "id": ASSOCIATION_ID},
        {"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^Fastighetsägarna?s?$"}}, cap], "id": ASSOCIATION_ID},
    ]


def district_committee(name: str, year: int | None) -> str:
    """'Norrmalm' -> 'Norrmalms stadsdelsnämnd' (as named in `year`)."""
    current = districts.as_of(name, year)
    genitive = next(d.genitive for d in districts.DISTRICTS if d.name == current)
    return f"{genitive} stadsdelsnämnd"


def trim_leading(text: str) -> str:
    """'Enligt Avarn AB' -> 'Avarn AB': drop capitalised sentence openers."""
    words = text.split()
    while len(words) > 1 and words[0].casefold() in LEADING_NON_NAMES:
        words = words[1:]
    return " ".join(words)


def _company_name(text: str) -> str | None:
    words = [w[:-2] if w.endswith(":s") else w for w in trim_leading(text).split()]
    if not [w for w in words if w != "AB"]:
        return None
    return " ".join(words)


def canonicalise(text: str, rule_id: str, year: int | None = None) -> tuple[str, str] | None:
    """(canonical name, kind) for a matched span, or None if it names nothing."""
    entry = lookup(text)
    if entry:
        return entry.name, entry.kind
    if rule_id.startswith(GAZETTEER_ID):
        entry = next((e for e in gazetteer() if e.name == rule_id[len(GAZETTEER_ID):]), None)
        return (entry.name, entry.kind) if entry else None
    if rule_id.startswith(DISTRICT_ID):
        return district_committee(rule_id[len(DISTRICT_ID):], year), "stadsdel"
    flat = " ".join(text.split())
    if rule_id == OFFICE_ID:
        word = strip_genitive(flat)
        return word[:1].upper() + word[1:].lower(), "forvaltning"
    if rule_id == COMPANY_ID:
        name = _company_name(flat)
        if not name:
            return None
        entry = lookup(re.sub(r"^AB\s+|\s+AB$", "", name))
        return (entry.name, entry.kind) if entry else (name, "bolag")
    if rule_id == FOUNDATION_ID:
        return strip_genitive(flat), "annan"
    if rule_id == ASSOCIATION_ID:
        return strip_genitive(flat) if flat.startswith(("Föreningen", "Fastighetsägarna")) else flat, "forening"
    if rule_id == MODEL_ID:
        return flat, "annan"
    return None


def aggregate(found: list[tuple[str, str, str]]) -> list[Organisation]:
    """Merge (canonical name, kind, text as written) mentions, in first-seen order."""
    merged: dict[str, Organisation] = {}
    for name, kind, written in found:
        org = merged.setdefault(name, Organisation(name, kind, [], 0))
        form = trim_leading(written)
        if form not in org.mentions:
            org.mentions.append(form)
        org.count += 1
    return list(merged.values())

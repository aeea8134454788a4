"""Organisations: the gazetteer, the matcher patterns built from it, and the
pure rules that turn a matched span into one canonical organisation.

No spaCy here: `ruler_patterns()` returns plain dicts for spaCy's EntityRuler
and `canonicalise()` / `aggregate()` work on strings.
"""

from __future__ import annotations

from typing import Any

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilagor.extractor import districts
from bilagor.extractor.entities import organisation_appositions, organisation_heads, organisation_local_bodies
from bilagor.extractor.record import Organisation

GAZETTEER_FILE = "organisations.json"

# Ids carried by EntityRuler patterns; the part after ":" says which rule fired.
GAZETTEER_ID = "gazetteer:"
DISTRICT_ID = "district:"
OFFICE_ID = "rule:office"  # "Idrottsförvaltningen", "Valnämnden"
COMPANY_ID = "rule:company"  # "Securitas AB", "AB Fortifikationsverket"
AGENCY_ID = "rule:agency"  # "Folkhälsomyndigheten", "Tillväxtverket"
COORDINATED_ID = "rule:coordinated"  # "Trafik- och renhållningsnämnden", kept whole
FIELD_COMMITTEE_ID = "rule:field_committee"  # "Tekniska nämnden", "Sociala förvaltningen"
MUNICIPALITY_ID = "rule:municipality"  # "Huddinge kommun", "Solna stad", "Region Uppsala"
FEDERATION_ID = "rule:federation"  # "Riksidrottsförbundet", "Svenska Kommunförbundet"
FOUNDATION_ID = "rule:foundation"  # "Stiftelsen Fryshuset"
ASSOCIATION_ID = "rule:association"  # "Föreningen Vi i Husby", "Skärholmens Fastighetsägare"
BRANCH_ID = "rule:branch"  # "Hyresgästföreningen Region Stockholm": the association, not the region
CITY_UNIT_ID = "rule:city_unit"  # "Stockholms stads trafikkontor": the city's office or committee, formally
PARISH_ID = "rule:parish"  # "Farsta församling", "Sankt Görans församling"
HOUSING_ID = "rule:housing"  # "Bostadsrättsföreningen Solrosen", "Brf Solrosen"
CLUB_ID = "rule:club"  # "Hammarby IF", "IF Brommapojkarna", "Spånga IS"
UNIVERSITY_ID = "rule:university"  # "Stockholms universitet", "Södertörns högskola"
MODEL_ID = "model:ner"  # ORG from an optional trained spaCy model

_CAP = r"^[A-ZÅÄÖÉ][\wåäöÅÄÖé&:.\-]*$"
# Local police areas that are not district names.
POLICE_AREAS = ("City", "Västerort", "Söderort", "Globen", "Huddinge", "Nacka", "Solna")
# Capitalised words that start a sentence rather than a company name.
LEADING_NON_NAMES = frozenset(
    "det den de dessa en ett under efter enligt med av för i på och samt till från genom via "
    "därefter sedan även också både samma varje detta projektet staden nämnden förvaltningen bolaget firman "
    "företaget leverantören entreprenören upphandlade anlitade kontakt avtal samverkan "
    "tillsammans ansvarig ansvarar utförare".split()
)


# Common nouns that end like an agency's name ("Konstverket invigdes", "Tillsynsmyndigheten ska",
# "Projektstyrelsen möttes", "Hissinspektionen").
COMMON_AGENCY_WORDS = frozenset(
    f"{stem}{tail}"
    for tail in ("verket", "myndigheten")
    for stem in "konst nät hant kraft värme renings vatten ställ fyr ur såg regel ram under mäster plank "
    "stöd tak trä lövs löv blad kärnkraft vind tryck spel ord räcke bygg el "
    "tillsyns tillstånds expert förvaltnings stats central sektors huvud ansvarig".split()
) | frozenset(
    f"{stem}{tail}"
    for tail in ("styrelsen", "inspektionen")
    for stem in "projekt bolags förenings lokal skol interim sam led fack kommun region bostads fastighets "
    "brand el hiss huvud ny".split()
)
# Offices that are a kind of office rather than one body ("i medborgarkontoret", "det nya
# servicekontoret"): the district's citizens' office, a housing company's local office.
COMMON_OFFICE_WORDS = frozenset(
    f"{stem}kontoret"
    for stem in "medborgar service lokal fält projekt bygg byggplats kund områdes bostads uthyrnings "
    "förvaltnings plats besöks informations".split()
)
# A sports club's form, after its name ("Hammarby IF", "Spånga IS", "Älvsjö AIK") or before it ("IF Brommapojkarna").
# ... and a handball, table-tennis, golf, riding, canoe or floorball club's ("Bagarmossen HK", "Spånga BTK").
CLUB_AFTER = r"^(?:IF|IK|BK|FF|SK|IS|FC|FK|SC|HK|BTK|GK|RK|KK|FBC|IBF|AIK|IBK|GIF|BoIS|SoIK)(?::s)?$"
CLUB_BEFORE = ("IF", "IK", "IFK", "BK", "FC", "FK")
# Latinate adjectives of scope or manner, not of a field: "Lokala förvaltningen", "Centrala nämnden"
# describe a committee, as "Tekniska nämnden" names one.
_SCOPE_ADJECTIVES = [
    w.capitalize()
    for w in "lokala centrala regionala kommunala nationella globala totala normala generella aktuella formella "
    "speciella ideella officiella ordinära".split()
]
# A company's legal form, dropped from its name (README.md, "Annotation decisions").
LEGAL_FORMS = ("AB", "HB", "KB")
# The compass words of a region's two-word name ("Region Västra Götaland").
COMPASS = ("Västra", "Östra", "Norra", "Södra", "Mellersta")
# Capitalised words before "kommun"/"stad" that are not a municipality's name.
NOT_MUNICIPALITIES = frozenset(
    "stockholm stockholms vår varje denna samma annan en ett hela egen "
    "min din vilken någon ingen berörd berörda".split()
)


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    names: tuple[str, ...] = ()  # proper names that are also common phrases: matched only as written
    # Official short forms that also stand for other things ("RF", "SV"): a body only beside a cue
    # (organisation_short_forms), never by a lookup.
    short_forms: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    raw = json.loads(resources.files(__package__).joinpath(GAZETTEER_FILE).read_text(encoding="utf-8"))
    return tuple(
        GazetteerEntry(
            o["name"],
            o["kind"],
            tuple(o.get("aliases", ())),
            tuple(o.get("abbreviations", ())),
            tuple(o.get("names", ())),
            tuple(o.get("short_forms", ())),
        )
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
        for form in (entry.name, *entry.aliases, *entry.abbreviations, *entry.names):
            index.setdefault(normalise(form), entry)
    return index


@lru_cache(maxsize=1)
def one_word_forms() -> dict[str, tuple[str, str]]:
    """Each capitalised one-word form of a listed body, exactly as written ("Brå", "SISAB", "Stokab")
    -> (name, kind): what may open a hyphenated compound that names the body."""
    forms: dict[str, tuple[str, str]] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases, *entry.abbreviations, *entry.names):
            if " " not in form and form[:1].isupper():
                forms.setdefault(form, (entry.name, entry.kind))
    return forms


@lru_cache(maxsize=1)
def short_forms() -> dict[str, tuple[str, str]]:
    """Each listed body's official short form that needs a cue to name it ("RF", "SV") -> (name, kind)."""
    return {form: (entry.name, entry.kind) for entry in gazetteer() for form in entry.short_forms}


@lru_cache(maxsize=1)
def listed_forms() -> tuple[tuple[str, str, str], ...]:
    """(form, name, kind) of each listed body's name and aliases: what an initialism may spell. A body whose short
    form is listed goes by that one (Namnvårdsgruppen: one short form for one name), so its letters spell no other."""
    return tuple(
        (form, entry.name, entry.kind)
        for entry in gazetteer()
        if not entry.abbreviations and not entry.short_forms
        for form in {entry.name, *entry.aliases}
    )


# Kind words that open a body's full name and that a text may leave out ("Stiftelsen Fryshuset" written
# "Fryshuset", "Studieförbundet Ibn Rushd" written "Ibn Rushd").
KIND_WORDS = ("Stiftelsen", "Studieförbundet")


def name_as_written(name: str, text: str, before: str = "") -> str:
    """A body's name as the text writes it: without its kind word when the span opens with the rest of the
    name and the kind word is not just before it ("Fryshuset har ..." -> "Fryshuset"; an abbreviation still
    expands), as the writers of the fresh sets named such bodies (o16-082, o17-138, t9o-007, o18-187, o19-013,
    o19-187); `aggregate` joins the two forms of one text."""
    flat = " ".join(text.split()).casefold()
    for word in KIND_WORDS:
        proper = name.removeprefix(word + " ")
        written_before = re.search(rf"{word}\s*$", before, re.IGNORECASE)
        if proper != name and flat.startswith(proper.casefold()) and not written_before:
            return proper
    return name


def lookup(text: str) -> GazetteerEntry | None:
    key = normalise(text)
    index = alias_index()
    return index.get(key) or index.get(normalise(strip_genitive(" ".join(text.split()))))


def _with_genitive(form: str) -> list[str]:
    """The form and its genitive: "-s", or ":s" after a name that ends in a sibilant ("Securitas:s"); a name
    that ends in a capital takes either ("IOGT-NTO:s", as Swedish writes an initialism's, or "SISABs")."""
    if form.endswith(("s", "x", "z")):
        return [form, form + ":s"]
    return [form, form + "s", form + ":s"] if form[-1:].isupper() else [form, form + "s"]


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns: gazetteer phrases, district committees, rules."""
    patterns: list[dict] = []
    for entry in gazetteer():
        for alias in entry.aliases:
            for form in _with_genitive(alias):
                patterns.append({"label": "ORG", "pattern": form, "id": GAZETTEER_ID + entry.name})
        for abbr in entry.abbreviations:
            # "SLK:s"; a word-like abbreviation also takes a plain -s ("Brås").
            for form in (abbr, abbr + ":s", *([abbr + "s"] if not abbr.isupper() and not abbr.endswith("s") else [])):
                patterns.append({"label": "ORG", "pattern": [{"ORTH": form}], "id": GAZETTEER_ID + entry.name})
        for proper in entry.names:
            # "Brottsförebyggande rådet", not "det lokala brottsförebyggande rådet".
            first, *rest = proper.split()
            # A one-word name takes its genitive as written ("Korpens", "Läxhjälpens"), as a longer one's last word does.
            opening = {"ORTH": first} if rest else {"ORTH": {"IN": _with_genitive(first)}}
            tokens: list[dict[str, Any]] = [opening] + [{"LOWER": w.casefold()} for w in rest[:-1]]
            if rest:
                tokens.append({"LOWER": {"IN": [rest[-1].casefold(), rest[-1].casefold() + "s"]}})
            patterns.append({"label": "ORG", "pattern": tokens, "id": GAZETTEER_ID + entry.name})
    patterns += _district_patterns()
    patterns += _rule_patterns()
    patterns += organisation_heads.head_patterns()
    patterns += organisation_local_bodies.patterns(districts.municipalities())
    patterns.append(organisation_appositions.apposition_pattern())
    return patterns


def _district_patterns() -> list[dict]:
    """Local police areas -> Polisen. District committees are found by the shared
    grammar (districts.committee_mentions) in a pipeline component of their own."""
    patterns: list[dict] = []
    for area in (*(d.name for d in districts.DISTRICTS), *POLICE_AREAS):
        for prefix in ("lokalpolisområde", "lokalpolisområdet", "polisområde"):
            patterns.append({"label": "ORG", "pattern": f"{prefix} {area}", "id": GAZETTEER_ID + "Polisen"})
    patterns.append(
        {
            "label": "ORG",
            "pattern": [{"LOWER": {"IN": ["lokalpolisområdet", "lokalpolisområde"]}}],
            "id": GAZETTEER_ID + "Polisen",
        }
    )
    # The police's districts before 2015: "Söderorts polismästardistrikt", "polisdistriktet".
    patterns.append(
        {
            "label": "ORG",
            "pattern": [{"LOWER": {"REGEX": r"^(?:polismästar|polis)distrikt(?:et)?s?$"}}],
            "id": GAZETTEER_ID + "Polisen",
        }
    )
    # A local police as one compound: "Järvapolisen", "Söderortspolisen" (the gazetteer's own names,
    # "Säkerhetspolisen", are looked up first).
    patterns.append(
        {
            "label": "ORG",
            "pattern": [{"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö\-]{2,}polisens?$"}}],
            "id": GAZETTEER_ID + "Polisen",
        }
    )
    # Any named police area is the police: "LPO Farsta", "närpolisområde Skarpnäck", "polisområde Stockholm syd".
    area_noun = {
        "LOWER": {"IN": [f"{kind}polisområde{end}" for kind in ("", "när", "lokal") for end in ("", "t")] + ["lpo"]}
    }
    patterns.append({"label": "ORG", "pattern": [area_noun, {"TEXT": {"REGEX": _CAP}}], "id": GAZETTEER_ID + "Polisen"})
    return patterns


def _rule_patterns() -> list[dict]:
    cap = {"TEXT": {"REGEX": _CAP}}
    office = {
        "LOWER": {
            "REGEX": r"^(?!(?:stadsdels|kommun|huvud|lokal|region)?(?:förvaltningen|nämnden|kontoret)s?$)"
            r"[a-zåäöé]+(?:kontoret|förvaltningen|nämnden)s?$"
        }
    }
    ampersand = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\wåäö]*&[A-ZÅÄÖ][\wåäö]*(?::s)?$"}}
    firm_word = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\wåäöé]*$"}}  # no hyphen: "Sol & Vind-projektet" is a project
    # ... and a trading or limited partnership's ("Nordströms Måleri HB", "Hemvist Fastigheter KB").
    ab = {"ORTH": {"IN": [f"{form}{end}" for form in LEGAL_FORMS for end in ("", ":s")]}}
    # "Folkhälsomyndigheten", and with a one-letter prefix and a hyphen: "E-hälsomyndigheten";
    # the government's departments too ("Justitiedepartementet").
    agency = {
        "TEXT": {
            "REGEX": r"^(?:[A-ZÅÄÖ][a-zåäö]{2,}|[A-ZÅÄÖ]-[a-zåäö]{2,})"
            r"(?:myndigheten|styrelsen|inspektionen|departementet|institutet)s?$"
        }
    }
    # No "-verket" here: far more works than agencies end so ("Stålverket", "Pumpverket", "Värtaverket"),
    # and the agencies that do are a closed set the gazetteer lists (organisations.json) -- except
    # a national one, whose name says so: "Riksförsäkringsverket", "Rikstrafikverket" (no work is "Riks-").
    national_works = {"TEXT": {"REGEX": r"^Riks[a-zåäö]{3,}verkets?$"}}
    # A state body named "Statens <body noun>": "Statens haverikommission", "Statens servicecenter",
    # "Statens medieråds" (never "Statens regler", "Statens bidrag").
    state_body = {
        "LOWER": {
            "REGEX": r"^[a-zåäö]+(?:kommission|institut|center|verk|råd|nämnd|inspektion|styrelse|museer|byrå|ämbete)"
            r"(?:en|et)?s?$"
        }
    }
    first_part = {"TEXT": {"REGEX": r"^[A-ZÅÄÖa-zåäö][a-zåäö]+-$"}}  # "Trafik-", "kultur-"
    # Any body's coordinated name: "Miljö- och hälsoskyddsnämnden", "Havs- och vattenmyndigheten",
    # "Ekonomi- och trygghetsutskottet".
    unit = {
        "LOWER": {
            "REGEX": r"^[a-zåäöé]+(?:kontoret|förvaltningen|nämnden|nämnd|förvaltning|myndigheten|verket"
            r"|styrelsen|utskottet|inspektionen)s?$"
        }
    }
    municipality = {"LOWER": {"IN": ["kommun", "kommuns", "stad", "stads"]}}
    place = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+$"}}
    # Stockholm itself is never tagged as a municipality ("Stockholms stad"), so it starts none:
    # "Enligt Stockholms stads" must not hide "Stockholms stads miljöförvaltning".
    # ... with a hyphen inside: "Upplands-Bro kommun".
    town = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?$", "NOT_IN": ["Stockholm", "Stockholms"]}}
    # "Stockholms stads trafikkontor", "... miljöförvaltning", "... idrottsnämnds" (not a district administration).
    city_unit = {"LOWER": {"REGEX": r"^(?!stadsdels)[a-zåäö]+(?:kontor|förvaltning|nämnd)s?$"}}
    parish = {"LOWER": {"IN": ["församling", "församlings"]}}
    housing = {"LOWER": {"IN": ["bostadsrättsföreningen", "bostadsrättsföreningens", "brf"]}}
    university = {"LOWER": {"IN": ["universitet", "universitets", "högskola", "högskolas"]}}
    # A federation's name: a compound in "-förbundet", with the national or city modifier it is
    # written with ("Svenska Kommunförbundet", "Stockholms Idrottsförbundet"); a bare "Förbundet" names none.
    federation = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]{2,}förbundet(?:s|:s)?$"}}
    federation_modifier = {"ORTH": {"IN": ["Svenska", "Sveriges", "Stockholms"]}}
    federation_or_bare = {"TEXT": {"REGEX": r"^(?:[A-ZÅÄÖ][a-zåäö]{2,}f|F)örbundet$"}}
    abbreviation = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ]{2,6}(?::s)?$", "NOT_IN": list(LEGAL_FORMS)}}
    return [
        {"label": "ORG", "pattern": [federation], "id": FEDERATION_ID},
        {"label": "ORG", "pattern": [federation_modifier, federation], "id": FEDERATION_ID},
        # A federation named by its short form after the head: "Riksförbundet FUB", "Förbundet SKPF".
        {"label": "ORG", "pattern": [federation_or_bare, abbreviation], "id": FEDERATION_ID},
        {"label": "ORG", "pattern": [{"LOWER": "stockholms"}, {"LOWER": "stads"}, city_unit], "id": CITY_UNIT_ID},
        {"label": "ORG", "pattern": [office], "id": OFFICE_ID},
        {"label": "ORG", "pattern": [agency], "id": AGENCY_ID},
        {"label": "ORG", "pattern": [national_works], "id": AGENCY_ID},
        {"label": "ORG", "pattern": [{"ORTH": "Statens"}, state_body], "id": AGENCY_ID},
        {"label": "ORG", "pattern": [first_part, {"LOWER": "och"}, unit], "id": COORDINATED_ID},
        # A committee named by its field, a Latinate adjective written with a capital as a name is
        # ("Tekniska nämnden i Huddinge", "Sociala förvaltningen"); "den tekniska nämnden", "Berörda
        # nämnden" and "Nya nämnden" describe one.
        {
            "label": "ORG",
            "pattern": [
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+(?:iska|ala|ella|ära)$", "NOT_IN": _SCOPE_ADJECTIVES}},
                {"LOWER": {"IN": ["nämnden", "nämndens", "förvaltningen", "förvaltningens"]}},
            ],
            "id": FIELD_COMMITTEE_ID,
        },
        {"label": "ORG", "pattern": [town, municipality], "id": MUNICIPALITY_ID},
        {"label": "ORG", "pattern": [town, town, municipality], "id": MUNICIPALITY_ID},
        {"label": "ORG", "pattern": [{"ORTH": "Region"}, place], "id": MUNICIPALITY_ID},
        {
            "label": "ORG",
            "pattern": [{"ORTH": "Region"}, {"ORTH": {"IN": list(COMPASS)}}, place],
            "id": MUNICIPALITY_ID,
        },
        # A parish as it writes itself: "Farsta församling", "Sankt Görans församling", "Hedvig Eleonora församling".
        {"label": "ORG", "pattern": [cap, parish], "id": PARISH_ID},
        {"label": "ORG", "pattern": [cap, cap, parish], "id": PARISH_ID},
        {"label": "ORG", "pattern": [housing, cap], "id": HOUSING_ID},
        {"label": "ORG", "pattern": [housing, cap, cap], "id": HOUSING_ID},
        {"label": "ORG", "pattern": [housing, cap, {"TEXT": {"REGEX": r"^\d+$"}}], "id": HOUSING_ID},  # "Kransen 3"
        {"label": "ORG", "pattern": [cap, university], "id": UNIVERSITY_ID},
        {"label": "ORG", "pattern": [cap, {"TEXT": {"REGEX": CLUB_AFTER}}], "id": CLUB_ID},
        # Two places together: "Bagarmossen Kärrtorp BK" (a club of two neighbourhoods).
        {"label": "ORG", "pattern": [cap, cap, {"TEXT": {"REGEX": CLUB_AFTER}}], "id": CLUB_ID},
        {"label": "ORG", "pattern": [{"ORTH": {"IN": list(CLUB_BEFORE)}}, cap], "id": CLUB_ID},
        {"label": "ORG", "pattern": [cap, ab], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [cap, cap, ab], "id": COMPANY_ID},
        # A listed firm's subsidiary under its full legal name: "Coor Service Management AB" (see _company).
        {"label": "ORG", "pattern": [cap, cap, cap, ab], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [{"ORTH": "AB"}, cap], "id": COMPANY_ID},
        # A firm's name of two capitalised words joined by an ampersand, kept as written ("Ernst & Young",
        # "Lindahl & Co", "H&M"); a legal form after it is dropped as elsewhere.
        {"label": "ORG", "pattern": [firm_word, {"ORTH": "&"}, firm_word], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [firm_word, {"ORTH": "&"}, firm_word, ab], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [ampersand], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [ampersand, ab], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [{"ORTH": "AB"}, cap, cap], "id": COMPANY_ID},
        {"label": "ORG", "pattern": [{"LOWER": "stiftelsen"}, cap], "id": FOUNDATION_ID},
        {"label": "ORG", "pattern": [{"LOWER": "stiftelsen"}, cap, cap], "id": FOUNDATION_ID},
        # ... and three: "Stiftelsen Min Stora Dag" (a name of one or two words ended before the third).
        {"label": "ORG", "pattern": [{"LOWER": "stiftelsen"}, cap, cap, cap], "id": FOUNDATION_ID},
        # A definite noun's genitive and what it governs: "Stiftelsen Ungdomens hus" (checked by canonicalise).
        {
            "label": "ORG",
            "pattern": [
                {"LOWER": "stiftelsen"},
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+s$"}},
                {"TEXT": {"REGEX": r"^[a-zåäö]+$"}},
            ],
            "id": FOUNDATION_ID,
        },
        # A name that holds where the foundation belongs, in the genitive: "Stiftelsen Stockholms läns
        # Äldrecentrum", "Stiftelsen Solna stads Ungdomsfond" (the lower-case "läns" would end the name).
        {
            "label": "ORG",
            "pattern": [{"LOWER": "stiftelsen"}, cap, {"LOWER": {"IN": ["läns", "stads", "kommuns"]}}, cap],
            "id": FOUNDATION_ID,
        },
        {"label": "ORG", "pattern": [{"LOWER": "föreningen"}, cap], "id": ASSOCIATION_ID},
        {"label": "ORG", "pattern": [{"LOWER": "föreningen"}, cap, cap], "id": ASSOCIATION_ID},
        # A place's genitive and what it governs: "Föreningen Hökarängens vänner" (the noun is checked
        # by canonicalise; a body's genitive before it is the body's own: "Föreningen Nattvandrarnas medlemmar").
        {
            "label": "ORG",
            "pattern": [
                {"LOWER": "föreningen"},
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+s$"}},
                {"TEXT": {"REGEX": r"^[a-zåäö]{3,}$"}},
            ],
            "id": ASSOCIATION_ID,
        },
        # A name with "och" inside: "Föreningen Hem och Skola" (never "Föreningen X och Polisen").
        {
            "label": "ORG",
            "pattern": [{"LOWER": "föreningen"}, cap, {"LOWER": "och"}, _name_part()],
            "id": ASSOCIATION_ID,
        },
        # ... after any definite head too: "Riksförbundet Hem och Skola", "Kulturföreningen Ord och Bild".
        {
            "label": "ORG",
            "pattern": [organisation_heads.definite_head(), cap, {"LOWER": "och"}, _name_part()],
            "id": organisation_heads.NAMED_KIND_ID,
        },
        # A name with a lowercase preposition inside: "Föreningen Vi i Husby".
        {
            "label": "ORG",
            "pattern": [{"LOWER": "föreningen"}, cap, {"LOWER": {"IN": ["i", "på", "för"]}}, cap],
            "id": ASSOCIATION_ID,
        },
        # A regional branch: the span covers "Region Stockholm" so it is not also a region of its own.
        {
            "label": "ORG",
            "pattern": [
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+(?:föreningen|förbundet)s?$"}},
                {"LOWER": "region"},
                place,
            ],
            "id": BRANCH_ID,
        },
        {
            "label": "ORG",
            "pattern": [
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\wåäö\-]*$"}},
                {"TEXT": {"REGEX": "^Fastighetsägare(?:s|n|ns)?$"}},
            ],
            "id": ASSOCIATION_ID,
        },
        {"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^Fastighetsägarna?s?$"}}, cap], "id": ASSOCIATION_ID},
    ]


# Words that end a body's own name: a word after "och" in an association's name must not be one
# ("Föreningen Nattvandrarna och Polisen" names two bodies).
_BODY_WORD = r"(?:polisen|kontoret|förvaltningen|nämnden|verket|myndigheten|styrelsen|inspektionen|rådet|kommun|stad)"


def _name_part() -> dict:
    """A capitalised word that continues a name after "och": not a body of its own nor the first
    word of one (a gazetteer name or abbreviation, "Svenska" of "Svenska kyrkan", "Region", a word
    ending like an office, agency or municipality)."""
    forms = {f for e in gazetteer() for f in (e.name, *e.aliases, *e.abbreviations, *e.names)}
    firsts = {f.split()[0] for f in forms} | {"Region", "Stiftelsen", "Föreningen", "AB", *CLUB_BEFORE, *COMPASS}
    bodies = sorted({f for f in forms if " " not in f} | firsts)
    return {
        "TEXT": {
            "REGEX": rf"^(?![A-ZÅÄÖ][a-zåäö]*{_BODY_WORD}s?$)[A-ZÅÄÖ][a-zåäö]+$",
            "NOT_IN": bodies + [b[:1].upper() + b[1:] for b in bodies],
        }
    }


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
    """The company without its legal form: 'Securitas AB' -> 'Securitas', 'AB Elektro Nord' -> 'Elektro Nord',
    'Bergmans Måleri HB' -> 'Bergmans Måleri'."""
    words = [w[:-2] if w.endswith(":s") else w for w in trim_leading(text).split()]
    return " ".join(w for w in words if w not in LEGAL_FORMS) or None


def _parent_firm(name: str) -> GazetteerEntry | None:
    """The listed firm whose name opens a longer company name ("Coor Service Management" -> Coor, "Atrium
    Ljungberg Fastighets" -> Atrium Ljungberg, the longest that is listed): a subsidiary's legal name is the
    group's name and its line of business or town. Only a firm's: a place or an agency opening a company's name
    ("Stockholm Vatten") is not its owner."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        entry = lookup(" ".join(words[:size]))
        if entry and entry.kind == "bolag":
            return entry
    return None


def _named_with(text: str, noun: str) -> tuple[str, str] | None:
    """'Farsta församlings' -> 'Farsta församling'; None when only the noun is left ('Den församling')."""
    words = trim_leading(text).split()
    if len(words) < 2 or words[0].casefold() in LEADING_NON_NAMES:
        return None
    return " ".join(words[:-1] + [noun]), "forening"


# A lower-case word after a name that ends in -s and is no verb, conjunction or preposition: the thing the
# name owns ("IK Frejs ungdomar"), so the -s is a genitive ("IK Mars har" keeps its s).
_OWNED_AFTER = re.compile(
    r"^\s+(?!(?:och|samt|eller|har|hade|är|var|blev|ska|skulle|kommer|kan|som|i|på|med|för|till|från|av|om"
    r"|vid|under|efter|genom|deltog|deltar|tränar|spelar|fick|får)\b)[a-zåäö]"
)


# A finite verb right after a name: the name is the subject, so a final -s is its own, not a genitive.
_VERB_AFTER = re.compile(r"^\s+(?:har|hade|är|var|blev|ska|skulle|kommer|kan|fick|får)\b")


def _club(text: str, after: str = "") -> tuple[str, str] | None:
    """'Hammarby IF:s' -> 'Hammarby IF': a club as it writes itself; None for a bare form ('Både IF')."""
    words = trim_leading(text).split()
    words = [w[:-2] if w.endswith(":s") else w for w in words]
    if len(words) == 2 and words[0] in CLUB_BEFORE:  # "IF Brommapojkarnas flicklag": the club, not its genitive
        name = strip_genitive(words[1])
        # (a Latin name's -us is its nominative: "IFK Aspudden-Tellus bidrag", "IK Sirius")
        owns = name == words[1] and re.search(r"[^su]s$", name) and _OWNED_AFTER.match(after)
        words[1] = name[:-1] if owns else name
    if len(words) == 1:  # "Både AIK": the opener is gone, a listed club may be left
        entry = lookup(words[0])
        return (entry.name, entry.kind) if entry else None
    if len(words) < 2 or any(w.casefold() in LEADING_NON_NAMES for w in words):
        return None
    entry = lookup(" ".join(words))
    return (entry.name, entry.kind) if entry else (" ".join(words), "forening")


# "-förvaltningen" is also the work of managing something: "Parkförvaltningen av området",
# "Skogsförvaltningen sker med egen personal", "... har skett enligt skötselplanen". A body is not
# "of" something after its name, nor does it happen; nor is it done by someone else, in the passive
# ("Parkförvaltningen i området sköts av en entreprenör", "... på gården utförs av bolaget"), with
# where it is done between the noun and the verb.
_ACTIVITY_AFTER = re.compile(
    r"^\s+(?:av\b|(?:(?:i|p[aå]|inom|l[aä]ngs|kring|runt)\s+\S+(?:\s+\S+)?\s+)?"
    r"(?:(?:sker|skedde|p[aå]g[aå]r|p[aå]gick|sk[oö]ts|sk[oö]ttes|utf[oö]rs|utf[oö]rdes|bedrivs|bedrevs)\b"
    r"|(?:har|hade)\s+(?:skett|p[aå]g[aå]tt|sk[oö]tts|utf[oö]rts|bedrivits)\b))",
    re.IGNORECASE,
)


def _managing(word: str, after: str) -> bool:
    """Whether an office-like compound ('Parkförvaltningen') names the work of managing, not a body."""
    return word.casefold().endswith("förvaltningen") and _ACTIVITY_AFTER.match(after) is not None


# A venue named after a company or a body ("Tele2 Arena", "Telia Stadion", "Ericsson Globe"): a building, which
# names no organisation (README.md of the held-out sets: buildings are none).
VENUE_AFTER = re.compile(r"\s+(?:Arena|Arenan|Stadion|Stadium|Globe)(?![\w\-])")


# A council named by its kind or its short form, as the national one is, with a place of the city ("Brottsförebyggande
# rådet i Skärholmen", "Lokala Brå i Farsta", "Farsta BRÅ", "Brå Farsta"): that district's local council, which
# names no body (the sets' decisions); the national council has no local seats.
_IN_PLACE_AFTER = re.compile(r"\s+(?:(?:i|f[oö]r|p[aå])\s+)?([A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö]+)?)")
_PLACE_BEFORE = re.compile(r"([A-ZÅÄÖ][\w-]*?)s?\s+$")
_LOCAL_BEFORE = re.compile(r"\blokal[at]?\s+$", re.IGNORECASE)


def _local_council(name: str, after: str, before: str) -> bool:
    if not name.endswith(" rådet"):
        return False
    if _LOCAL_BEFORE.search(before):
        return True
    place_after, place_before = _IN_PLACE_AFTER.match(after), _PLACE_BEFORE.search(before)
    places = [m.group(1) for m in (place_after, place_before) if m]
    return any(districts.place_mentions(p) or districts.canonical(p) for p in places)


def canonicalise(
    text: str, rule_id: str, year: int | None = None, after: str = "", before: str = ""
) -> tuple[str, str] | None:
    """(canonical name, kind) for a matched span, or None if it names nothing; `after` is the text
    that follows the span and `before` the text before it (a few words are enough)."""
    if VENUE_AFTER.match(after):
        return None
    resolved = _canonical(text, rule_id, year, after, before)
    if resolved and _local_council(resolved[0], after, before):
        return None
    return (name_as_written(resolved[0], text, before), resolved[1]) if resolved else None


def _canonical(text: str, rule_id: str, year: int | None, after: str, before: str) -> tuple[str, str] | None:
    entry = lookup(text)
    if entry:
        return entry.name, entry.kind
    if rule_id in organisation_heads.HEAD_IDS:
        return _by_head(" ".join(text.split()), rule_id, before)
    if rule_id in organisation_local_bodies.IDS:
        named = organisation_local_bodies.name_of(text, rule_id)
        entry = lookup(named[0]) if named else None
        return (entry.name, entry.kind) if entry else named
    if rule_id == organisation_appositions.APPOSITION_ID:
        apposed = organisation_appositions.apposed_name(text, after)
        entry = lookup(apposed[0]) if apposed else None
        return (entry.name, entry.kind) if entry else apposed
    if rule_id.startswith(GAZETTEER_ID):
        entry = next((e for e in gazetteer() if e.name == rule_id[len(GAZETTEER_ID) :]), None)
        return (entry.name, entry.kind) if entry else None
    if rule_id.startswith(DISTRICT_ID):
        return district_committee(rule_id[len(DISTRICT_ID) :], year), "stadsdel"
    flat = " ".join(text.split())
    if rule_id == CITY_UNIT_ID:
        return _city_unit(flat.split()[-1])
    if rule_id == OFFICE_ID:
        word = strip_genitive(flat)
        if word.casefold() in COMMON_OFFICE_WORDS or _managing(word, after):
            return None
        # A district committee as one compound: "Östermalmsförvaltningen", "Järvanämnden".
        stem = re.sub(r"(?:förvaltningen|nämnden)$", "", word)
        district = districts.canonical(stem) if stem != word else None
        if district:
            return district_committee(district, year), "stadsdel"
        return word[:1].upper() + word[1:].lower(), "forvaltning"
    if rule_id == COMPANY_ID:
        name = _company_name(flat)
        if not name:
            return None
        entry = lookup(re.sub(r"^AB\s+|\s+AB$", "", name)) or _parent_firm(name)
        return (entry.name, entry.kind) if entry else (name, "bolag")
    if rule_id == AGENCY_ID:
        word = strip_genitive(flat)
        return None if word.casefold() in COMMON_AGENCY_WORDS else (word, "myndighet")
    if rule_id in (COORDINATED_ID, FIELD_COMMITTEE_ID):
        name = strip_genitive(flat)
        return name[:1].upper() + name[1:], "forvaltning"
    if rule_id == MUNICIPALITY_ID:
        return _municipality(trim_leading(flat))
    if rule_id == FEDERATION_ID:
        return strip_genitive(trim_leading(flat)), "forening"
    if rule_id == FOUNDATION_ID:
        words = flat.split()
        if len(words) == 3 and words[2].islower() and words[2] not in ("läns", "stads", "kommuns"):
            return _foundation_of_genitive(words, after)
        return strip_genitive(flat), "annan"
    if rule_id == BRANCH_ID:
        association = strip_genitive(flat.split()[0])
        entry = lookup(association)
        return (entry.name, entry.kind) if entry else (association, "forening")
    if rule_id == PARISH_ID:
        return _named_with(flat, "församling")
    if rule_id == UNIVERSITY_ID:
        named = _named_with(flat, strip_genitive(flat.split()[-1]).removesuffix("s"))
        return (named[0], "annan") if named else None
    if rule_id == HOUSING_ID:
        words = flat.split()
        return f"Bostadsrättsföreningen {strip_genitive(' '.join(words[1:]))}", "forening"
    if rule_id == CLUB_ID:
        return _club(flat, after)
    if rule_id == ASSOCIATION_ID:
        if len(flat.split()) == 3 and flat.split()[2].islower():
            return _place_genitive_name(flat) or canonicalise(" ".join(flat.split()[:2]), rule_id, year, after, before)
        return _listed_branch(flat) or (
            strip_genitive(flat) if flat.startswith(("Föreningen", "Fastighetsägarna")) else flat,
            "forening",
        )
    if rule_id == MODEL_ID:
        return flat, "annan"
    return None


# What an association has rather than is named by, after its genitive ("Föreningen Hökarängens
# ordförande", "... medlemmar"): the name stops before it.
_OWNED_BY_BODY = re.compile(
    r"(?:ordförande|styrelse|ledamot|ledamöter|medlem|kassör|sekreterare|representant|lokal|verksamhet"
    r"|årsmöte|ekonomi|hemsida|bidrag|ansökan|projekt)\w*$"
)


def _place_genitive_name(text: str) -> tuple[str, str] | None:
    """'Föreningen Hökarängens vänner' -> the whole: a place's genitive names no association by
    itself, so the noun it governs belongs to the name; None where the genitive is no place's or
    the word after it is a verb, conjunction or preposition ("Föreningen Bromstens har ...")."""
    head, genitive, noun = text.split()
    if not districts.is_place_name(genitive[:-1]) or not _OWNED_AFTER.match(f" {noun}") or _OWNED_BY_BODY.match(noun):
        return None
    return text, "forening"


# A definite noun's genitive ("Ungdomens", "Barnens", "Stadsmissionens"): no name by itself, so the noun
# it governs belongs to a foundation's name ("Stiftelsen Ungdomens hus").
_DEFINITE_GENITIVE = re.compile(r"(?:en|et|na)s$")


def _foundation_of_genitive(words: list[str], after: str) -> tuple[str, str] | None:
    """'Stiftelsen Ungdomens hus' -> the whole; a listed foundation's genitive is that foundation ("Stiftelsen
    Fryshusets fältare"), and so is a genitive before what a body has or before a verb, as the two words alone."""
    head, genitive, noun = words
    two = f"{head} {strip_genitive(genitive)}"
    entry = lookup(two)
    if entry:
        return entry.name, entry.kind
    if _DEFINITE_GENITIVE.search(genitive) and _OWNED_AFTER.match(f" {noun}") and not _OWNED_BY_BODY.match(noun):
        return " ".join(words), "annan"
    if _VERB_AFTER.match(f" {noun}"):  # the name is the verb's subject: "Stiftelsen Friends har" keeps its -s
        return f"{head} {genitive}", "annan"
    return two, "annan"


def _listed_branch(text: str) -> tuple[str, str] | None:
    """A listed body's local branch written "Föreningen X i Y" ("Föreningen Nattvandrarna i Farsta"): the
    body, as "X i Y" is; a name that holds "i" and is listed by no part ("Föreningen Vi i Husby") stays whole."""
    words = text.split()
    if len(words) != 4 or words[2] not in ("i", "på"):
        return None
    entry = lookup(" ".join(words[:2])) or lookup(words[1])
    return (entry.name, entry.kind) if entry else None


def _by_head(text: str, rule_id: str, before: str) -> tuple[str, str] | None:
    """A body named by its head noun: a known body's local branch ("Hyresgästföreningen Bredäng") is
    the body; an association's name is an association, a trade's a company."""
    entry = lookup(text.split()[0]) if rule_id == organisation_heads.NAMED_KIND_ID else None
    if entry:
        return entry.name, entry.kind
    division = (_company_division(text) or _local_branch(text)) if rule_id == organisation_heads.KIND_ID else None
    if division:
        return division
    name = organisation_heads.head_name(text, rule_id, before)
    if not name:
        return None
    entry = lookup(name)
    if entry:
        return entry.name, entry.kind
    return name, "bolag" if organisation_heads.is_trade(name) else "forening"


def _company_division(text: str) -> tuple[str, str] | None:
    """A listed company's division named by its trade ("Peab Anläggning", "Skanska Bygg"): the company.
    Only a company's: a trade after another body's genitive is a body of its own ("Polisens Idrottsförening")."""
    company, head = text.split()
    entry = lookup(company)
    if entry is None or entry.kind != "bolag" or not organisation_heads.is_trade(head):
        return None
    return entry.name, entry.kind


def _local_branch(text: str) -> tuple[str, str] | None:
    """A listed body's local association ("Villaägarnas lokalförening", "Hyresgästföreningens
    lokalförening"): the body, as its local branch is ("Hyresgästföreningen Bredäng")."""
    body, head = text.split()
    entry = lookup(body)
    if entry is None or re.fullmatch(r"lokalförenings?", head, re.IGNORECASE) is None:
        return None
    return entry.name, entry.kind


def _city_unit(word: str) -> tuple[str, str]:
    """'trafikkontor' -> Trafikkontoret, 'idrottsnämnds' -> Idrottsnämnden: the definite form the
    city's units go by (the gazetteer's name where it has one)."""
    word = word.casefold()
    stem = word[:-1] if re.search(r"(kontor|förvaltning|nämnd)s$", word) else word
    definite = stem + ("et" if stem.endswith("kontor") else "en")
    name = definite[:1].upper() + definite[1:]
    entry = lookup(name)
    return (entry.name, entry.kind) if entry else (name, "forvaltning")


def _municipality(text: str) -> tuple[str, str] | None:
    """'Nacka kommuns' -> 'Nacka kommun', 'Region Skånes' -> 'Region Skåne' (Region Stockholm is
    in the gazetteer); Stockholm itself ('Stockholms stad') is the generic city, never tagged."""
    words = text.split()
    if words[0] == "Region":
        return " ".join(words[:-1] + [strip_genitive(words[-1])]), "myndighet"
    if any(w.casefold() in NOT_MUNICIPALITIES for w in words[:-1]):
        return None
    return " ".join(words[:-1] + [strip_genitive(words[-1])]), "myndighet"


def aggregate(found: list[tuple[str, str, str]]) -> list[Organisation]:
    """Merge (canonical name, kind, text as written) mentions, in first-seen order."""
    merged: dict[str, Organisation] = {}
    full_names = {name for name, _, _ in found}
    for name, kind, written in found:
        # One name for one body within a text: "Läxhjälpen drivs av Stiftelsen Läxhjälpen" is the foundation.
        name = next((f"{word} {name}" for word in KIND_WORDS if f"{word} {name}" in full_names), name)
        org = merged.setdefault(name, Organisation(name, kind, [], 0))
        form = trim_leading(written)
        if form not in org.mentions:
            org.mentions.append(form)
        org.count += 1
    return list(merged.values())

"""Stockholm's district committees (stadsdelsnämnder) and their mergers.

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
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from bilagor.extractor.park_names import PARK_HEADS, parks_named_by_streets
from bilagor.extractor.text import edit_distance, fold, loose_pattern


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


_BY_KEY: dict[str, str] = {}
for _d in DISTRICTS:
    _BY_KEY[name_key(_d.name)] = _d.name
    _BY_KEY[name_key(_d.genitive)] = _d.name
# Spellings seen in documents: a genitive -s after a vowel ("Farstas"), too.
for _d in DISTRICTS:
    _BY_KEY.setdefault(name_key(_d.name + "s"), _d.name)
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
    _BY_KEY.setdefault(name_key(_form), _name)


def canonical(name: str) -> str | None:
    """The canonical district name for a written form (any case, genitive, no accents)."""
    key = name_key(name)
    if key in _BY_KEY:
        return _BY_KEY[key]
    key = re.sub(r"(s|stadsdelsnamnd|stadsdelsforvaltning|stadsdelsomrade|sdn|sdf)$", "", key).strip("-")
    return _BY_KEY.get(key)


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
    return canonical(name) or canonical(whole) or fuzzy_match(joined, _BY_KEY) or fuzzy_match(whole, _BY_KEY)


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


_FORMS = sorted(
    {*(f for d in DISTRICTS for f in (d.name, d.genitive, d.name + "s")), *OTHER_FORMS, *INITIALS},
    key=len,
    reverse=True,
)
_NAME = "(?:" + "|".join(loose_pattern(f) for f in _FORMS) + ")"
_END = r"(?![\w-])"
# "stadsdelsnämnd", "stadsdels-\nförvaltningen" (a scan's broken line), "stadsdelsnamnd" (no accents).
# ... and "stadsdelsnärnnd", "stadsde1sforvaltnlng" (OCR's rn for m, 1 for l, l for i).
# ... and "Stadsdelsfórvaltningen", "stadsdeIs" (OCR's ó for ö, I or | for l).
_COMMITTEE_NOUN = r"stadsde[l1I|]s\s*-?\s*(?:n[aäá](?:m|rn)nd|f[oöó]rva[l1I|]tn[il1]ng)(?:en|ens|s)?|SDN|SDF"
_AREA_NOUN = r"stadsdels\s*-?\s*omr[aå]de(?:t|ts|s)?"
_BARE_NOUN = r"f[oö]rvaltning(?:en|ens)?|n[aä]mnd(?:en|ens)?"
# "på" as a scan reads it: "pa Sodermalm".
_PREPOSITION = r"(?:i|på|pa|för|for)"
# Any capitalised name (dashes allowed), tried after the known forms, for OCR-misread
# names next to a committee noun; fuzzy_canonical decides whether it is a district.
# A word may be broken by a hyphen and a space or line break ("Skarp-\nnäcks", "Skarp- näcks"),
# or hold a digit OCR read for a letter, the first one too ("0stermalms": 0 for Ö, "5karpnacks").
# A space OCR put inside a word ("Kungs holmens", "Hassel by-Vallingby") is allowed once per word;
# _district_named() drops such a piece again when the name does not read as a district without it.
_MISREAD_WORD = r"[^\W_]+(?:[-–]\s+(?-i:[a-zåäö])[^\W_]*)?(?:\s(?-i:[a-zåäö]{2,8})(?=[\s\-–.,;:)]|$))?"
_MISREAD_NAME = rf"(?-i:[A-ZÅÄÖ05]){_MISREAD_WORD}(?:\s*[-–]\s*(?-i:[A-ZÅÄÖ05]){_MISREAD_WORD})*"


Grammar = tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]  # (names before the noun, name after it)


@lru_cache(maxsize=1)
def _grammar() -> tuple[Grammar, Grammar]:
    """(committee, area) patterns; compiled on first use, off the `bilagor search` start-up path.
    The name before and the name after the noun are two patterns, so that words taken for a
    name before a noun ("Sokande ar stadsdelsnamnden") do not hide the name after it."""
    name = rf"(?:{_NAME}|{_MISREAD_NAME})"
    committee = (
        (
            # Farsta stadsdelsnämnd; a compound with a hyphen: "H-V-förvaltningen", "Farsta-nämndens"
            re.compile(
                rf"\b(?P<a>{name})(?:\s+(?:{_COMMITTEE_NOUN})|-(?:f[oö]rvaltning|n[aä]mnd)(?:en|ens|s)?)(?::s)?{_END}",
                re.IGNORECASE,
            ),
            # A district's own name before the bare noun: "Norra innerstadens förvaltning", "Farsta nämnd"
            # (a known name only: any capitalised word is "förvaltning" of something; and not the work of
            # managing: "Bromma förvaltning av parkerna").
            re.compile(rf"\b(?P<a>{_NAME})\s+(?:{_BARE_NOUN}){_END}(?!\s+av\b)", re.IGNORECASE),
        ),
        # stadsdelsnämnden i Farsta, SDF Norrmalm; the bare noun before a district's own name ("förvaltningen i
        # Järva", "nämnden för Farsta"): a district's committee, as the sets decide (not "Trafikförvaltningen i").
        re.compile(
            rf"\b(?:(?:{_COMMITTEE_NOUN})(?:\s+{_PREPOSITION})?|(?:{_BARE_NOUN})\s+{_PREPOSITION}(?=\s+{_NAME}{_END}))"
            rf"\s+(?P<b>{name}){_END}",
            re.IGNORECASE,
        ),
    )
    area = (
        (re.compile(rf"\b(?P<a>{_NAME})\s+(?:{_AREA_NOUN}){_END}", re.IGNORECASE),),
        re.compile(rf"\b(?:{_AREA_NOUN})\s+(?P<b>{_NAME}){_END}", re.IGNORECASE),
    )
    return committee, area


@dataclass(frozen=True)
class Mention:
    district: str  # canonical name, as written (not moved forward by as_of)
    start: int
    end: int


_SPLIT_PIECE = re.compile(r"\s[a-zåäö]+$")  # a lowercase word the name pattern may have taken after the name


def _district_named(written: str) -> tuple[str | None, str]:
    """(district, the part of `written` that names it): a trailing lowercase word taken as
    part of a name split by OCR ("Sodermalrn har") is dropped when the name reads without it."""
    name = fuzzy_canonical(written)
    while name is None and _SPLIT_PIECE.search(written):
        written = _SPLIT_PIECE.sub("", written)
        name = fuzzy_canonical(written)
    return name, written


# Every committee or area noun begins so (a scan's "stadsde1s", a compound's "-förvaltningen" too): texts
# without it are skipped cheaply.
_NOUN_START = re.compile(r"stadsde|SDN|SDF|(?:^|[-\s])(?:f[oö]rvaltning|n[aä]mnd)", re.IGNORECASE)


def _mentions_of(grammar: Grammar, text: str) -> list[Mention]:
    if not _NOUN_START.search(text):
        return []
    befores, after = grammar
    found = [
        Mention(name, m.start(), m.end())
        for before in befores
        for m in before.finditer(text)
        if (name := fuzzy_canonical(m["a"]))
    ]
    for m in after.finditer(text):
        name, written = _district_named(m["b"])
        if name:
            found.append(Mention(name, m.start(), m.start("b") + len(written)))
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:  # "Farsta stadsdelsnämnd i ...": the first reading
            kept.append(mention)
    return kept


@lru_cache(maxsize=256)
def _cached_mentions(kind: int, text: str) -> tuple[Mention, ...]:
    """Committees (kind 0) or areas (1) of a text, kept: one reading of a report asks for them
    several times (own, partner and example committees, places outside their spans)."""
    return tuple(_mentions_of(_grammar()[kind], text))


def committee_mentions(text: str) -> list[Mention]:
    """District committees and administrations named in `text`, with their spans."""
    return list(_cached_mentions(0, text))


def area_mentions(text: str) -> list[Mention]:
    """District areas named in `text` ("stadsdelsområdet Bromma"), with their spans."""
    return list(_cached_mentions(1, text))


# Several committees under one plural noun: "Stadsdelsnämnderna i Farsta och Skarpnäck", "Skarpnäcks och
# Farsta stadsdelsförvaltningar", "stadsdelsförvaltningarna i Bromma, Kungsholmen och Norrmalm".
_PLURAL_NOUN = r"stadsdels\s*-?\s*(?:n[aä]mnder|f[oö]rvaltningar)(?:na)?"
_NAME_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*\s+(?:och|samt)\s+{_NAME}"


@lru_cache(maxsize=1)
def _plural_grammar() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(noun before the names, names before the noun), compiled on first use."""
    return (
        re.compile(rf"\b{_PLURAL_NOUN}\s+{_PREPOSITION}\s+(?P<names>{_NAME_LIST}){_END}", re.IGNORECASE),
        re.compile(rf"\b(?P<names>{_NAME_LIST})\s+{_PLURAL_NOUN}{_END}", re.IGNORECASE),
    )


def plural_committee_mentions(text: str) -> list[Mention]:
    """Each district of several committees named under one plural noun, with the span of its name
    (the metadata does not read them: a text naming two committees so names no one district)."""
    if not re.search(r"stadsdels\s*-?\s*(?:n[aä]mnder|f[oö]rvaltningar)", text, re.IGNORECASE):
        return []
    found = []
    for pattern in _plural_grammar():
        for match in pattern.finditer(text):
            offset = match.start("names")
            for name in re.finditer(_NAME, match["names"], re.IGNORECASE):
                district = canonical(name.group())
                if district:
                    found.append(Mention(district, offset + name.start(), offset + name.end()))
    return sorted(set(found), key=lambda m: m.start)


# Patterns kept as text (compiled on first use, off the `bilagor search` start-up path).
# A committee named as a partner, not as the one that runs the work: "i samverkan med",
# "samordnats med", "tillsammans med", "medsökande" (a scan's "samrad", "medsokande" too).
_PARTNER_BEFORE = (
    r"(?:\b(?:i\s+)?(?:samverk\w*|samarbet\w*|samr[aå]d|dialog|kontakt|samf[oö]rst[aå]nd)\s+med"
    r"|\b(?:tillsammans|gemensamt|partnerskap)\s+med|\bsamordn\w*\s+med|\bdelats\s+med"
    # "Erfarenhetsutbyte har skett med", "gränsen mot", "grannstadsdelen", "angränsande".
    r"|\b\w*utbyte\w*(?:\s+\w+){0,3}?\s+med|\bgr[aä]ns\w*\s+(?:mot|till)|\bgrann\w*|\bangr[aä]nsande"
    # "ett liknande projekt i", "Liknande åtgärder har genomförts av".
    r"|\b(?:liknande|motsvarande)(?:\s+\w+){0,6}?\s+(?:i|av|hos|fr[aå]n|inom|p[aå])"
    r"|\bi\s+likhet\s+med|\bliksom|\b(?:med\s+)?(?:st[oö]d|hj[aä]lp|deltagande|bidrag)\s+(?:av|fr[aå]n)"
    # A committee that pays a share: "samfinansieras av", "medfinansierats av".
    r"|\b(?:sam|med)finansi\w*\s+(?:av|fr[aå]n|med)"
    # Another committee as the model or source: "erfarenheter från", "inspirerats av", "lånat
    # metoden från", "efter förebild från", "delat kostnaden med".
    r"|\berfarenhet\w*(?:\s+\w+){0,2}?\s+(?:fr[aå]n|av|hos)|\binspir\w*\s+(?:av|fr[aå]n)"
    r"|\b(?:l[aå]n\w*|h[aä]mta\w*|kopier\w*)(?:\s+\w+){0,3}?\s+fr[aå]n|\bf[oö]rebild\w*(?:\s+(?:fr[aå]n|av|i|hos))?"
    r"|\bdela\w*(?:\s+\w+){0,5}?\s+med"
    # One of two parties to a cost or a task: "delades lika mellan förvaltningen och".
    r"|\bmellan(?:\s+\w+){1,4}?\s+(?:och|samt)"
    # A method tried before elsewhere: "tidigare prövats av", "har testats av".
    r"|\btidigare(?:\s+\w+){0,3}?\s+(?:av|i|hos|inom)|\b(?:pr[oö]v|test|utprov)\w*\s+(?:av|i|hos|inom)"
    # "enligt samma modell som", "på samma sätt som", "efter mönster från".
    r"|\bsamma(?:\s+\w+){0,2}?\s+som|\b(?:modell|m[oö]nster)\w*\s+(?:fr[aå]n|av|som|hos)"
    r"|\b(?:även|också|likaså|t\.\s?ex\.|till\s+exempel|s[aå]som)"
    # A committee taking part, consulted or paying a share: "representanter från", "stämts av med",
    # "kontakt har tagits med", "medfinansiering har erhållits från", "en referensgrupp med".
    r"|\brepresentant\w*\s+(?:fr[aå]n|f[oö]r)|\b(?:st[aä]m\w*\s+av|avst[aä]mning\w*)\s+med"
    r"|\bkontakt(?:\s+\w+){0,3}?\s+med|\bmedfinansiering\w*(?:\s+\w+){0,3}?\s+(?:fr[aå]n|av)"
    r"|\breferens\w*(?:\s+\w+){0,2}?\s+(?:med|fr[aå]n)"
    r"|\bmeds[oö]kande(?:\s+n[aä]mnd)?[:,]?"
    # "med" right before the committee, whatever it was shared or done with: "fördelats jämnt med",
    # "en gemensam utbildning med", "möten med" (the one that runs the work is no "med" of its own text).
    r"|\bmed)\s*$"
)
# Between two partners of one list: "med Farsta stadsdelsnämnd och Skarpnäcks stadsdelsnämnd".
_LIST_JOIN = r"\s*(?:,\s*|\s(?:och|samt)\s+|,\s*(?:och|samt)\s+)"
_PARTNER_WINDOW = 80  # characters before a mention searched for a partner phrase
# ... or as another committee with a like problem: "Farsta stadsdelsförvaltning, som har liknande problem".
# ... or as a reference or partner after its name: "Farsta stadsdelsförvaltning som referensgrupp",
# "... har varit med som samarbetspartner".
# ... or as taking part or contributing: "... har deltagit", "... medverkade", "... har informerats",
# "... har bidragit med", "... har lämnat synpunkter", "... var med som part".
# ... or as lending a hand: "... har skickat en representant till styrgruppen", "... sände sin parkingenjör",
# "... har lånat ut mätutrustning", "... satt med i styrgruppen", "... har yttrat sig", "... har hjälpt
# till med beställningen", "... bistod med mätningar".
_OTHER_AFTER = (
    r"^[^.;:!?]{0,40}?\b(?:liknande|motsvarande|referens\w*"
    r"|som\s+(?:\w+\s+)?(?:samarbets)?partner\w*|som\s+bollplank|som\s+part"
    r"|deltog|deltagit|medverka\w*|informera\w*|bidr(?:og|agit)|l[aä]mna\w*\s+synpunkter"
    r"|(?:skicka(?:t|de)|sä(?:nt|nde))(?!\s+in\b)|l[aå]na(?:t|de|r)\s+ut|styrgrupp\w*|yttra(?:t|de)\s+sig"
    r"|hj[aä]lp(?:t|te)\s+till|bist(?:ått|od))\b"
)
# ... or as the owner of what the work borrowed, in its genitive: "via Älvsjö stadsdelsförvaltnings
# ramavtal", "genom Farsta stadsdelsförvaltnings upphandling" (a committee names its own "förvaltningens").
_LENT_AFTER_GENITIVE = r"^\s+(?:ram)?(?:avtal|upphandling|leverant[oö]r|konsult|ritning|mall)\w*"


def partner_committees(text: str) -> list[Mention]:
    """The committees (and areas) `text` names as partners or as another district
    ("i samverkan med Farsta stadsdelsförvaltning", "ett liknande projekt i Skarpnäcks stadsdelsområde")."""
    partners: list[Mention] = []
    named = sorted(committee_mentions(text) + area_mentions(text), key=lambda m: m.start)
    for i, mention in enumerate(named):
        # OCR's "rn" for "m" undone for the phrases only ("i sarnverkan rned"); the words after a
        # mention end where the next committee begins ("X har haft Y som bollplank": Y is the partner).
        stop = min([mention.end + _PARTNER_WINDOW, *(m.start for m in named[i + 1 :] if m.start >= mention.end)])
        before = text[max(0, mention.start - _PARTNER_WINDOW) : mention.start].replace("rn", "m")
        after = text[mention.end : stop].replace("rn", "m")
        between = text[partners[-1].end : mention.start] if partners else ""
        listed = bool(partners) and re.fullmatch(_LIST_JOIN, between, re.IGNORECASE) is not None
        named_as_other = (
            re.search(_PARTNER_BEFORE, before, re.IGNORECASE)
            or re.search(_OTHER_AFTER, after, re.IGNORECASE)
            or (text[mention.end - 1] == "s" and re.search(_LENT_AFTER_GENITIVE, after, re.IGNORECASE))
        )
        if listed or named_as_other:
            partners.append(mention)
    return partners


# One committee of several named as an example: "samtliga stadsdelsnämnder, bland annat Farsta
# stadsdelsnämnd", "flera stadsdelsförvaltningar, däribland ...": the text is about all of them.
_EXAMPLE_OF_SEVERAL = re.compile(
    r"\bstadsdel(?:snämnd|sf[oö]rvaltning|somr[aå]de|)(?:er|ar|en)(?:na)?\b[^.;:!?]{0,40}?"
    r"(?:\bbland\s+annat|\bbl\.\s?a\.|\bexempelvis|\bt\.\s?ex\.|\btill\s+exempel|\bd[aä]ribland|\bs[aå]som)[\s,:]*"
    # ... and the names listed after the first: "bland annat Bromma och Farsta", "Skärholmen, Farsta och".
    r"(?:[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+)?\s*(?:,|\boch\b|\bsamt\b)\s*)*$",
    re.IGNORECASE,
)


def example_committees(text: str) -> list[Mention]:
    """The committees (and areas) `text` names as examples of several ("alla stadsdelsnämnder,
    exempelvis Bromma stadsdelsnämnd"), and the rest of a list after them."""
    examples: list[Mention] = []
    for mention in sorted(committee_mentions(text) + area_mentions(text), key=lambda m: m.start):
        before = re.split(r"[.;!?]", text[max(0, mention.start - _PARTNER_WINDOW) : mention.start])[-1]
        between = text[examples[-1].end : mention.start] if examples else ""
        listed = bool(examples) and re.fullmatch(_LIST_JOIN, between, re.IGNORECASE) is not None
        if listed or _EXAMPLE_OF_SEVERAL.search(before):
            examples.append(mention)
    return examples


def mentions(text: str, *, partners: bool = False) -> list[str]:
    """Canonical districts named as committee, administration or area in `text`, in order;
    committees named only as partners are left out (or, with partners=True, are all there is),
    and those named as examples of several committees always."""
    reported = reported_districts(text)
    if reported and not partners:
        return reported
    examples = {(m.start, m.end) for m in example_committees(text)}
    partner_spans = [m for m in partner_committees(text) if (m.start, m.end) not in examples]
    if partners:
        spans = partner_spans
    else:
        taken = {(m.start, m.end) for m in partner_spans} | examples
        spans = [m for m in committee_mentions(text) + area_mentions(text) if (m.start, m.end) not in taken]
    found = []
    for mention in sorted(spans, key=lambda m: m.start):
        if mention.district not in found:
            found.append(mention.district)
    return found


# A report that says which of several committees it is about: "denna redovisning gäller Skarpnäcks del",
# "redovisningen avser Kungsholmens insats", "denna bilaga gäller Norrmalms stadsdelsförvaltning".
_REPORT_IS_ABOUT = re.compile(
    rf"\b(?:redovisning|bilaga|rapport|uppf[oö]ljning|ans[oö]kan)(?:en)?\s+(?:g[aä]ller|avser)\s+(?:(?:endast|bara|enbart)\s+)?"
    rf"(?P<name>{_NAME}){_END}",
    re.IGNORECASE,
)


def reported_districts(text: str) -> list[str]:
    """The districts `text` says the report is about, in order ("denna redovisning gäller Skarpnäcks
    del" after a walk done with Farsta): that one is the report's own, whoever else shared the work."""
    found = []
    for match in _REPORT_IS_ABOUT.finditer(text):
        name = canonical(match["name"])
        if name and name not in found:
            found.append(name)
    return found


# Words that make a committee the one that ran the work, wherever in its sentence: "har lett arbetet",
# "Arbetet leddes av", "ansvarat för", "genomförts av", "beställt", "beslutade", "projektägare".
_RUNS_THE_WORK = re.compile(
    r"\b(?:led(?:de|des|er|s)?|lett|letts|ansvar\w*|genomf[oö]r\w*|driv(?:er|it|its|s)|drevs?|best[aä]ll\w*"
    r"|beslut\w*|projekt[aä]gare|huvudman\w*|utf[oö]r\w*|initiativ\w*)\b",
    re.IGNORECASE,
)


def running_committees(text: str) -> list[str]:
    """The districts whose committee `text` names in a sentence that says it ran the work (led,
    was responsible, carried out, ordered, decided), in order: such a committee is the report's own,
    wherever the place lies; one that only lent a hand or gave advice is not."""
    found = []
    for mention in sorted(committee_mentions(text), key=lambda m: m.start):
        start = max(
            text.rfind(".", 0, mention.start), text.rfind("!", 0, mention.start), text.rfind("?", 0, mention.start)
        )
        ends = [i for i in (text.find(c, mention.end) for c in ".!?") if i >= 0]
        sentence = text[start + 1 : mention.start] + " " + text[mention.end : min(ends, default=len(text))]
        if _RUNS_THE_WORK.search(sentence) and mention.district not in found:
            found.append(mention.district)
    return found


@lru_cache(maxsize=1)
def _gazetteer() -> dict:
    return _read_json("places.json")


@lru_cache(maxsize=1)
def _built_gazetteer() -> dict:
    """The places built from open data by bench/build_places.py (stadsdelar, stop names), the names
    that data finds ambiguous and the places that are also common words."""
    return _read_json("places_built.json")


def _read_json(name: str) -> dict:
    import json  # the gazetteers are read on first use, off the `bilagor search` start-up path
    from importlib import resources

    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


def municipalities() -> list[str]:
    """The municipalities other than Stockholm that the hand gazetteer lists (the county's and other towns')."""
    return list(_gazetteer().get("municipalities", []))


@lru_cache(maxsize=1)
def sweden_municipalities() -> tuple[str, ...]:
    """Every municipality of Sweden but Stockholm (SCB's list, municipalities_se.json), the hand gazetteer's
    among them, less a name that is also a place of the city as written without its accents ("Varberg" is
    "Vårberg" on a scan): a report's place in "Husby, Hedemora" or a town acting in "Härnösand har prövat
    samma modell" lies outside the city however far away it is."""
    city = {fold(p) for places in _places().values() for p in places}
    names = [*municipalities(), *_read_json("municipalities_se.json")["municipalities"]]
    return tuple(dict.fromkeys(n for n in names if fold(n) not in city))


@lru_cache(maxsize=1)
def gazetteer_places() -> dict[str, list[str]]:
    """District (before the mergers) -> its places: the hand gazetteer's first, then the built
    one's (a name the hand gazetteer lists stays with its district there)."""
    places = {district: list(names) for district, names in _gazetteer()["places"].items()}
    listed = {fold(p) for names in places.values() for p in names}
    for district, names in _built_gazetteer()["places"].items():
        places.setdefault(district, []).extend(p for p in names if fold(p) not in listed)
    return places


# What a place's name is compounded with when a text names a part or a building of it: "Södra
# stationsområdet", "Husby centrumhuset", "Hässelby strandbadet".
_PLACE_PART_HEADS = (
    r"s?(?:omr[aå]de|hus|torg|park|hall|bad|skola|plan|g[aå]rd|str[aå]k|v[aä]g|gata|plats|bro|tunnel|entr[eé]"
    r"|uppg[aå]ng)[a-zåäö]{0,4}"
)


# A lower-case part joined by a hyphen: "Tensta-badet", "Bredängs-torget" ("Rinkeby-Kista" is a name of its own).
_HYPHEN_PART = "(?:-[a-zåäö]{3,})?"


def _compound_forms(place: str) -> str:
    """'Skärholmen' also as 'Skärholmens' and in compounds ('Skärholmstorget', 'Hjorthagensvägen',
    'Bagarmosseskolan'); 'Husby' in 'Husbyskolan'; 'Reimersholme' in 'Reimersholmsbadet'; a part joined
    by a hyphen ('Tensta-badet'); a name of several words in a compound of a place's part ('Södra
    stationshuset')."""
    pattern = loose_pattern(place)
    if " " in place:
        return f"{pattern}(?:s|{_PLACE_PART_HEADS})?"
    if len(place) < 5:
        return pattern + "s?" + _HYPHEN_PART
    if place.endswith("en"):  # Swedish joins such a name with -s or -e: Skärholmstorget, Bagarmossebadet
        stem = loose_pattern(place[:-2])
        return f"(?:{pattern}(?:s[a-zåäö]*)?|{stem}[se][a-zåäö]+){_HYPHEN_PART}"
    if place.endswith("e"):  # and a name in -e without it: Reimersholmsbadet
        return f"(?:{pattern}[a-zåäö]*|{loose_pattern(place[:-1])}s[a-zåäö]+){_HYPHEN_PART}"
    return pattern + "[a-zåäö]*" + _HYPHEN_PART


def church_grounds(names: list[str]) -> list[str]:
    """The churchyard and the parish of each church the names list ("Adolf Fredriks kyrka" ->
    "Adolf Fredriks kyrkogård", "Adolf Fredriks församling"): they lie where the church does."""
    stems = [name.removesuffix(" kyrka") for name in names if name.endswith(" kyrka")]
    return [f"{stem} {ground}" for stem in stems for ground in ("kyrkogård", "församling")]


def saint_spellings(names: list[str]) -> list[str]:
    """Each "S:t" name also as "Sankt" and back ("S:t Görans sjukhus", "Sankt Görans sjukhus"): a writer
    uses either, and the data lists one."""
    other = {"S:t ": "Sankt ", "Sankt ": "S:t "}
    return [other[prefix] + name[len(prefix) :] for name in names for prefix in other if name.startswith(prefix)]


def _places() -> dict[str, list[str]]:
    """District -> its places, the district's own name among them ("på Södermalm", "i Hägersten-Liljeholmen",
    "Järvaområdet": the districts of 2020 and 2023 too), the grounds of its churches, both spellings of a saint
    and the parks named like its streets (park_names)."""
    places = {d.name: [d.name] for d in DISTRICTS}
    parks = _derived_parks()
    for district, names in gazetteer_places().items():
        names = [*names, *church_grounds(names), *parks.get(district, [])]
        places[district] = list(dict.fromkeys([*places[district], *names, *saint_spellings(names)]))
    return places


@lru_cache(maxsize=1)
def _derived_parks() -> dict[str, list[str]]:
    """District -> the parks named like its streets that no list holds (park_names)."""
    elsewhere = [*_built_gazetteer().get("ambiguous", {}), *_gazetteer().get("not_places", [])]
    return parks_named_by_streets(gazetteer_places(), elsewhere)


@lru_cache(maxsize=1)
def _place_re() -> tuple[dict[str, re.Pattern[str]], dict[str, str | None]]:
    """One pattern per first letter (folded) for the places that begin with it; its group names
    map to the place's district, or to None for a name outside the city that begins like a place
    ("Sundbybergs stad" is not Sundby). Group names of places that are also common words end in
    "c" (_COMMON_GROUP). Split by letter because one pattern of some 1 700 alternatives tries
    them all at every capital."""
    by_place: dict[str, str | None] = {fold(p): d for d, places in _places().items() for p in places}
    by_place.update({fold(p): None for p in _gazetteer().get("not_places", [])})
    names = sorted(
        {*(p for places in _places().values() for p in places), *_gazetteer().get("not_places", [])},
        key=len,
        reverse=True,
    )
    common = {fold(p) for p in _built_gazetteer().get("common_words", [])}
    group = [f"p{i}{_COMMON_GROUP if fold(p) in common else ''}" for i, p in enumerate(names)]
    # The derived parks (some 1 400) have patterns of their own, tried only at a word that ends like a park
    # (_place_matches): among the others they would cost more than the rest of the gazetteer together.
    derived = {fold(p) for parks in _derived_parks().values() for p in parks}
    by_letter: dict[str, list[str]] = {}
    for g, p in zip(group, names):
        if fold(p) in derived:
            by_letter.setdefault("park:" + fold(p[0]), []).append(f"(?P<{g}>{loose_pattern(p)}s?)")
        else:
            by_letter.setdefault(fold(p[0]), []).append(f"(?P<{g}>{_compound_forms(p)})")
    patterns = {letter: re.compile(rf"(?:{'|'.join(alts)})(?![\w-])") for letter, alts in by_letter.items()}
    return patterns, {g: by_place[fold(p)] for g, p in zip(group, names)}


# Where a place may begin: a capital not inside a word.
_PLACE_START = re.compile(r"(?<![\w-])[A-ZÅÄÖÉÈÀÁÓÜ]")
# A word that ends like a park's name ("Blecktornsparken", "Tantolundens"): where a derived park is tried.
_PARK_WORD = re.compile(rf"\w+(?:{'|'.join(PARK_HEADS)})s?(?![\w-])")


def _place_matches(text: str) -> list[re.Match[str]]:
    """The places of `text`, leftmost and longest first, not overlapping (as one pattern's finditer)."""
    patterns, _ = _place_re()
    found: list[re.Match[str]] = []
    end = 0
    for start in _PLACE_START.finditer(text):
        if start.start() < end:
            continue
        letter = fold(start.group())
        parks = patterns.get("park:" + letter) if _PARK_WORD.match(text, start.start()) else None
        m = parks.match(text, start.start()) if parks else None
        pattern = patterns.get(letter)
        m = m or (pattern.match(text, start.start()) if pattern else None)
        if m:
            found.append(m)
            end = m.end()
    return found


_COMMON_GROUP = "c"
# What may stand before a sentence's first word: nothing, an end of sentence, a colon, a bullet or
# dash, an opening quote or bracket.
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;•\-–—(\"'”\n])\s*$")


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START_BEFORE.search(text[max(0, start - 4) : start]) is not None or not text[:start].strip()


@lru_cache(maxsize=1)
def _institution_re() -> re.Pattern[str]:
    """Places that running text names for the body housed there ("beslutade i Stadshuset")."""
    names = "|".join(loose_pattern(p) for p in _gazetteer().get("institutions", []))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


# A street with a house number and postal code: an office's postal address ("Fleminggatan 4, 112 26 Stockholm").
_POSTAL_ADDRESS_AFTER = re.compile(r"\s*\d+\s?[A-Za-z]?\s*,?\s*\d{3}\s?\d{2}(?!\d)")


# "kommun" or "stad" after a municipality's name, "kommun" also as a scan reads it ("kornrnun", "k0mmun").
_MUNICIPALITY_NOUN = r"(?:[kK][o0](?:m|rn)(?:m|rn)un|stad)"
# Any municipality but Stockholm by its name and that noun ("Gävle kommun", "Upplands Väsby kommun", "Göteborgs
# stad"): the name need not be listed, the noun says what it is.
_OTHER_MUNICIPALITY = rf"(?!Stockholms?\s)[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?\s+{_MUNICIPALITY_NOUN}(?![\w-])"


@lru_cache(maxsize=1)
def _outside_after() -> re.Pattern[str]:
    """What follows a place that lies in another municipality or locality: "Lunda i Sigtuna", "Eneby i
    Norrköping", "Farstaviken i Gustavsberg", "Solhem i Täby kommun", "Hjulsta i Enköpings kommun" (any name
    but Stockholm's before "kommun")."""
    # Sweden's municipalities and the county's localities outside the city (from the stop data).
    names = {*sweden_municipalities(), *_built_gazetteer().get("localities_outside", [])}
    towns = "|".join(loose_pattern(t) for t in sorted(names, key=len, reverse=True))
    municipality = _OTHER_MUNICIPALITY
    # ... or after a comma or in brackets, as an address names its town: "Sätra, Gävle kommun", "Lunda,
    # Sigtuna", "Sätra (Gävle)" (a municipality, not a locality: "Husby, Kista" lists two places of the city).
    municipalities = "|".join(loose_pattern(t) for t in sorted(sweden_municipalities(), key=len, reverse=True))
    return re.compile(
        rf"(?:[\s,]+(?:i|p[aå]|inom|utanf[oö]r)\s+(?:(?:{towns})s?(?![\w-])|{municipality})"
        rf"|\s*[,(]\s*(?:{municipality}|(?:{municipalities})(?![\w-])))"
    )


# A place named as another district's example, model or neighbour, not where the work was done:
# "liknande åtgärder i Tensta", "i likhet med Tensta", "samma belysning som Tensta centrum",
# "efter förebild från Tensta", "gränsen mot Bromma", also with the thing compared named ("på samma sätt som
# lekplatsen i Björkhagen"). Fewer phrases than for committees: "även vid Husby torg" is where the work was done.
_OTHER_PLACE_BEFORE = re.compile(
    r"(?:\b(?:liknande|motsvarande)(?:\s+\w+){0,6}?\s+(?:i|p[aå]|vid|hos)|\bi\s+likhet\s+med|\bliksom"
    r"|\bsamma(?:\s+\w+){0,3}?\s+som(?:(?:\s+[a-zåäö]+){0,2}?\s+(?:i|p[aå]|vid))?"
    r"|\bf[oö]rebild\w*(?:\s+(?:fr[aå]n|i|p[aå]|vid))?"
    r"|\binspir\w*\s+(?:av|fr[aå]n)|\berfarenhet\w*(?:\s+\w+){0,2}?\s+(?:fr[aå]n|i)"
    r"|\btill\s+skillnad\s+fr[aå]n|\bj[aä]mf[oö]r\w*\s+med|\bgr[aä]ns\w*\s+(?:mot|till))\s*$",
    re.IGNORECASE,
)
_OTHER_PLACE_WINDOW = 60  # characters before a place searched for such a phrase, within its sentence


# A place in a partner committee's own clause: "prövades av Östermalms stadsdelsförvaltning vid
# Karlavägen", "hämtades från Farsta stadsdelsförvaltnings arbete i Fagersjö": the partner's place.
_PARTNERS_PLACE_BETWEEN = re.compile(r"(?:\s+[a-zåäö]+){0,2}?\s+(?:i|vid|p[aå]|l[aä]ngs|kring|runt)\s+")


# ... or a place whose own clause says it wants what the work did, after its name: "Hägersten-Älvsjö har
# visat intresse för samma lösning", "Farsta vill pröva en liknande modell": a district that looked on.
_OTHER_PLACE_AFTER = re.compile(
    r"[^.;:!?]{0,30}?\b(?:(?:visat|uttryckt|anm[aä]lt)\s+(?:\w+\s+)?intresse"
    r"|vill\s+(?:\w+\s+){0,3}?(?:samma|liknande|motsvarande|likadan\w*))\b",
    re.IGNORECASE,
)


def _named_as_other(text: str, start: int, end: int, partners: list[Mention]) -> bool:
    before = re.split(r"[.;!?]", text[max(0, start - _OTHER_PLACE_WINDOW) : start])[-1]
    if _OTHER_PLACE_BEFORE.search(before) is not None or _EXAMPLE_OF_SEVERAL.search(before) is not None:
        return True
    if _OTHER_PLACE_AFTER.match(text, end) is not None:
        return True
    return any(m.end <= start and _PARTNERS_PLACE_BETWEEN.fullmatch(text, m.end, start) for m in partners)


def place_mentions(text: str, *, prose: bool = False, others: bool = True) -> list[str]:
    """Districts implied by well-known places in `text` (squares, centres, parks, streets, schools,
    metro stations, neighbourhoods), in order. A committee's name ("Skarpnäcks stadsdelsförvaltning")
    is not a place, nor a police area spanning several districts ("lokalpolisområde Globen"); in
    prose (a body text, not a location field) an institution's building ("Stadshuset") is not one
    either, nor a street in a postal address. With others=False a place named as an example or
    model ("liknande åtgärder i Tensta") is left out."""
    _, district_of = _place_re()
    named_bodies = [(c.start, c.end) for c in committee_mentions(text)]  # spans no place starts in
    named_bodies += [(a.start, a.end) for a in police_areas(text) if a.district is None]
    institutions = {m.start() for m in _institution_re().finditer(text)} if prose else set()
    partners = [] if others else partner_committees(text)
    found: list[tuple[str, bool]] = []  # (district, whether named by a road or bridge)
    for m in _place_matches(text):
        if m.start() in institutions or any(start <= m.start() < end for start, end in named_bodies):
            continue
        if prose and _POSTAL_ADDRESS_AFTER.match(text, m.end()):
            continue
        if _outside_after_name().match(text, m.end()):  # "Lunda i Sigtuna": a place of that name elsewhere
            continue
        if not others and _named_as_other(text, m.start(), m.end(), partners):
            continue
        # A place that is also a common word ("Dalen", "Slussen") counts in prose only where its
        # capital cannot come from the sentence: "Dalen nedanför skolan" is a valley.
        if prose and (m.lastgroup or "").endswith(_COMMON_GROUP) and _at_sentence_start(text, m.start()):
            continue
        district = district_of[m.lastgroup or ""]
        if district:
            found.append((district, _is_way(m.group())))
    # A road or bridge runs through several stadsdelar, and is named for where it leads ("Örbyleden",
    # "Spångavägen", "Årstabron") or placed by one stop on it: beside a square, centre, park or
    # neighbourhood the text names, it names none.
    plain = [d for d, way in found if not way]
    return list(dict.fromkeys(plain or [d for d, _ in found]))


# The head of a road's or bridge's name: "Örbyleden", "Spångavägen", "Årstabron", "Hornsgatan".
_WAY_HEAD = re.compile(r"(?:v[aä]g|v[aä]gen|led|leden|bro|bron|gata|gatan|stig|stigen)s?$", re.IGNORECASE)


def _is_way(written: str) -> bool:
    """Whether a place as `written` is a road, street or bridge ("Örbyleden", "Alviksvägen")."""
    return _WAY_HEAD.search(written) is not None


# A district's spoken name in prose where a place goes ("bor på Söder", "lampor i parkerna på Söder"):
# after a preposition of place, and not before "om", which makes it a direction ("på Söder om", rare,
# against "söder om", which a lower case keeps out anyway). The preposition may open the sentence ("På Söder
# har ..."); the name keeps its capital.
_NICKNAME_IN_PROSE = re.compile(
    rf"\b(?i:p[aå]|i|till|fr[aå]n|vid|över|runt)\s+(?P<name>{'|'.join(NICKNAMES)})(?![\w-])(?!\s+om\b)"
)


def nickname_mentions(text: str) -> list[str]:
    """Districts `text` names by the name their people use, after a preposition of place ("på Söder"), in order."""
    found: list[str] = []
    for match in _NICKNAME_IN_PROSE.finditer(text):
        district = NICKNAMES[match["name"]]
        if district not in found:
            found.append(district)
    return found


FUZZY_PLACE_MIN_LETTERS = 8  # "Medborgarplalsen" is Medborgarplatsen; "Tanto" one letter from "Tanta" is not
# In prose a misread place must be longer still and begin with a capital: body text holds many
# more words that are one letter from some place than a location field does.
FUZZY_PROSE_PLACE_MIN_LETTERS = 10


@lru_cache(maxsize=1)
def _place_keys() -> dict[str, str]:
    """Folded places and district names -> district, for reading a location field loosely."""
    keys = {name_key(d.name): d.name for d in DISTRICTS}
    keys.update({name_key(p): d for d, places in gazetteer_places().items() for p in places})
    return keys


def is_place_name(name: str) -> bool:
    """Whether `name` is a district or a place the gazetteers list ("Fruängen", "Bromma", "Sätra")."""
    return name_key(name) in _place_keys()


@lru_cache(maxsize=1)
def _long_places_index() -> dict[tuple[int, str, str], list[tuple[str, str]]]:
    """The places read loosely in prose (long ones, institutions' buildings left out), indexed by
    (length, "first" or "last", that letter): two strings one edit apart share their first or
    their last letter, so a word is compared only with the few keys that could be that close."""
    institutions = {name_key(p) for p in _gazetteer().get("institutions", [])}
    index: dict[tuple[int, str, str], list[tuple[str, str]]] = {}
    for key, district in _place_keys().items():
        if sum(c.isalpha() for c in key) >= FUZZY_PROSE_PLACE_MIN_LETTERS and key not in institutions:
            index.setdefault((len(key), "first", key[0]), []).append((key, district))
            index.setdefault((len(key), "last", key[-1]), []).append((key, district))
    return index


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether a and b differ by at most one insertion, deletion or substitution (edit_distance
    with limit 1, in one pass: what the prose search does for every capitalised word)."""
    shorter = min(len(a), len(b))
    if abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < shorter and a[start] == b[start]:
        start += 1
    end = 0
    while end < shorter - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return start + end >= max(len(a), len(b)) - 1


def _near_long_place(written: str) -> str | None:
    """The district of the one long place `written` is one edit from (OCR's letter pairs undone
    first), or None when none or two are that close."""
    key = name_key(written)
    index = _long_places_index()
    found: set[str] = set()
    for attempt in {key, *ocr_readings(key)}:
        for length in (len(attempt) - 1, len(attempt), len(attempt) + 1):
            for candidates in (
                index.get((length, "first", attempt[0]), ()),
                index.get((length, "last", attempt[-1]), ()),
            ):
                found.update(district for place, district in candidates if _one_edit_apart(attempt, place))
    return found.pop() if len(found) == 1 else None


def misread_place_mentions(text: str, *, prose: bool = False) -> list[str]:
    """Districts implied by gazetteer places a scan misread by a letter ("Vitabergsparkcn"),
    in order: runs of one to three words compared with the places of FUZZY_PLACE_MIN_LETTERS
    letters or more (a location field), or, in prose, runs that begin with a capital compared
    with the places of FUZZY_PROSE_PLACE_MIN_LETTERS letters or more."""
    # A name said to lie in another town ("Liseberg i Göteborg") is no place of the city, read loosely either.
    text = _elsewhere_name().sub(" ", text)
    # Nor is a committee's or area's own name ("Hägersten-Liljeholmens stadsdelsförvaltning"): read
    # loosely, its district name would pass for a misread place; mentions() decides what it names.
    for named in sorted(committee_mentions(text) + area_mentions(text), key=lambda m: m.start, reverse=True):
        text = text[: named.start] + " " * (named.end - named.start) + text[named.end :]
    # Words of letters, and of the digits OCR reads for letters ("0stermalmstorg"); numbers are no words.
    words = [w for w in re.findall(r"(?:[^\W\d_]|[015])+", text) if not w.isdigit()]
    min_letters = FUZZY_PROSE_PLACE_MIN_LETTERS if prose else FUZZY_PLACE_MIN_LETTERS
    found = []
    for start in range(len(words)):
        if prose and not (words[start][0].isupper() or words[start][0] in "05"):
            continue
        for size in (3, 2, 1):
            if start + size > len(words):
                continue
            run = " ".join(words[start : start + size])
            if prose and name_key(run) in _place_keys():
                break  # a place as written: place_mentions() has read it (or left it out for a reason)
            # A shorter place counts when undoing OCR's letter pairs alone makes it ("Brornma"; in a location field
            # a name of five letters too, "Orhern"), or a writer's slip of a doubled letter ("Kistta", "Bagarmosen").
            shortest = FUZZY_MIN_LETTERS if prose else FIELD_OCR_MIN_LETTERS
            district = _split_place(words[start : start + size]) if size > 1 else None
            district = district or _ocr_misread_place(run, shortest) or (_respelt_place(run) if size == 1 else None)
            if district is None and sum(map(len, words[start : start + size])) >= min_letters - FUZZY_MAX_EDITS:
                district = _near_long_place(run) if prose else fuzzy_match(run, _place_keys(), min_letters)
            if district:
                if district not in found:
                    found.append(district)
                break
    return found


def _split_place(words: list[str]) -> str | None:
    """The district of a one-word place of FUZZY_MIN_LETTERS letters or more that a scan split into `words`
    ("Karla plan" for Karlaplan, OCR's letter pairs undone too), not a place that is a common word."""
    joined = name_key("".join(words))
    if sum(c.isalpha() for c in joined) < FUZZY_MIN_LETTERS:
        return None
    keys = _place_keys()
    key = next((k for k in (joined, *ocr_readings(joined)) if k in keys), None)
    return keys[key] if key is not None and key not in _common_place_keys() else None


@lru_cache(maxsize=1)
def _outside_after_name() -> re.Pattern[str]:
    """_outside_after, also after the rest of a longer name in lower case ("Sätra strand i Sigtuna kommun")."""
    return re.compile(rf"(?:\s+[a-zåäö][\w-]*){{0,2}}?{_outside_after().pattern}")


@lru_cache(maxsize=1)
def _elsewhere_name() -> re.Pattern[str]:
    """Up to three capitalised words followed by where they lie outside the city ("Sätra strand i
    Sigtuna kommun"), with that phrase."""
    name = r"(?<![\w-])[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,2}?"
    return re.compile(rf"{name}{_outside_after().pattern}")


@lru_cache(maxsize=1)
def _elsewhere_tail() -> re.Pattern[str]:
    """A location field's last part that is another municipality: after a comma or in brackets, "Y kommun" or
    "Y stad" for any Y but Stockholm, "Y län" for any county but Stockholm's, or a municipality of Sweden by name
    ("..., Gävle kommun", "..., Hedemora", "... (Uppsala)"), or a locality of the county outside the city ("...,
    Jakobsberg", from the stop data: none is a place of the city); "i" before it, or a detail and "i" ("...,
    bollplanen i Gävle"), or a postal code ("Storgatan 4, 803 20 Gävle") allowed."""
    towns = {*sweden_municipalities(), *_built_gazetteer().get("localities_outside", [])}
    listed = "|".join(loose_pattern(t) for t in sorted(towns, key=len, reverse=True))
    county = r"(?!Stockholms\s)[A-ZÅÄÖ][\w-]*s\s+l[aä]n(?![\w-])"
    return re.compile(
        rf"[,(](?:[^,()]*?\s(?:i|p[aå]|inom)\s|\s*(?:(?:i|p[aå]|inom)\s+)?)\s*(?:\d{{3}}\s?\d{{2}}\s+)?"
        rf"(?:{_OTHER_MUNICIPALITY}|{county}|(?:{listed})(?![\w-]))\s*\)?[\s.]*$"
    )


def field_elsewhere(field: str) -> bool:
    """Whether a location field places its whole place in another municipality by its last part: "Årsta,
    gångvägen vid förskolan, Uppsala kommun", "Sätra, bollplanen, Gävle kornmun" (a scan's "kommun"), "Bromma,
    byvägen, Ystad". Its places are that town's namesakes of the city's, however many details stand between
    them and the town; a part that only leads there ("gångvägen mot Solna") is no such last part."""
    return _elsewhere_tail().search(field.strip()) is not None


# A committee or office of the whole city as an applicant field names it: one capitalised word ending in a
# committee's, a board's or an office's noun ("Trafiknämnden", "Kommunstyrelsen", "Trafikkontoret"), a coordinated
# name ("Miljö- och hälsoskyddsnämnden"), the city's name before it allowed.
_CITY_COMMITTEE = re.compile(
    r"(?:Stockholms\s+stads?\s+)?(?!Stadsdel)[A-ZÅÄÖ][a-zåäö]+(?:-\s+(?:och|samt)\s+[a-zåäö]+)?"
    r"(?:n[aä]mnd(?:en)?|styrelse(?:n)?|kontor(?:et)?|f[oö]rvaltning(?:en)?)"
)


def city_committee_field(field: str) -> bool:
    """Whether an applicant field names a committee or office of the whole city and no district ("Trafiknämnden",
    "Idrottsnämnden", "Kulturnämnden"; not "Farstanämnden" nor "Stadsdelsnämnden"): a report it applied for is no
    district's, so a district committee its text names only lent a hand."""
    name = field.strip(" .:")
    return _CITY_COMMITTEE.fullmatch(name) is not None and not mentions(name) and not place_mentions(name)


def without_places_elsewhere(text: str) -> str:
    """`text` with each name said to lie outside the city blanked ("Bromma kyrka, Ystads kommun", "Lunda i
    Sigtuna"): a district's name inside it is another town's place, not the district."""
    return _elsewhere_name().sub(lambda m: " " * len(m.group()), text)


# A location field holds a name and little else: there OCR's letter pairs are undone in names this short too.
FIELD_OCR_MIN_LETTERS = 5


def _ocr_misread_place(written: str, min_letters: int = FUZZY_MIN_LETTERS) -> str | None:
    """The district of the place `written` becomes once OCR's letter pairs are undone, for
    names of `min_letters` letters or more that OCR did change ("Brornma", "0stermalmstorg")."""
    key = name_key(written)
    keys = _place_keys()
    for undone in ocr_readings(key):
        if undone != key and sum(c.isalpha() for c in undone) >= min_letters and undone in keys:
            return keys[undone]
    return None


# A place's name is read with one doubled letter written single or one letter doubled only from this length
# on ("Kista" of "Kistta"): a shorter name is one such slip from too many words.
RESPELT_MIN_LETTERS = 5
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def respellings(key: str) -> set[str]:
    """`key` (a folded name) with one doubled letter written single ("kistta" -> "kista") or one consonant
    doubled ("bagarmosen" -> "bagarmossen"): the slips a writer makes in a name, outside a scan."""
    single = {key[:i] + key[i + 1 :] for i in range(len(key) - 1) if key[i] == key[i + 1] and key[i].isalpha()}
    doubled = {key[: i + 1] + key[i:] for i in range(len(key)) if key[i] in _CONSONANTS}
    return (single | doubled) - {key}


def _respelt_place(written: str) -> str | None:
    """The district of the one place `written` is a doubled-letter slip of, for places of RESPELT_MIN_LETTERS
    letters or more that are no common word ("Terassen" is no slip for the place Terrassen); None when none or
    two districts are that close."""
    keys = _place_keys()
    common = _common_place_keys()
    found = {
        keys[k]
        for k in respellings(name_key(written))
        if k in keys and k not in common and sum(c.isalpha() for c in k) >= RESPELT_MIN_LETTERS
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _common_place_keys() -> frozenset[str]:
    return frozenset(name_key(p) for p in _built_gazetteer().get("common_words", []))


# "lokalpolisområde(t)", "polisområde", before 2015 "närpolisområde"; "LPO" as the police write it. A scan
# may read the o of "polis" as a zero ("Lokalp0lisområde").
_POLICE_NOUN = r"(?:lokal|n[aä]r)?p[o0]lis\s*-?\s*omr[aå]de(?:t|ts)?"
_POLICE_BEFORE_NAME = rf"(?:{_POLICE_NOUN}|LPO)"


@lru_cache(maxsize=1)
def _police_re() -> tuple[tuple[re.Pattern[str], ...], dict[str, str | None]]:
    """(noun before the name: "lokalpolisområde Rinkeby", "LPO Globen"; known name before the noun:
    "Järva lokalpolisområde", "Skärholmens närpolisområde"), and folded area name -> its district,
    None for an area spanning several districts (the gazetteer's police_areas)."""
    areas = {fold(a): d for a, d in _gazetteer()["police_areas"].items()}
    areas.update({fold(f): d.name for d in DISTRICTS for f in (d.name, d.genitive)})
    written = sorted(set(_gazetteer()["police_areas"]) | set(_FORMS), key=len, reverse=True)
    known = "|".join(loose_pattern(a) for a in written)
    after = re.compile(rf"\b{_POLICE_BEFORE_NAME}\s+(?P<a>{known}|{_MISREAD_NAME})(?![\w-])", re.IGNORECASE)
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
    keys = {name_key(a): d for a, d in _gazetteer()["police_areas"].items()}
    keys.update(_BY_KEY)
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
            while district is None and written not in areas and _SPLIT_PIECE.search(written):
                written = _SPLIT_PIECE.sub("", written)  # "Skärholrnen har": the name without "har"
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


def _spaced(text: str) -> str:
    """`text` folded, every run of other characters than letters and digits one space."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


@lru_cache(maxsize=None)
def _whole_word(form: str, plural: bool = False) -> re.Pattern[str]:
    """`form` as whole words of a spaced path part (compiled once: the forms outnumber re's own cache)."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}{'s?' if plural else ''}(?![a-z0-9])")


def _names(words: str, form: str, plural: bool = False) -> bool:
    return form in words and _whole_word(form, plural).search(words) is not None


@lru_cache(maxsize=1)
def _path_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each district's spaced forms (its name, its genitive; a name of several words also written as one),
    the longest names first."""
    forms = []
    for d in sorted(DISTRICTS, key=lambda d: len(d.name), reverse=True):
        spaced = {_spaced(form) for form in (d.name, d.genitive)}
        forms.append((d.name, tuple(spaced | {s.replace(" ", "") for s in spaced if " " in s})))
    return tuple(forms)


@lru_cache(maxsize=1)
def _path_places() -> tuple[tuple[str, str], ...]:
    """The gazetteer's places spaced as path parts are, with their districts, the longest first."""
    district_of = {_spaced(p): d for d, ps in gazetteer_places().items() for p in ps}
    return tuple(sorted(district_of.items(), key=lambda item: len(item[0]), reverse=True))


def from_path(path: str) -> str | None:
    """A district named by the file name or a folder above it ("skarpnack/bilaga5.pdf",
    "farsta/2017/trygghet/bilaga5.pdf", "Bilaga 5 Enskede-Årsta-Vantör.pdf"), or implied by a
    place there ("husby-torg.pdf"), nearest the file first."""
    from pathlib import PurePath

    for part in reversed(PurePath(path).parts):
        words = _spaced(part)
        for name, forms in _path_forms():
            if any(_names(words, form) for form in forms):
                return name
        for form, name in OTHER_FORMS.items():  # "EAV_bilaga5.pdf"
            if _names(words, fold(form)):
                return name
        for place, district in _path_places():
            if _names(words, place, plural=True):
                return district
    return None

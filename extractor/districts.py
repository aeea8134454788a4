"""Stockholm's district committees (stadsdelsnämnder) and their mergers.

Pure data and lookups: which committee a name means, what it was called in a
given year and which committee covers it today; and the one grammar for how
documents name a district (shared by the metadata and the organisations):
a committee ("Farsta stadsdelsnämnd", "stadsdelsförvaltningen i Farsta"), an
area ("stadsdelsområdet Farsta"), a well-known place ("Husby torg", from the
gazetteer places.json), a local police area ("lokalpolisområde Rinkeby") and
a file or folder name ("skarpnack/bilaga5.pdf").

Scans are read loosely: accents optional, "pa" for "på", and a name of some
length one OCR misreading away from a district, police area or place
("Sodermalrn", "Kung5holmens") counts as that name when no other name is as
close. A committee named as a partner ("i samverkan med Farsta
stadsdelsförvaltning") is told apart from the one that runs the work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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


def canonical(name: str) -> str | None:
    """The canonical district name for a written form (any case, genitive, no accents)."""
    key = name_key(name)
    if key in _BY_KEY:
        return _BY_KEY[key]
    key = re.sub(r"(s|stadsdelsnamnd|stadsdelsforvaltning|stadsdelsomrade|sdn|sdf)$", "", key).strip("-")
    return _BY_KEY.get(key)


# Letters OCR reads as others: "m" as "rn" ("Sodermalrn"), "s" as "5", "l" as "1", "o" as "0";
# undone all at once before comparing.
_OCR_PAIRS = (("rn", "m"), ("5", "s"), ("1", "l"), ("0", "o"))
FUZZY_MIN_LETTERS = 6  # shorter names are compared exactly: "Järva" is one letter from too many words
FUZZY_MAX_EDITS = 1


def fuzzy_match(written: str, names: dict[str, str], min_letters: int = FUZZY_MIN_LETTERS) -> str | None:
    """The value of the one key of `names` (folded name keys) that `written` is within
    FUZZY_MAX_EDITS of, after undoing OCR's letter pairs; None when none or two differ.
    Keys shorter than min_letters must match exactly."""
    key = name_key(written)
    undone = key
    for ocr, letter in _OCR_PAIRS:
        undone = undone.replace(ocr, letter)
    tries = {key, undone}
    for attempt in tries:
        if attempt in names:
            return names[attempt]
    found = {
        value
        for name, value in names.items()
        if sum(c.isalpha() for c in name) >= min_letters
        and any(edit_distance(attempt, name, FUZZY_MAX_EDITS) <= FUZZY_MAX_EDITS for attempt in tries)
    }
    return found.pop() if len(found) == 1 else None


def fuzzy_canonical(name: str) -> str | None:
    """canonical(), tolerating a scan's misread letter in names of some length
    ("Hasselby-Vallingbv", "Kungsholrnens", "Farsla")."""
    return canonical(name) or fuzzy_match(re.sub(r"[-–]\s+(?=[a-zåäö])", "", name), _BY_KEY)


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


_FORMS = sorted({f for d in DISTRICTS for f in (d.name, d.genitive, d.name + "s")}, key=len, reverse=True)
_NAME = "(?:" + "|".join(loose_pattern(f) for f in _FORMS) + ")"
_END = r"(?![\w-])"
# "stadsdelsnämnd", "stadsdels-\nförvaltningen" (a scan's broken line), "stadsdelsnamnd" (no accents).
# ... and "stadsdelsnärnnd", "stadsde1sforvaltnlng" (OCR's rn for m, 1 for l, l for i).
_COMMITTEE_NOUN = r"stadsde[l1]s\s*-?\s*(?:n[aä](?:m|rn)nd|f[oö]rvaltn[il1]ng)(?:en|ens|s)?|SDN|SDF"
_AREA_NOUN = r"stadsdels\s*-?\s*omr[aå]de(?:t|ts|s)?"
# "på" as a scan reads it: "pa Sodermalm".
_PREPOSITION = r"(?:i|på|pa|för|for)"
# Any capitalised name (dashes allowed), tried after the known forms, for OCR-misread
# names next to a committee noun; fuzzy_canonical decides whether it is a district.
# A word may be broken by a hyphen and a space or line break ("Skarp-\nnäcks", "Skarp- näcks"),
# or hold a digit OCR read for a letter.
_MISREAD_WORD = r"[^\W_]+(?:[-–]\s+(?-i:[a-zåäö])[^\W_]*)?"
_MISREAD_NAME = rf"(?-i:[A-ZÅÄÖ]){_MISREAD_WORD}(?:\s*[-–]\s*(?-i:[A-ZÅÄÖ]){_MISREAD_WORD})*"


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(committee, area) patterns; compiled on first use, off the `bilagor search` start-up path."""
    name = rf"(?:{_NAME}|{_MISREAD_NAME})"
    committee = re.compile(
        rf"\b(?P<a>{name})\s+(?:{_COMMITTEE_NOUN})(?::s)?{_END}"  # Farsta stadsdelsnämnd, Norrmalms SDF
        # stadsdelsnämnden i Farsta, SDF Norrmalm
        rf"|\b(?:{_COMMITTEE_NOUN})(?:\s+{_PREPOSITION})?\s+(?P<b>{name}){_END}",
        re.IGNORECASE,
    )
    area = re.compile(
        rf"\b(?P<a>{_NAME})\s+(?:{_AREA_NOUN}){_END}|\b(?:{_AREA_NOUN})\s+(?P<b>{_NAME}){_END}", re.IGNORECASE
    )
    return committee, area


@dataclass(frozen=True)
class Mention:
    district: str  # canonical name, as written (not moved forward by as_of)
    start: int
    end: int


def _mentions_of(pattern: re.Pattern[str], text: str) -> list[Mention]:
    found = []
    for m in pattern.finditer(text):
        name = fuzzy_canonical(m.group("a") or m.group("b"))
        if name:
            found.append(Mention(name, m.start(), m.end()))
    return found


def committee_mentions(text: str) -> list[Mention]:
    """District committees and administrations named in `text`, with their spans."""
    return _mentions_of(_grammar()[0], text)


# Patterns kept as text (compiled on first use, off the `bilagor search` start-up path).
# A committee named as a partner, not as the one that runs the work: "i samverkan med",
# "samordnats med", "tillsammans med", "medsökande" (a scan's "samrad", "medsokande" too).
_PARTNER_BEFORE = (
    r"(?:\b(?:i\s+)?(?:samverk\w*|samarbet\w*|samr[aå]d|dialog|kontakt|samf[oö]rst[aå]nd)\s+med"
    r"|\b(?:tillsammans|gemensamt|partnerskap|\w*utbyte)\s+med|\bsamordn\w*\s+med|\bdelats\s+med"
    r"|\bi\s+likhet\s+med|\bliksom|\b(?:med\s+)?(?:st[oö]d|hj[aä]lp|deltagande)\s+(?:av|fr[aå]n)"
    r"|\b(?:även|också|likaså|t\.\s?ex\.|till\s+exempel|s[aå]som)"
    r"|\bmeds[oö]kande(?:\s+n[aä]mnd)?:?)\s*$"
)
# Between two partners of one list: "med Farsta stadsdelsnämnd och Skarpnäcks stadsdelsnämnd".
_LIST_JOIN = r"\s*(?:,\s*|\s(?:och|samt)\s+|,\s*(?:och|samt)\s+)"
_PARTNER_WINDOW = 80  # characters before a mention searched for a partner phrase
# ... or as another committee with a like problem: "Farsta stadsdelsförvaltning, som har liknande problem".
_OTHER_AFTER = r"^[^.;:!?]{0,40}?\b(?:liknande|motsvarande)\b"


def partner_committees(text: str) -> list[Mention]:
    """The committees `text` names as partners ("i samverkan med Farsta stadsdelsförvaltning")."""
    partners: list[Mention] = []
    for mention in committee_mentions(text):
        before = text[max(0, mention.start - _PARTNER_WINDOW) : mention.start]
        after = text[mention.end : mention.end + _PARTNER_WINDOW]
        between = text[partners[-1].end : mention.start] if partners else ""
        listed = bool(partners) and re.fullmatch(_LIST_JOIN, between, re.IGNORECASE) is not None
        named_as_other = re.search(_PARTNER_BEFORE, before, re.IGNORECASE) or re.search(
            _OTHER_AFTER, after, re.IGNORECASE
        )
        if listed or named_as_other:
            partners.append(mention)
    return partners


def mentions(text: str, *, partners: bool = False) -> list[str]:
    """Canonical districts named as committee, administration or area in `text`, in order;
    committees named only as partners are left out (or, with partners=True, are all there is)."""
    partner_spans = partner_committees(text)
    if partners:
        spans = partner_spans
    else:
        taken = {(m.start, m.end) for m in partner_spans}
        own = [m for m in committee_mentions(text) if (m.start, m.end) not in taken]
        spans = own + _mentions_of(_grammar()[1], text)
    found = []
    for mention in sorted(spans, key=lambda m: m.start):
        if mention.district not in found:
            found.append(mention.district)
    return found


@lru_cache(maxsize=1)
def _gazetteer() -> dict:
    import json  # the gazetteer is read on first use, off the `bilagor search` start-up path
    from importlib import resources

    return json.loads(resources.files(__package__).joinpath("places.json").read_text(encoding="utf-8"))


def _compound_forms(place: str) -> str:
    """'Skärholmen' also as 'Skärholmens' and in compounds ('Skärholmstorget');
    'Husby' in 'Husbyskolan'."""
    pattern = loose_pattern(place)
    if " " in place or len(place) < 5:
        return pattern + "s?"
    if place.endswith("en"):
        return f"(?:{pattern}s?|{loose_pattern(place[:-2])}s[a-zåäö]+)"
    return pattern + "[a-zåäö]*"


def _places() -> dict[str, list[str]]:
    """District -> its places, the district's own name among them ("på Södermalm", "i Hägersten-Liljeholmen")."""
    return {d: list(dict.fromkeys([d, *places])) for d, places in _gazetteer()["places"].items()}


@lru_cache(maxsize=1)
def _place_re() -> tuple[re.Pattern[str], dict[str, str]]:
    by_place = {fold(p): d for d, places in _places().items() for p in places}
    names = sorted((p for places in _places().values() for p in places), key=len, reverse=True)
    groups = "|".join(f"(?P<p{i}>{_compound_forms(p)})" for i, p in enumerate(names))
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])"), {f"p{i}": by_place[fold(p)] for i, p in enumerate(names)}


def place_mentions(text: str) -> list[str]:
    """Districts implied by well-known places in `text` (squares, centres, parks, neighbourhoods), in order.
    A committee's name ("Skarpnäcks stadsdelsförvaltning") is not a place."""
    pattern, district_of = _place_re()
    committees = [(c.start, c.end) for c in committee_mentions(text)]
    found = []
    for m in pattern.finditer(text):
        if any(start <= m.start() < end for start, end in committees):
            continue
        district = district_of[m.lastgroup or ""]
        if district not in found:
            found.append(district)
    return found


FUZZY_PLACE_MIN_LETTERS = 8  # "Medborgarplalsen" is Medborgarplatsen; "Tanto" one letter from "Tanta" is not


@lru_cache(maxsize=1)
def _place_keys() -> dict[str, str]:
    """Folded places and district names -> district, for reading a location field loosely."""
    keys = {name_key(d.name): d.name for d in DISTRICTS}
    keys.update({name_key(p): d for d, places in _gazetteer()["places"].items() for p in places})
    return keys


def misread_place_mentions(text: str) -> list[str]:
    """Districts implied by gazetteer places a scan misread by a letter ("Vitabergsparkcn"),
    in order: runs of one to three words compared with the places of FUZZY_PLACE_MIN_LETTERS
    letters or more. For short fields (a location), not body text."""
    words = re.findall(r"[^\W\d_]+", text)
    found = []
    for start in range(len(words)):
        for size in (3, 2, 1):
            if start + size > len(words):
                continue
            district = fuzzy_match(" ".join(words[start : start + size]), _place_keys(), FUZZY_PLACE_MIN_LETTERS)
            if district:
                if district not in found:
                    found.append(district)
                break
    return found


@lru_cache(maxsize=1)
def _police_re() -> tuple[re.Pattern[str], dict[str, str]]:
    areas = {fold(a): d for a, d in _gazetteer()["police_areas"].items()}
    areas.update({fold(f): d.name for d in DISTRICTS for f in (d.name, d.genitive)})
    written = sorted(set(_gazetteer()["police_areas"]) | set(_FORMS), key=len, reverse=True)
    names = "|".join(loose_pattern(a) for a in written) + "|" + _MISREAD_NAME
    return re.compile(rf"\b(?:lokal)?polisomr[aå]de(?:t|ts)?\s+(?P<a>{names})(?![\w-])", re.IGNORECASE), areas


@lru_cache(maxsize=1)
def _police_keys() -> dict[str, str]:
    keys = {name_key(a): d for a, d in _gazetteer()["police_areas"].items()}
    keys.update(_BY_KEY)
    return keys


def police_mentions(text: str) -> list[str]:
    """Districts implied by a local police area ("lokalpolisområde Rinkeby"); areas that
    cover several districts ("City", "Västerort") imply none."""
    pattern, areas = _police_re()
    found = []
    for m in pattern.finditer(text):
        written = fold(m.group("a"))
        district = areas.get(written) or canonical(written) or fuzzy_match(written, _police_keys())
        if district and district not in found:
            found.append(district)
    return found


def from_path(path: str) -> str | None:
    """A district named by the file name or its two parent folders ("skarpnack/bilaga5.pdf",
    "Bilaga 5 Enskede-Årsta-Vantör.pdf"), or implied by a place there ("husby-torg.pdf"),
    nearest the file first."""
    from pathlib import PurePath

    parts = PurePath(path).parts[-3:]
    for part in reversed(parts):
        words = re.sub(r"[^a-z0-9]+", " ", fold(part)).strip()
        for d in sorted(DISTRICTS, key=lambda d: len(d.name), reverse=True):
            for form in {fold(d.name), fold(d.genitive)}:
                spaced = re.sub(r"[^a-z0-9]+", " ", form)
                if re.search(rf"(?<![a-z0-9]){re.escape(spaced)}(?![a-z0-9])", words) or (
                    " " in spaced and re.search(rf"(?<![a-z0-9]){spaced.replace(' ', '')}(?![a-z0-9])", words)
                ):
                    return d.name
        district_of = {re.sub(r"[^a-z0-9]+", " ", fold(p)): d for d, ps in _gazetteer()["places"].items() for p in ps}
        for place in sorted(district_of, key=len, reverse=True):
            if re.search(rf"(?<![a-z0-9]){re.escape(place)}s?(?![a-z0-9])", words):
                return district_of[place]
    return None

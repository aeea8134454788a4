"""Well-known places of the city (squares, centres, parks, streets, schools, metro stations) found in a
text, misread ones on scans too, and places named as lying elsewhere ("ett liknande projekt i Solna")."""

from __future__ import annotations

import re
from functools import lru_cache

from bilagor.extractor.park_names import PARK_HEADS, parks_named_by_streets
from bilagor.extractor.text import fold, loose_letters, loose_pattern, normalise
from bilagor.extractor.districts.committees import (
    EXAMPLE_OF_SEVERAL,
    Mention,
    area_mentions,
    committee_mentions,
    mentions,
    partner_committees,
)
from bilagor.extractor.districts.gazetteer import (
    built_gazetteer,
    gazetteer_places,
    hand_gazetteer,
    municipalities,
    read_data_json,
)
from bilagor.extractor.districts.names import (
    DISTRICTS,
    FUZZY_MAX_EDITS,
    FUZZY_MIN_LETTERS,
    NICKNAMES,
    fuzzy_match,
    name_key,
    ocr_readings,
)
from bilagor.extractor.districts.police import police_areas


@lru_cache(maxsize=1)
def sweden_municipalities() -> tuple[str, ...]:
    """Every municipality of Sweden but Stockholm (SCB's list, municipalities_se.json), the hand gazetteer's
    among them, less a name that is also a place of the city as written without its accents ("Varberg" is
    "Vårberg" on a scan): a report's place in "Husby, Hedemora" or a town acting in "Härnösand har prövat
    samma modell" lies outside the city however far away it is."""
    city = {fold(p) for places in _places().values() for p in places}
    names = [*municipalities(), *read_data_json("municipalities_se.json")["municipalities"]]
    return tuple(dict.fromkeys(n for n in names if fold(n) not in city))


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
    elsewhere = [*built_gazetteer().get("ambiguous", {}), *hand_gazetteer().get("not_places", [])]
    return parks_named_by_streets(gazetteer_places(), elsewhere)


@lru_cache(maxsize=1)
def _place_alternatives() -> tuple[dict[str, list[tuple[frozenset[str] | None, str]]], dict[str, str | None]]:
    """The places' patterns by first letter (folded), longest place first, each with the characters its place's
    second one can be read as (_second_chars); and their group names, which map to the place's district, or to
    None for a name outside the city that begins like a place ("Sundbybergs stad" is not Sundby). Group names of
    places that are also common words end in "c" (_COMMON_GROUP). Not compiled here: _place_pattern compiles, when
    a text first needs them, the few that can match after a capital and the letter after it (one pattern of all
    some 3 000 alternatives took seconds to compile, and every new reader process paid for it)."""
    by_place: dict[str, str | None] = {fold(p): d for d, places in _places().items() for p in places}
    by_place.update({fold(p): None for p in hand_gazetteer().get("not_places", [])})
    names = sorted(
        {*(p for places in _places().values() for p in places), *hand_gazetteer().get("not_places", [])},
        key=len,
        reverse=True,
    )
    common = {fold(p) for p in built_gazetteer().get("common_words", [])}
    group = [f"p{i}{_COMMON_GROUP if fold(p) in common else ''}" for i, p in enumerate(names)]
    # The derived parks (some 1 400) have patterns of their own, tried only at a word that ends like a park
    # (_place_matches): among the others they would cost more than the rest of the gazetteer together.
    derived = {fold(p) for parks in _derived_parks().values() for p in parks}
    by_letter: dict[str, list[tuple[frozenset[str] | None, str]]] = {}
    for g, p in zip(group, names):
        if fold(p) in derived:
            by_letter.setdefault("park:" + fold(p[0]), []).append((_second_chars(p), f"(?P<{g}>{loose_pattern(p)}s?)"))
        else:
            by_letter.setdefault(fold(p[0]), []).append((_second_chars(p), f"(?P<{g}>{_compound_forms(p)})"))
    return by_letter, {g: by_place[fold(p)] for g, p in zip(group, names)}


def _second_chars(place: str) -> frozenset[str] | None:
    """The characters loose_pattern reads the second character of `place` as (None: a space or a dash, which
    stand for more, or none)."""
    name = normalise(place)
    if len(name) < 2 or name[1] == " " or name[1] in "-–":
        return None
    return frozenset(loose_letters(name[1]) if name[1].isalpha() else name[1])


@lru_cache(maxsize=None)
def _place_pattern(key: str, second: str) -> re.Pattern[str] | None:
    """The places of `key` (a folded first letter, or "park:" and one) whose second character may be `second`,
    in the order of all of them: at a capital followed by `second` it matches as the pattern of all of them
    would (the others cannot match there). None when there are none."""
    alternatives, _ = _place_alternatives()
    return _compiled_places(tuple(alt for chars, alt in alternatives.get(key, ()) if chars is None or second in chars))


@lru_cache(maxsize=None)
def _compiled_places(alternatives: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![\w-])") if alternatives else None


# Where a place may begin: a capital not inside a word.
_PLACE_START = re.compile(r"(?<![\w-])[A-ZÅÄÖÉÈÀÁÓÜ]")
# A word that ends like a park's name ("Blecktornsparken", "Tantolundens"): where a derived park is tried.
_PARK_WORD = re.compile(rf"\w+(?:{'|'.join(PARK_HEADS)})s?(?![\w-])")


def _place_matches(text: str) -> list[re.Match[str]]:
    """The places of `text`, leftmost and longest first, not overlapping (as one pattern's finditer)."""
    found: list[re.Match[str]] = []
    end = 0
    for start in _PLACE_START.finditer(text):
        if start.start() < end:
            continue
        letter = fold(start.group())
        second = text[start.start() + 1 : start.start() + 2]
        parks = _place_pattern("park:" + letter, second) if _PARK_WORD.match(text, start.start()) else None
        m = parks.match(text, start.start()) if parks else None
        pattern = _place_pattern(letter, second)
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
    names = "|".join(loose_pattern(p) for p in hand_gazetteer().get("institutions", []))
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
    names = {*sweden_municipalities(), *built_gazetteer().get("localities_outside", [])}
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
    if _OTHER_PLACE_BEFORE.search(before) is not None or EXAMPLE_OF_SEVERAL.search(before) is not None:
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
    _, district_of = _place_alternatives()
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
        if _outside_after_name(text, m.end()):  # "Lunda i Sigtuna": a place of that name elsewhere
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
    institutions = {name_key(p) for p in hand_gazetteer().get("institutions", [])}
    index: dict[tuple[int, str, str], list[tuple[str, str]]] = {}
    for key, district in _place_keys().items():
        if sum(c.isalpha() for c in key) >= FUZZY_PROSE_PLACE_MIN_LETTERS and key not in institutions:
            index.setdefault((len(key), "first", key[0]), []).append((key, district))
            index.setdefault((len(key), "last", key[-1]), []).append((key, district))
    return index


def one_edit_apart(a: str, b: str) -> bool:
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
                found.update(district for place, district in candidates if one_edit_apart(attempt, place))
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


# A word in lower case after a place's name ("Sätra strand"): up to two stand between it and _outside_after.
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zåäö][\w-]*")


def _outside_after_name(text: str, end: int) -> bool:
    """Whether _outside_after follows `end` in `text`, also after the rest of a longer name in lower case ("Sätra
    strand i Sigtuna kommun"): none, one or two such words, fewest first, as a lazy repeat of _LOWER_WORD_AFTER
    before _outside_after would match (a word cut short cannot come before it: it begins with a space, a comma or
    a bracket). Not one pattern: that would compile the towns' alternatives a second time."""
    for _ in range(3):
        if _outside_after().match(text, end):
            return True
        word = _LOWER_WORD_AFTER.match(text, end)
        if word is None:
            return False
        end = word.end()
    return False


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
    towns = {*sweden_municipalities(), *built_gazetteer().get("localities_outside", [])}
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
    return frozenset(name_key(p) for p in built_gazetteer().get("common_words", []))
